/**
 * The bot's command menus, built from commands/ definitions: setMyCommands per scope and language
 * (no language_code = English, "ar" = Arabic). Bot API limits: names 1-32 of [a-z0-9_], descriptions 1-256,
 * at most 100 commands.
 */
import type { Api } from "grammy";
import type { BotCommand, BotCommandScope } from "grammy/types";
import type { Logger } from "pino";
import type { Command } from "../../../commands/types.ts";
import type { Lang } from "../../core/types.ts";
import { describeError } from "./errors.ts";

const NAME = /^[a-z0-9_]{1,32}$/;
const MAX_DESCRIPTION = 256;
const MAX_COMMANDS = 100;

/**
 * Commands that act on the whole chat and are shown only where the reader may use them: group administrators
 * and private chats (where the reader is the chat). The dispatcher still checks rights when they are run.
 */
const MODERATOR_COMMANDS = new Set(["digest"]);

/** The command list for one language; `moderator: false` leaves out the moderators' commands. */
export function botCommands(commands: readonly Command[], lang: Lang, options: { moderator?: boolean } = {}): BotCommand[] {
  return commands
    .filter((c) => NAME.test(c.data.name))
    .filter((c) => options.moderator !== false || !MODERATOR_COMMANDS.has(c.data.name))
    .slice(0, MAX_COMMANDS)
    .map((c) => ({ command: c.data.name, description: Array.from(c.data.description[lang]).slice(0, MAX_DESCRIPTION).join("") }));
}

/**
 * The menus to register. Telegram picks, for a group administrator, all_chat_administrators before
 * all_group_chats and default; for a private chat, all_private_chats before default (Bot API, "Determining
 * list of commands"). So: default lists what everyone may run; the administrators' and private menus add
 * /digest when the app has it. Each in English (no language_code) and Arabic ("ar").
 */
export function menus(commands: readonly Command[]): { commands: BotCommand[]; scope?: BotCommandScope; language_code?: "ar" }[] {
  const out: { commands: BotCommand[]; scope?: BotCommandScope; language_code?: "ar" }[] = [];
  const scopes: (BotCommandScope | undefined)[] = [undefined, { type: "all_private_chats" }, { type: "all_chat_administrators" }];
  for (const scope of scopes) {
    const moderator = scope !== undefined;
    for (const lang of ["en", "ar"] as const) {
      out.push({ commands: botCommands(commands, lang, { moderator }), ...(scope ? { scope } : {}), ...(lang === "ar" ? { language_code: "ar" as const } : {}) });
    }
  }
  return out;
}

/**
 * Registers the menus (see `menus`). The scoped ones are set even without /digest, so that a menu from an
 * earlier release never lingers. Failures are logged, never fatal.
 */
export async function registerCommands(api: Api, commands: readonly Command[], logger: Logger, token: string): Promise<void> {
  for (const menu of menus(commands)) {
    try {
      await api.setMyCommands(menu.commands, {
        ...(menu.scope ? { scope: menu.scope } : {}),
        ...(menu.language_code ? { language_code: menu.language_code } : {}),
      });
    } catch (err) {
      logger.warn({ scope: menu.scope?.type ?? "default", language_code: menu.language_code, err: describeError(err, token) }, "setMyCommands failed; the command menu may be out of date");
    }
  }
}
