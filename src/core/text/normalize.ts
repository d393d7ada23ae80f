/**
 * Arabic normalisation for matching. Display text is never normalised: these functions produce keys.
 *
 * Two levels:
 * - `normalizeArabic` (for matching and search): removes diacritics and tatweel, unifies alef forms
 *   (أ إ آ ٱ → ا), converts Arabic-Indic and Eastern Arabic-Indic digits to ASCII, unifies typographic
 *   quotes, collapses white space. ة and ى are kept: they carry meaning in display and in date words.
 * - `normalizeKey` (for index keys, aliases, hashes): `normalizeArabic` plus ة→ه and ى→ي folding and
 *   lower-casing of Latin letters, so that "ثابت عباسي" and "ثابت عباسى" meet.
 */

/** Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks. */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Converts Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits to ASCII digits. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Removes harakat and other combining marks, keeping the letters. */
export function stripDiacritics(text: string): string {
  return text.replace(DIACRITICS, "");
}

/** True when the text contains at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return /[\u0621-\u064A\u0671-\u06D3]/.test(text);
}

/** True when Arabic letters outnumber Latin letters: the script of a query decides its language. */
export function isMostlyArabic(text: string): boolean {
  const ar = (text.match(/[\u0621-\u064A\u0671-\u06D3]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return ar > 0 && ar >= latin;
}

/** Everything `normalizeArabic` deletes: zero-width and bidi controls, diacritics, tatweel (one pass). */
const DROP = new RegExp(`${ZERO_WIDTH.source.slice(0, -1)}${DIACRITICS.source.slice(1, -1)}\u0640]`, "g");
/** Alef forms, ٱ included. */
const ALEF = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;
const INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const TYPOGRAPHIC_QUOTE = /[\u201C\u201D\u201E\u00AB\u00BB\u201F\u2033\u2018\u2019\u201A\u201B]/;
/** White space that collapsing would change: a run, or anything but a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * Normalisation for matching: keeps ة/ى, see the module comment. Each step is skipped when a quick test
 * shows it would change nothing (most sentences have no Indic digits, typographic quotes or odd spaces);
 * the deletions share one pass. Same result as applying every step in turn.
 */
export function normalizeArabic(text: string): string {
  let s = INDIC_DIGIT.test(text) ? toLatinDigits(text) : text;
  s = s.normalize("NFC").replace(DROP, "").replace(ALEF, "ا");
  if (TYPOGRAPHIC_QUOTE.test(s)) s = s.replace(/[\u201C\u201D\u201E\u00AB\u00BB\u201F\u2033]/g, '"').replace(/[\u2018\u2019\u201A\u201B]/g, "'");
  if (ODD_SPACE.test(s)) s = s.replace(/\s+/g, " ");
  return s.trim();
}

/** The letters normalizeKey folds: ة → ه, ى → ي, ؤ → و, ئ → ي. */
const FOLD = /[\u0629\u0649\u0624\u0626]/g;
const FOLDED: Record<string, string> = { "\u0629": "\u0647", "\u0649": "\u064A", "\u0624": "\u0648", "\u0626": "\u064A" };
/** Text made only of characters without case (ASCII other than A-Z, Arabic, general punctuation): lower-casing changes nothing. */
const CASELESS = /^[\u0000-\u0040\u005B-\u007F\u00A0-\u00BF\u0600-\u06FF\u0750-\u077F\u2000-\u206F]*$/;

/**
 * Normalisation for index keys, aliases and hashes: also folds ة→ه, ى→ي, ؤ/ئ→ء-less forms, Latin case. The folds
 * are one pass, and lower-casing is skipped for text that has no cased letter (it runs for every word indexed).
 */
export function normalizeKey(text: string): string {
  let s = normalizeArabic(text);
  s = s.replace(FOLD, (ch) => FOLDED[ch]!);
  return CASELESS.test(s) ? s : s.toLowerCase();
}
