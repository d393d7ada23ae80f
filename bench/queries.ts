/**
 * 2. Query latency as the corpus grows: nested seeded subsets (1k ⊂ 2.5k ⊂ 5k ⊂ 10k articles), the same
 * query set at every size, p50 and p99 per round (each query of a kind run once per round, single-query
 * kinds repeated), the median over rounds. Targets at the largest size; growth as the 10k/1k ratio.
 */
import type { Core } from "../src/core/core.ts";
import type { Article } from "../src/core/types.ts";
import { SEED, type Context } from "./lib/context.ts";
import { drawQueries, type QuerySet } from "./lib/query-set.ts";
import { row } from "./lib/results.ts";
import { gc, median, now, percentile, round, shuffle } from "./lib/stats.ts";

const S = "queries";
const SIZES = [1000, 2500, 5000, 10_000];
const QUICK_SIZES = [150, 300, 600];
/** Single-query kinds (who with no name…) are repeated this many times per round. */
const REPEAT = 30;
/** A kind stops early after this much time at one size (reported). */
const BUDGET_MS = 60_000;
/** A query faster than this is timed as the mean of BATCH calls. */
const BATCH_BELOW_MS = 0.05;
const BATCH = 50;
/** Growth 10k/1k of p50 at or under this counts as flat or logarithmic (linear would be ~10). */
const GROWTH_MAX = 3;

interface Kind {
  name: string;
  target: number;
  queries(q: QuerySet): unknown[];
  run(core: Core, query: unknown): unknown;
}

const KINDS: Kind[] = [
  { name: "who (list)", target: 10, queries: () => Array(REPEAT).fill(undefined), run: (c) => c.who() },
  { name: "who (name)", target: 10, queries: (q) => [...q.names, ...q.english, ...q.surnames, ...q.unknown], run: (c, x) => c.who(x as string) },
  { name: "timeline (all)", target: 10, queries: () => Array(REPEAT).fill(undefined), run: (c) => c.timeline() },
  { name: "timeline (query)", target: 10, queries: (q) => [...q.names.slice(0, 10), ...q.frequent, ...q.midFrequency.slice(0, 6), ...q.phrases.slice(0, 5)], run: (c, x) => c.timeline({ query: x as string }) },
  { name: "summary (latest)", target: 50, queries: () => Array(REPEAT).fill(undefined), run: (c) => c.summary() },
  { name: "summary (query)", target: 50, queries: (q) => [...q.names.slice(0, 10), ...q.frequent.slice(0, 6), ...q.midFrequency.slice(0, 6)], run: (c, x) => c.summary({ query: x as string }) },
  { name: "summary (article)", target: 50, queries: (q) => q.articleIds, run: (c, x) => c.summary({ article: x as string }) },
  { name: "search", target: 10, queries: (q) => [...q.frequent, ...q.midFrequency, ...q.phrases, ...q.names.slice(0, 5), ...q.english.slice(0, 3)], run: (c, x) => c.search(x as string) },
];

export async function runQueries(ctx: Context): Promise<void> {
  if (!ctx.corpus) return ctx.skip(S, "no corpus");
  const { createCore } = await import("../src/core/create.ts");
  const { normalizeKey } = await import("../src/core/text/normalize.ts");
  const { isStopword } = await import("../src/core/text/tokenize.ts");
  const all = shuffle(await ctx.articles(), SEED);
  const sizes = (ctx.options.quick ? QUICK_SIZES : SIZES).map((n) => Math.min(n, all.length)).filter((n, i, xs) => xs.indexOf(n) === i);
  const rounds = Math.max(ctx.options.runs, ctx.options.quick ? 1 : 5);

  let set: QuerySet | undefined;
  const table = new Map<string, Map<number, Measured>>();
  for (const size of sizes) {
    gc();
    const subset: Article[] = all.slice(0, size);
    const core = size === all.length ? await ctx.fullCore() : createCore({ articles: subset });
    set ??= drawQueries(core, subset, SEED, normalizeKey, isStopword);
    for (const kind of KINDS) {
      const m = measure(core, kind, kind.queries(set), rounds);
      if (m.truncated) ctx.notes.push(`queries: ${kind.name} at ${size} stopped after ${m.roundsDone} rounds (time budget)`);
      if (!table.has(kind.name)) table.set(kind.name, new Map());
      table.get(kind.name)!.set(size, m);
    }
  }

  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  for (const kind of KINDS) {
    const m = table.get(kind.name)!.get(last)!;
    const r = row(S, `${kind.name} p99 at ${last}`, m.p99, "ms", { max: kind.target }, `p50 ${round(m.p50, 3)} ms; ${kind.queries(set!).length} queries × ${rounds} rounds; avg ${m.results} results`);
    if (r.pass === false) r.note += `; slowest: ${slowest(m)}`;
    ctx.rows.push(r);
  }
  for (const name of ["who (list)", "who (name)", "timeline (all)", "timeline (query)", "search"]) {
    const a = table.get(name)!.get(first)!;
    const b = table.get(name)!.get(last)!;
    const growth = name.startsWith("who") || name.startsWith("timeline") ? { max: GROWTH_MAX } : undefined;
    const r = row(S, `${name} growth p50 ${last}/${first}`, b.p50 / a.p50, "×", growth, `p99 ratio ${round(b.p99 / a.p99)}×; log-log slope ${round(Math.log(b.p50 / a.p50) / Math.log(last / first))} (linear 1)`);
    if (r.pass === false || !growth) r.note += `; fastest growing: ${fastestGrowing(a, b)}`;
    ctx.rows.push(r);
  }
  ctx.tables.push({
    title: "Query latency by corpus size (p50 / p99, ms)",
    header: ["Query", ...sizes.map(String)],
    rows: KINDS.map((k) => [k.name, ...sizes.map((n) => { const m = table.get(k.name)!.get(n)!; return `${round(m.p50, 3)} / ${round(m.p99, 3)}`; })]),
  });
  ctx.data.queries = {
    sizes,
    rounds,
    set,
    latency: Object.fromEntries([...table].map(([k, v]) => [k, Object.fromEntries([...v].map(([n, m]) => [n, { ...m, perQuery: Object.fromEntries(m.perQuery) }]))])),
  };
}

/** Per-query medians, slowest first. */
function slowest(m: Measured, n = 3): string {
  return [...m.perQuery].sort((x, y) => y[1] - x[1]).slice(0, n).map(([q, ms]) => `«${q}» ${round(ms, 2)} ms`).join(", ");
}

function fastestGrowing(a: Measured, b: Measured, n = 3): string {
  return [...b.perQuery]
    .map(([q, ms]) => [q, ms, ms / Math.max(a.perQuery.get(q) ?? Infinity, 0.001)] as const)
    .sort((x, y) => y[2] - x[2])
    .slice(0, n)
    .map(([q, ms, g]) => `«${q}» ${round(g, 1)}× (${round(ms, 2)} ms)`)
    .join(", ");
}

interface Measured {
  p50: number;
  p99: number;
  results: number;
  truncated: boolean;
  roundsDone: number;
  /** Median milliseconds of each distinct query ("(none)" for the query-less kinds). */
  perQuery: Map<string, number>;
}

function measure(core: Core, kind: Kind, queries: unknown[], rounds: number): Measured {
  for (const q of queries) kind.run(core, q); // warm-up: JIT and lazily built structures
  const p50: number[] = [];
  const p99: number[] = [];
  let results = 0;
  let count = 0;
  const start = now();
  let done = 0;
  const each = new Map<string, number[]>();
  for (; done < rounds; done++) {
    if (done > 0 && now() - start > BUDGET_MS) break;
    const times: number[] = [];
    for (const q of queries) {
      let t = now();
      const out = kind.run(core, q);
      let ms = now() - t;
      if (ms < BATCH_BELOW_MS) {
        // Microsecond answers: the mean of a batch, so that timer resolution does not pass for growth.
        t = now();
        for (let b = 0; b < BATCH; b++) kind.run(core, q);
        ms = (now() - t) / BATCH;
      }
      times.push(ms);
      const key = typeof q === "string" ? q : "(none)";
      each.set(key, [...(each.get(key) ?? []), ms]);
      results += Array.isArray(out) ? out.length : 0;
      count++;
    }
    p50.push(percentile(times, 50));
    p99.push(percentile(times, 99));
  }
  const perQuery = new Map([...each].map(([q, xs]) => [q, median(xs)] as const));
  return { p50: median(p50), p99: median(p99), results: Math.round(results / Math.max(1, count)), truncated: done < rounds, roundsDone: done, perQuery };
}
