/**
 * The indexer process: `node dist/indexer.js <corpus dir> <cache dir>` (or src/indexer.ts through tsx).
 * Loads and analyses the corpus, writes the index snapshot, prints one JSON line ({"snapshot", "articles",
 * "ms", "peakRssMB"}) and exits; exit code 1 with the reason on stderr when it cannot. loadCore starts it for large
 * corpora (src/core/index/child-build.ts), so that the bot's own process never holds the garbage of a
 * build (it reads the compact snapshot instead) and keeps answering while a changed corpus is re-indexed.
 *
 * `indexer --preview <corpus dir> <file> [chars]`: the early index of a first start instead (the newest articles, up to
 * `chars` characters of text; see src/core/index/preview.ts), written to `file`; its line also gives "of", the corpus's
 * article count.
 */
import { buildPreview, buildSnapshot } from "./core/index/build-snapshot.ts";

const preview = process.argv[2] === "--preview";
const [dir, target, charsArg] = process.argv.slice(preview ? 3 : 2);
const chars = charsArg === undefined ? undefined : Number(charsArg);
if (!dir || !target || (chars !== undefined && !(Number.isInteger(chars) && chars > 0))) {
  process.stderr.write("usage: indexer <corpus dir> <cache dir> | indexer --preview <corpus dir> <snapshot file> [chars]\n");
  process.exit(2);
}
// Started with --expose-gc (src/core/index/child-build.ts): a full collection between the build's stages keeps the
// process's peak memory near what the index holds (at 10k articles, about 290 MB instead of 450).
const gc = (globalThis as { gc?: () => void }).gc;
try {
  const built = preview ? await buildPreview(dir, target, chars) : await buildSnapshot(dir, target, gc ? { collect: gc } : {});
  process.stdout.write(`${JSON.stringify(built)}\n`);
} catch (err) {
  process.stderr.write(`indexing failed: ${(err as Error).message}\n`);
  process.exit(1);
}
