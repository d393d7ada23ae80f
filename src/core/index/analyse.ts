/**
 * Index-time analysis of articles into sentences: segmentation, dates (resolved against each
 * article's publication date) and entity mentions and quotes (per article, so that pronoun and
 * surname references can resolve within it).
 */
import type { Article, Sentence } from "../types.ts";
import { splitSentences, hashOfKey } from "../text/sentences.ts";
import type { HeadlineIndex } from "../text/headlines.ts";
import { normalizeKey } from "../text/normalize.ts";
import { tagDates, type TagContext } from "../dates/tagger.ts";
import { analyseArticleEntities } from "../entities/analyse.ts";
import type { Token } from "../entities/tokenize.ts";

/** What the indexer takes from the analysis besides the sentences, one entry per sentence. */
export interface AnalysisExtras {
  /** `normalizeKey` of the sentence's text (its hash is computed from it). */
  keys: string[];
  /** The entity tokenizer's tokens (undefined for a sentence it could not tokenise). */
  tokens: (readonly Token[] | undefined)[];
  /** Set per article: how many of its lines were other articles' headlines, left out (headlines.ts). */
  headlinesLeftOut?: number;
}

/**
 * The sentences of one article, in order, fully analysed (`headlines`: the corpus's titles, to cut runs of them). When
 * `extras` is given, each sentence's key and tokens are appended to it, so that the indexer reads the sentence's words
 * without normalising and tokenising the text again.
 */
export function analyseArticle(article: Article, extras?: AnalysisExtras, headlines?: HeadlineIndex): Sentence[] {
  const pieces: { text: string; paragraph: number }[] = [];
  let leftOut = 0;
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSentences(paragraph)) {
      // Other articles' headlines run together: those the corpus holds are left to their articles (headlines.ts).
      if (headlines === undefined) pieces.push({ text: span.text, paragraph: p });
      else {
        for (const piece of headlines.split(span.text, article.title)) {
          if (piece.headline) leftOut++;
          else pieces.push({ text: piece.text, paragraph: p });
        }
      }
    }
  });
  if (extras) extras.headlinesLeftOut = leftOut;
  const texts = pieces.map((piece) => piece.text);
  const entities = analyseArticleEntities(texts, extras?.tokens);
  // «يوم 20 من نفس الشهر» borrows from the last date said before it, in an earlier sentence if need be.
  const ctx: TagContext = { published: article.published };
  return pieces.map((piece, index) => {
    const key = normalizeKey(piece.text);
    extras?.keys.push(key);
    const dates = tagDates(piece.text, ctx);
    if (dates.length > 0) ctx.before = dates[dates.length - 1]!;
    return {
      id: `${article.id}#${index}`,
      articleId: article.id,
      index,
      paragraph: piece.paragraph,
      text: piece.text,
      hash: hashOfKey(key),
      dates,
      mentions: entities[index]?.mentions ?? [],
      quotes: entities[index]?.quotes ?? [],
    };
  });
}
