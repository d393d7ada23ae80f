/**
 * Telegram delivery over grammY's Api: the Telegram adapter's HTML renderer (pages within 4096 characters),
 * sendMessage with parse_mode HTML, paced by the rate limiter. The Api is our own, without the adapter's
 * auto-retry: the delivery loop retries 429 after retry_after and 5xx with backoff itself, and records
 * the final failure. Telegram has no idempotency key: a message is recorded as sent once the API accepts it.
 */
import { Api, GrammyError, HttpError } from "grammy";
import type { Reply } from "../../core/reply.ts";
import type { Translator } from "../../i18n/index.ts";
import { renderPages } from "../../adapters/telegram/render.ts";
import { createRateLimiter, type RateLimiter } from "../limiter.ts";
import { DeliveryError, type DigestSink, type DigestTarget } from "../types.ts";

export interface TelegramSinkOptions {
  t: Translator;
  /** A grammY Api; else one is made from token and apiRoot. */
  api?: Api;
  token?: string;
  /** Bot API root without trailing slash (TELEGRAM_API_ROOT). */
  apiRoot?: string;
  limiter?: RateLimiter;
}

/** Maps a grammY failure onto the retry policy's three kinds. */
export function classifyTelegramError(err: unknown): DeliveryError {
  if (err instanceof GrammyError) {
    const reason = `Telegram ${err.error_code}: ${err.description}`;
    if (err.error_code === 429) return new DeliveryError("rate", reason, (err.parameters.retry_after ?? 1) * 1000);
    if (err.error_code >= 500) return new DeliveryError("transient", reason);
    // 400 chat not found, 403 bot was blocked or removed: retrying cannot help.
    return new DeliveryError("permanent", reason);
  }
  if (err instanceof HttpError) return new DeliveryError("transient", `Telegram unreachable: ${err.message}`);
  return new DeliveryError("transient", err instanceof Error ? err.message : String(err));
}

export function createTelegramSink(opts: TelegramSinkOptions): DigestSink<string> {
  const api = opts.api ?? (opts.token ? new Api(opts.token, opts.apiRoot ? { apiRoot: opts.apiRoot.replace(/\/+$/, "") } : {}) : undefined);
  if (!api) throw new Error("createTelegramSink needs an Api or a token (TELEGRAM_BOT_TOKEN)");
  const limiter = opts.limiter ?? createRateLimiter();
  return {
    platform: "telegram",
    render: (reply: Reply) => renderPages(reply, opts.t),
    async send(target: DigestTarget, text: string): Promise<void> {
      await limiter.acquire(target.chatId, target.chatType !== "private");
      try {
        await api.sendMessage(target.chatId, text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      } catch (err) {
        throw classifyTelegramError(err);
      }
    },
  };
}
