/**
 * The search analyser: the same chain for indexed text and for queries, so both meet on one term form.
 * text → tokenize (normalised keys) → drop stop words → stem (clitics + Snowball Arabic; Latin lower case).
 */
import { stemArabic } from "../text/stem.ts";
import { isStopword, tokenize } from "../text/tokenize.ts";

/** MiniSearch `processTerm`: a token from `tokenize` → its stem, or null for a stop word. */
export function processTerm(token: string): string | null {
  if (isStopword(token)) return null;
  // One-letter tokens are detached clitics ("لـ" before a quote) or initials: noise for ranking.
  if (token.length < 2) return null;
  return stemArabic(token);
}

/** The terms a text contributes to the index (or a query asks for), in order. */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== null) out.push(term);
  }
  return out;
}

/** Minimum stem length for prefix matching: shorter stems would match half the vocabulary. */
export const PREFIX_MIN = 4;
/** Minimum stem length for fuzzy matching (one edit): short Arabic stems are one letter from many others. */
export const FUZZY_MIN = 5;
