/**
 * The adapter's one error boundary, and error descriptions that are safe to log: the bot token is
 * part of every Bot API URL, so anything that may echo a URL is scrubbed before it reaches the log.
 */
import { GrammyError, HttpError, type BotError, type Context } from "grammy";
import type { Logger } from "pino";
import type { Translator } from "../../i18n/index.ts";
import { hintLang } from "./parse.ts";

/** A loggable description of an error, with the token replaced by "<token>". */
export function describeError(err: unknown, token: string): Record<string, unknown> {
  const scrub = (s: string) => (token ? s.split(token).join("<token>") : s);
  if (err instanceof GrammyError) {
    return { type: "GrammyError", method: err.method, error_code: err.error_code, description: scrub(err.description) };
  }
  if (err instanceof HttpError) return { type: "HttpError", message: scrub(err.message), cause: scrub(String(err.error)) };
  if (err instanceof Error) return { type: err.name, message: scrub(err.message), stack: scrub(err.stack ?? "") };
  return { message: scrub(String(err)) };
}

/**
 * `bot.catch` handler: logs the update id and the scrubbed error, then tells the user, in their
 * language, that something went wrong. It never throws: an error escaping here would stop polling.
 */
export function createErrorBoundary(logger: Logger, t: Translator, token: string): (err: BotError<Context>) => Promise<void> {
  return async (err) => {
    const ctx = err.ctx;
    logger.error({ update_id: ctx.update.update_id, err: describeError(err.error, token) }, "telegram update failed");
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    try {
      const lang = hintLang(ctx.from?.language_code, ctx.message?.text ?? ctx.message?.caption);
      await ctx.api.sendMessage(chatId, t(lang, "telegram.apology"));
    } catch (apologyError) {
      logger.warn({ update_id: ctx.update.update_id, err: describeError(apologyError, token) }, "could not send the apology");
    }
  };
}
