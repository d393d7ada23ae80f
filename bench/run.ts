/**
 * `npm run bench [-- --quick] [--only indexing,queries,memory,e2e,robustness,digest] [--runs N] [--corpus PATH] [--profile]`
 *
 * Runs the benchmarks and writes bench/results/latest.md and latest.json plus a dated copy of each (quick or
 * partial runs write bench/results/partial.{md,json} and *.partial.md artefacts instead, leaving the full
 * figures alone). A figure is
 * the median of several runs; comparisons are ratios measured within one run. The corpus is
 * MAWJAZ_BENCH_CORPUS, or --corpus, or <repo>/../shared/corpora/ant-jawhara/articles.jsonl; without one, the
 * sections that need it say so and are skipped. A benchmark is not a test: the exit code is 0 even on a MISS.
 */
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext, type Context } from "./lib/context.ts";
import { cleanupCorpusDir, findCorpus, REPO } from "./lib/corpus.ts";
import { writeResults, type RunInfo } from "./lib/results.ts";

const RESULTS = join(REPO, "bench/results");
const SECTIONS: Record<string, (ctx: Context) => Promise<void>> = {
  indexing: async (ctx) => (await import("./indexing.ts")).runIndexing(ctx),
  queries: async (ctx) => (await import("./queries.ts")).runQueries(ctx),
  memory: async (ctx) => (await import("./memory.ts")).runMemory(ctx),
  e2e: async (ctx) => (await import("./e2e.ts")).runEndToEnd(ctx),
  robustness: async (ctx) => (await import("./robustness.ts")).runRobustness(ctx),
  digest: async (ctx) => (await import("./digest.ts")).runDigest(ctx),
};

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    runs: { type: "string" },
    corpus: { type: "string" },
    profile: { type: "boolean", default: false },
  },
});
const quick = values.quick ?? false;
const only = values.only ? new Set(values.only.split(",").map((s) => s.trim()).filter(Boolean)) : null;
for (const name of only ?? []) {
  if (!(name in SECTIONS) && name !== "profile") {
    process.stderr.write(`unknown section "${name}"; sections: ${Object.keys(SECTIONS).join(", ")}, profile\n`);
    process.exit(2);
  }
}
const runs = values.runs ? Math.max(1, Number(values.runs)) : quick ? 1 : 3;
const found = findCorpus(values.corpus);
const corpus = "missing" in found ? null : found;
const skipped: RunInfo["skipped"] = [];
if ("missing" in found) {
  process.stderr.write(`bench: ${found.missing}; corpus benchmarks are skipped\n`);
  skipped.push({ section: "corpus", reason: found.missing });
}
const ctx = createContext({ quick, runs, only, profile: values.profile ?? false, full: !quick && !only }, corpus, skipped);
const startedAt = new Date().toISOString();
const selected = Object.keys(SECTIONS).filter((name) => !only || only.has(name));

for (const name of selected) {
  const t = Date.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    await SECTIONS[name]!(ctx);
  } catch (err) {
    process.stderr.write(`bench: ${name} failed: ${(err as Error).stack ?? err}\n`);
    ctx.skip(name, `failed: ${(err as Error).message.split("\n")[0]}`);
  }
  process.stderr.write(`bench: ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}
if (values.profile || only?.has("profile")) {
  try {
    await (await import("./profile.ts")).runProfile(ctx);
  } catch (err) {
    ctx.skip("profile", `failed: ${(err as Error).message}`);
  }
}
await cleanupCorpusDir();

const info: RunInfo = {
  startedAt,
  finishedAt: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "?"}`,
  quick,
  runs,
  corpus: corpus?.path.replace(join(REPO, ".."), "..") ?? null,
  commit: gitCommit(),
  sections: selected,
  skipped,
  notes: ctx.notes,
};
const paths = await writeResults(RESULTS, info, ctx.rows, ctx.tables, ctx.data, ctx.options.full);
process.stdout.write(`${paths[0]}\n`);
for (const r of ctx.rows) {
  const result = r.pass === undefined ? "" : r.pass ? " PASS" : " MISS";
  process.stdout.write(`${r.section.padEnd(11)} ${r.name}: ${r.value} ${r.unit}${r.target ? ` (${r.target})` : ""}${result}\n`);
}
// Adapters or fakes may leave handles open (keep-alive sockets, timers): the run is over.
process.exit(0);

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no", "src", "commands"], { cwd: REPO, encoding: "utf8" }).trim();
    return dirty ? `${head} + uncommitted core changes` : head;
  } catch {
    return "unknown";
  }
}
