/**
 * The bot's command menu, built from commands/ definitions: setMyCommands once per language
 * (default = English, "ar" = Arabic). Bot API limits: names 1-32 of [a-z0-9_], descriptions 1-256,
 * at most 100 commands.
 */
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Logger } from "pino";
import type { Command } from "../../../commands/types.ts";
import type { Lang } from "../../core/types.ts";
import { describeError } from "./errors.ts";

const NAME = /^[a-z0-9_]{1,32}$/;
const MAX_DESCRIPTION = 256;
const MAX_COMMANDS = 100;

/** The command list for one language. */
export function botCommands(commands: readonly Command[], lang: Lang): BotCommand[] {
  return commands
    .filter((c) => NAME.test(c.data.name))
    .slice(0, MAX_COMMANDS)
    .map((c) => ({ command: c.data.name, description: Array.from(c.data.description[lang]).slice(0, MAX_DESCRIPTION).join("") }));
}

/** Registers the menu in English (default) and Arabic; a failure is logged, never fatal. */
export async function registerCommands(api: Api, commands: readonly Command[], logger: Logger, token: string): Promise<void> {
  try {
    await api.setMyCommands(botCommands(commands, "en"));
    await api.setMyCommands(botCommands(commands, "ar"), { language_code: "ar" });
  } catch (err) {
    logger.warn({ err: describeError(err, token) }, "setMyCommands failed; the command menu may be out of date");
  }
}
