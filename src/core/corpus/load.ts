/**
 * Loads a corpus directory: `.txt`/`.md` articles (optional front matter), a `meta.json` beside them,
 * and `.jsonl` files of one article per line. Sub-directories are walked; hidden entries, `*.en.json`,
 * meta.json itself, README.* and other extensions are not articles.
 *
 * Bad input never throws: an unreadable, empty, binary or non-UTF-8 file, broken front matter, a
 * malformed JSON line, a duplicate id, a copy of another article (same title and text) or a missing directory becomes a
 * `LoadProblem` and is skipped.
 * Articles come back sorted by id (code-unit order, independent of locale).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import type { Article, LoadProblem, LoadResult } from "../types.ts";
import { tagDates as defaultTagDates } from "../dates/tagger.ts";
import { buildArticle } from "./build-article.ts";
import { isFrontMatterError, parseFrontMatter } from "./front-matter.ts";
import { parseMetaJson, pickMeta, type RawMeta } from "./meta-json.ts";
import type { DateTagger } from "./published.ts";
import { listFiles } from "./files.ts";

export interface LoadOptions {
  /** Date tagger for inferring missing publication dates; null turns inference off. */
  tagDates?: DateTagger | null;
}

const ARTICLE_EXT = new Set([".txt", ".md"]);
/** Files read at once: enough to overlap I/O, few enough not to exhaust file descriptors. */
const READ_CONCURRENCY = 16;

/** Loads every article under `dir`; see the module comment. */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const tagger = options.tagDates === undefined ? defaultTagDates : options.tagDates;
  const problems: LoadProblem[] = [];
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (e) {
    problems.push({ file: dir, reason: `cannot read corpus directory: ${errorCode(e)}` });
    return { articles: [], problems };
  }

  // meta.json files apply to the articles in their own directory.
  const metaByDir = new Map<string, Map<string, RawMeta>>();
  for (const file of files.filter((f) => basename(f) === "meta.json")) {
    const text = await readText(file, problems, dir);
    if (text === null) continue;
    const parsed = parseMetaJson(text);
    if (parsed instanceof Map) metaByDir.set(join(file, ".."), parsed);
    else problems.push({ file: relative(dir, file), reason: parsed.reason });
  }

  const articles: Article[] = [];
  const sources = files.filter((f) => isArticleFile(f) || extname(f) === ".jsonl");
  await forEachLimited(sources, READ_CONCURRENCY, async (file) => {
    const text = await readText(file, problems, dir);
    if (text === null) return;
    const rel = relative(dir, file);
    if (extname(file) === ".jsonl") {
      loadJsonLines(text, rel, tagger, articles, problems);
      return;
    }
    const fm = parseFrontMatter(text);
    if (isFrontMatterError(fm)) {
      problems.push({ file: rel, line: fm.line, reason: fm.reason });
      return;
    }
    const name = basename(file);
    const meta = { ...(metaByDir.get(join(file, ".."))?.get(name) ?? {}), ...pickMeta(fm.meta) };
    const built = buildArticle(name.slice(0, -extname(name).length), rel, fm.body, meta, tagger);
    if ("reason" in built) problems.push({ file: rel, reason: built.reason });
    else articles.push(built);
  });

  return { articles: dedupe(articles, problems), problems: problems.sort(byFileLine) };
}

/** One article per line; blank lines are allowed, everything else must be a JSON object with text. */
function loadJsonLines(
  text: string,
  rel: string,
  tagger: DateTagger | null,
  articles: Article[],
  problems: LoadProblem[],
): void {
  const stem = basename(rel, ".jsonl");
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === "") continue;
    const line = i + 1;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (e) {
      problems.push({ file: rel, line, reason: `malformed JSON: ${(e as Error).message}` });
      continue;
    }
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      problems.push({ file: rel, line, reason: "JSON line is not an object" });
      continue;
    }
    const r = record as Record<string, unknown>;
    if (typeof r.text !== "string" || r.text.trim() === "") {
      problems.push({ file: rel, line, reason: "JSON line has no text" });
      continue;
    }
    const id = typeof r.id === "string" && r.id.trim() !== "" ? r.id.trim() : typeof r.id === "number" ? String(r.id) : `${stem}-${line}`;
    const built = buildArticle(id, `${rel}:${line}`, r.text, pickMeta(r), tagger);
    if ("reason" in built) problems.push({ file: rel, line, reason: built.reason });
    else articles.push(built);
  }
}

/** Reads a file as strict UTF-8; records a problem and returns null for empty, binary or invalid files. */
async function readText(file: string, problems: LoadProblem[], dir: string): Promise<string | null> {
  const rel = relative(dir, file);
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    problems.push({ file: rel, reason: `cannot read file: ${errorCode(e)}` });
    return null;
  }
  if (buf.length === 0) {
    problems.push({ file: rel, reason: "empty file" });
    return null;
  }
  if (buf.includes(0)) {
    problems.push({ file: rel, reason: "binary file (NUL bytes)" });
    return null;
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    if (text.trim() === "") {
      problems.push({ file: rel, reason: "empty file" });
      return null;
    }
    return text.replace(/^\uFEFF/, "");
  } catch {
    problems.push({ file: rel, reason: "not valid UTF-8" });
    return null;
  }
}

function isArticleFile(file: string): boolean {
  // A README beside the articles documents the corpus (ant-jawhara has one); it is not news.
  return ARTICLE_EXT.has(extname(file).toLowerCase()) && !/^readme\./i.test(basename(file));
}


/** Sorts by id; a repeated id keeps the article from the first origin (sorted) and reports the others. */
function dedupe(articles: Article[], problems: LoadProblem[]): Article[] {
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.origin < b.origin ? -1 : 1));
  const out: Article[] = [];
  // A copy (the same title and text under another id: one story filed twice) would count every mention, source and
  // search hit twice; the first id keeps it.
  const byContent = new Map<string, string>();
  for (const a of articles) {
    const prev = out[out.length - 1];
    if (prev && prev.id === a.id) {
      problems.push({ ...where(a.origin), reason: `duplicate article id "${a.id}" (also ${prev.origin})` });
      continue;
    }
    const key = createHash("sha1").update(a.title).update("\u0000").update(a.paragraphs.join("\n")).digest("base64");
    const first = byContent.get(key);
    if (first !== undefined && a.paragraphs.length > 0) {
      problems.push({ ...where(a.origin), reason: `same title and text as article "${first}" (a copy)` });
      continue;
    }
    byContent.set(key, a.id);
    out.push(a);
  }
  return out;
}

/** An article's origin as a problem's place: "file.jsonl:12" is line 12 of that file. */
function where(origin: string): Pick<LoadProblem, "file" | "line"> {
  const m = /^(.*\.jsonl):(\d+)$/.exec(origin);
  return m ? { file: m[1]!, line: Number(m[2]) } : { file: origin };
}

function byFileLine(a: LoadProblem, b: LoadProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? String(e);
}
