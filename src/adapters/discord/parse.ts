/**
 * Interaction → Invocation: pure functions over the few fields they read, so that they can be tested
 * without a gateway. discord.js's ChatInputCommandInteraction satisfies `SlashLike` structurally.
 */
import type { Invocation } from "../../app/dispatch.ts";
import type { Lang } from "../../core/types.ts";
import { hasArabic } from "../../core/text/normalize.ts";

/** Permission bits a moderator holds (discord.com/developers/docs/topics/permissions). */
const ADMINISTRATOR = 1n << 3n;
const MANAGE_CHANNELS = 1n << 4n;
const MANAGE_GUILD = 1n << 5n;

/** The parts of a slash-command interaction the parser reads. */
export interface SlashLike {
  commandName: string;
  user: { id: string };
  guildId: string | null;
  channelId: string | null;
  /** From the payload (`member.permissions`); null in a DM. */
  memberPermissions: { bitfield: bigint } | null;
  options: { data: readonly { name: string; value?: string | number | boolean }[] };
}

/** Options the dispatcher understands; anything else is ignored. */
const PASSED = new Set(["lang", "from", "to", "article"]);

/**
 * Builds the Invocation for the app. `query` is the free text; /lang's `language` and `scope` map onto
 * `options.lang` / `options.scope` ("reset" goes as text: it is not a language).
 */
export function toInvocation(i: SlashLike): Invocation {
  const options: NonNullable<Invocation["options"]> = {};
  let text = "";
  for (const o of i.options.data) {
    const v = o.value;
    if (v === undefined || typeof v === "boolean") continue;
    if (o.name === "query") text = String(v);
    else if (o.name === "limit" && typeof v === "number") options.limit = v;
    else if (o.name === "language") {
      if (v === "ar" || v === "en") options.lang = v;
      else text = String(v);
    } else if (o.name === "scope") options.scope = v === "chat" ? "chat" : "user";
    else if (PASSED.has(o.name)) (options as Record<string, string>)[o.name] = String(v);
  }
  const inGuild = i.guildId !== null;
  return {
    platform: "discord",
    command: i.commandName,
    text,
    ...(Object.keys(options).length > 0 ? { options } : {}),
    userId: i.user.id,
    // A server's preference covers all its channels ("per chat/server", issue 3); a DM is its own chat.
    chatId: i.guildId ?? i.channelId ?? i.user.id,
    chatType: inGuild ? "group" : "private",
    // Digests are posted to the channel the schedule was made in, not to the guild.
    ...(i.channelId ? { channelId: i.channelId } : {}),
    // No platformLang: Discord's locales never include Arabic (PLATFORMS.md), so interaction.locale says
    // nothing about whether the reader wants Arabic; the query's script decides instead.
    isModerator: inGuild ? isModerator(i.memberPermissions?.bitfield ?? 0n) : true,
  };
}

/** Manage Server, Manage Channels or Administrator. In a DM the user is the only member, hence true above. */
export function isModerator(bits: bigint): boolean {
  return (bits & (ADMINISTRATOR | MANAGE_CHANNELS | MANAGE_GUILD)) !== 0n;
}

/**
 * The language of messages the adapter writes itself (apology, expired notice) before or without the
 * app's answer: the `lang` option, else the query's script, else English.
 */
export function hintLang(inv: Pick<Invocation, "text" | "options">): Lang {
  const l = inv.options?.lang;
  if (l === "ar" || l === "en") return l;
  return hasArabic(inv.text) ? "ar" : "en";
}
