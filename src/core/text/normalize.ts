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
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g; // آ أ إ ٱ ٲ ٳ → ا
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

/** Normalisation for matching: keeps ة/ى, see the module comment. */
export function normalizeArabic(text: string): string {
  return toLatinDigits(text)
    .normalize("NFC")
    .replace(ZERO_WIDTH, "")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(ALEF_FORMS, "ا")
    .replace(/\u0671/g, "ا")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB\u201F\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/\u060C/g, "،")
    .replace(/\s+/g, " ")
    .trim();
}

/** Normalisation for index keys, aliases and hashes: also folds ة→ه, ى→ي, ؤ/ئ→ء-less forms, Latin case. */
export function normalizeKey(text: string): string {
  return normalizeArabic(text)
    .replace(/\u0629/g, "\u0647") // ة → ه
    .replace(/\u0649/g, "\u064A") // ى → ي
    .replace(/\u0624/g, "\u0648") // ؤ → و
    .replace(/\u0626/g, "\u064A") // ئ → ي
    .toLowerCase();
}
