/**
 * Builds Discord's application-command JSON from the platform-neutral definitions in commands/.
 * Limits (discord.com/developers/docs/interactions/application-commands): names 1-32 lowercase, descriptions
 * 1-100, at most 25 options and 25 choices, required options before optional ones, `autocomplete` and
 * `choices` exclusive. Discord has no Arabic locale (PLATFORMS.md), so there are no "ar" localizations:
 * the answer language comes from a `lang` option with the choices ar/en instead.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Command, CommandOption } from "../../../commands/types.ts";
import { langOption } from "../../../commands/shared.ts";

/** Discord's description limit (commands and options). */
const MAX_DESCRIPTION = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;


function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function toOption(o: CommandOption): APIApplicationCommandBasicOption {
  const description = clip(o.description.en, MAX_DESCRIPTION);
  const required = o.required ?? false;
  const choices = (o.choices ?? []).slice(0, MAX_CHOICES).map((c) => ({ name: clip(c.name, 100), value: c.value }));
  if (o.type === "integer") {
    return {
      type: ApplicationCommandOptionType.Integer,
      name: o.name,
      description,
      required,
      ...(o.min !== undefined ? { min_value: o.min } : {}),
      ...(o.max !== undefined ? { max_value: o.max } : {}),
      // Integer choices would need numeric values; the neutral definitions only use them for strings.
    };
  }
  // `autocomplete` and `choices` cannot both be set (Discord rejects the command).
  if (choices.length > 0) return { type: ApplicationCommandOptionType.String, name: o.name, description, required, choices };
  return { type: ApplicationCommandOptionType.String, name: o.name, description, required, ...(o.autocomplete ? { autocomplete: true } : {}) };
}

/** The JSON body of PUT /applications/{app}/commands for these commands (chat-input commands only). */
export function buildDefinitions(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => {
    const options = [...c.data.options];
    if (c.data.name !== "lang" && !options.some((o) => o.name === "lang")) options.push(langOption);
    // Discord requires every required option to come before the optional ones; the sort is stable.
    const sorted = options.map(toOption).sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
    return {
      type: ApplicationCommandType.ChatInput,
      name: c.data.name,
      description: clip(c.data.description.en, MAX_DESCRIPTION),
      options: sorted.slice(0, MAX_OPTIONS),
      // Usable in servers and in DMs with the bot (contexts: 0 guild, 1 bot DM).
      contexts: [0, 1],
    };
  });
}
