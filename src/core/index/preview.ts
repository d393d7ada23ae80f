/**
 * The early index of a first start: when a large corpus has no saved index yet, the bot answers from the newest
 * articles within seconds while the whole corpus is indexed beside it (src/core/create.ts, loadCore's onPreview).
 */
import type { Article } from "../types.ts";
import { newestFirst } from "../corpus/published.ts";
import { withinBudget } from "../corpus/build-article.ts";

/**
 * Characters of text the early index holds: about 350 articles of the 10k-article benchmark corpus (the newest 3.5%),
 * cleaned and analysed in about a second by a fresh process (whose word tables start empty: per character, five times
 * the cost of the whole build). The newest news is what most questions are about, and the whole corpus follows within
 * seconds; a larger early index delayed the first answer by 0.35 s per 100,000 characters.
 */
export const PREVIEW_CHARS = 250_000;

/**
 * The newest articles whose title and paragraphs add up to at most `maxChars` characters (always at least one), in
 * corpus order. Newest by publication date; undated articles come last, and ties keep corpus order.
 */
export function newestArticles(articles: readonly Article[], maxChars: number = PREVIEW_CHARS): Article[] {
  return withinBudget(newestFirst(articles), (i) => articles[i], maxChars)
    .sort((a, b) => a.i - b.i)
    .map((c) => c.article);
}
