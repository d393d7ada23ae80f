/**
 * Content terms of a text: the unit of every vector, posting list and similarity in the index.
 *
 * A term is a stemmed, normalised, non-function word (tokenize → drop stop words → stemArabic). Digit
 * runs are kept (a year or a count is content); single letters are dropped (clitic debris, initials).
 */
import { tokenize, isStopword } from "../text/tokenize.ts";
import { stemArabic } from "../text/stem.ts";

/** The stem of one normalised token (stemArabic memoises; Latin tokens are kept as they are). */
export function stemToken(token: string): string {
  const stem = stemArabic(token);
  return stem.length > 0 ? stem : token;
}

/** Content terms of a text, in order, with repeats (callers count them). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    if (token.length < 2 || isStopword(token)) continue;
    const stem = stemToken(token);
    if (stem.length < 2 || isStopword(stem)) continue;
    out.push(stem);
  }
  return out;
}

/** Number of words in a text (tokens of any kind): the length unit of fragments and bounds. */
export function wordCount(text: string): number {
  return tokenize(text).length;
}
