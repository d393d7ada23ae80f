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
import { buildArticle, withinBudget } from "./build-article.ts";
import { isFrontMatterError, parseFrontMatter } from "./front-matter.ts";
import { parseMetaJson, pickMeta, type RawMeta } from "./meta-json.ts";
import { newestFirst, normalizePublished, type DateTagger } from "./published.ts";
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
  const articles: Article[] = [];
  for (const r of await collectRecords(dir, problems)) {
    const built = buildRecord(r, tagger, problems);
    if (built) articles.push(built);
  }
  return { articles: dedupe(articles, problems), problems: problems.sort(byFileLine) };
}

/**
 * The newest articles of `dir` whose text adds up to at most `maxChars` characters (always at least one), as
 * `newestArticles` would choose them from the whole corpus, cleaning only those: an article's metadata date is read
 * without cleaning it (only an undated one is cleaned to infer its date). `of` counts the corpus's articles (copies and
 * repeated ids left out; an article with no usable text is only found out when it is cleaned). The early index of a
 * first start (src/core/index/preview.ts).
 */
export async function loadNewest(dir: string, maxChars: number, options: LoadOptions = {}): Promise<LoadResult & { of: number }> {
  const tagger = options.tagDates === undefined ? defaultTagDates : options.tagDates;
  const problems: LoadProblem[] = [];
  // Corpus order is id order (the first of an id or of a copy is the one kept); an undated record is cleaned now to infer
  // its date.
  const records = distinct((await collectRecords(dir, problems)).sort(byIdThenOrigin));
  const dated = records.map((r) => {
    const published = normalizePublished(r.meta.published);
    if (published !== null) return { r, published, built: undefined };
    const built = buildRecord(r, tagger, problems);
    return { r, published: built?.published ?? null, built: built ?? null };
  });
  const chosen = withinBudget(newestFirst(dated), (i) => {
    const d = dated[i]!;
    return (d.built === undefined ? buildRecord(d.r, tagger, problems) : d.built) ?? undefined;
  }, maxChars);
  const articles = dedupe(chosen.map((c) => c.article), problems);
  return { articles, problems: problems.sort(byFileLine), of: records.length };
}

/** An article as read from its file or line, not yet cleaned. */
interface RawRecord {
  id: string;
  origin: string;
  file: string;
  line?: number;
  body: string;
  meta: RawMeta;
}

/** Every article record under `dir`, unbuilt; unreadable files and bad lines are problems. */
async function collectRecords(dir: string, problems: LoadProblem[]): Promise<RawRecord[]> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (e) {
    problems.push({ file: dir, reason: `cannot read corpus directory: ${errorCode(e)}` });
    return [];
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

  const records: RawRecord[] = [];
  const sources = files.filter((f) => isArticleFile(f) || extname(f) === ".jsonl");
  await forEachLimited(sources, READ_CONCURRENCY, async (file) => {
    const text = await readText(file, problems, dir);
    if (text === null) return;
    const rel = relative(dir, file);
    if (extname(file) === ".jsonl") {
      jsonLineRecords(text, rel, records, problems);
      return;
    }
    const fm = parseFrontMatter(text);
    if (isFrontMatterError(fm)) {
      problems.push({ file: rel, line: fm.line, reason: fm.reason });
      return;
    }
    const name = basename(file);
    const meta = { ...(metaByDir.get(join(file, ".."))?.get(name) ?? {}), ...pickMeta(fm.meta) };
    records.push({ id: name.slice(0, -extname(name).length), origin: rel, file: rel, body: fm.body, meta });
  });
  return records;
}

/** Cleans a record into an article, or records why it has no usable text. */
function buildRecord(r: RawRecord, tagger: DateTagger | null, problems: LoadProblem[]): Article | undefined {
  const built = buildArticle(r.id, r.origin, r.body, r.meta, tagger);
  if (!("reason" in built)) return built;
  problems.push(r.line === undefined ? { file: r.file, reason: built.reason } : { file: r.file, line: r.line, reason: built.reason });
  return undefined;
}

/** Records less repeated ids and raw copies (what `dedupe` would drop once they are built), for loadNewest's count. */
function distinct(records: RawRecord[]): RawRecord[] {
  const ids = new Set<string>();
  const bodies = new Set<string>();
  return records.filter((r) => {
    const body = contentKey(r.meta.title ?? "", r.body);
    if (ids.has(r.id) || bodies.has(body)) return false;
    ids.add(r.id);
    bodies.add(body);
    return true;
  });
}

/** One article per line; blank lines are allowed, everything else must be a JSON object with text. */
function jsonLineRecords(text: string, rel: string, records: RawRecord[], problems: LoadProblem[]): void {
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
    records.push({ id, origin: `${rel}:${line}`, file: rel, line, body: r.text, meta: pickMeta(r) });
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
  articles.sort(byIdThenOrigin);
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
    const key = contentKey(a.title, a.paragraphs.join("\n"));
    const first = byContent.get(key);
    if (first !== undefined && a.paragraphs.length > 0) {
      problems.push({ ...where(a.origin), reason: `same title and text as article "${first}" (a copy)`, copyOf: first });
      continue;
    }
    byContent.set(key, a.id);
    out.push(a);
  }
  return out;
}

/** Sorts by id, then by where the article came from (the first origin of a repeated id is the one kept). */
function byIdThenOrigin(a: { id: string; origin: string }, b: { id: string; origin: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : a.origin < b.origin ? -1 : 1;
}

/** A short key of a title and a text: equal keys, one story. */
function contentKey(title: string, text: string): string {
  return createHash("sha1").update(title).update("\u0000").update(text).digest("base64");
}

/** The problems that are copies of other articles (LoadProblem.copyOf), apart from the rest: reported as one count. */
export function copiesApart(problems: readonly LoadProblem[]): { copies: LoadProblem[]; others: LoadProblem[] } {
  return { copies: problems.filter((p) => p.copyOf !== undefined), others: problems.filter((p) => p.copyOf === undefined) };
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
