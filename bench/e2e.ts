/**
 * 4. End to end through the fake Telegram and Discord servers on loopback, the real adapters and app over
 * the full core: reply latency p50/p99 at 1, 10 and 100 concurrent commands (pooled per run, median of runs).
 *
 * Two child processes, as in production, where Telegram's and Discord's servers are elsewhere:
 * - the bot's process (bench/e2e/bot-process.ts) is started as a deployed bot starts: it reads the corpus's
 *   index snapshot and runs only the core, the app (src/app/dispatch.ts) and the real adapter (grammY long
 *   polling with @grammyjs/runner, or discord.js over the gateway and REST);
 * - the load process (bench/e2e/load.ts) runs the fake platform server and the load generator, which
 *   queues `c` commands at the same instant (Telegram: `c` users each send one message, fetched by the bot's
 *   getUpdates; Discord: `c` INTERACTION_CREATE dispatches on the gateway).
 * A reply's latency is measured in the load process, on its clock: from queueing the update (or dispatching
 * the interaction) to the fake receiving the bot's answer (Telegram: the sendMessage to that chat; Discord:
 * the visible original response, a reply or the PATCH @original filling in a deferral). It therefore covers
 * the loopback HTTP/WebSocket round trips, the adapter, the app and the core, but not the fake's own JSON and
 * HTTP work, which would otherwise compete with the bot for its one JavaScript thread (the in-process version
 * of this benchmark charged the bot for it). Replies that never arrive within ROUND_TIMEOUT_MS count as lost,
 * answers the fake refuses as failed. The bot runs as deployed, keeping the answers of the index-only commands
 * (src/app/answer-cache.ts): the mix cycles through 48 questions, so after the warm-up most are answered from
 * there, as repeated questions about the news are. A second bot that keeps none gives the figure for a burst of
 * questions never asked before ("every command computed"). With --profile, the CPU profile of a round of 100 is the bot's process
 * alone. (The in-process figure for app.handle alone is taken in this process.)
 */
import type { Context } from "./lib/context.ts";
import { SEED } from "./lib/context.ts";
import { drawQueries } from "./lib/query-set.ts";
import { row } from "./lib/results.ts";
import { median, now, percentile, round } from "./lib/stats.ts";
import { writeFile } from "node:fs/promises";
import type { App } from "../src/app/dispatch.ts";
import { REPO } from "./lib/corpus.ts";
import { summarise } from "./lib/cpuprofile.ts";
import { corpusDir, subsetDir } from "./lib/corpus.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commandMix, LEVELS, type BenchCommand } from "./e2e/commands.ts";
import { startBench, type Bench, type Platform } from "./e2e/bot.ts";

const S = "end to end";

export async function runEndToEnd(ctx: Context): Promise<void> {
  if (!ctx.corpus) return ctx.skip(S, "no corpus");
  const { createApp } = await import("../src/app/dispatch.ts");
  const { createStore } = await import("../src/store/index.ts");
  const { createTranslator } = await import("../src/i18n/index.ts");
  const { normalizeKey } = await import("../src/core/text/normalize.ts");
  const { isStopword } = await import("../src/core/text/tokenize.ts");
  const core = await ctx.fullCore();
  const articles = await ctx.articles();
  const commands = commandMix(drawQueries(core, articles, SEED, normalizeKey, isStopword));
  const n = articles.length;
  const raw: Record<string, unknown> = {};
  // Every command computed: what a question not asked before costs (the bot keeps answers; see computeAllRun).
  await serviceTime(ctx, createApp({ core, store: createStore("memory:"), t: createTranslator(), answers: false }), commands, raw);

  const ids = new Set(articles.map((a) => a.id));
  const dir = ctx.options.quick ? await subsetDir(ctx.corpus, ids) : await corpusDir(ctx.corpus);
  if (!dir) return ctx.skip(S, "quick runs need a .jsonl corpus");
  // The bots' index snapshots: the first bot builds it (in the indexer process), the second reads it.
  const cache = await mkdtemp(join(tmpdir(), "mawjaz-bench-e2e-"));
  try {
    await platformsRun(ctx, dir, cache, commands, n, raw);
    ctx.data.endToEnd = raw;
  } finally {
    await rm(cache, { recursive: true, force: true });
    if (ctx.options.quick) await rm(dir, { recursive: true, force: true });
  }
}

async function platformsRun(ctx: Context, dir: string, cache: string, commands: readonly BenchCommand[], n: number, raw: Record<string, unknown>): Promise<void> {
  const platforms: { name: string; id: Platform }[] = [
    { name: "Telegram", id: "telegram" },
    { name: "Discord", id: "discord" },
  ];
  const profiles: string[] = [];
  for (const platform of platforms) {
    let bench: Bench;
    try {
      bench = await startBench(platform.id, dir, cache);
    } catch (err) {
      ctx.skip(`${S} (${platform.name})`, `adapter or fake failed to start: ${(err as Error).message}`);
      continue;
    }
    try {
      // Warm-up of the freshly started bot, as a bot that has been answering for a while is: JIT (every command
      // of the mix a few times), connection pools at the widest concurrency, the first lazily built structures.
      await bench.level(1, commands.length, commands);
      await bench.level(10, 5, commands);
      await bench.level(100, 2, commands);
      let commandsSent = commands.length + 10 * 5 + 100 * 2;
      for (const { concurrency, rounds } of LEVELS) {
        const p50: number[] = [];
        const p99: number[] = [];
        let lost = 0;
        let errors = 0;
        let replies = 0;
        let sent = 0;
        // CPU the bot's process spent (all its threads: the JS thread, GC helpers, libuv), per command sent:
        // a figure that, unlike latency, hardly moves when other processes share the machine.
        const cpu = await bench.cpuMs();
        for (let run = 0; run < ctx.options.runs; run++) {
          const r = await bench.level(concurrency, ctx.options.quick ? Math.min(rounds, 2) : rounds, commands);
          p50.push(percentile(r.latencies, 50));
          p99.push(percentile(r.latencies, 99));
          lost += r.lost;
          errors += r.errors;
          replies += r.latencies.length;
          sent += r.latencies.length + r.lost + r.errors;
        }
        const cpuPerCommand = ((await bench.cpuMs()) - cpu) / Math.max(1, sent);
        commandsSent += sent;
        raw[`${platform.name}@${concurrency}`] = { p50, p99, lost, errors, replies, cpuPerCommand };
        if (ctx.options.profile && concurrency === 100) {
          profiles.push(await profileRound(platform.name, bench, commands));
          commandsSent += 100;
        }
        const note = `p50 ${round(median(p50), 1)} ms; ${replies} replies, ${lost} lost, ${errors} failed; ${n} articles`;
        ctx.rows.push(row(S, `${platform.name} reply p99 at ${concurrency} concurrent`, median(p99), "ms", concurrency === 100 ? { max: 100 } : undefined, note));
        if (concurrency === 100) {
          ctx.rows.push(row(S, `${platform.name} bot process CPU per command at 100 concurrent`, cpuPerCommand, "ms", undefined, `user + system time of the bot's process over the runs at 100, divided by the ${sent} commands sent; adapter + app + core`));
        }
      }
      // After every level (warm-up included): the paging cache and the layouts it keeps are at their fullest.
      const peak = bench.peakRssMB();
      if (peak !== null) {
        raw[`${platform.name}.peakRssMB`] = peak;
        ctx.rows.push(row(S, `${platform.name} bot process peak RSS after all the runs`, peak, "MB", { max: 300 }, `VmHWM after ${commandsSent} commands, the paged replies kept for their buttons included; ${n} articles`));
      }
    } finally {
      await bench.stop();
    }
    await computeAllRun(ctx, platform, dir, cache, commands, n, raw);
  }
  if (profiles.length > 0) {
    const path = ctx.artifact("profile-e2e");
    await writeFile(path, `# CPU profile: one round of 100 concurrent commands, ${n} articles\n\n${profiles.join("\n")}`);
    ctx.notes.push(`profile: ${path.replace(REPO, "")}`);
  }
}

/**
 * The bot keeps the answers of the index-only commands (src/app/answer-cache.ts), and the mix repeats its 48
 * questions, as an audience asking about the news does. This run's bot keeps none: every command is computed and
 * laid out, the worst case of a burst of questions never asked before. Reported beside the main figure, no target.
 */
async function computeAllRun(ctx: Context, platform: { name: string; id: Platform }, dir: string, cache: string, commands: readonly BenchCommand[], n: number, raw: Record<string, unknown>): Promise<void> {
  let bench: Bench;
  try {
    bench = await startBench(platform.id, dir, cache, true);
  } catch (err) {
    ctx.skip(`${S} (${platform.name}, every command computed)`, `adapter or fake failed to start: ${(err as Error).message}`);
    return;
  }
  try {
    await bench.level(1, commands.length, commands);
    await bench.level(100, 2, commands);
    const p50: number[] = [];
    const p99: number[] = [];
    let sent = 0;
    let lost = 0;
    const cpu = await bench.cpuMs();
    for (let run = 0; run < ctx.options.runs; run++) {
      const r = await bench.level(100, 2, commands);
      p50.push(percentile(r.latencies, 50));
      p99.push(percentile(r.latencies, 99));
      sent += r.latencies.length + r.lost + r.errors;
      lost += r.lost + r.errors;
    }
    const cpuPerCommand = ((await bench.cpuMs()) - cpu) / Math.max(1, sent);
    raw[`${platform.name}@100.computeAll`] = { p50, p99, sent, lost, cpuPerCommand };
    ctx.rows.push(row(S, `${platform.name} reply p99 at 100 concurrent, every command computed`, median(p99), "ms", undefined, `no answers kept: p50 ${round(median(p50), 1)} ms; CPU ${round(cpuPerCommand, 2)} ms per command; ${sent} commands, ${lost} lost or failed; ${n} articles`));
  } finally {
    await bench.stop();
  }
}

/** One more round of 100 under the inspector: where the bot thread's time goes (adapter, app, core). */
async function profileRound(name: string, bench: Bench, commands: readonly BenchCommand[]): Promise<string> {
  const profile = await bench.profile(() => bench.level(100, 1, commands));
  const { totalMs, functions } = summarise(profile, REPO);
  // Not the bot's work: the thread waiting, and the inspector stopping the profiler (its `dispatch` under
  // session.post in bench/e2e/bot-process.ts, sampled at the end of the round).
  // The async scaffolding (processTicksAndRejections, runMicrotasks) holds everything, the profiler's stop included.
  const stopping = (f: { fn: string }) => /^(dispatch |post node:inspector|answer bench\/e2e\/bot-process\.ts|fn node:internal\/util|\(anonymous\) node:internal\/util|processTicksAndRejections |runMicrotasks )/.test(f.fn);
  const idleMs = functions.filter((f) => /^\((idle|program)\)/.test(f.fn) || f.fn === "dispatch ").reduce((sum, f) => sum + f.selfMs, 0);
  const busyMs = totalMs - idleMs;
  const areas = new Map<string, number>();
  for (const f of functions) {
    if (/^\((idle|program|root)\)/.test(f.fn) || f.fn === "dispatch ") continue;
    const area = areaOf(f.fn);
    areas.set(area, (areas.get(area) ?? 0) + f.selfMs);
  }
  const top = [...functions].filter((f) => !/^\((root|program|idle)\)/.test(f.fn) && !stopping(f)).sort((a, b) => b.totalMs - a.totalMs).slice(0, 30);
  return [
    `## ${name}`,
    "",
    `${busyMs.toFixed(0)} ms of work sampled (${totalMs.toFixed(0)} ms with idle time and the profiler's own stop), 100 commands. Bot process only (the fake server and the load generator run in the load process).`,
    "",
    `Self time by area: ${[...areas].sort((a, b) => b[1] - a[1]).map(([area, ms]) => `${area} ${ms.toFixed(0)} ms (${((100 * ms) / busyMs).toFixed(0)}%)`).join(", ")}.`,
    "",
    "Inclusive time (nested functions overlap):",
    "",
    "| Function | Self ms | Total ms | Total % |",
    "|---|---:|---:|---:|",
    ...top.map((f) => `| ${f.fn.replace(/\|/g, "\\|")} | ${f.selfMs.toFixed(0)} | ${f.totalMs.toFixed(0)} | ${((100 * f.totalMs) / busyMs).toFixed(1)} |`),
    "",
  ].join("\n");
}

/** Which part of the bot a profiled function belongs to, from its file. */
function areaOf(fn: string): string {
  if (fn.startsWith("(garbage collector)")) return "GC";
  if (/ \/?src\/core\//.test(fn)) return "core";
  if (/ \/?(commands|src\/app|src\/i18n)\//.test(fn)) return "app, commands, i18n";
  if (/ \/?src\/adapters\//.test(fn)) return "adapter (render, handlers)";
  if (/node_modules\//.test(fn)) return "libraries (grammY, discord.js, HTTP clients)";
  return "Node and V8 (HTTP, streams, JSON, natives)";
}

/**
 * The work one command costs the single JavaScript thread (app.handle in-process, no adapter, no socket):
 * 100 commands at once cannot all be answered before 100 × this, whatever the adapter does.
 */
async function serviceTime(ctx: Context, app: App, commands: readonly BenchCommand[], raw: Record<string, unknown>): Promise<void> {
  const handle = (c: BenchCommand, i: number) =>
    app.handle({ platform: "telegram", command: c.command, text: c.query, userId: `u${i}`, chatId: `c${i}`, chatType: "private", platformLang: "ar" });
  for (const [i, c] of commands.entries()) await handle(c, i); // warm-up
  const means: number[] = [];
  const byCommand = new Map<string, number[]>();
  for (let run = 0; run < Math.max(3, ctx.options.runs); run++) {
    let total = 0;
    for (const [i, c] of commands.entries()) {
      const t = now();
      await handle(c, i);
      const ms = now() - t;
      total += ms;
      byCommand.set(c.command, [...(byCommand.get(c.command) ?? []), ms]);
    }
    means.push(total / commands.length);
  }
  const mean = median(means);
  const parts = [...byCommand].map(([name, xs]) => `${name} p50 ${round(percentile(xs, 50), 1)} / p99 ${round(percentile(xs, 99), 1)} ms`).join("; ");
  ctx.rows.push(row(S, "app.handle in-process (no adapter), every command computed: mean per command", mean, "ms", undefined, `${parts}; so 100 queued commands never asked before need ≥ ${Math.round(100 * mean)} ms of one thread`));
  raw.serviceTime = { mean, byCommand: Object.fromEntries(byCommand) };
}
