/**
 * Unicode bidirectional isolation (UAX #9, FSI … PDI) so that Arabic names, numbers and dates inside English text
 * (and Latin inside Arabic) keep their order on every client. Isolates, unlike embeddings, do not leak direction
 * into the surrounding text.
 */
import type { Lang } from "../../core/types.ts";

const FSI = "\u2068";
const PDI = "\u2069";

/** Wraps text in a first-strong isolate. Empty text stays empty. */
export function isolate(text: string): string {
  return text.length === 0 ? text : `${FSI}${text}${PDI}`;
}

// A run of the other script: starts and ends with a letter of that script, may hold spaces, digits and
// light punctuation between letters (so "لويد أوستن" or "Lloyd J. Austin" stays one isolate). A Latin run takes the
// slash of a command and the dashes of an option with it ("أرسل /who", "--from"): a mark between / and the name
// would stop Telegram from making it a command the reader can tap, and "--" would sit apart from its option.
const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF](?:[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF0-9\s.,،:\-–/()"'«»]*[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF])?/g;
const LATIN_RUN = /(?:\/|--)?[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9\s.,:\-–/'&]*[A-Za-z\u00C0-\u024F0-9.])?/g;

// The first character of a run, or an isolate already there: text with neither is returned after one scan
// (the common case, Arabic answers).
const ARABIC_LETTER_OR_FSI = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u2068]/;
const LATIN_LETTER_OR_FSI = /[A-Za-z\u00C0-\u024F\u2068]/;

/** Wraps each run of the script foreign to `lang` in an isolate. Idempotent on already-isolated text. */
export function isolateForeign(text: string, lang: Lang): string {
  if (!(lang === "en" ? ARABIC_LETTER_OR_FSI : LATIN_LETTER_OR_FSI).test(text)) return text;
  if (text.includes(FSI)) return text;
  // A replacement pattern, not a callback: V8 builds the result natively ("$&" is the run).
  return text.replace(lang === "en" ? ARABIC_RUN : LATIN_RUN, `${FSI}$&${PDI}`);
}

/** Removes isolate marks (for length checks and plain-text tests). */
export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}
