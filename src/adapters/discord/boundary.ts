/**
 * The adapter's one error boundary: whatever goes wrong while answering an interaction is logged with the
 * interaction id and turned into a short localised apology; nothing is rethrown, so one bad interaction
 * never stops the bot. Logged errors never include request URLs or bodies (an interaction token lives in
 * the webhook URL) and the bot token is never logged at all.
 */
import { MessageFlags, type Interaction } from "discord.js";
import type { Logger } from "pino";
import type { Lang } from "../../core/types.ts";
import type { Translator } from "../../i18n/index.ts";
import { NO_MENTIONS } from "./handlers.ts";

/** The loggable part of an error: no `url` or `requestBody` (DiscordAPIError carries both). */
export function errorInfo(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown };
  return { name: e.name, message: e.message, code: e.code, status: e.status, method: e.method, stack: e.stack };
}

/** Runs `work`; on failure logs and apologises (ephemeral when possible), never throws. */
export async function guarded(interaction: Interaction, lang: Lang, t: Translator, logger: Logger, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    logger.error({ interactionId: interaction.id, type: interaction.type, command: commandOf(interaction), err: errorInfo(err) }, "discord interaction failed");
    try {
      await apologise(interaction, t(lang, "discord.apology"));
    } catch (err2) {
      // The interaction may be gone (token expired, Discord down): the log above is all we can do.
      logger.warn({ interactionId: interaction.id, err: errorInfo(err2) }, "could not send the apology");
    }
  }
}

function commandOf(interaction: Interaction): string | undefined {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return interaction.customId;
  return undefined;
}

async function apologise(interaction: Interaction, text: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    // Autocomplete cannot show text; an empty list ends the client's spinner.
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  if (interaction.deferred && !interaction.replied) {
    // A deferred reply shows "thinking..." until edited: replace it rather than leave it hanging.
    await interaction.editReply({ content: text, embeds: [], components: [], allowedMentions: NO_MENTIONS });
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  } else {
    await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}
