/**
 * Index-time analysis of articles into sentences: segmentation, dates (resolved against each
 * article's publication date) and entity mentions and quotes (per article, so that pronoun and
 * surname references can resolve within it).
 */
import type { Article, Sentence } from "../types.ts";
import { splitSentences, hashOfKey } from "../text/sentences.ts";
import { normalizeKey } from "../text/normalize.ts";
import { tagDates } from "../dates/tagger.ts";
import { analyseArticleEntities } from "../entities/analyse.ts";

/**
 * The sentences of one article, in order, fully analysed. When `keys` is given, each sentence's
 * normalised key (`normalizeKey` of its text, which its hash is computed from) is appended to it, so that
 * the indexer tokenises the key without normalising the text a second time.
 */
export function analyseArticle(article: Article, keys?: string[]): Sentence[] {
  const pieces: { text: string; paragraph: number }[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSentences(paragraph)) pieces.push({ text: span.text, paragraph: p });
  });
  const texts = pieces.map((piece) => piece.text);
  const entities = analyseArticleEntities(texts);
  const ctx = { published: article.published };
  return pieces.map((piece, index) => {
    const key = normalizeKey(piece.text);
    keys?.push(key);
    return {
      id: `${article.id}#${index}`,
      articleId: article.id,
      index,
      paragraph: piece.paragraph,
      text: piece.text,
      hash: hashOfKey(key),
      dates: tagDates(piece.text, ctx),
      mentions: entities[index]?.mentions ?? [],
      quotes: entities[index]?.quotes ?? [],
    };
  });
}
