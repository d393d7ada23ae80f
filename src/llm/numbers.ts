/**
 * Numbers and month names in model output, compared with the sources they cite. Pure.
 *
 * A number is supported when the same value appears in the sources, whatever the digits (Latin,
 * Arabic-Indic ٠-٩, Eastern ۰-۹), grouping separators (1,500 = 1500 = ١٬٥٠٠) or leading zeros
 * (07 = 7). Because a comma may also separate two numbers ("July 22, 500 people"), a grouped number is
 * also accepted when each of its groups appears on its own. Numbers written as words are not checked.
 */
import { normalizeArabic, toLatinDigits } from "../core/text/normalize.ts";

/** Grouped numbers first (1,500 / ١٬٥٠٠ / 1 500 with no-break spaces), then plain and decimal ones. */
const NUMBER = /\d{1,3}(?:[,\u066C\u00A0\u202F]\d{3})+(?:[.\u066B]\d+)?|\d+(?:[.\u066B]\d+)?/g;
const GROUPING = /[,\u066C\u00A0\u202F]/g;
const ANY_SEPARATOR = /[,.\u066B\u066C\u00A0\u202F]/;

/** One number as written, its value, and the digit groups it is made of. */
export interface NumberToken {
  raw: string;
  value: string;
  parts: string[];
}

function stripLeadingZeros(digits: string): string {
  const [int = "", frac] = digits.split(".");
  const trimmed = int.replace(/^0+(?=\d)/, "");
  return frac === undefined ? trimmed : `${trimmed}.${frac}`;
}

/** Every number in `text`, with its canonical value (no grouping, "." decimal point, no leading zeros). */
export function numberTokens(text: string): NumberToken[] {
  const latin = toLatinDigits(text);
  const out: NumberToken[] = [];
  for (const m of latin.matchAll(NUMBER)) {
    const raw = m[0];
    const value = stripLeadingZeros(raw.replace(GROUPING, "").replace("\u066B", "."));
    const parts = raw.split(ANY_SEPARATOR).map(stripLeadingZeros);
    out.push({ raw, value, parts });
  }
  return out;
}

/** The set of values and digit groups found in the sources. */
export function sourceNumbers(texts: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) {
    for (const t of numberTokens(text)) {
      set.add(t.value);
      for (const p of t.parts) set.add(p);
    }
  }
  return set;
}

/** The first number of `text` that the sources do not support, as written, or undefined. */
export function unsupportedNumber(text: string, sources: Set<string>): string | undefined {
  for (const t of numberTokens(text)) {
    if (sources.has(t.value)) continue;
    if (t.parts.length > 1 && t.parts.every((p) => sources.has(p))) continue;
    return t.raw;
  }
  return undefined;
}

/**
 * Month names, English and Arabic (Egyptian/Gulf and Levantine series), keyed after `normalizeArabic`
 * (so آب is "اب"). Two-word Levantine names are listed before their first word could match alone.
 */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4],
  ["apr", 4], ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8],
  ["september", 9], ["sep", 9], ["sept", 9], ["october", 10], ["oct", 10], ["november", 11],
  ["nov", 11], ["december", 12], ["dec", 12],
  ["يناير", 1], ["فبراير", 2], ["مارس", 3], ["ابريل", 4], ["مايو", 5], ["يونيو", 6], ["يونيه", 6],
  ["يوليو", 7], ["يوليه", 7], ["اغسطس", 8], ["سبتمبر", 9], ["اكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
  ["شباط", 2], ["اذار", 3], ["نيسان", 4], ["ايار", 5], ["حزيران", 6], ["تموز", 7], ["اب", 8], ["ايلول", 9],
]);
const TWO_WORD_MONTHS: ReadonlyMap<string, number> = new Map([
  ["كانون الثاني", 1], ["كانون الاول", 12], ["تشرين الاول", 10], ["تشرين الثاني", 11],
]);
/** Words that are also ordinary words ("may", "march", Arabic أب "father"): months only next to a number. */
const AMBIGUOUS = new Set(["may", "mar", "march", "jan", "dec", "oct", "sep", "اب"]);
/** Single-letter Arabic proclitics that attach to a month word (ويوليو، بيوليو، ليوليو، فيوليو). */
const CLITIC = /^[وبلف](?=\S{3})/;

type Token = { kind: "word" | "number"; text: string };

function tokens(text: string): Token[] {
  const norm = normalizeArabic(text).toLowerCase();
  const out: Token[] = [];
  for (const m of norm.matchAll(/[\p{L}\p{M}]+|\d+/gu)) {
    out.push({ kind: /^\d/.test(m[0]) ? "number" : "word", text: m[0] });
  }
  return out;
}

function monthAt(toks: Token[], i: number): { month: number; width: number } | undefined {
  const a = toks[i];
  if (!a || a.kind !== "word") return undefined;
  const b = toks[i + 1];
  for (const first of [a.text, a.text.replace(CLITIC, "")]) {
    if (b?.kind === "word") {
      const two = TWO_WORD_MONTHS.get(`${first} ${b.text}`);
      if (two !== undefined) return { month: two, width: 2 };
    }
    const one = MONTH_WORDS.get(first);
    if (one !== undefined) return { month: one, width: 1 };
  }
  return undefined;
}

/**
 * Months named in `text`. With `strict`, ambiguous words count only next to a number ("May 2024",
 * "22 May"); sources are read leniently (every candidate counts), which can only make the check kinder.
 */
export function monthsIn(text: string, strict: boolean): Set<number> {
  const toks = tokens(text);
  const months = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const hit = monthAt(toks, i);
    if (!hit) continue;
    const word = toks[i]!.text.replace(CLITIC, "");
    const nearNumber = toks[i - 1]?.kind === "number" || toks[i + hit.width]?.kind === "number";
    if (!strict || !AMBIGUOUS.has(word) || nearNumber) months.add(hit.month);
    i += hit.width - 1;
  }
  if (!strict) {
    // Numeric dates in sources: 2024-07-22 and the Arab world's day-first 22/07/2024.
    const latin = toLatinDigits(text);
    for (const m of latin.matchAll(/\b\d{4}-(\d{1,2})-\d{1,2}\b/g)) months.add(Number(m[1]));
    for (const m of latin.matchAll(/\b\d{1,2}\/(\d{1,2})\/\d{4}\b/g)) months.add(Number(m[1]));
  }
  return months;
}
