/**
 * Child process for the restart figures: what a bot does when it starts (loadCore with `stale`, as
 * src/main.ts does with a platform configured) over the corpus directory argv[2] and index cache argv[3],
 * then one who(). Prints one JSON line: the snapshot status, the time to that first answer inside the
 * process, and the peak RSS.
 */
import { performance } from "node:perf_hooks";
import { loadCore } from "../../src/core/create.ts";

const [dir, cache] = process.argv.slice(2);
if (!dir || !cache) {
  process.stderr.write("usage: restart.ts <corpus dir> <cache dir>\n");
  process.exit(2);
}
const t0 = performance.now();
let status = "";
const core = await loadCore(dir, { cache, stale: true, onSnapshot: (s) => (status = s) });
const who = core.who();
process.stdout.write(
  `${JSON.stringify({ status, articles: core.articles().length, whoResults: who.length, ms: performance.now() - t0, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
