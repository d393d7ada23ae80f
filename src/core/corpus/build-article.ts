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
export function articleChars(a: Pick<Article, "title" | "paragraphs">): number {
  return a.paragraphs.reduce((n, p) => n + p.length, a.title.length);
}
