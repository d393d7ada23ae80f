/**
 * Which sentences may be quoted as answers. Scraped pages keep some debris even after the loader's
 * cleaning (headings, captions, widgets, phone numbers, temperatures, category footers); answers must
 * never show it. The rules are general shapes of debris, not lists of strings from any corpus.
 */
import { wordCount } from "./terms.ts";

/** Fewer words than this is a fragment, not a statement. */
export const MIN_WORDS = 6;

/** Sentences that end like statements (or quotations of them). */
const TERMINAL = /[.!?\u061F\u06D4"\u201D\u00BB)]\s*$/;

/**
 * True for text that is no statement at all: mostly digits or symbols (phone numbers, scores),
 * temperature and unit widgets, Latin-script chrome inside Arabic pages, lines that introduce a list
 * or link (ending with a colon).
 */
export function isBoilerplate(text: string): boolean {
  const compact = text.replace(/\s+/g, "");
  if (compact.length === 0) return true;
  const digits = (compact.match(/[0-9\u0660-\u0669\u06F0-\u06F9]/g) ?? []).length;
  if (digits / compact.length > 0.3) return true;
  if (/°|℃|℉/.test(text)) return true;
  const arabic = (compact.match(/[\u0621-\u064A\u0671-\u06D3]/g) ?? []).length;
  const latin = (compact.match(/[A-Za-z]/g) ?? []).length;
  if (arabic > 0 && latin > arabic) return true;
  if (/[:：]\s*$/.test(text)) return true;
  if (/https?:\/\/|www\.|@\w/.test(text)) return true;
  return false;
}

/**
 * True when a sentence may appear in a summary: a whole statement of at least MIN_WORDS words, not
 * debris, and not a heading (a short paragraph of its own with no closing punctuation).
 * `aloneInParagraph` says whether the sentence is its paragraph's only sentence; `words` is its word
 * count when the caller has already tokenised it.
 */
export function isStatement(text: string, aloneInParagraph: boolean, words: number = wordCount(text)): boolean {
  if (words < MIN_WORDS) return false;
  if (isBoilerplate(text)) return false;
  // Headings and captions: a lone short line with no closing punctuation.
  if (aloneInParagraph && words < 14 && !TERMINAL.test(text)) return false;
  return true;
}
