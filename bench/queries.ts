/**
 * 2. Query latency as the corpus grows: nested seeded subsets (1k ⊂ 2.5k ⊂ 5k ⊂ 10k articles), the same
 * query set at every size, p50 and p99 per round (each query of a kind run once per round, single-query
 * kinds repeated), the median over rounds; every round visits every size. Targets at the largest size; growth
 * as the 10k/1k ratio.
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
/**
 * Every query is timed as the mean of back-to-back calls, at least MIN_CALLS and until BATCH_MS have passed (at most
 * MAX_CALLS): microsecond answers are then above the timer's resolution, and fast and slow queries are measured the
 * same way (a threshold between a single call and a batch made medians near it jump between the two).
 */
const BATCH_MS = 0.25;
const MIN_CALLS = 2;
const MAX_CALLS = 50;
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
  { name: "who (office)", target: 10, queries: (q) => q.offices, run: (c, x) => c.holders(x as string) },
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

  // Every size's core first, then the rounds, each visiting every size (in alternating order): the machine's
  // speed drifts over a run, and sub-millisecond medians measured one size after another took that drift for growth.
  let set: QuerySet | undefined;
  const cores: { size: number; core: Core }[] = [];
  for (const size of sizes) {
    gc();
    const subset: Article[] = all.slice(0, size);
    const core = size === all.length ? await ctx.fullCore() : createCore({ articles: subset });
    set ??= drawQueries(core, subset, SEED, normalizeKey, isStopword);
    cores.push({ size, core });
  }
  const timings = new Map<string, Timing>();
  const timing = (kind: Kind, size: number): Timing => {
    const key = `${kind.name}@${size}`;
    let t = timings.get(key);
    if (!t) timings.set(key, (t = { p50: [], p99: [], results: 0, count: 0, ms: 0, each: new Map() }));
    return t;
  };
  // The first office query of a core builds its table of roles (queries/holders.ts): measured once, at the largest size.
  const coldOffice = performance.now();
  cores.at(-1)!.core.holders(set!.offices[0] ?? "");
  const coldOfficeMs = performance.now() - coldOffice;
  for (const { core } of cores) for (const kind of KINDS) for (const q of kind.queries(set!)) kind.run(core, q); // warm-up: JIT, lazy structures
  for (let r = 0; r < rounds; r++) {
    for (const { size, core } of r % 2 === 0 ? cores : [...cores].reverse()) {
      for (const kind of KINDS) {
        const t = timing(kind, size);
        if (t.p50.length > 0 && t.ms > BUDGET_MS) continue;
        oneRound(core, kind, kind.queries(set!), t);
      }
    }
  }
  const table = new Map<string, Map<number, Measured>>();
  for (const kind of KINDS) {
    table.set(kind.name, new Map());
    for (const { size } of cores) {
      const m = measured(timing(kind, size), rounds);
      if (m.truncated) ctx.notes.push(`queries: ${kind.name} at ${size} stopped after ${m.roundsDone} rounds (time budget)`);
      table.get(kind.name)!.set(size, m);
    }
  }

  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  for (const kind of KINDS) {
    const m = table.get(kind.name)!.get(last)!;
    const r = row(S, `${kind.name} p99 at ${last}`, m.p99, "ms", { max: kind.target }, `p50 ${round(m.p50, 3)} ms; ${kind.queries(set!).length} queries × ${rounds} rounds; avg ${m.results} results`);
    if (r.pass === false) r.note += `; slowest: ${slowest(m)}`;
    if (kind.name === "who (office)") r.note += `; the first office query of a core builds its table of roles: ${round(coldOfficeMs, 1)} ms at ${last}`;
    ctx.rows.push(r);
  }
  for (const name of ["who (list)", "who (name)", "who (office)", "timeline (all)", "timeline (query)", "search"]) {
    const a = table.get(name)!.get(first)!;
    const b = table.get(name)!.get(last)!;
    // Name lookups and timelines are held to the bar; an office's answer is every holder, sorted (it grows with them).
    const growth = (name.startsWith("who") && name !== "who (office)") || name.startsWith("timeline") ? { max: GROWTH_MAX } : undefined;
    const r = row(S, `${name} growth p50 ${last}/${first}`, b.p50 / a.p50, "×", growth, `p99 ratio ${round(b.p99 / a.p99)}×; log-log slope ${round(Math.log(b.p50 / a.p50) / Math.log(last / first))} (linear 1); avg results ${a.results} → ${b.results} (an answer capped by its limit grows with the corpus until it is full)`);
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

/** What the rounds of one kind at one size gathered. */
interface Timing {
  p50: number[];
  p99: number[];
  results: number;
  count: number;
  /** Time spent so far (for BUDGET_MS). */
  ms: number;
  each: Map<string, number[]>;
}

/** One round: each query of the kind once (microsecond ones as the mean of a batch). */
function oneRound(core: Core, kind: Kind, queries: unknown[], into: Timing): void {
  const start = now();
  const times: number[] = [];
  for (const q of queries) {
    const t = now();
    const out = kind.run(core, q);
    let calls = 1;
    let elapsed = now() - t;
    while (calls < MAX_CALLS && (calls < MIN_CALLS || elapsed < BATCH_MS)) {
      kind.run(core, q);
      calls++;
      elapsed = now() - t;
    }
    const ms = elapsed / calls;
    times.push(ms);
    const key = typeof q === "string" ? q : "(none)";
    into.each.set(key, [...(into.each.get(key) ?? []), ms]);
    into.results += Array.isArray(out) ? out.length : 0;
    into.count++;
  }
  into.p50.push(percentile(times, 50));
  into.p99.push(percentile(times, 99));
  into.ms += now() - start;
}

function measured(t: Timing, rounds: number): Measured {
  const perQuery = new Map([...t.each].map(([q, xs]) => [q, median(xs)] as const));
  const done = t.p50.length;
  return { p50: median(t.p50), p99: median(t.p99), results: Math.round(t.results / Math.max(1, t.count)), truncated: done < rounds, roundsDone: done, perQuery };
}
