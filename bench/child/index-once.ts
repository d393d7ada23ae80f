/**
 * Child process for the memory figure (and for CPU profiles of indexing): load the corpus directory given
 * as argv[2], index it, answer one who(), and print one JSON line with peak RSS and the stage timings.
 */
import { performance } from "node:perf_hooks";
import { loadCorpus } from "../../src/core/corpus/load.ts";
import { createCore } from "../../src/core/create.ts";

const dir = process.argv[2];
if (!dir) {
  process.stderr.write("usage: index-once.ts <corpus dir>\n");
  process.exit(2);
}
const t0 = performance.now();
const loaded = await loadCorpus(dir);
const t1 = performance.now();
const core = createCore({ articles: loaded.articles, problems: loaded.problems });
const t2 = performance.now();
const who = core.who();
const t3 = performance.now();
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const mem = process.memoryUsage();
const out = {
  articles: core.articles().length,
  problems: core.problems().length,
  whoResults: who.length,
  loadMs: t1 - t0,
  createMs: t2 - t1,
  firstWhoMs: t3 - t2,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
  rssAfterGcMB: mem.rss / 1024 / 1024,
  heapUsedAfterGcMB: gc ? mem.heapUsed / 1024 / 1024 : null,
  externalMB: mem.external / 1024 / 1024,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
