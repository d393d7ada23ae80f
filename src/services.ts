/**
 * Starts what the configuration asks for — the LLM client, the digest scheduler, the Telegram and Discord adapters —
 * around one app, and stops them in reverse order. main.ts calls it; integration tests can call it with a Config pointed at fakes.
 */
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { Core } from "./core/core.ts";
import type { Translator } from "./i18n/index.ts";
import type { Store } from "./store/index.ts";
import { createApp, type App } from "./app/dispatch.ts";
import { createDigestScheduler } from "./digest/scheduler.ts";
import type { DigestSink } from "./digest/types.ts";
import { createDigestCommand } from "../commands/digest.ts";

export interface Services {
  app: App;
  /** Tells the digest scheduler the corpus was re-indexed (new articles become digest news). */
  corpusChanged(): Promise<void>;
  stop(): Promise<void>;
}

export interface ServiceDeps {
  config: Config;
  core: Core;
  store: Store;
  t: Translator;
  logger: Logger;
}

/** The modules of the configured platforms and of the LLM client, imported together. */
async function importModules(config: Config) {
  const [telegram, telegramSink, discord, discordSink, llm] = await Promise.all([
    config.TELEGRAM_BOT_TOKEN ? import("./adapters/telegram/start.ts") : undefined,
    config.TELEGRAM_BOT_TOKEN ? import("./digest/sinks/telegram.ts") : undefined,
    config.DISCORD_TOKEN ? import("./adapters/discord/start.ts") : undefined,
    config.DISCORD_TOKEN ? import("./digest/sinks/discord.ts") : undefined,
    config.OPENAI_API_KEY ? import("./llm/index.ts") : undefined,
  ]);
  return { telegram, telegramSink, discord, discordSink, llm };
}
/** Imports by what they load (the platforms and the LLM configured): a process may start services more than once. */
const modules = new Map<string, ReturnType<typeof importModules>>();

/**
 * Starts importing what startServices needs (main.ts calls it first thing, so that the libraries load while the corpus
 * is indexed or its snapshot read). Each platform's library and the OpenAI client are loaded only when configured:
 * discord.js alone is about 40 MB of resident memory that a Telegram-only bot never uses (grammY about 20, openai 13).
 */
export function preloadServices(config: Config): ReturnType<typeof importModules> {
  const key = [config.TELEGRAM_BOT_TOKEN, config.DISCORD_TOKEN, config.OPENAI_API_KEY].map((v) => (v ? 1 : 0)).join("");
  let loading = modules.get(key);
  if (loading === undefined) modules.set(key, (loading = importModules(config)));
  return loading;
}

export async function startServices({ config, core, store, t, logger }: ServiceDeps): Promise<Services> {
  const stops: (() => Promise<void>)[] = [];
  const loaded = await preloadServices(config);
  const tgToken = config.TELEGRAM_BOT_TOKEN;
  const telegram = tgToken && loaded.telegram && loaded.telegramSink
    ? { token: tgToken, startTelegram: loaded.telegram.startTelegram, createTelegramSink: loaded.telegramSink.createTelegramSink }
    : undefined;
  const dcToken = config.DISCORD_TOKEN;
  const discord = dcToken && loaded.discord && loaded.discordSink
    ? { token: dcToken, startDiscord: loaded.discord.startDiscord, createDiscordSink: loaded.discordSink.createDiscordSink }
    : undefined;
  const apiKey = config.OPENAI_API_KEY;
  const openai = apiKey && loaded.llm ? { apiKey, llm: loaded.llm } : undefined;
  const llm = openai?.llm.createLlm({
    apiKey: openai.apiKey,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    model: config.OPENAI_MODEL,
    store: store.ns("translations"),
    logger: logger.child({ component: "llm" }),
    timeoutMs: config.LLM_TIMEOUT_MS,
  });
  if (llm) logger.info({ model: config.OPENAI_MODEL, baseURL: config.OPENAI_BASE_URL ?? "default" }, "LLM enabled");
  // In the background: answers are served with the offline names until the checked proposals arrive.
  const enrich = () => {
    if (llm && openai) void openai.llm.enrichNames(llm, core, logger.child({ component: "llm" })).catch((err: unknown) => logger.warn({ err }, "name enrichment failed"));
  };
  // The early index of a first start (Core.partial) is answered from, but neither enriched nor made into digests: both
  // wait for the whole corpus (corpusChanged below), so a digest never leaves out the older news it has not read yet.
  const whole = () => core.partial?.() === undefined;
  let waiting = !whole();
  if (!waiting) enrich();

  // Digests go out through the platforms the bot is connected to; the scheduler is armed after the adapters start.
  const sinks: { telegram?: DigestSink; discord?: DigestSink } = {};
  if (telegram) sinks.telegram = telegram.createTelegramSink({ token: telegram.token, apiRoot: config.TELEGRAM_API_ROOT, t }) as DigestSink;
  if (discord) sinks.discord = discord.createDiscordSink({ token: discord.token, apiUrl: config.DISCORD_API_URL, t }) as DigestSink;
  const digests = await createDigestScheduler({
    store,
    core,
    t,
    logger: logger.child({ component: "digest" }),
    ...(llm ? { english: llm } : {}),
    sinks,
    graceMinutes: config.DIGEST_GRACE_MINUTES,
    maxPerChat: config.DIGEST_MAX_PER_CHAT,
  });

  const app = createApp({
    core,
    store,
    t,
    logger,
    ...(llm ? { english: llm, summarizer: llm } : {}),
    extraCommands: [createDigestCommand({ service: digests.service })],
  });

  if (telegram) {
    const tg = await telegram.startTelegram({
      token: telegram.token,
      apiRoot: config.TELEGRAM_API_ROOT,
      app,
      store,
      logger: logger.child({ platform: "telegram" }),
      ...(config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
        ? { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secretToken: config.TELEGRAM_WEBHOOK_SECRET, port: config.TELEGRAM_WEBHOOK_PORT, host: config.TELEGRAM_WEBHOOK_HOST } }
        : {}),
    });
    stops.push(() => tg.stop());
    logger.info({ mode: config.TELEGRAM_WEBHOOK_URL ? "webhook" : "polling" }, "Telegram adapter started");
  }
  if (discord && config.DISCORD_APPLICATION_ID) {
    const dc = await discord.startDiscord({
      token: discord.token,
      applicationId: config.DISCORD_APPLICATION_ID,
      apiUrl: config.DISCORD_API_URL,
      app,
      store,
      logger: logger.child({ platform: "discord" }),
    });
    stops.push(() => dc.stop());
    logger.info("Discord adapter started");
  }
  // Stopped first (stops run in reverse): no new digest starts while the adapters go down.
  stops.push(() => digests.stop());
  if (!waiting) await digests.start();
  else logger.info("digests start once the whole corpus is indexed");
  return {
    app,
    corpusChanged: async () => {
      if (!whole()) return;
      enrich();
      if (waiting) {
        waiting = false;
        await digests.start();
      } else await digests.noticeArticles();
    },
    async stop() {
      for (const stop of stops.reverse()) await stop().catch((err: unknown) => logger.warn({ err }, "error while stopping"));
    },
  };
}
