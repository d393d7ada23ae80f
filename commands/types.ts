/**
 * A command is data plus a handler: its definition (name, options, descriptions in both languages)
 * and `execute(input, ctx)` returning a platform-neutral Reply. Adapters build their platform's
 * command registrations from the definitions and only parse and render.
 */
import type { Core } from "../src/core/core.ts";
import type { Reply } from "../src/core/reply.ts";
import type { Lang } from "../src/core/types.ts";
import type { Translator } from "../src/i18n/index.ts";

export interface CommandOption {
  /** Lowercase [a-z0-9_], ≤ 32 (both platforms). */
  name: string;
  type: "string" | "integer";
  required?: boolean;
  /** ≤ 100 characters (Discord). */
  description: { en: string; ar: string };
  /** Offer /who name completion (Discord autocomplete). */
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
  min?: number;
  max?: number;
}

export interface CommandDefinition {
  /** Lowercase [a-z0-9_], ≤ 32. */
  name: string;
  /** ≤ 100 characters (Discord's limit; Telegram allows 256). */
  description: { en: string; ar: string };
  options: CommandOption[];
}

/** What an adapter passes after parsing: the free text and the options, language already resolved. */
export interface CommandInput {
  /** Free text after the command (or the `query` option). May be empty. */
  query: string;
  lang: Lang;
  from?: string;
  to?: string;
  limit?: number;
  /** Article id for /summary of one article. */
  article?: string;
}

export interface CommandContext {
  core: Core;
  t: Translator;
  /** Optional English provider (LLM translation cache); absent offline. */
  english?: EnglishProvider;
  /** Optional abstractive summariser (LLM); its output is checked against the sources before it is returned. */
  summarizer?: AbstractiveSummarizer;
  /** Who is asking, where (absent in the CLI). */
  caller?: Caller;
  /** Stored language preferences (absent in the CLI). */
  prefs?: Preferences;
}

/** Who runs a command and where; adapters fill it from the platform event. */
export interface Caller {
  platform: "discord" | "telegram" | "console" | "cli";
  userId: string;
  chatId: string;
  chatType: "private" | "group" | "channel";
  /** Where a post to this chat goes when it differs from chatId (Discord: the channel inside the guild). */
  channelId?: string;
  /** Chat moderator (Discord Manage Server/Channels, Telegram creator/administrator), when the adapter knows. */
  isModerator?: boolean;
}

/** Language preferences per user and per chat, persisted in the store. */
export interface Preferences {
  userLang(userId: string): Promise<Lang | undefined>;
  chatLang(chatId: string): Promise<Lang | undefined>;
  /** Sets (or clears, with null) a preference. */
  set(scope: "user" | "chat", id: string, lang: Lang | null): Promise<void>;
}

/** Supplies English for Arabic sentences that have no reference translation (the LLM layer). */
export interface EnglishProvider {
  /** `glossary` maps Arabic names in the texts to the English forms the core already uses, to be kept. */
  translate(texts: string[], glossary?: Map<string, string>): Promise<(string | undefined)[]>;
}

/** An abstractive, cited summary of given sentences, or why there is none (the caller falls back). */
export interface AbstractiveSummarizer {
  summarize(request: {
    lang: Lang;
    sentences: { id: string; text: string; article: string }[];
    maxWords?: number;
    glossary?: ReadonlyMap<string, string>;
  }): Promise<{ ok: true; text: string; citations: { marker: number; sentenceIds: string[]; articles: string[] }[] } | { ok: false; reason: string }>;
}

export interface Command {
  data: CommandDefinition;
  /**
   * Answers from the index alone: the same input on the same core revision gives the same reply, whoever asks, so
   * the app may keep it (src/app/answer-cache.ts). Not for commands that read or change stored state (/lang,
   * /digest). Replies that use the LLM (English through a translator, an abstractive summary) are never kept.
   */
  readsIndexOnly?: boolean;
  execute(input: CommandInput, ctx: CommandContext): Promise<Reply>;
}
