/**
 * Sentence segmentation for Arabic news text.
 *
 * Splits on . ! ? ؟ and on line breaks, but never:
 * - inside a quotation ("…", “…”, «…») unless the quotation runs away (no closing mark within
 *   MAX_QUOTE characters: scraped text often loses a closing quote); a quotation whose last sentence ends before
 *   its closing mark ("… انتهى." وقال …) ends the sentence after that mark;
 * - after an abbreviation (a single letter followed by a dot: د. م. أ. ق.م, Latin initials U.S.),
 *   inside a number (3.5), or inside an ellipsis used as an elision mark "(...)";
 * - when the next character is not a sentence start (a digit or letter right after the dot: "2.5", "a.m").
 */
import { createHash } from "node:crypto";
import { normalizeKey } from "./normalize.ts";

export interface SentenceSpan {
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

const MAX_QUOTE = 600;
/** A quotation that ends a sentence is longer than a title: at least a few words. */
const MIN_SENTENCE_QUOTE = 30;
const OPENERS: Record<string, string> = { "\u201C": "\u201D", "\u00AB": "\u00BB", '"': '"' };
const NEXT_CHAR = /\s*(\S)?/y;
const TERMINATORS = new Set([".", "!", "?", "\u061F", "\u06D4"]);
/** The characters splitting looks at outside quotations: line breaks, quotation openers, terminators. */
const SCAN = /[\n\u201C\u00AB".!?\u061F\u06D4]/g;

/** Splits one text (a paragraph or a whole article) into sentences with offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let closer: string | null = null;
  let quoteStart = -1;

  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };

  // Jump from one character that matters to the next (a regex scan), instead of testing every character.
  for (let i = 0; i < text.length; i++) {
    if (closer !== null) {
      // Inside a quotation only a line break, the closing mark or the runaway limit matter; at the closing
      // mark or past the limit, splitting resumes after that character.
      const limit = quoteStart + MAX_QUOTE;
      let k = i;
      while (k < text.length && k <= limit && text[k] !== "\n" && text[k] !== closer) k++;
      if (k >= text.length) break;
      i = k;
      if (text[i] === "\n") {
        closer = null;
        push(i);
        start = i + 1;
        continue;
      }
      closer = null;
      // A quotation that ends its sentence («… إسكات المنتقدين." وكان الخياري قال …»): the sentence ends after it.
      // Not a short quoted title ("كي لا فيستو؟" أو …).
      if (TERMINATORS.has(text[i - 1] ?? "") && i - quoteStart > MIN_SENTENCE_QUOTE) {
        let j = i + 1;
        while (j < text.length && (TERMINATORS.has(text[j]!) || /["\u201D\u00BB)\]']/.test(text[j]!))) j++;
        if (/\s/.test(text[j] ?? "") && isBoundary(text, i - 1, j)) {
          push(j);
          i = j - 1;
        }
      }
      continue;
    }
    SCAN.lastIndex = i;
    const m = SCAN.exec(text);
    if (m === null) break;
    i = m.index;
    const ch = text[i]!;
    if (ch === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch in OPENERS) {
      closer = OPENERS[ch]!;
      quoteStart = i;
      continue;
    }
    // Swallow runs of terminators and closing marks: "?!", "...", ".”", ".)".
    let j = i + 1;
    while (j < text.length && (TERMINATORS.has(text[j]!) || /["\u201D\u00BB)\]']/.test(text[j]!))) j++;
    if (ch === "." && !isBoundary(text, i, j)) {
      i = j - 1;
      continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

/** Whether the dot at `dot` (with terminators/closers up to `after`) ends a sentence. */
function isBoundary(text: string, dot: number, after: number): boolean {
  // Sticky scan from `after`: slicing the rest of the text at every dot would make long paragraphs quadratic.
  NEXT_CHAR.lastIndex = after;
  const nextChar = NEXT_CHAR.exec(text)?.[1];
  if (nextChar === undefined) return true; // end of text
  if (after === dot + 1 && /\S/.test(text[after] ?? "")) return false; // "3.5", "U.S", "a.m": no space after
  if (/[a-z]/.test(nextChar)) return false; // Latin lower case continues the sentence
  // Elision "(...)" or "..." followed by more text inside the same clause.
  if (text.slice(dot, after).startsWith("...") && text[dot - 1] === "(") return false;
  // Abbreviation: a lone letter before the dot (د. م. أ. or an initial).
  const before = text.slice(Math.max(0, dot - 3), dot);
  if (/(^|[\s(."\u201C\u00AB])[\u0621-\u064AA-Za-z]$/.test(before)) return false;
  return true;
}

/** Stable id of a sentence's content: used to key translations and caches. */
export function sentenceHash(text: string): string {
  return hashOfKey(normalizeKey(text));
}

/** sentenceHash of a text whose `normalizeKey` the caller already has. */
export function hashOfKey(key: string): string {
  return createHash("sha1").update(key).digest("hex").slice(0, 16);
}
