/**
 * The single entry every front end calls: parse inline flags, resolve the language, validate, run the command,
 * and turn expected failures into localised replies. Adapters only parse platform events and render replies.
 *
 * Language resolution (DESIGN.md): explicit option → user preference → chat preference → platform hint (Arabic
 * letters in the query, then Telegram's language_code) → English.
 */
import type { Logger } from "pino";
import type { AbstractiveSummarizer, Command, CommandContext, CommandInput, EnglishProvider } from "../../commands/types.ts";
import { commands as registry, getCommand } from "../../commands/index.ts";
import type { Core } from "../core/core.ts";
import type { Reply } from "../core/reply.ts";
import type { Lang } from "../core/types.ts";
import { hasArabic } from "../core/text/normalize.ts";
import { isValidDay } from "../core/dates/calendar.ts";
import type { Translator } from "../i18n/index.ts";
import type { Store } from "../store/index.ts";
import { createAnswerCache, type AnswerCache } from "./answer-cache.ts";
import { parseFlags, writtenRange } from "./flags.ts";
import { createPreferences } from "./preferences.ts";

/** What an adapter hands over after parsing a platform event. */
export interface Invocation {
  platform: "discord" | "telegram" | "console" | "cli";
  /** Command name without slash (case-insensitive; a Telegram "@botname" suffix is removed by the adapter). */
  command: string;
  /** Free text after the command; may contain inline flags. */
  text: string;
  options?: { lang?: string; from?: string; to?: string; limit?: number; article?: string; scope?: "user" | "chat" };
  userId: string;
  chatId: string;
  chatType: "private" | "group" | "channel";
  /** Where a post to this chat goes when it differs from chatId (Discord: the channel inside the guild). */
  channelId?: string;
  /** Platform language hint (Telegram language_code, e.g. "ar", "en-US"). */
  platformLang?: string;
  isModerator?: boolean;
}

export interface App {
  handle(inv: Invocation): Promise<Reply>;
  readonly commands: readonly Command[];
  /** Up to 25 /who completions: Arabic and English names. */
  suggest(prefix: string): { name: string; value: string }[];
  readonly t: Translator;
  readonly core: Core;
}

export interface AppDeps {
  core: Core;
  store: Store;
  t: Translator;
  logger?: Logger;
  english?: EnglishProvider;
  summarizer?: AbstractiveSummarizer;
  /** Extra commands (the digest issue adds /digest) registered next to the core ones. */
  extraCommands?: Command[];
  /** Where answers of the index-only commands are kept (default: a fresh in-memory cache); false keeps none. */
  answers?: AnswerCache | false;
}

/** Longest query accepted: a name or a few keywords never need more; longer text is refused politely. */
export const MAX_QUERY = 500;
const REQUIRES_QUERY = new Set(["search"]);
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day ("2025-13-01" and "2023-02-30" are not). */
function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  return isValidDay(year, month, day);
}

export function createApp(deps: AppDeps): App {
  const prefs = createPreferences(deps.store);
  const all: Command[] = [...registry, ...(deps.extraCommands ?? [])];
  const { t, core } = deps;
  const answers = deps.answers === false ? undefined : (deps.answers ?? createAnswerCache());

  async function resolveLang(inv: Invocation, explicit: string | undefined, query: string): Promise<Lang> {
    if (explicit === "ar" || explicit === "en") return explicit;
    try {
      const stored = (await prefs.userLang(inv.userId)) ?? (inv.chatType !== "private" ? await prefs.chatLang(inv.chatId) : undefined);
      if (stored) return stored;
    } catch (err) {
      deps.logger?.warn({ err }, "preference lookup failed; falling back to hints");
    }
    if (hasArabic(query)) return "ar";
    if (inv.platformLang) return inv.platformLang.toLowerCase().startsWith("ar") ? "ar" : "en";
    return "en";
  }

  function invalid(command: string, lang: Lang, key: string, vars?: Record<string, unknown>): Reply {
    return { command, lang, status: "invalid", title: t(lang, "errors.title"), intro: t(lang, key, vars), items: [], citations: [] };
  }

  async function handle(inv: Invocation): Promise<Reply> {
    const name = inv.command.trim().toLowerCase().replace(/^\//, "");
    const flags = parseFlags(inv.text ?? "");
    const query = flags.text;
    const explicit = inv.options?.lang ?? flags.lang;
    const lang = await resolveLang(inv, explicit?.toLowerCase(), query);

    const command = all.find((c) => c.data.name === name) ?? getCommand(name);
    if (!command) return invalid(name, lang, "errors.unknownCommand", { command: name.slice(0, 40) });
    if (explicit && !["ar", "en"].includes(explicit.toLowerCase())) return invalid(name, lang, "errors.badLang", { value: explicit.slice(0, 20) });
    if (flags.problems.length) return invalid(name, lang, "errors.badFlag", { flags: flags.problems.join(", ").slice(0, 80) });
    if (query.length > MAX_QUERY) return invalid(name, lang, "errors.tooLong", { max: MAX_QUERY, length: query.length });
    if (REQUIRES_QUERY.has(name) && !query) return invalid(name, lang, "errors.needsQuery", { command: name });

    // A period written in words («من 2024-01-01 إلى 2024-03-31») for a command that takes one, flags winning.
    const written = command.data.options?.some((o) => o.name === "from") ? writtenRange(query) : { text: query };
    const from = inv.options?.from ?? flags.from ?? written.from;
    const to = inv.options?.to ?? flags.to ?? written.to;
    for (const d of [from, to]) if (d !== undefined && !isDate(d)) return invalid(name, lang, "errors.badDate", { value: d.slice(0, 20) });
    const rawLimit = inv.options?.limit ?? (flags.limit !== undefined ? Number(flags.limit) : undefined);
    if (rawLimit !== undefined && (!Number.isInteger(rawLimit) || rawLimit < 1)) return invalid(name, lang, "errors.badLimit", { value: String(flags.limit ?? rawLimit).slice(0, 20) });

    const scopeWord = inv.options?.scope === "chat" ? " chat" : "";
    const input: CommandInput = {
      query: name === "lang" ? `${inv.options?.lang && !flags.text ? inv.options.lang : query}${scopeWord}`.trim() : written.text,
      lang,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(rawLimit !== undefined ? { limit: rawLimit } : {}),
      ...(inv.options?.article ?? flags.article ? { article: (inv.options?.article ?? flags.article)! } : {}),
    };
    const ctx: CommandContext = {
      core,
      t,
      prefs,
      caller: { platform: inv.platform, userId: inv.userId, chatId: inv.chatId, chatType: inv.chatType, ...(inv.channelId ? { channelId: inv.channelId } : {}), ...(inv.isModerator !== undefined ? { isModerator: inv.isModerator } : {}) },
      ...(deps.english ? { english: deps.english } : {}),
      ...(deps.summarizer ? { summarizer: deps.summarizer } : {}),
    };
    const run = async (): Promise<Reply> => {
      try {
        const reply = await command.execute(input, ctx);
        // An answer from the early index of a first start says how much of the corpus it is based on.
        const partial = command.readsIndexOnly === true ? core.partial?.() : undefined;
        if (partial === undefined) return reply;
        const notice = t(lang, "common.partial", { articles: partial.articles, total: partial.of });
        return { ...reply, footer: reply.footer ? `${notice}\n${reply.footer}` : notice };
      } catch (err) {
        deps.logger?.error({ err, command: name, platform: inv.platform }, "command failed");
        return { command: name, lang, status: "error", title: t(lang, "errors.title"), intro: t(lang, "errors.internal"), items: [], citations: [] };
      }
    };
    // What the LLM writes (English translations, abstractive summaries) changes between calls: never kept.
    const usesLlm = (lang === "en" && deps.english !== undefined) || (name === "summary" && deps.summarizer !== undefined);
    if (!answers || command.readsIndexOnly !== true || usesLlm) return run();
    const key = JSON.stringify([name, input.query, lang, input.from ?? "", input.to ?? "", input.limit ?? 0, input.article ?? ""]);
    return answers.get(key, core.revision(), run);
  }

  return {
    handle,
    commands: all,
    t,
    core,
    suggest(prefix) {
      const seen = new Set<string>();
      const out: { name: string; value: string }[] = [];
      const arabic = hasArabic(prefix);
      // /who is about people and organisations; places only crowd the 25 slots.
      for (const e of core.suggest(prefix.trim(), 50)) {
        if (e.type === "place") continue;
        const value = (arabic ? e.name.ar : e.name.en).slice(0, 100);
        if (seen.has(value)) continue;
        seen.add(value);
        // Both forms in the label, so either audience recognises the person (Discord: name ≤ 100 characters).
        out.push({ name: `${e.name.ar} — ${e.name.en}`.slice(0, 100), value });
        if (out.length === 25) break;
      }
      return out;
    },
  };
}
