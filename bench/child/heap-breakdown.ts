/**
 * Child process (run with --expose-gc): where the retained heap of an index goes. Builds the index of the
 * corpus directory argv[2] with buildIndex, then drops its fields one at a time (generically, in the order
 * the object lists them), collecting garbage after each: the heap freed is what that field alone retained.
 * Prints one JSON line.
 */
import { loadCorpus } from "../../src/core/corpus/load.ts";
import { buildIndex } from "../../src/core/index/build.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  process.stderr.write("run with --expose-gc\n");
  process.exit(2);
}
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const dir = process.argv[2]!;
const base = heap();
let loaded: Awaited<ReturnType<typeof loadCorpus>> | null = await loadCorpus(dir);
const articles = loaded.articles;
loaded = null;
const afterLoad = heap();
const index = buildIndex(articles) as unknown as Record<string, unknown>;
const afterIndex = heap();
const fields: { field: string; mb: number }[] = [];
let before = afterIndex;
for (const key of Object.keys(index)) {
  if (key === "articles") continue; // the loaded articles themselves: measured as "articles" above
  delete index[key];
  const now = heap();
  fields.push({ field: key, mb: before - now });
  before = now;
}
process.stdout.write(
  `${JSON.stringify({
    articles: articles.length,
    articlesMB: afterLoad - base,
    indexMB: afterIndex - afterLoad,
    fields: fields.sort((a, b) => b.mb - a.mb),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
