/**
 * 3. Memory and start-up, each in a fresh child process running plain JavaScript, bundled as `npm start` bundles
 * the bot (bench/lib/spawn.ts: spawnBuilt), so no TypeScript loader is counted:
 * - the indexer process (src/indexer.ts), started as the bot starts it (buildInChild): load, analyse, write the
 *   snapshot; its peak RSS as it reports it (process.resourceUsage().maxRSS);
 * - index-once.ts: load + createCore of the corpus in one process, one who(): an in-process build, what the bot
 *   does when the indexer cannot run; its peak RSS likewise;
 * - the real entry point (src/main.ts, console mode: no tokens, memory store) with CORPUS_DIR set: time from
 *   spawn to the first /who answer on stdout, and that process's peak RSS (VmHWM) once it has answered;
 * - the same entry point as a Telegram bot against the fake Bot API, on its first start (no index saved): the time
 *   to its first answer (from the early index of the newest articles) and to the whole corpus;
 * - restart.ts on a copy of the corpus: a bot restarted after one article was added (spawn to the first
 *   answer, from the previous index snapshot while it re-indexes; src/main.ts does this with a platform).
 */
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Context } from "./lib/context.ts";
import { corpusDir, subsetDir } from "./lib/corpus.ts";
import { row } from "./lib/results.ts";
import { benchEnv, runBuilt, spawnBuilt, startNodeFlags, vmHwmMB } from "./lib/spawn.ts";
import { median, now } from "./lib/stats.ts";

const S = "memory";
const STARTUP_TIMEOUT_MS = 180_000;

export async function runMemory(ctx: Context): Promise<void> {
  // The app's index snapshots (INDEX_CACHE_DIR) go to a directory of this run, removed at the end.
  const cache = await mkdtemp(join(tmpdir(), "mawjaz-bench-cache-"));
  try {
    await measure(ctx, cache);
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}

/** The indexer process as the bot starts it (src/core/index/child-build.ts), into a fresh cache each run. */
async function indexerPeak(ctx: Context, dir: string, runs: number): Promise<void> {
  const { buildInChild } = await import("../src/core/index/child-build.ts");
  const peaks: number[] = [];
  const times: number[] = [];
  let articles = 0;
  for (let i = 0; i < runs; i++) {
    const cache = await mkdtemp(join(tmpdir(), "mawjaz-bench-indexer-"));
    try {
      const built = await buildInChild(dir, cache);
      peaks.push(built.peakRssMB);
      times.push(built.ms);
      articles = built.articles;
    } catch (err) {
      ctx.notes.push(`memory: the indexer process failed: ${(err as Error).message}`);
      return;
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  }
  ctx.rows.push(row(S, `peak RSS of the indexer process, load + index + write the snapshot of ${articles} articles`, median(peaks), "MB", { max: 300 }, `src/indexer.ts as the bot starts it (with --expose-gc: it collects garbage between stages); ${(median(times) / 1000).toFixed(1)} s in the process`));
}

async function measure(ctx: Context, cache: string): Promise<void> {
  if (!ctx.corpus) return ctx.skip(S, "no corpus");
  const articles = await ctx.articles();
  const dir = ctx.options.quick ? await subsetDir(ctx.corpus, new Set(articles.map((a) => a.id))) : await corpusDir(ctx.corpus);
  if (!dir) return ctx.skip(S, "quick runs need a .jsonl corpus");
  const runs = Math.max(1, Math.min(ctx.options.runs, 3));
  try {
    const peaks: number[] = [];
    const heaps: number[] = [];
    let indexed = 0;
    for (let i = 0; i < runs; i++) {
      const r = await runBuilt("bench/child/index-once.ts", [dir], { nodeArgs: ["--expose-gc"], timeoutMs: STARTUP_TIMEOUT_MS });
      const line = r.stdout.trim().split("\n").at(-1) ?? "";
      if (r.code !== 0 || !line.startsWith("{")) {
        ctx.notes.push(`memory: index-once child failed (code ${r.code}${r.timedOut ? ", timed out" : ""}): ${r.stderr.trim().split("\n").slice(-3).join(" / ")}`);
        break;
      }
      const out = JSON.parse(line) as { articles: number; maxRssMB: number; heapUsedAfterGcMB: number | null };
      indexed = out.articles;
      peaks.push(out.maxRssMB);
      if (out.heapUsedAfterGcMB !== null) heaps.push(out.heapUsedAfterGcMB);
    }
    await indexerPeak(ctx, dir, runs);
    if (peaks.length > 0) {
      ctx.rows.push(row(S, `peak RSS of an in-process build, load + index ${indexed} articles`, median(peaks), "MB", undefined, `load + createCore in one process (the fallback when the indexer process cannot run; tests and the CLI)${heaps.length ? `; heap retained after GC ${Math.round(median(heaps))} MB` : ""}`));
    }

    await heapBreakdown(ctx, dir);

    // The first start over this (fresh) corpus directory builds the index; later ones may use the
    // index snapshot loadCore keeps (src/core/index/snapshot.ts): both are reported.
    const starts: { ms: number; peakMB: number | null }[] = [];
    for (let i = 0; i < Math.max(2, runs); i++) {
      const s = await startup(dir, cache);
      if ("error" in s) {
        ctx.notes.push(`memory: start-up child failed: ${s.error}`);
        break;
      }
      starts.push(s);
    }
    const [cold, ...warm] = starts;
    // The fixed part: the same start over an empty corpus (Node, tsx, module loading, app set-up).
    const empty = await mkdtemp(join(tmpdir(), "mawjaz-bench-empty-"));
    const floor = await startup(empty, cache);
    await rm(empty, { recursive: true, force: true });
    if (!("error" in floor)) ctx.rows.push(row(S, "start-up floor: first /who answer on an empty corpus", floor.ms / 1000, "s", undefined, "process + module loading; included in the two figures below"));
    const what = `src/main.ts on ${articles.length} articles`;
    await botFirstStart(ctx, dir, runs);
    if (cold) {
      ctx.rows.push(row(S, `console, first start: to the first /who answer (${what})`, cold.ms / 1000, "s", undefined, "spawn → answer on stdout; the console waits for the whole corpus to be indexed (no snapshot yet: the one start that cannot use it); the bundle `npm start` runs (dist/main.js)"));
      if (cold.peakMB !== null) ctx.rows.push(row(S, "peak RSS of the app, first start", cold.peakMB, "MB", { max: 300 }, "VmHWM of the bot's process after its first answer; the index was built by the indexer process (row above)"));
    }
    if (warm.length > 0) {
      ctx.rows.push(row(S, "start-up to first /who answer, later starts", median(warm.map((w) => w.ms)) / 1000, "s", { max: 3 }, `median of ${warm.length}; same corpus and code, so an index snapshot may be used`));
      const peaks = warm.map((w) => w.peakMB).filter((x): x is number => x !== null);
      if (peaks.length > 0) ctx.rows.push(row(S, "peak RSS of the app, later starts", median(peaks), "MB", { max: 300 }));
    }
    await restartAfterChange(ctx, dir);
  } finally {
    if (ctx.options.quick) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A Telegram bot's first start (`npm start`'s bundle with a token, against the fake Bot API on loopback; a fresh cache,
 * so no index is saved yet): a /who sent before the start is answered from the early index of the newest articles
 * (loadCore's onPreview) while the whole corpus is indexed; the time to that answer, to the log line saying the whole
 * corpus is indexed and answering, and the bot's peak RSS by then.
 */
async function botFirstStart(ctx: Context, dir: string, runs: number): Promise<void> {
  const { startFakeTelegram } = await import("../tests/fakes/telegram/server.ts");
  const first: number[] = [];
  const whole: number[] = [];
  const peaks: number[] = [];
  let early = "";
  for (let i = 0; i < runs; i++) {
    const cache = await mkdtemp(join(tmpdir(), "mawjaz-bench-first-"));
    const fake = await startFakeTelegram();
    let child: Awaited<ReturnType<typeof spawnBuilt>> | undefined;
    try {
      fake.pushMessage({ chat: { id: 7, type: "private", first_name: "Reader" }, from: { id: 7, is_bot: false, first_name: "Reader", language_code: "en" }, text: "/who" });
      const t = now();
      child = await spawnBuilt("src/main.ts", [], {
        env: benchEnv({ CORPUS_DIR: dir, INDEX_CACHE_DIR: cache, TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: "info" }),
        nodeArgs: startNodeFlags(),
      });
      let wholeAt: number | undefined;
      let out = "";
      child.stdout!.setEncoding("utf8").on("data", (d: string) => {
        out += d;
        if (wholeAt === undefined && out.includes('"msg":"corpus indexed"')) wholeAt = now() - t;
      });
      child.stderr!.resume();
      const [sent] = await fake.waitFor("sendMessage", 1, STARTUP_TIMEOUT_MS);
      first.push(now() - t);
      const text = String(sent!.params.text);
      early = /newest articles only \((\d+) of (\d+)\)/.exec(text)?.slice(1, 3).join(" of ") ?? "";
      const deadline = Date.now() + STARTUP_TIMEOUT_MS;
      while (wholeAt === undefined && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
      if (wholeAt === undefined) throw new Error(`the whole corpus was not indexed: ${out.slice(-300)}`);
      whole.push(wholeAt);
      const peak = child.pid === undefined ? null : vmHwmMB(child.pid);
      if (peak !== null) peaks.push(peak);
    } catch (err) {
      ctx.notes.push(`memory: the bot's first start failed: ${(err as Error).message}`);
      return;
    } finally {
      child?.kill("SIGTERM");
      if (child && child.exitCode === null) await new Promise((r) => child!.once("exit", r));
      await fake.close();
      await rm(cache, { recursive: true, force: true });
    }
  }
  const how = early ? `answered from the early index of the newest ${early} articles, and says so` : "answered from the whole corpus (the early index came too late)";
  ctx.rows.push(
    row(S, "start-up to first answer, first start of a Telegram bot (no saved index)", median(first) / 1000, "s", { max: 3 }, `median of ${first.length}; spawn → /who answered through the fake Bot API; ${how}`),
    row(S, "first start of a Telegram bot: the whole corpus indexed and answered from", median(whole) / 1000, "s", undefined, "spawn → the log line \"corpus indexed\"; the indexer process builds it while the bot answers from the early index"),
  );
  if (peaks.length > 0) ctx.rows.push(row(S, "peak RSS of the bot, first start (early index, then the whole)", median(peaks), "MB", { max: 300 }, "VmHWM of the bot's process once the whole corpus is swapped in"));
}

/**
 * A bot restarted after a new article arrived: the first start on a copy of the corpus builds and saves
 * the index; one article is added; the restart answers from the saved index (status "stale").
 */
async function restartAfterChange(ctx: Context, dir: string): Promise<void> {
  const copy = await mkdtemp(join(tmpdir(), "mawjaz-bench-restart-"));
  const cache = join(copy, ".cache");
  const corpus = join(copy, "corpus");
  try {
    await cp(dir, corpus, { recursive: true });
    const run = async (): Promise<{ status: string; ms: number; wallMs: number; maxRssMB: number } | string> => {
      const t = now();
      const r = await runBuilt("bench/child/restart.ts", [corpus, cache], { nodeArgs: startNodeFlags(), timeoutMs: STARTUP_TIMEOUT_MS });
      const line = r.stdout.trim().split("\n").at(-1) ?? "";
      if (r.code !== 0 || !line.startsWith("{")) return `code ${r.code}: ${r.stderr.trim().split("\n").slice(-3).join(" / ")}`;
      return { ...(JSON.parse(line) as { status: string; ms: number; maxRssMB: number }), wallMs: now() - t };
    };
    const first = await run();
    if (typeof first === "string") return void ctx.notes.push(`memory: restart child failed: ${first}`);
    await writeFile(join(corpus, "zz-new-article.md"), "---\ntitle: خبر جديد\npublished: 2026-11-23\n---\nأعلن وزير الداخلية اليوم الاثنين عن خطة جديدة للأمن في العاصمة.\n");
    const again = await run();
    if (typeof again === "string") return void ctx.notes.push(`memory: restart child failed: ${again}`);
    ctx.rows.push(
      row(S, "start-up to first answer, bot restarted after an article was added", again.wallMs / 1000, "s", { max: 3 }, `spawn → answer; index snapshot status "${again.status}" (re-indexing continues in the background); peak RSS ${Math.round(again.maxRssMB)} MB`),
    );
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** One child: the retained heap of the loaded articles and of each index field (see child/heap-breakdown.ts). */
async function heapBreakdown(ctx: Context, dir: string): Promise<void> {
  const r = await runBuilt("bench/child/heap-breakdown.ts", [dir], { nodeArgs: ["--expose-gc"], timeoutMs: STARTUP_TIMEOUT_MS });
  const line = r.stdout.trim().split("\n").at(-1) ?? "";
  if (r.code !== 0 || !line.startsWith("{")) {
    ctx.notes.push(`memory: heap breakdown child failed (code ${r.code}): ${r.stderr.trim().split("\n").slice(-3).join(" / ")}`);
    return;
  }
  const out = JSON.parse(line) as { articles: number; articlesMB: number; indexMB: number; fields: { field: string; mb: number }[] };
  ctx.tables.push({
    title: `Retained heap at ${out.articles} articles (MB, after GC; a field's figure is what it alone retains)`,
    header: ["Part", "MB"],
    rows: [
      ["loaded articles", out.articlesMB.toFixed(1)],
      ["index, total", out.indexMB.toFixed(1)],
      ...out.fields.filter((f) => Math.abs(f.mb) >= 0.5).map((f) => [`index.${f.field}`, f.mb.toFixed(1)]),
    ],
  });
  ctx.data.heap = out;
}

/** Spawns the app in console mode, asks /who, waits for the first answer; then ends its input. */
async function startup(dir: string, cache: string): Promise<{ ms: number; peakMB: number | null } | { error: string }> {
  const t = now();
  const child = await spawnBuilt("src/main.ts", [], { env: benchEnv({ CORPUS_DIR: dir, INDEX_CACHE_DIR: cache }), nodeArgs: startNodeFlags() });
  child.stdin!.write("/who\n");
  let stdout = "";
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  return new Promise((resolve) => {
    let settled = false;
    const finish = (v: { ms: number; peakMB: number | null } | { error: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    let answered: { ms: number; peakMB: number | null } | undefined;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish(answered ?? { error: `no answer within ${STARTUP_TIMEOUT_MS / 1000} s` });
    }, STARTUP_TIMEOUT_MS);
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      if (answered || stdout.trim() === "") return;
      answered = { ms: now() - t, peakMB: child.pid === undefined ? null : vmHwmMB(child.pid) };
      child.stdin!.end();
      // The console exits when its input ends; one that lingers is stopped (its answer already counted).
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });
    child.once("close", (code) =>
      finish(answered ?? { error: `exited with code ${code} before answering: ${stderr.trim().split("\n").slice(-3).join(" / ")}` }),
    );
  });
}
