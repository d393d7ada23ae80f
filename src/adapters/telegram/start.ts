/**
 * Starts the Telegram adapter: a grammY Bot pointed at `apiRoot`, auto-retry for 429s, one error
 * boundary, the command menus in English and Arabic, then long polling (default) or a webhook server
 * with a secret token. Settings arrive typed from src/config.ts; nothing here reads process.env.
 *
 * Updates are handled concurrently (grammY's own polling handles one at a time, so one slow answer would
 * hold up every chat): long polling goes through @grammyjs/runner, webhooks run a handler per request,
 * and `sequentialize` keeps each chat's updates in order.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { autoRetry, type AutoRetryOptions } from "@grammyjs/auto-retry";
import { run, sequentialize } from "@grammyjs/runner";
import { Bot, BotError, GrammyError, webhookCallback, type Context } from "grammy";
import type { Logger } from "pino";
import type { App } from "../../app/dispatch.ts";
import type { Store } from "../../store/index.ts";
import { createReplyCache, type ReplyCache } from "../shared/reply-cache.ts";
import { registerCommands } from "./commands.ts";
import { createErrorBoundary, describeError } from "./errors.ts";
import { installHandlers } from "./handlers.ts";

export interface TelegramWebhookSettings {
  /** Public HTTPS URL Telegram posts updates to. */
  url: string;
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; 1-256 of A-Z a-z 0-9 _ -. */
  secretToken: string;
  port: number;
  host?: string;
  /** Path the local server answers on; defaults to the path of `url`. */
  path?: string;
  /**
   * After this long a request still being answered gets its 200 anyway and the answer follows when ready
   * (Telegram re-sends an update whose request fails or hangs: a slow LLM call must not be answered twice).
   * 8 s by default.
   */
  ackAfterMs?: number;
}

export interface TelegramOptions {
  token: string;
  /** Bot API root without trailing slash (a self-hosted Bot API server, a proxy, a test fake). */
  apiRoot?: string;
  app: App;
  logger: Logger;
  webhook?: TelegramWebhookSettings;
  /**
   * Where paged replies wait for their Next/Previous buttons: the store's "pages" namespace (so any instance,
   * or this one after a restart, can serve a press), with a memory LRU in front. Memory only without a store.
   */
  store?: Pick<Store, "ns">;
  /** A ready-made paging cache (overrides `store`). */
  cache?: ReplyCache;
  /** How long `stop()` waits for updates still being answered; 10 s by default. */
  stopGraceMs?: number;
  /** Overrides for @grammyjs/auto-retry. */
  retry?: Partial<AutoRetryOptions>;
}

export interface TelegramHandle {
  bot: Bot;
  /** Stops polling (or closes the webhook server) and waits (up to stopGraceMs) for in-flight updates. */
  stop(): Promise<void>;
  /** Webhook mode: the port the local server listens on (useful when configured as 0). */
  webhookPort?: number;
}

// Only what the handlers use: fewer updates to fetch, and no surprises from edited messages or polls.
const ALLOWED_UPDATES = ["message", "callback_query"] as const;

const RETRY_DEFAULTS: Partial<AutoRetryOptions> = {
  // A 429's retry_after is honoured (Bot FAQ: ~1 msg/s per chat, 20/min per group), but an answer
  // delayed by more than a minute is stale: fail it and let the error boundary apologise.
  maxDelaySeconds: 60,
  maxRetryAttempts: 3,
  // A 5xx on sendMessage may have delivered the message: retrying could post the answer twice.
  rethrowInternalServerErrors: true,
};

/** Starts the bot; resolves once it is receiving updates. */
export async function startTelegram(opts: TelegramOptions): Promise<TelegramHandle> {
  const logger = opts.logger.child({ adapter: "telegram" });
  // grammY throws on a trailing slash in apiRoot; an operator's "https://host/" is what they meant.
  const apiRoot = opts.apiRoot?.replace(/\/+$/, "");
  const bot = new Bot(opts.token, apiRoot ? { client: { apiRoot } } : {});
  bot.api.config.use(autoRetry({ ...RETRY_DEFAULTS, ...opts.retry }));
  const cache = opts.cache ?? createReplyCache({
    ...(opts.store ? { store: opts.store } : {}),
    onError: (err, op) => logger.warn({ op, err: describeError(err, opts.token) }, "paging store failed; paging falls back to this instance's memory"),
  });
  const inflight = trackInflight(bot);
  const boundary = createErrorBoundary(logger, opts.app.t, opts.token);
  // The boundary runs inside the middleware: grammY calls bot.catch only for its own polling loop, while
  // webhookCallback rethrows (a 500 makes Telegram send the update again, and the user gets no apology).
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      await boundary(err instanceof BotError ? err : new BotError(err, ctx));
    }
  });
  // One chat's updates in order (a command, then its Next press); different chats run side by side.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  installHandlers(bot, { app: opts.app, cache, logger });
  bot.catch(boundary);

  try {
    await bot.init();
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 401) {
      throw new Error("Telegram answered 401 Unauthorized: TELEGRAM_BOT_TOKEN is wrong or revoked (get one from @BotFather)");
    }
    throw new Error(`Telegram getMe failed: ${JSON.stringify(describeError(err, opts.token))}`);
  }
  logger.info({ username: bot.botInfo.username }, "telegram bot identified");
  await registerCommands(bot.api, opts.app.commands, logger, opts.token);

  const handle = opts.webhook ? await startWebhook(bot, opts.webhook, logger, opts.token) : await startPolling(bot, logger, opts.token);
  const grace = opts.stopGraceMs ?? 10_000;
  return {
    ...handle,
    async stop() {
      await handle.stop();
      await inflight.settle(grace);
    },
  };
}

/** Counts the updates being handled, so that stop() can let them finish (a half-sent answer helps no one). */
function trackInflight(bot: Bot): { settle(ms: number): Promise<void> } {
  const running = new Set<Promise<void>>();
  bot.use(async (_ctx, next) => {
    const work = next();
    running.add(work);
    try {
      await work;
    } finally {
      running.delete(work);
    }
  });
  return {
    async settle(ms) {
      if (running.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
      await Promise.race([Promise.allSettled([...running]), late]);
      clearTimeout(timer);
    },
  };
}

async function startPolling(bot: Bot, logger: Logger, token: string): Promise<TelegramHandle> {
  // bot.start() would do this; the runner does not. getUpdates answers 409 while a webhook is set.
  await bot.api.deleteWebhook();
  const runner = run(bot, {
    runner: {
      fetch: { allowed_updates: [...ALLOWED_UPDATES] },
      // The runner would print fetch errors to the console, unstructured; they are logged below instead.
      silent: true,
    },
  });
  // The task ends on stop(), or rejects on a fatal error (401 revoked token, 409 a webhook set elsewhere).
  const task = runner.task();
  const done = (task ?? Promise.resolve()).catch((err: unknown) => {
    logger.error({ err: describeError(err, token) }, "telegram polling stopped");
  });
  logger.info("telegram long polling started (concurrent runner)");
  return {
    bot,
    async stop() {
      if (runner.isRunning()) await runner.stop();
      await done;
    },
  };
}

async function startWebhook(bot: Bot, settings: TelegramWebhookSettings, logger: Logger, token: string): Promise<TelegramHandle> {
  const path = settings.path ?? (new URL(settings.url).pathname || "/");
  // grammY answers 401 when X-Telegram-Bot-Api-Secret-Token is missing or wrong.
  const handle = webhookCallback(bot, "http", { secretToken: settings.secretToken, onTimeout: "return", timeoutMilliseconds: settings.ackAfterMs ?? 8_000 });
  const server = http.createServer((req, res) => {
    if ((req.url ?? "").split("?")[0] !== path || req.method !== "POST") {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      logger.error({ err: describeError(err, token) }, "telegram webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host ?? "0.0.0.0", () => resolve());
  });
  await bot.api.setWebhook(settings.url, { secret_token: settings.secretToken, allowed_updates: [...ALLOWED_UPDATES] });
  const port = (server.address() as AddressInfo).port;
  logger.info({ path, port }, "telegram webhook listening");
  return {
    bot,
    webhookPort: port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
