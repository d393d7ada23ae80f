/**
 * The entry point, and the only reader of process.env. `npm start`:
 * - with DISCORD_TOKEN (+ DISCORD_APPLICATION_ID) and/or TELEGRAM_BOT_TOKEN: starts those adapters;
 * - with no tokens at all: opens the console on the corpus (the seed corpus by default).
 */
import pino from "pino";
import { parseConfig } from "./config.ts";
import { CHILD_BUILD_MIN_BYTES, loadCore, SEEDS_DIR, type LoadCoreOptions } from "./core/create.ts";
import { copiesApart } from "./core/corpus/load.ts";
import { createSwappableCore } from "./core/swappable.ts";
import type { Core } from "./core/core.ts";
import { watchCorpus } from "./corpus-watch.ts";
import { createApp } from "./app/dispatch.ts";
import { createStore } from "./store/index.ts";
import { createTranslator } from "./i18n/index.ts";
import { startConsole } from "./adapters/console/start.ts";

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`Mawjaz cannot start; fix these settings (see .env.example):\n${parsed.errors.map((e) => `  - ${e}`).join("\n")}\n`);
  process.exit(1);
}
const config = parsed.config;
const platforms = Boolean(config.DISCORD_TOKEN || config.TELEGRAM_BOT_TOKEN);
// In console mode logs go to stderr at warn level so they do not interleave with answers.
const logger = pino(
  { level: platforms ? config.LOG_LEVEL : config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, redact: ["token", "*.token", "apiKey", "*.apiKey"] },
  pino.destination(platforms ? 1 : 2),
);

// The platforms' libraries load while the corpus is indexed (or its snapshot read); the console needs none of them.
const servicesModule = platforms ? import("./services.ts") : undefined;
void servicesModule?.then((m) => m.preloadServices(config)).catch(() => undefined);

const corpusDir = config.CORPUS_DIR ?? SEEDS_DIR;
// INDEX_CACHE_DIR: where index snapshots go (default node_modules/.cache/mawjaz); "off" disables them.
const cacheOption = config.INDEX_CACHE_DIR === undefined ? {} : { cache: config.INDEX_CACHE_DIR === "off" ? (false as const) : config.INDEX_CACHE_DIR };
// Corpora from about a thousand articles up are indexed in a child process (src/indexer.ts): this process
// then holds only the finished index, and goes on answering while a changed corpus is re-indexed.
const indexOptions: LoadCoreOptions = {
  ...cacheOption,
  childBuildMinBytes: CHILD_BUILD_MIN_BYTES,
  onChildBuild: (outcome) => {
    if (outcome.ok) logger.info({ ms: Math.round(outcome.ms), indexerPeakMB: Math.round(outcome.peakRssMB) }, "indexed in the indexer process");
    else logger.warn({ reason: outcome.reason }, "the indexer process failed; indexing in this process");
  },
};
const loadIndexed = (dir: string) => loadCore(dir, indexOptions);
// A bot restarted after the corpus changed answers from its previous index at once and re-indexes in the
// background (the console answers one session and exits: it always indexes the current corpus).
let stale = false;
// A bot's first start on a large corpus (no index saved yet) answers from the newest articles within seconds while the
// whole corpus is indexed beside them (loadCore's onPreview); the console waits for the whole corpus.
let early: ((core: Core) => void) | undefined;
const first = new Promise<Core>((resolve) => (early = resolve));
const whole = loadCore(corpusDir, { ...indexOptions, stale: platforms, onSnapshot: (s) => (stale = s === "stale"), ...(platforms ? { onPreview: early! } : {}) });
whole.then(early, () => undefined);
const holder = createSwappableCore(await Promise.race([first, whole]));
const core = holder.core;
const indexed = (next: Core) => {
  // A corpus gathered from feeds files many stories twice: one line for the copies, not one each.
  const { copies, others } = copiesApart(next.problems());
  for (const p of others) logger.warn({ file: p.file, line: p.line }, `skipped: ${p.reason}`);
  if (copies.length > 0) {
    const examples = copies.slice(0, 3).map((p) => `${p.file}${p.line ? `:${p.line}` : ""} (copy of ${p.copyOf})`);
    logger.warn({ copies: copies.length, examples }, "skipped copies of other articles (same title and text)");
  }
  if (stale) logger.info({ articles: next.articles().length }, "corpus changed since the last index: answering from it while re-indexing");
  else logger.info({ articles: next.articles().length }, "corpus indexed");
};
const partial = holder.current().partial?.();
if (partial) logger.info(partial, "answering from the newest articles while the whole corpus is indexed");
else indexed(holder.current());

const store = createStore(config.STORE_URL);
const t = createTranslator();

if (!platforms) {
  const app = createApp({ core, store, t, logger });
  await startConsole({ app, input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
  await store.close();
} else {
  // Signals are handled from here on: a stop during start-up is as orderly as one later (what has started is
  // stopped, the store is closed).
  let stopping = false;
  let stopServices: (() => Promise<void>) | undefined;
  let stopWatch: (() => void) | undefined;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    stopWatch?.();
    await stopServices?.();
    await store.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // Loaded only when a platform is configured (above): discord.js, grammY, the Redis client and openai take over a
  // second to import, which the console (no tokens) does not need.
  const { startServices } = await servicesModule!;
  const services = await startServices({ config, core, store, t, logger });
  stopServices = () => services.stop();
  if (partial) {
    // The whole corpus replaces the early index as soon as it is indexed; the watcher starts from there.
    const next = await whole;
    holder.swap(next);
    indexed(next);
    await services.corpusChanged();
  }
  const watch = await watchCorpus({
    dir: corpusDir,
    intervalMs: config.CORPUS_RELOAD_SECONDS * 1000,
    holder,
    load: loadIndexed,
    onSwap: () => services.corpusChanged(),
    logger: logger.child({ component: "corpus" }),
    stale,
  });
  stopWatch = () => watch.stop();
  if (stale) void watch.check();
}
