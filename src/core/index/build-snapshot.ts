/**
 * One indexing run from a corpus directory to a snapshot file: what the indexer process does (src/indexer.ts).
 */
import { loadCorpus } from "../corpus/load.ts";
import { buildIndexData } from "./build.ts";
import { snapshotPath, writeSnapshot } from "./snapshot.ts";

export interface BuiltSnapshot {
  /** The snapshot file written: the corpus state at the start of the run (a later change gives a new key). */
  snapshot: string;
  articles: number;
  ms: number;
}

export async function buildSnapshot(corpusDir: string, cacheDir: string): Promise<BuiltSnapshot> {
  const started = performance.now();
  // The key is taken before loading: a file changed meanwhile makes the next check see a new state.
  const path = await snapshotPath(cacheDir, corpusDir);
  if (path === null) throw new Error(`cannot list the corpus directory ${corpusDir}`);
  const corpus = await loadCorpus(corpusDir);
  const data = buildIndexData(corpus.articles);
  await writeSnapshot(path, { data, problems: corpus.problems });
  return { snapshot: path, articles: corpus.articles.length, ms: performance.now() - started };
}
