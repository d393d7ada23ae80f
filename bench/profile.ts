/**
 * --profile: indexes the corpus once in a child (the bundled code, as measured) under --cpu-prof and writes the top functions by self and
 * inclusive time to bench/results/profile.md (profile.partial.md for quick or partial runs).
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Context } from "./lib/context.ts";
import { corpusDir, REPO, subsetDir } from "./lib/corpus.ts";
import { summarise, type CpuProfile, type FunctionTime } from "./lib/cpuprofile.ts";
import { runBuilt } from "./lib/spawn.ts";

const TOP = 30;
/** Functions that stand for indexing stages, outermost first; absent names are skipped. */
const STAGES = [
  "loadCorpus", "buildArticle", "createCore", "buildIndex", "buildIndexData", "analyseArticle", "splitSentences", "hashOfKey", "tagDates",
  "analyseArticleEntities", "findPeople", "findQuotes", "addSurnameMentions", "analyseTokens", "isStatement", "isBoilerplate",
  "mergeEntities", "buildEntity", "buildEntityLookup", "buildTermIndex", "buildEvents", "createSearchIndex", "addSentence",
  "normalizeKey", "normalizeArabic", "stemArabic",
];

export async function runProfile(ctx: Context): Promise<void> {
  if (!ctx.corpus) return ctx.skip("profile", "no corpus");
  const articles = await ctx.articles();
  const dir = ctx.options.quick ? await subsetDir(ctx.corpus, new Set(articles.map((a) => a.id))) : await corpusDir(ctx.corpus);
  if (!dir) return ctx.skip("profile", "quick runs need a .jsonl corpus");
  const out = await mkdtemp(join(tmpdir(), "mawjaz-prof-"));
  const r = await runBuilt("bench/child/index-once.ts", [dir], { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${out}`, "--cpu-prof-interval=500"], timeoutMs: 600_000 });
  // One profile per thread, should there be several: the main thread's is the largest.
  const sizes = await Promise.all((await readdir(out)).filter((f) => f.endsWith(".cpuprofile")).map(async (f) => ({ f, size: (await stat(join(out, f))).size })));
  const file = sizes.sort((a, b) => b.size - a.size)[0]?.f;
  if (ctx.options.quick) await rm(dir, { recursive: true, force: true });
  if (r.code !== 0 || !file) return ctx.skip("profile", `profiled child failed (code ${r.code}): ${r.stderr.slice(-300)}`);
  const { totalMs, functions } = summarise(JSON.parse(await readFile(join(out, file), "utf8")) as CpuProfile, REPO);
  const table = (title: string, list: FunctionTime[]) => [
    `## ${title}`, "", "| Function | Self ms | Self % | Total ms | Total % |", "|---|---:|---:|---:|---:|",
    ...list.map((f) => `| ${f.fn.replace(/\|/g, "\\|")} | ${f.selfMs.toFixed(0)} | ${((100 * f.selfMs) / totalMs).toFixed(1)} | ${f.totalMs.toFixed(0)} | ${((100 * f.totalMs) / totalMs).toFixed(1)} |`),
    "",
  ];
  const stages = STAGES.map((name) => functions.find((f) => f.fn.startsWith(`${name} `))).filter((f): f is FunctionTime => f !== undefined);
  const ours = functions.filter((f) => / (src|bench)\//.test(f.fn));
  const md = [
    "# CPU profile: load + index the corpus once",
    "",
    `${articles.length} articles; ${totalMs.toFixed(0)} ms sampled; child timings: ${r.stdout.trim()}`,
    "",
    ...table("Stages (inclusive time of the functions that make up load + createCore; nested stages overlap)", stages),
    ...table(`Top ${TOP} by self time (all code)`, [...functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, TOP)),
    ...table(`Top ${TOP} project functions by inclusive time`, [...ours].sort((a, b) => b.totalMs - a.totalMs).slice(0, TOP)),
  ].join("\n");
  await rm(out, { recursive: true, force: true });
  const path = ctx.artifact("profile");
  await writeFile(path, `${md}\n`);
  ctx.notes.push(`profile: ${path.replace(REPO, "")}`);
}
