/**
 * Telegram update → Invocation. Pure: reads grammY's update types, performs no I/O.
 */
import type { Chat, Message } from "grammy/types";
import type { Invocation } from "../../app/dispatch.ts";
import type { Lang } from "../../core/types.ts";
import { hasArabic } from "../../core/text/normalize.ts";

/** A command addressed to this bot: its name (lowercase, no slash, no @suffix) and the text after it. */
export interface ParsedCommand {
  command: string;
  text: string;
}

// Telegram opens every private chat with /start: answer it with the help page rather than "unknown command".
const ALIASES: Record<string, string> = { start: "help" };

/**
 * Reads the `bot_command` entity at offset 0 (Telegram computes it; text that merely starts with "/"
 * is not a command). Returns null for other bots' commands (`/who@otherbot`), as grammY's own
 * `bot.command()` does by comparing the suffix with getMe's username.
 */
export function parseCommand(message: Pick<Message, "text" | "entities" | "caption" | "caption_entities">, botUsername: string): ParsedCommand | null {
  // A photo or document sent with "/who …" as its caption carries the command in caption_entities.
  const text = message.text ?? message.caption ?? "";
  const entities = message.text !== undefined ? message.entities : message.caption_entities;
  const entity = entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!entity) return null;
  const [name = "", target] = text.slice(1, entity.length).split("@");
  if (target !== undefined && target.toLowerCase() !== botUsername.toLowerCase()) return null;
  const command = name.toLowerCase();
  // A deep link (t.me/bot?start=PAYLOAD, ?startgroup=PAYLOAD) arrives as "/start PAYLOAD": the payload is a
  // referral tag, not a query, and must not be read as one (it may even look like a flag, "--promo").
  const rest = command === "start" ? "" : text.slice(entity.length).trim();
  return { command: ALIASES[command] ?? command, text: rest };
}

/** Telegram chat type → the app's three kinds (a supergroup is a group). */
export function chatKind(chat: Pick<Chat, "type">): Invocation["chatType"] {
  if (chat.type === "private") return "private";
  return chat.type === "channel" ? "channel" : "group";
}

/** Builds the app's Invocation; `language_code` becomes the platform language hint. */
export function toInvocation(message: Message, parsed: ParsedCommand, isModerator?: boolean): Invocation {
  const languageCode = message.from?.language_code;
  return {
    platform: "telegram",
    command: parsed.command,
    text: parsed.text,
    userId: String(message.from?.id ?? message.sender_chat?.id ?? message.chat.id),
    chatId: String(message.chat.id),
    chatType: chatKind(message.chat),
    ...(languageCode ? { platformLang: languageCode } : {}),
    ...(isModerator !== undefined ? { isModerator } : {}),
  };
}

/**
 * True when the answer depends on whether the sender moderates the group: `/digest …` (schedules are for
 * moderators) and `/lang ar chat` (the words commands/lang.ts reads as the chat scope). Only then is
 * getChatMember worth a round trip.
 */
export function needsModeratorCheck(parsed: ParsedCommand, chat: Pick<Chat, "type">): boolean {
  if (chatKind(chat) === "private") return false;
  if (parsed.command === "digest") return true;
  if (parsed.command !== "lang") return false;
  return parsed.text.toLowerCase().split(/\s+/).some((w) => w === "chat" || w === "server" || w === "group");
}

/** Language for the adapter's own short messages (apology, expiry): Arabic text or an Arabic client → Arabic. */
export function hintLang(languageCode: string | undefined, text?: string): Lang {
  if (text && hasArabic(text)) return "ar";
  return languageCode?.toLowerCase().startsWith("ar") ? "ar" : "en";
}
