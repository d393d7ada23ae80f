/**
 * Publication dates: normalising metadata values and inferring a missing date from the text.
 */
import type { Article, DateMention } from "../types.ts";

/** The temporal tagger's signature (src/core/dates/tagger.ts), injected so loading can be tested alone. */
export type DateTagger = (text: string, ctx?: { published?: string | null }) => DateMention[];

/** How many leading paragraphs may give the date: a dateline sits at the top, later dates are events. */
const INFER_PARAGRAPHS = 3;

/**
 * Normalises a metadata date to YYYY-MM-DD: accepts YYYY-MM-DD, day-first D/M/YYYY and ISO 8601 date-times
 * ("2017-01-20T21:43:00+01:00" → "2017-01-20": the publisher's own calendar day, not shifted to UTC), in the
 * extended or the basic format ("2017-01-22T181500", "20170122T1815Z": some feeds drop the separators).
 * Returns null for anything else or an impossible day (2024-02-30).
 */
export function normalizePublished(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const iso =
    /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:?\d{2}|\s*$)/.exec(value) ?? /^\s*(\d{4})(\d{2})(\d{2})(?:$|T\d{4}|\s*$)/.exec(value);
  // Day-first D/M/YYYY (also with - or .), the order used across the Arab world ("29/09/2016").
  const dmy = iso ? null : /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  const m = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[0]), Number(m[1]), Number(m[2])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The first explicit full date (day precision, not relative to another date) in the first paragraphs,
 * or null. A tagger failure is treated as "no date": inference is a best effort, never a reason to
 * lose the article.
 */
export function inferPublished(paragraphs: readonly string[], tagDates: DateTagger): string | null {
  for (const paragraph of paragraphs.slice(0, INFER_PARAGRAPHS)) {
    let mentions: DateMention[];
    try {
      mentions = tagDates(paragraph);
    } catch {
      return null;
    }
    const explicit = mentions.find((m) => m.precision === "day" && !m.relative && /^\d{4}-\d{2}-\d{2}$/.test(m.date));
    if (explicit) return explicit.date;
  }
  return null;
}

/**
 * Article indices, most recently published first: ISO dates (YYYY-MM-DD) compare as strings, an undated article comes
 * after every dated one, and ties keep corpus order.
 */
export function newestFirst(articles: readonly Pick<Article, "published">[]): number[] {
  const key = (i: number) => articles[i]!.published ?? "";
  return articles.map((_, i) => i).sort((a, b) => (key(a) === key(b) ? a - b : key(a) < key(b) ? 1 : -1));
}
