/**
 * Starts the Telegram adapter: a grammY Bot pointed at `apiRoot`, auto-retry for 429s, one error
 * boundary, the command menu in English and Arabic, then long polling (default) or a webhook server
 * with a secret token. Settings arrive typed from src/config.ts; nothing here reads process.env.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { autoRetry, type AutoRetryOptions } from "@grammyjs/auto-retry";
import { Bot, GrammyError, webhookCallback } from "grammy";
import type { Logger } from "pino";
import type { App } from "../../app/dispatch.ts";
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
}

export interface TelegramOptions {
  token: string;
  /** Bot API root without trailing slash (a self-hosted Bot API server, a proxy, a test fake). */
  apiRoot?: string;
  app: App;
  logger: Logger;
  webhook?: TelegramWebhookSettings;
  /** Where paged replies wait for their Next/Previous buttons; memory LRU by default. */
  cache?: ReplyCache;
  /** Overrides for @grammyjs/auto-retry. */
  retry?: Partial<AutoRetryOptions>;
}

export interface TelegramHandle {
  bot: Bot;
  /** Stops polling (or closes the webhook server) and waits for in-flight work. */
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
  installHandlers(bot, { app: opts.app, cache: opts.cache ?? createReplyCache(), logger });
  bot.catch(createErrorBoundary(logger, opts.app.t, opts.token));

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

  return opts.webhook ? startWebhook(bot, opts.webhook, logger, opts.token) : startPolling(bot, logger, opts.token);
}

async function startPolling(bot: Bot, logger: Logger, token: string): Promise<TelegramHandle> {
  let polling: Promise<void> = Promise.resolve();
  await new Promise<void>((resolve, reject) => {
    polling = bot
      .start({ allowed_updates: [...ALLOWED_UPDATES], onStart: () => resolve() })
      .catch((err: unknown) => {
        // Fatal for polling (401, 409 webhook conflict); reported, and start() fails if it had not begun.
        logger.error({ err: describeError(err, token) }, "telegram polling stopped");
        reject(err instanceof Error ? err : new Error(String(err)));
      });
  });
  logger.info("telegram long polling started");
  return {
    bot,
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await polling;
    },
  };
}

async function startWebhook(bot: Bot, settings: TelegramWebhookSettings, logger: Logger, token: string): Promise<TelegramHandle> {
  const path = settings.path ?? (new URL(settings.url).pathname || "/");
  // grammY answers 401 when X-Telegram-Bot-Api-Secret-Token is missing or wrong.
  const handle = webhookCallback(bot, "http", { secretToken: settings.secretToken });
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
