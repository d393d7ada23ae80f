/**
 * Index-time analysis of articles into sentences: segmentation, dates (resolved against each
 * article's publication date) and entity mentions and quotes (per article, so that pronoun and
 * surname references can resolve within it).
 */
import type { Article, Sentence } from "../types.ts";
import { splitSentences, sentenceHash } from "../text/sentences.ts";
import { tagDates } from "../dates/tagger.ts";
import { analyseArticleEntities } from "../entities/analyse.ts";

/** The sentences of one article, in order, fully analysed. */
export function analyseArticle(article: Article): Sentence[] {
  const pieces: { text: string; paragraph: number }[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSentences(paragraph)) pieces.push({ text: span.text, paragraph: p });
  });
  const texts = pieces.map((piece) => piece.text);
  const entities = analyseArticleEntities(texts);
  const ctx = { published: article.published };
  return pieces.map((piece, index) => ({
    id: `${article.id}#${index}`,
    articleId: article.id,
    index,
    paragraph: piece.paragraph,
    text: piece.text,
    hash: sentenceHash(piece.text),
    dates: tagDates(piece.text, ctx),
    mentions: entities[index]?.mentions ?? [],
    quotes: entities[index]?.quotes ?? [],
  }));
}
