/**
 * One indexing run from a corpus directory to a snapshot file: what the indexer process does (src/indexer.ts).
 */
import { loadCorpus, loadNewest } from "../corpus/load.ts";
import { buildIndexData } from "./build.ts";
import { PREVIEW_CHARS } from "./preview.ts";
import { snapshotPath, writeSnapshot } from "./snapshot.ts";

export interface BuiltSnapshot {
  /** The snapshot file written: the corpus state at the start of the run (a later change gives a new key). */
  snapshot: string;
  articles: number;
  ms: number;
  /** The process's peak resident memory, MB (for the logs and the benchmark). */
  peakRssMB: number;
}

export interface BuildSnapshotOptions {
  /** A full garbage collection (the indexer's global.gc, when it runs with --expose-gc), run between stages. */
  collect?: () => void;
}

export async function buildSnapshot(corpusDir: string, cacheDir: string, options: BuildSnapshotOptions = {}): Promise<BuiltSnapshot> {
  const between = options.collect;
  const started = performance.now();
  // The key is taken before loading: a file changed meanwhile makes the next check see a new state.
  const path = await snapshotPath(cacheDir, corpusDir);
  if (path === null) throw new Error(`cannot list the corpus directory ${corpusDir}`);
  const corpus = await loadCorpus(corpusDir);
  between?.();
  const data = buildIndexData(corpus.articles, between ? { between } : {});
  await writeSnapshot(path, { data, problems: corpus.problems }, between ? { between } : {});
  return { snapshot: path, articles: corpus.articles.length, ms: performance.now() - started, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

/** What an early index run wrote: the newest `articles` of the corpus's `of`. */
export interface BuiltPreview extends BuiltSnapshot {
  of: number;
}

/**
 * The early index of a first start: the newest articles of the corpus, up to `maxChars` characters of text, written as a
 * snapshot to `file` (a temporary file the caller reads and removes; never a cache entry).
 */
export async function buildPreview(corpusDir: string, file: string, maxChars?: number): Promise<BuiltPreview> {
  const started = performance.now();
  // Only the newest articles are cleaned and analysed; the whole corpus's problems are the full index's to report.
  const corpus = await loadNewest(corpusDir, maxChars ?? PREVIEW_CHARS);
  await writeSnapshot(file, { data: buildIndexData(corpus.articles), problems: [] });
  return { snapshot: file, articles: corpus.articles.length, of: corpus.of, ms: performance.now() - started, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}
