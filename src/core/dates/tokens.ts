/**
 * Folding and tokenising for the temporal tagger.
 *
 * The tagger matches on a folded copy of the text (diacritics, tatweel and zero-width marks removed,
 * Arabic-Indic digits made Latin, unusual spaces made spaces) and remembers where characters were
 * dropped, so that each mention reports the exact original phrase and offsets. Hamza forms are kept
 * in the folded text (آب "August" must stay apart from أب "father"); lookups use `wordKey`.
 */
import { registerMemo } from "../text/memos.ts";

/** One token of the folded text: an Arabic word, a run of digits, a Latin word, or one symbol. */
export interface Token {
  /** Folded text of the token. */
  raw: string;
  /** Lookup key: `wordKey(raw)`. */
  key: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** Value of a digit run, -1 for any other token. */
  num: number;
}

/** Folded text with what is needed to map its offsets back to the original. */
export interface Folded {
  text: string;
  /** Folded offsets at which one original character was dropped, in order (repeats for runs). */
  drops: number[];
}

/**
 * Characters folding drops (harakat, Quranic marks, superscript alef, tatweel, zero-width and bidi
 * marks) or replaces one for one (Arabic-Indic digits, unusual spaces, the Arabic decimal separator).
 */
const FOLDABLE =
  /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06DC\u06DF-\u06E4\u06E7-\u06ED\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u0660-\u0669\u06F0-\u06F9\u00A0\u202F\u2009\u066B]/g;

/** Folds `text`; see the module comment. One regex pass: most characters are untouched. */
export function fold(text: string): Folded {
  const drops: number[] = [];
  const folded = text.replace(FOLDABLE, (ch: string, offset: number) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
    if (c === 0x066b) return ".";
    if (c === 0x00a0 || c === 0x202f || c === 0x2009) return " ";
    // Dropped: its folded position is its original offset minus the drops before it.
    drops.push(offset - drops.length);
    return "";
  });
  return { text: folded, drops };
}

/**
 * Original offset of the folded character at `f`: `f` plus the characters dropped before it. (A
 * character dropped at folded position p stood just before the folded character now at p.)
 */
export function originalOffset(folded: Folded, f: number): number {
  const { drops } = folded;
  let lo = 0;
  let hi = drops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drops[mid]! <= f) lo = mid + 1;
    else hi = mid;
  }
  return f + lo;
}

/** Lookup key of a word: alef forms → ا, ى → ي, ة → ه (so أبريل/إبريل/ابريل and الأولى/الاولي meet). */
export function wordKey(raw: string): string {
  return raw.replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
}

/** wordKey of each distinct word met by the tokenizer (bounded: cleared past the limit). */
const WORD_KEYS = registerMemo(new Map<string, string>());
function memoWordKey(raw: string): string {
  let key = WORD_KEYS.get(raw);
  if (key === undefined) {
    if (WORD_KEYS.size > 60_000) WORD_KEYS.clear();
    key = wordKey(raw);
    WORD_KEYS.set(raw, key);
  }
  return key;
}

/**
 * Arabic letter runs (tatweel excluded: folded away), digit runs, Latin runs, a line break (dates never
 * span lines), or any other single non-space character.
 */
const TOKEN = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]+|[0-9]+|[A-Za-z]+|\n|[^\s]/g;

/** Tokenises folded text, or the window [from, to) of it; offsets stay those of the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = TOKEN; // module-level and reset here: tokenize never re-enters itself
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = Math.min(start + raw.length, to);
    const c = raw.charCodeAt(0);
    const isDigits = c >= 48 && c <= 57;
    tokens.push({
      raw,
      key: c >= 0x0621 ? memoWordKey(end - start === raw.length ? raw : raw.slice(0, end - start)) : raw,
      start,
      end: start + raw.length,
      // Long digit runs (phone numbers) are never dates; cap to keep Number() exact.
      num: isDigits ? (raw.length <= 8 ? Number(raw) : Number.MAX_SAFE_INTEGER) : -1,
    });
  }
  return tokens;
}
