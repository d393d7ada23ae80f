/**
 * The benchmark corpus: `MAWJAZ_BENCH_CORPUS` (or --corpus), else `<repo>/../shared/corpora/ant-jawhara/articles.jsonl`.
 * Either a .jsonl file or a corpus directory. `corpusDir()` gives a directory loadCorpus / CORPUS_DIR can read
 * holding only that corpus (a temporary directory with a copy when the corpus is one file).
 */
import { existsSync, statSync } from "node:fs";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { ROOT } from "../../src/paths.ts";

/** The project root (found the same way from bench/ and from the benchmark's bundle). */
export const REPO = ROOT;
export const DEFAULT_CORPUS = resolve(REPO, "../shared/corpora/ant-jawhara/articles.jsonl");

export interface CorpusRef {
  path: string;
  kind: "file" | "dir";
}

/** The corpus to use, or a reason it is missing. */
export function findCorpus(override?: string): CorpusRef | { missing: string } {
  const path = resolve(override ?? process.env.MAWJAZ_BENCH_CORPUS ?? DEFAULT_CORPUS);
  if (!existsSync(path)) return { missing: `no corpus at ${path} (set MAWJAZ_BENCH_CORPUS to a .jsonl file or corpus directory)` };
  return { path, kind: statSync(path).isDirectory() ? "dir" : "file" };
}

/** One raw article text as stored (title + body), before any cleaning: the input of the bare pass. */
export interface RawText {
  id: string;
  text: string;
  bytes: number;
}

/** Reads the raw texts: JSON lines (title + "\n" + text) and .txt/.md files (whole content). */
export async function readRawTexts(ref: CorpusRef): Promise<RawText[]> {
  const files = ref.kind === "file" ? [ref.path] : await listFiles(ref.path);
  const out: RawText[] = [];
  for (const file of files) {
    const content = await readFile(file, "utf8");
    if (extname(file) === ".jsonl") {
      content.split("\n").forEach((line, i) => {
        if (!line.trim()) return;
        try {
          const r = JSON.parse(line) as { id?: unknown; title?: unknown; text?: unknown };
          const text = `${typeof r.title === "string" ? r.title : ""}\n${typeof r.text === "string" ? r.text : ""}`;
          out.push({ id: typeof r.id === "string" ? r.id : `${basename(file)}:${i + 1}`, text, bytes: Buffer.byteLength(text) });
        } catch {
          // Malformed lines are the loader's business (reported as problems); the bare pass skips them.
        }
      });
    } else {
      out.push({ id: basename(file), text: content, bytes: Buffer.byteLength(content) });
    }
  }
  return out;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if ([".jsonl", ".txt", ".md"].includes(extname(e.name)) && !/^readme\./i.test(e.name)) out.push(p);
  }
  return out.sort();
}

let temp: string | undefined;

/** A directory holding only the corpus (created once per process; see `cleanupCorpusDir`). */
export async function corpusDir(ref: CorpusRef): Promise<string> {
  if (ref.kind === "dir") return ref.path;
  if (!temp) {
    temp = await mkdtemp(join(tmpdir(), "mawjaz-bench-"));
    // A copy, not a symlink: the loader walks regular files only.
    await copyFile(ref.path, join(temp, basename(ref.path).endsWith(".jsonl") ? basename(ref.path) : "articles.jsonl"));
  }
  return temp;
}

export async function cleanupCorpusDir(): Promise<void> {
  if (temp) await rm(temp, { recursive: true, force: true });
  temp = undefined;
}

/** A temporary directory with one .jsonl holding only the JSON lines of `ids` (quick runs); null for directory corpora. */
export async function subsetDir(ref: CorpusRef, ids: ReadonlySet<string>): Promise<string | null> {
  if (ref.kind === "dir") return null;
  const dir = await mkdtemp(join(tmpdir(), "mawjaz-bench-subset-"));
  const lines = (await readFile(ref.path, "utf8")).split("\n").filter((line) => {
    const m = /"id"\s*:\s*"([^"]*)"/.exec(line);
    return m !== null && ids.has(m[1]!);
  });
  await writeFile(join(dir, "articles.jsonl"), `${lines.join("\n")}\n`);
  return dir;
}
