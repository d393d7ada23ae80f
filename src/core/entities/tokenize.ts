/**
 * A fast tokenizer for entity extraction: one pass over the sentence, each token with its offsets and a
 * folded key close to `normalizeKey(token)` (diacritics and tatweel dropped, alef forms unified, ة→ه,
 * ؤ→و, ئ→ي, Arabic-Indic digits to ASCII, Latin lower-cased) but keeping ى apart from ي, since
 * "على" (on) and "علي" (Ali) must stay different words here. Building keys char by char avoids
 * running normalizeKey's regex chain on every token: issue 6 asks for ≥ 5 MB/s over the whole analysis.
 */
import { registerMemo } from "../text/memos.ts";

/** Word (Arabic/Latin letters), number, or a single punctuation character. */
export type TokenKind = "w" | "n" | "p";

export interface Token {
  /** The token as written in the sentence. */
  raw: string;
  start: number;
  end: number;
  /** Folded key, see the module comment. */
  key: string;
  kind: TokenKind;
  /** Scanner flags (flags.ts) of a word; 0 for numbers and punctuation. */
  flags: number;
  /**
   * Id of the written word (a word or number) in the word table, -1 for punctuation: equal ids, equal
   * words, while `wordTableEpoch()` stays the same. Lets the indexer resolve each distinct word once.
   */
  word: number;
  /** Clitic readings of the key. */
  readings: readonly CliticReading[];
  /**
   * One-bit-per-key signature of the readings' keys (keyBit): a set of keys whose bits miss it
   * contains none of them, which lets a pass skip a word without reading its readings.
   */
  sig: number;
}

/** Signature bit of a key: one of 32, by a hash of its characters. */
export function keyBit(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return 1 << ((h ^ (h >>> 16)) & 31);
}

function readingsSig(readings: readonly CliticReading[]): number {
  let sig = 0;
  for (const r of readings) sig |= keyBit(r.key);
  return sig;
}

/** Clitic readings of a token. */
export function tokReadings(t: Token): readonly CliticReading[] {
  return t.readings;
}

/**
 * What a written word resolves to, computed once per distinct word (news vocabulary repeats): its key,
 * kind, scanner flags and clitic readings. Tokens copy these, so scanners never look a word up again.
 */
interface WordInfo {
  key: string;
  kind: TokenKind;
  flags: number;
  readings: readonly CliticReading[];
  sig: number;
}

/** Scanner flags of a folded key: set by flags.ts (which imports this module) at load. */
let flagsOfKey: (key: string) => number = () => 0;
export function setFlagsOf(f: (key: string) => number): void {
  flagsOfKey = f;
  WORDS.clear();
}

/**
 * WordInfo by written word: an open-addressing table keyed by a hash the scan computes as it reads the
 * characters, so a word already seen costs neither a slice nor a string hash (and its token shares the
 * stored string). A slot holds the entry index, the full hash, the length and the first INLINE
 * characters: most words are compared within the slot's half cache line, and only longer ones against
 * the character pool. Chasing the entry object and its string per probe made the lookup cache-miss
 * bound, most of the tokenizer's time. Bounded: emptied when it fills past half. Sized for a whole news
 * corpus (ant-jawhara has ~87k distinct words): a table that empties mid-build makes every word pay for
 * its flags and readings again (issue 6).
 */
interface WordEntry extends WordInfo {
  raw: string;
  /** Its index in `entries`. */
  id: number;
}
const TABLE_BITS = 18;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const MAX_WORDS = 1 << (TABLE_BITS - 1);
/** Slot layout: entry index (-1 empty), hash, length, then INLINE characters packed two per int. */
const SLOT = 8;
const INLINE = 2 * (SLOT - 3);
const slots = new Int32Array(SLOT << TABLE_BITS).fill(-1);
/** Characters of long words: entry e's are pool[poolAt[e], poolAt[e] + length). */
const poolAt = new Int32Array(MAX_WORDS);
let pool = new Uint16Array(1 << 16);
let poolUsed = 0;
let entries: WordEntry[] = [];
const WORDS = registerMemo({
  clear(): void {
    epoch++;
    slots.fill(-1);
    entries = [];
    poolUsed = 0;
  },
});
const NO_FLAGS = 0;
let epoch = 0;

/** Changes whenever the word table is emptied (word ids are then reused for other words). */
export function wordTableEpoch(): number {
  return epoch;
}

/** Does text[start, start+len) equal the word in slot `base`? */
function sameWord(base: number, text: string, start: number, len: number): boolean {
  if (len <= INLINE) {
    let at = base + 3;
    let k = 0;
    for (; k + 1 < len; k += 2) {
      if (slots[at++] !== (text.charCodeAt(start + k) | (text.charCodeAt(start + k + 1) << 16))) return false;
    }
    return k === len || slots[at] === text.charCodeAt(start + k);
  }
  const p = poolAt[slots[base]!]!;
  for (let k = 0; k < len; k++) if (pool[p + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The entry of text[start, end) with scan hash `h`, created on first sight. */
function wordEntry(text: string, start: number, end: number, h: number, digits: boolean, folds: boolean): WordEntry {
  const len = end - start;
  let slot = h & TABLE_MASK;
  for (;;) {
    const base = slot * SLOT;
    const e = slots[base]!;
    if (e < 0) break;
    if (slots[base + 1] === h && slots[base + 2] === len && sameWord(base, text, start, len)) return entries[e]!;
    slot = (slot + 1) & TABLE_MASK;
  }
  if (entries.length >= MAX_WORDS) {
    WORDS.clear();
    slot = h & TABLE_MASK;
  }
  const raw = text.slice(start, end);
  // Most words need no folding: their key is the word itself.
  const key = folds ? foldWord(raw) : raw;
  const kind: TokenKind = digits ? "n" : "w";
  const readings = cliticReadings(key);
  const e = entries.length;
  const w: WordEntry = { raw, key, kind, flags: kind === "w" ? flagsOfKey(key) : NO_FLAGS, readings, sig: readingsSig(readings), id: e };
  const base = slot * SLOT;
  slots[base] = e;
  slots[base + 1] = h;
  slots[base + 2] = len;
  if (len <= INLINE) {
    let at = base + 3;
    let k = 0;
    for (; k + 1 < len; k += 2) slots[at++] = text.charCodeAt(start + k) | (text.charCodeAt(start + k + 1) << 16);
    if (k < len) slots[at] = text.charCodeAt(start + k);
  } else {
    if (poolUsed + len > pool.length) {
      const bigger = new Uint16Array(Math.max(pool.length * 2, poolUsed + len));
      bigger.set(pool.subarray(0, poolUsed));
      pool = bigger;
    }
    for (let k = 0; k < len; k++) pool[poolUsed + k] = text.charCodeAt(start + k);
    poolAt[e] = poolUsed;
    poolUsed += len;
  }
  entries.push(w);
  return w;
}

/** Readings of a one-character punctuation key, by code unit: punctuation repeats even more than words. */
const PUNCT_READINGS: (readonly CliticReading[] | undefined)[] = [];

/** Folding of one UTF-16 code unit: "" drops it, undefined keeps it as is. */
const FOLD = new Map<number, string>();
for (let c = 0x0610; c <= 0x061a; c++) FOLD.set(c, "");
for (let c = 0x064b; c <= 0x065f; c++) FOLD.set(c, "");
for (const c of [0x0670, 0x0640, 0x06d6, 0x06d7, 0x06d8, 0x06d9, 0x06da, 0x06db, 0x06dc]) FOLD.set(c, "");
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0xfeff]) FOLD.set(c, "");
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) FOLD.set(c, "\u0627");
FOLD.set(0x0629, "\u0647");
// ى is kept: folding it would make the preposition "على" the name "علي".
FOLD.set(0x0624, "\u0648");
FOLD.set(0x0626, "\u064a");
for (let d = 0; d < 10; d++) {
  FOLD.set(0x0660 + d, String(d));
  FOLD.set(0x06f0 + d, String(d));
}

/** Character classes of the BMP, one table lookup per character: word, space, digit, folded. */
const C_WORD = 1;
const C_SPACE = 2;
const C_DIGIT = 4;
const C_FOLDS = 8;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  let k = 0;
  if (isWordChar(c)) k |= C_WORD;
  if (isSpace(c)) k |= C_SPACE;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) k |= C_DIGIT;
  if (FOLD.has(c) || (c >= 0x41 && c <= 0x5a)) k |= C_FOLDS;
  CLASS[c] = k;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x065f) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x0660 && c <= 0x0669) ||
    (c >= 0x06f0 && c <= 0x06f9) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f) ||
    c === 0x200c ||
    c === 0x200d
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0x200e || c === 0x200f || c === 0xfeff;
}

/** Folds one character for keys: the same mapping as normalizeKey applied to a single word. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  const f = FOLD.get(c);
  if (f !== undefined) return f;
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  return ch;
}

function foldWord(raw: string): string {
  let key = "";
  for (let k = 0; k < raw.length; k++) {
    const d = raw.charCodeAt(k);
    const f = FOLD.get(d);
    if (f !== undefined) key += f;
    else if (d >= 0x41 && d <= 0x5a) key += String.fromCharCode(d + 32);
    else key += raw[k];
  }
  return key;
}

/** Key of an arbitrary word or phrase, equal to the keys the tokenizer gives (spaces collapsed). */
export function foldKey(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(" ");
}

/** Splits a sentence into tokens. Never throws; an empty string gives no tokens. */
export function tokenize(text: string): Token[] {
  return scan(text, undefined);
}

/** tokenize, also pushing each token's key to `keys` (the scanners' parallel key array). */
export function tokenizeWithKeys(text: string, keys: string[]): Token[] {
  return scan(text, keys);
}

function scan(text: string, keys: string[] | undefined): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cc = CLASS[c]!;
    if (cc & C_SPACE) {
      i++;
      continue;
    }
    if (cc & C_WORD) {
      const start = i;
      // AND of the classes: digits only if every char is a digit; OR: any char folds.
      let all = C_DIGIT;
      let any = 0;
      let h = 0x811c9dc5;
      while (i < n) {
        const ch = text.charCodeAt(i);
        const d = CLASS[ch]!;
        if (!(d & C_WORD)) break;
        all &= d;
        any |= d;
        h = Math.imul(h ^ ch, 0x01000193);
        i++;
      }
      h ^= h >>> 15;
      const info = wordEntry(text, start, i, h, all !== 0, (any & C_FOLDS) !== 0);
      out.push({ raw: info.raw, start, end: i, key: info.key, kind: info.kind, flags: info.flags, word: info.id, readings: info.readings, sig: info.sig });
      if (keys !== undefined) keys.push(info.key);
      continue;
    }
    // Surrogate pairs (emoji) stay one punctuation token.
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const raw = len === 1 ? String.fromCharCode(c) : text.slice(i, i + len);
    let readings = len === 1 ? PUNCT_READINGS[c] : undefined;
    if (readings === undefined) {
      readings = cliticReadings(raw);
      if (len === 1) PUNCT_READINGS[c] = readings;
    }
    out.push({ raw, start: i, end: i + len, key: raw, kind: "p", flags: NO_FLAGS, word: -1, readings, sig: 0 });
    if (keys !== undefined) keys.push(raw);
    i += len;
  }
  return out;
}

/** Raw offset (within the token) of the `keyChars`-th key character: skips dropped marks. */
export function rawOffsetOfKey(raw: string, keyChars: number): number {
  let k = 0;
  let i = 0;
  while (i < raw.length && k < keyChars) {
    if (FOLD.get(raw.charCodeAt(i)) !== "") k++;
    i++;
  }
  // Marks that sit on the clitic letter (وَ) belong to the clitic.
  while (i < raw.length && FOLD.get(raw.charCodeAt(i)) === "") i++;
  return i;
}

/** A reading of a word with its prefixed clitics removed. */
export interface CliticReading {
  /** Key without the clitics (لل+X gives ال+X: "للتحالف" → "التحالف"). */
  key: string;
  /** Number of key characters the clitics occupy in the written word. */
  strip: number;
  /** True when the reading restores an article swallowed by ل ("للولايات" → "الولايات"). */
  restoredAl: boolean;
}

const SINGLE = new Set(["و", "ف", "ب", "ل", "ك"]);

/**
 * Readings of a key with prefixed clitics removed, most literal first (the key itself).
 * Only و/ف/ب/ل/ك, their pairs (وب، ول، فل، وك...) and لل; never suffixes, never inside a word.
 */
export function cliticReadings(key: string): readonly CliticReading[] {
  // Words repeat: memoising the readings keeps the scanners' many lookups allocation-free (issue 6).
  let r = READINGS.get(key);
  if (r === undefined) {
    if (READINGS.size > 200_000) READINGS.clear();
    r = computeReadings(key);
    READINGS.set(key, r);
  }
  return r;
}

const READINGS = registerMemo(new Map<string, readonly CliticReading[]>());

function computeReadings(key: string): CliticReading[] {
  const out: CliticReading[] = [{ key, strip: 0, restoredAl: false }];
  if (key.length < 3) return out;
  const c0 = key[0]!;
  if (!SINGLE.has(c0)) return out;
  // "لل" + X is ل + ال + X with the alef elided.
  if (key.startsWith("لل") && key.length >= 4) out.push({ key: "ال" + key.slice(2), strip: 2, restoredAl: true });
  if ((c0 === "و" || c0 === "ف") && key.startsWith("لل", 1) && key.length >= 5)
    out.push({ key: "ال" + key.slice(3), strip: 3, restoredAl: true });
  out.push({ key: key.slice(1), strip: 1, restoredAl: false });
  if ((c0 === "و" || c0 === "ف") && key.length >= 4 && SINGLE.has(key[1]!) && key[1] !== "و" && key[1] !== "ف")
    out.push({ key: key.slice(2), strip: 2, restoredAl: false });
  return out;
}

/** Surface form of a token with `strip` clitic key-characters removed (restoring ال after لل). */
export function stripSurface(tok: Token, reading: CliticReading): { surface: string; start: number } {
  if (reading.strip === 0) return { surface: tok.raw, start: tok.start };
  if (reading.restoredAl) {
    // "للولايات": drop the clitic ل (and و/ف before it), keep the second ل and put the alef back.
    const cut = rawOffsetOfKey(tok.raw, reading.strip - 1);
    const rest = tok.raw.slice(cut);
    return { surface: "ا" + rest, start: tok.start + cut };
  }
  const cut = rawOffsetOfKey(tok.raw, reading.strip);
  return { surface: tok.raw.slice(cut), start: tok.start + cut };
}
