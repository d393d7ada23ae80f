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
import { memoLayout } from "../shared/layout-memo.ts";
import { layoutPages as layoutOnce } from "./render.ts";

const layoutPages = memoLayout(layoutOnce);

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

/** A reply meant for the asker alone (a digest preview): Telegram has no ephemeral messages, so it goes by DM. */
function isPrivateReply(reply: Reply): boolean {
  return (reply.data as { ephemeral?: unknown } | undefined)?.ephemeral === true;
}

/**
 * Sends a reply's first page. Not an async function: neither it nor the caller holds the reply while the message is
 * on the wire (at 10k articles a reply can hold hundreds of items, and a hundred of them waiting on the network
 * would all outlive a young-generation collection).
 */
function sendReply(ctx: Context, message: Message, reply: Reply, deps: HandlerDeps): Promise<void> {
  if (isPrivateReply(reply) && message.chat.type !== "private" && message.from) return sendPrivately(ctx, message, message.from.id, reply, deps);
  return firstPage(reply, deps).then((page) => sendFirstPage(ctx, message, page));
}

/** A reply meant for the asker alone, asked for in a group: by DM, with a word in the group. */
async function sendPrivately(ctx: Context, message: Message, userId: number, reply: Reply, deps: HandlerDeps): Promise<void> {
  const page = await firstPage(reply, deps);
  try {
    await ctx.api.sendMessage(userId, page.text, { parse_mode: "HTML", link_preview_options: NO_PREVIEW, ...(page.keyboard ? { reply_markup: page.keyboard } : {}) });
    await ctx.api.sendMessage(message.chat.id, deps.app.t(reply.lang, "telegram.sentPrivately"), {
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    });
  } catch (err) {
    // 403: the user never opened a chat with the bot, so it may not write first. Say so in the group instead.
    if (!(err instanceof GrammyError) || (err.error_code !== 403 && err.error_code !== 400)) throw err;
    await ctx.api.sendMessage(message.chat.id, deps.app.t(reply.lang, "telegram.startPrivately", { bot: ctx.me.username }), {
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    });
  }
}

interface FirstPage {
  text: string;
  keyboard?: ReturnType<typeof pageKeyboard>;
}

/** The first page of a reply and its paging keyboard (the reply goes to the paging cache when it has more pages). */
async function firstPage(reply: Reply, deps: HandlerDeps): Promise<FirstPage> {
  const pages = layoutPages(reply, deps.app.t);
  const keyboard = pages.count > 1 ? pageKeyboard(await deps.cache.put(reply), 0, pages.count, reply.lang, deps.app.t) : undefined;
  return { text: pages.page(0), ...(keyboard ? { keyboard } : {}) };
}

async function sendFirstPage(ctx: Context, message: Message, page: FirstPage): Promise<void> {
  await ctx.api.sendMessage(message.chat.id, page.text, {
    parse_mode: "HTML",
    link_preview_options: NO_PREVIEW,
    // In a group, answer the asker's message so the thread shows who asked what.
    ...(message.chat.type !== "private"
      ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } }
      : {}),
    // In a forum topic, answer in the same topic (else the answer lands in "General").
    ...(message.is_topic_message && message.message_thread_id !== undefined ? { message_thread_id: message.message_thread_id } : {}),
    ...(page.keyboard ? { reply_markup: page.keyboard } : {}),
  });
}

/** A double tap asks for the page already shown; Telegram refuses the identical edit with this 400. */
function notModified(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /message is not modified/i.test(err.description);
}

/**
 * The message can no longer be edited: deleted, too old, in a chat that is gone (deleted, migrated to a
 * supergroup) or one the bot was removed from (403). Nothing to apologise for in that chat.
 */
function messageGone(err: unknown): boolean {
  if (!(err instanceof GrammyError)) return false;
  if (err.error_code === 403) return true;
  return err.error_code === 400 && /message to edit not found|message can't be edited|chat not found|MESSAGE_ID_INVALID|upgraded to a supergroup|CHANNEL_PRIVATE/i.test(err.description);
}

/** Installs the command and paging handlers on `bot`. */
export function installHandlers(bot: Bot, deps: HandlerDeps): void {
  const { app, cache, logger } = deps;

  // Text messages and captions (a photo sent with "/who …" as its caption). Edited messages, channel posts
  // and other update kinds reach no handler: they are dropped without an answer.
  bot.on(["message:text", "message:caption"], async (ctx) => {
    const message = ctx.message;
    const text = message.text ?? message.caption ?? "";
    const parsed = parseCommand(message, ctx.me.username);
    if (!parsed) {
      // Plain text in a DM gets a hint; in groups the bot only speaks when addressed with a command.
      if (message.chat.type === "private" && message.text !== undefined && !text.startsWith("/")) {
        await ctx.reply(app.t(hintLang(message.from.language_code, text), "telegram.commandsOnly"));
      }
      return;
    }
    const moderator = needsModeratorCheck(parsed, message.chat) ? await isModerator(ctx, message) : undefined;
    const inv = toInvocation(message, parsed, moderator);
    logger.info({ update_id: ctx.update.update_id, chat_id: message.chat.id, command: inv.command }, "telegram command");
    await app.handle(inv).then((reply) => sendReply(ctx, message, reply, deps));
  });

  bot.on("callback_query:data", async (ctx) => {
    const expired = () => ctx.answerCallbackQuery({ text: app.t(hintLang(ctx.from.language_code), "telegram.expired"), show_alert: true });
    const target = parsePageData(ctx.callbackQuery.data);
    const reply = target ? await cache.get(target.id) : undefined;
    const message = ctx.callbackQuery.message;
    // Bot API 7.0: a message the bot can no longer reach arrives as an InaccessibleMessage, with date 0.
    if (!target || !reply || !message || message.date === 0) {
      await expired();
      return;
    }
    const pages = layoutPages(reply, app.t);
    const page = Math.min(Math.max(target.page, 0), pages.count - 1);
    const keyboard = pageKeyboard(target.id, page, pages.count, reply.lang, app.t);
    try {
      await ctx.editMessageText(pages.page(page), {
        parse_mode: "HTML",
        link_preview_options: NO_PREVIEW,
        ...(keyboard ? { reply_markup: keyboard } : {}),
      });
    } catch (err) {
      if (notModified(err)) {
        await ctx.answerCallbackQuery();
        return;
      }
      if (messageGone(err)) {
        logger.info({ update_id: ctx.update.update_id, err: (err as GrammyError).description }, "paged message can no longer be edited");
        await expired();
        return;
      }
      // Stop the button's spinner before the error boundary takes over.
      await ctx.answerCallbackQuery().catch(() => undefined);
      throw err;
    }
    // Answered after the edit, so that a failed edit can still tell the user why (Telegram shows a spinner meanwhile).
    await ctx.answerCallbackQuery();
  });
}
