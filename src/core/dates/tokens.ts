/**
 * Folding and tokenising for the temporal tagger.
 *
 * The tagger matches on a folded copy of the text (diacritics, tatweel and zero-width marks removed,
 * Arabic-Indic digits made Latin, no-break spaces made spaces) and keeps, for every folded character,
 * its offset in the original so that each mention reports the exact original phrase. Hamza forms are
 * kept in the folded text (آب "August" must stay apart from أب "father"); lookups use `wordKey`.
 */

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

/** Folded text with its offset map back to the original. */
export interface Folded {
  text: string;
  /** `origin[i]` is the offset in the original text of folded character i. */
  origin: Int32Array;
}

/** Characters dropped while folding: harakat, Quranic marks, superscript alef, tatweel, zero-width. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06e5 && c !== 0x06e6) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/** Folds `text` in one pass; see the module comment. */
export function fold(text: string): Folded {
  const origin = new Int32Array(text.length + 1);
  let out = "";
  let chunkStart = 0; // copy unchanged runs in slices: most characters pass through untouched
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | null = null;
    if (isDropped(c)) replacement = "";
    else if (c >= 0x0660 && c <= 0x0669) replacement = String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) replacement = String(c - 0x06f0);
    else if (c === 0x00a0 || c === 0x202f || c === 0x2009) replacement = " ";
    else if (c === 0x066b) replacement = "."; // Arabic decimal separator
    if (replacement === null) {
      origin[n++] = i;
      continue;
    }
    out += text.slice(chunkStart, i) + replacement;
    chunkStart = i + 1;
    if (replacement.length === 1) origin[n++] = i;
  }
  out += text.slice(chunkStart);
  origin[n] = text.length;
  return { text: out, origin: origin.subarray(0, n + 1) };
}

const ALEFS = /[\u0622\u0623\u0625\u0671]/g;

/** Lookup key of a word: alef forms → ا, ى → ي, ة → ه (so أبريل/إبريل/ابريل and الأولى/الاولي meet). */
export function wordKey(raw: string): string {
  return raw.replace(ALEFS, "\u0627").replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647");
}

/**
 * Arabic letter runs (tatweel excluded: folded away), digit runs, Latin runs, a line break (dates never
 * span lines), or any other single non-space character.
 */
const TOKEN = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]+|[0-9]+|[A-Za-z]+|\n|[^\s]/g;

/** Tokenises folded text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const isDigits = c >= 48 && c <= 57;
    tokens.push({
      raw,
      key: c >= 0x0621 ? wordKey(raw) : raw,
      start: m.index,
      end: m.index + raw.length,
      // Long digit runs (phone numbers) are never dates; cap to keep Number() exact.
      num: isDigits ? (raw.length <= 8 ? Number(raw) : Number.MAX_SAFE_INTEGER) : -1,
    });
  }
  return tokens;
}
