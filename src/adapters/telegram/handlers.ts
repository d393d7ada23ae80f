/**
 * The bot's middleware: commands (private chats and groups, `/cmd@bot` included) and paging buttons.
 * Only parse → app.handle → render → send; every failure goes to the error boundary (bot.catch).
 */
import { GrammyError, type Bot, type Context } from "grammy";
import type { Message } from "grammy/types";
import type { Logger } from "pino";
import type { App } from "../../app/dispatch.ts";
import type { Reply } from "../../core/reply.ts";
import type { ReplyCache } from "../shared/reply-cache.ts";
import { pageKeyboard, parsePageData } from "./paging.ts";
import { hintLang, needsModeratorCheck, parseCommand, toInvocation } from "./parse.ts";
import { renderPages } from "./render.ts";

export interface HandlerDeps {
  app: App;
  cache: ReplyCache;
  logger: Logger;
}

// Answers cite articles; a link preview of the first one would push the answer off the screen.
const NO_PREVIEW = { is_disabled: true } as const;

/** Whether the sender may change the whole group's language (creator or administrator). */
async function isModerator(ctx: Context, message: Message): Promise<boolean> {
  // An anonymous administrator posts as the group itself.
  if (message.sender_chat?.id === message.chat.id) return true;
  if (!message.from) return false;
  const member = await ctx.api.getChatMember(message.chat.id, message.from.id);
  return member.status === "creator" || member.status === "administrator";
}

async function sendReply(ctx: Context, message: Message, reply: Reply, deps: HandlerDeps): Promise<void> {
  const pages = renderPages(reply, deps.app.t);
  const keyboard = pages.length > 1 ? pageKeyboard(deps.cache.put(reply), 0, pages.length, reply.lang, deps.app.t) : undefined;
  await ctx.api.sendMessage(message.chat.id, pages[0]!, {
    parse_mode: "HTML",
    link_preview_options: NO_PREVIEW,
    // In a group, answer the asker's message so the thread shows who asked what.
    ...(message.chat.type !== "private"
      ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } }
      : {}),
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}

/** Installs the command and paging handlers on `bot`. */
export function installHandlers(bot: Bot, deps: HandlerDeps): void {
  const { app, cache, logger } = deps;

  bot.on("message:text", async (ctx) => {
    const message = ctx.message;
    const parsed = parseCommand(message, ctx.me.username);
    if (!parsed) {
      // Plain text in a DM gets a hint; in groups the bot only speaks when addressed with a command.
      if (message.chat.type === "private" && !message.text.startsWith("/")) {
        await ctx.reply(app.t(hintLang(message.from.language_code, message.text), "telegram.commandsOnly"));
      }
      return;
    }
    const moderator = needsModeratorCheck(parsed, message.chat) ? await isModerator(ctx, message) : undefined;
    const inv = toInvocation(message, parsed, moderator);
    logger.info({ update_id: ctx.update.update_id, chat_id: message.chat.id, command: inv.command }, "telegram command");
    const reply = await app.handle(inv);
    await sendReply(ctx, message, reply, deps);
  });

  bot.on("callback_query:data", async (ctx) => {
    const target = parsePageData(ctx.callbackQuery.data);
    const reply = target ? cache.get(target.id) : undefined;
    if (!target || !reply) {
      const lang = hintLang(ctx.from.language_code);
      await ctx.answerCallbackQuery({ text: app.t(lang, "telegram.expired"), show_alert: true });
      return;
    }
    // Answer first: Telegram shows a spinner on the button until the query is answered.
    await ctx.answerCallbackQuery();
    const pages = renderPages(reply, app.t);
    const page = Math.min(Math.max(target.page, 0), pages.length - 1);
    const keyboard = pageKeyboard(target.id, page, pages.length, reply.lang, app.t);
    try {
      await ctx.editMessageText(pages[page]!, {
        parse_mode: "HTML",
        link_preview_options: NO_PREVIEW,
        ...(keyboard ? { reply_markup: keyboard } : {}),
      });
    } catch (err) {
      // A double tap asks for the page already shown; Telegram refuses the identical edit. Nothing to do.
      if (err instanceof GrammyError && err.description.includes("message is not modified")) return;
      throw err;
    }
  });
}
