/**
 * The indexer process: `node dist/indexer.js <corpus dir> <cache dir>` (or src/indexer.ts through tsx).
 * Loads and analyses the corpus, writes the index snapshot, prints one JSON line ({"snapshot", "articles",
 * "ms", "peakRssMB"}) and exits; exit code 1 with the reason on stderr when it cannot. loadCore starts it for large
 * corpora (src/core/index/child-build.ts), so that the bot's own process never holds the garbage of a
 * build (it reads the compact snapshot instead) and keeps answering while a changed corpus is re-indexed.
 */
import { buildSnapshot } from "./core/index/build-snapshot.ts";

const [dir, cache] = process.argv.slice(2);
if (!dir || !cache) {
  process.stderr.write("usage: indexer <corpus dir> <cache dir>\n");
  process.exit(2);
}
// Started with --expose-gc (src/core/index/child-build.ts): a full collection between the build's stages keeps the
// process's peak memory near what the index holds (at 10k articles, about 290 MB instead of 450).
const gc = (globalThis as { gc?: () => void }).gc;
try {
  const built = await buildSnapshot(dir, cache, gc ? { collect: gc } : {});
  process.stdout.write(`${JSON.stringify(built)}\n`);
} catch (err) {
  process.stderr.write(`indexing failed: ${(err as Error).message}\n`);
  process.exit(1);
}
