/**
 * Pieces every command uses: numbered citations, English for Arabic sentences, localised dates and names.
 */
import type { Citation } from "../src/core/reply.ts";
import type { Core } from "../src/core/core.ts";
import type { Article, Lang } from "../src/core/types.ts";
import { formatDate } from "../src/core/dates/format.ts";
import { hasArabic } from "../src/core/text/normalize.ts";
import type { CommandContext, CommandOption } from "./types.ts";

/** Collects the articles an answer cites, numbering them in order of first use. */
export class Citations {
  private readonly byArticle = new Map<string, number>();
  readonly list: Citation[] = [];
  constructor(private readonly core: Core, private readonly lang: Lang) {}

  /** The citation number of an article (added on first use). */
  cite(articleId: string): number {
    const known = this.byArticle.get(articleId);
    if (known !== undefined) return known;
    const article = this.core.article(articleId);
    const n = this.list.length + 1;
    this.byArticle.set(articleId, n);
    this.list.push({
      n,
      articleId,
      title: article ? articleTitle(this.core, article, this.lang) : articleId,
      source: article ? outletName(article, this.lang) : null,
      date: article?.published ?? null,
      url: article?.url ?? null,
    });
    return n;
  }

  citeAll(articleIds: string[]): number[] {
    return [...new Set(articleIds)].map((id) => this.cite(id));
  }
}

/** The article's title in the reply language: the English reference title when there is one. */
export function articleTitle(core: Core, article: Article, lang: Lang): string {
  return lang === "en" ? core.englishTitle(article.id) ?? article.title : article.title;
}

/** The outlet's name in the reply language, or null when unknown. */
export function outletName(article: Article, lang: Lang): string | null {
  return lang === "en" ? article.sourceEn ?? article.source : article.source ?? article.sourceEn;
}

/**
 * English for Arabic sentences: the reference translation or cache first, then the LLM (when configured),
 * else undefined (the caller shows the Arabic under a label and says so in the footer).
 */
export async function englishFor(ctx: CommandContext, texts: { ar: string; en?: string; hash?: string }[]): Promise<(string | undefined)[]> {
  const out = texts.map((t) => t.en ?? (t.hash ? ctx.core.english(t.hash) : undefined));
  const missing = out.flatMap((en, i) => (en === undefined ? [i] : []));
  if (missing.length > 0 && ctx.english) {
    try {
      const arabic = missing.map((i) => texts[i]!.ar);
      const got = await ctx.english.translate(arabic, glossaryFor(ctx.core, arabic));
      missing.forEach((i, k) => (out[i] = got[k] ?? undefined));
    } catch {
      // The LLM is optional: any failure leaves the Arabic in place, which the footer explains.
    }
  }
  return out;
}

/** Names the core knows that occur in the texts, Arabic → English, so a translation keeps the bot's spelling. */
export function glossaryFor(core: Core, texts: string[]): Map<string, string> {
  const joined = texts.join("\n");
  const glossary = new Map<string, string>();
  for (const e of core.who(undefined, { limit: 300 })) {
    for (const ar of [e.name.ar, ...e.aliases]) if (ar.length > 2 && hasArabic(ar) && joined.includes(ar)) glossary.set(ar, e.name.en);
  }
  return glossary;
}

/** Renders a date with its precision (and range end) in the reply language. */
export function showDate(date: string, precision: "day" | "month" | "year", lang: Lang, end?: string): string {
  return formatDate(date, precision, lang, end);
}

/** The common `lang` option every command offers (Discord has no Arabic locale: language must be an option). */
export const langOption: CommandOption = {
  name: "lang",
  type: "string",
  description: { en: "Answer language", ar: "لغة الإجابة" },
  choices: [
    { name: "العربية", value: "ar" },
    { name: "English", value: "en" },
  ],
};

/** Reads `limit` with a default and a ceiling. */
export function clampLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined || !Number.isFinite(limit) || limit < 1) return fallback;
  return Math.min(Math.floor(limit), max);
}
