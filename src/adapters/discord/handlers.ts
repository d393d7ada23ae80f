/**
 * What happens for each kind of interaction: a slash command (run through the app, deferred when slow),
 * autocomplete (names from app.suggest) and a paging button (interaction.update, callback type 7).
 * Every Discord message the adapter sends carries `allowedMentions: { parse: [] }`, so neither an article's
 * "@everyone" nor a query's can ping anyone, whatever the client-wide default.
 */
import {
  DiscordAPIError,
  MessageFlags,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type MessageMentionOptions,
} from "discord.js";
import type { App } from "../../app/dispatch.ts";
import type { Reply } from "../../core/reply.ts";
import type { Lang } from "../../core/types.ts";
import { hasArabic } from "../../core/text/normalize.ts";
import type { ReplyCache } from "../shared/reply-cache.ts";
import { pagingRow, parsePageCustomId } from "./components.ts";
import { toInvocation } from "./parse.ts";
import { memoLayout } from "../shared/layout-memo.ts";
import { layoutPages as layoutOnce } from "./render.ts";

const layoutPages = memoLayout(layoutOnce);

/** No pings, ever (issue 3: hostile text can neither break formatting nor ping anyone). */
export const NO_MENTIONS: MessageMentionOptions = { parse: [] };

/**
 * Discord wants the first answer within 3 s (PLATFORMS.md); a command not answered within this long is deferred
 * ("thinking...") and filled in with editReply, which has the 15-minute token lifetime. Answers from the index take
 * milliseconds even at 10k articles, so only the LLM's (or a command stuck behind a burst) are deferred: a deferral
 * is a second round trip for every reply, and a second of margin covers a busy event loop and the trip to Discord.
 */
export const DEFER_AFTER_MS = 1000;

/** Discord's autocomplete limits: 25 choices, name and value 1-100 characters. */
const MAX_CHOICES = 25;
const CHOICE_MAX = 100;

export interface HandlerDeps {
  app: App;
  cache: ReplyCache;
}

/** Page `page` of a reply as message options: one embed, plus Previous/Next when there are more pages. */
export async function pageMessage(reply: Reply, page: number, deps: HandlerDeps, id?: string): Promise<InteractionEditReplyOptions & { allowedMentions: MessageMentionOptions }> {
  const pages = layoutPages(reply, deps.app.t);
  const n = Math.min(Math.max(page, 0), pages.count - 1);
  const cacheId = pages.count > 1 ? (id ?? (await deps.cache.put(reply))) : undefined;
  return {
    content: "",
    embeds: [pages.page(n)],
    components: cacheId ? pagingRow(cacheId, n, pages.count, reply.lang, deps.app.t) : [],
    allowedMentions: NO_MENTIONS,
  };
}

/** Runs a slash command: races the work against DEFER_AFTER_MS, defers if it loses, then answers. */
export async function handleCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const work = deps.app.handle(toInvocation(interaction));
  // Marked as handled now: if deferReply fails first, the rejection must not become an unhandled one.
  work.catch(() => undefined);
  if (await slowerThan(work, DEFER_AFTER_MS)) {
    await interaction.deferReply();
  }
  const reply = await work;
  const message = await pageMessage(reply, 0, deps);
  if (interaction.deferred) {
    await interaction.editReply(message);
  } else {
    // A refused request ("invalid"), or a reply marked private (a digest preview), only concerns the person who asked.
    const flags = reply.status === "invalid" || isPrivate(reply) ? MessageFlags.Ephemeral : undefined;
    await interaction.reply({ ...message, ...(flags !== undefined ? { flags } : {}) } as Parameters<typeof interaction.reply>[0]);
  }
}

function isPrivate(reply: Reply): boolean {
  const data = reply.data as { ephemeral?: unknown } | undefined;
  return data?.ephemeral === true;
}

/** True when `work` has not settled after `ms` (a rejection counts as settled: the caller sees it). */
async function slowerThan(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  try {
    return await Promise.race([work.then(() => false, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Name completion for options marked `autocomplete` (/who query): Arabic and English names. */
export async function handleAutocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const prefix = typeof focused.value === "string" ? focused.value : "";
  const seen = new Set<string>();
  const choices: { name: string; value: string }[] = [];
  for (const c of deps.app.suggest(prefix)) {
    const name = c.name.slice(0, CHOICE_MAX).trim();
    const value = c.value.slice(0, CHOICE_MAX).trim();
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name, value });
    if (choices.length === MAX_CHOICES) break;
  }
  await interaction.respond(choices);
}

/**
 * Previous/Next: shows the requested page in place; an unknown or expired id gets a private notice.
 * When the message can no longer be updated (the interaction behind it has expired: tokens live 15 minutes;
 * the message was deleted), the page is sent as a new message instead, and when even this interaction is no
 * longer known to Discord (answered too late), posted in the channel.
 */
export async function handleButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const target = parsePageCustomId(interaction.customId);
  const reply = target ? await deps.cache.get(target.id) : undefined;
  if (!target || !reply) {
    await interaction.reply({
      content: deps.app.t(messageLang(interaction), "discord.expired"),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  const message = await pageMessage(reply, target.page, deps, target.id);
  try {
    await interaction.update(message as Parameters<typeof interaction.update>[0]);
    return;
  } catch (err) {
    if (!isGone(err)) throw err;
  }
  try {
    await interaction.reply(message as Parameters<typeof interaction.reply>[0]);
  } catch (err) {
    if (!isGone(err) || !interaction.channelId) throw err;
    // Plain REST, as for digests: a channel need not be cached (threads, DMs) to post to it.
    const { embeds, components } = message;
    await interaction.client.rest.post(Routes.channelMessages(interaction.channelId), { body: { embeds, components, allowed_mentions: { parse: [] } } });
  }
}

/**
 * Discord's answers for an interaction or message that no longer exists: 10062 Unknown interaction (the 3 s to
 * answer have passed), 10008 Unknown message, 10015 Unknown webhook, 50027 Invalid webhook token (older than 15 min).
 */
const GONE = new Set([10062, 10008, 10015, 50027]);

function isGone(err: unknown): boolean {
  return err instanceof DiscordAPIError && (GONE.has(Number(err.code)) || err.status === 401 || err.status === 404);
}

/** The language of the clicked message: its page label ("Page 2/5" / "الصفحة 2 من 5") is localised. */
export function messageLang(interaction: ButtonInteraction): Lang {
  const footer = interaction.message.embeds[0]?.footer?.text ?? "";
  const label = footer.split(" · ").pop() ?? "";
  return hasArabic(label) ? "ar" : "en";
}
