/**
 * From raw text plus metadata to an `Article`: cleaning, title fallback, date normalisation/inference.
 */
import type { Article, PublishedPrecision } from "../types.ts";
import { hasArabic } from "../text/normalize.ts";
import { cleanText } from "./clean.ts";
import type { RawMeta } from "./meta-json.ts";
import { inferPublished, normalizePublished, type DateTagger } from "./published.ts";

/** Builds one article, or returns the reason it has no usable text. */
export function buildArticle(
  id: string,
  origin: string,
  body: string,
  meta: RawMeta,
  tagDates: DateTagger | null,
): Article | { reason: string } {
  const cleaned = cleanText(body, { title: meta.title ?? null });
  if (cleaned.title === null || cleaned.paragraphs.length === 0) {
    return { reason: "no article text (empty, or only boilerplate)" };
  }
  let published = normalizePublished(meta.published);
  let publishedPrecision: PublishedPrecision | null = null;
  if (published !== null) {
    publishedPrecision = meta.published_precision === "approx" ? "approx" : "day";
  } else if (tagDates !== null) {
    published = inferPublished(cleaned.paragraphs, tagDates);
    if (published !== null) publishedPrecision = "inferred";
  }
  return {
    id,
    title: cleaned.title,
    source: meta.source ?? null,
    sourceEn: meta.source_en ?? null,
    published,
    publishedPrecision,
    url: meta.url ?? null,
    lang: meta.lang ?? (hasArabic(body) ? "ar" : "en"),
    paragraphs: cleaned.paragraphs,
    origin,
  };
}

/** Characters of an article's text, title included: what the early index's budget counts. */
function articleChars(a: Pick<Article, "title" | "paragraphs">): number {
  return a.paragraphs.reduce((n, p) => n + p.length, a.title.length);
}

/**
 * The articles `order` lists (newest first) while their characters add up to at most `maxChars`, always at least one;
 * `article(i)` gives the i-th (building it, perhaps), undefined to pass over it. Paired with their indices.
 */
export function withinBudget<T extends Pick<Article, "title" | "paragraphs">>(
  order: readonly number[],
  article: (i: number) => T | undefined,
  maxChars: number,
): { i: number; article: T }[] {
  const chosen: { i: number; article: T }[] = [];
  let chars = 0;
  for (const i of order) {
    const a = article(i);
    if (a === undefined) continue;
    const size = articleChars(a);
    if (chosen.length > 0 && chars + size > maxChars) break;
    chosen.push({ i, article: a });
    chars += size;
  }
  return chosen;
}
