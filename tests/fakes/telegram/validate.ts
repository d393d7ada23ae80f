/**
 * Bot API parameter checks the fake applies, with Telegram's error wording (after "Bad Request: ").
 * Limits: callback_data 1-64 bytes; command names 1-32 of [a-z0-9_], descriptions 1-256, ≤ 100
 * commands; scopes and language codes as listed in the Bot API docs for setMyCommands.
 */

const SCOPES = new Set([
  "default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat", "chat_administrators", "chat_member",
]);

/** Returns an error description for a bad setMyCommands call, or undefined. */
export function validateCommands(p: Record<string, unknown>): string | undefined {
  const commands = p.commands;
  if (!Array.isArray(commands)) return "commands must be an array";
  if (commands.length > 100) return "too many commands";
  const lang = p.language_code;
  if (lang !== undefined && lang !== "" && !/^[a-z]{2}$/.test(String(lang))) return "invalid language code specified";
  const scope = p.scope as { type?: string } | undefined;
  if (scope !== undefined && !SCOPES.has(String(scope.type))) return "unsupported bot command scope type";
  for (const c of commands as { command?: unknown; description?: unknown }[]) {
    if (typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) return "BOT_COMMAND_INVALID";
    if (typeof c.description !== "string" || c.description.trim().length === 0) return "BOT_COMMAND_DESCRIPTION_INVALID";
    if (c.description.length > 256) return "BOT_COMMAND_DESCRIPTION_INVALID";
  }
  return undefined;
}

/** Returns an error description for a bad inline keyboard, or undefined (other markups pass). */
export function validateMarkup(markup: unknown): string | undefined {
  if (markup === undefined || markup === null) return undefined;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return undefined;
  if (!Array.isArray(rows)) return "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array";
  for (const row of rows) {
    if (!Array.isArray(row)) return "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays";
    for (const b of row as { text?: unknown; callback_data?: unknown; url?: unknown }[]) {
      if (typeof b.text !== "string" || b.text.length === 0) return "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard";
      if (b.callback_data !== undefined) {
        const bytes = Buffer.byteLength(String(b.callback_data), "utf8");
        if (bytes < 1 || bytes > 64) return "BUTTON_DATA_INVALID";
      } else if (b.url === undefined) return "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard";
    }
  }
  return undefined;
}
