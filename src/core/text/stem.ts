/**
 * Arabic stemming for search: conservative clitic stripping, then the Snowball Arabic stemmer
 * (@orama/stemmers/arabic).
 *
 * Why the clitic pass first: Snowball alone is inconsistent on attached forms ("الوزير" → "وزير" but
 * "وزير" → "زير"; "مفاوضات" → "مفاوضا" but "المفاوضين" → "مفاوض"). Stripping the article, the
 * conjunction/preposition proclitics and the common suffixes first hands Snowball the bare form, so the
 * inflections of one word meet on one stem. Every strip keeps at least 3 letters (4 for the ambiguous
 * single-letter proclitics and the ان ending, which often belongs to names: لبنان، إيران).
 *
 * Input is a token from `tokenize` (already normalised with `normalizeKey`); other input is normalised
 * here. Latin tokens are lower-cased only. Results are memoised: news text repeats its vocabulary, and
 * the memo makes the stemmer a map lookup for most tokens.
 */
import { stemmer as snowballArabic } from "@orama/stemmers/arabic";
import { normalizeKey } from "./normalize.ts";
import { registerMemo } from "./memos.ts";

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Article combinations, longest first (normalised: no hamza on alef). */
const ARTICLE_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];
/** Conjunction then preposition: و/ف, then ب/ك/ل. */
const CONJUNCTIONS = ["و", "ف"];
const PREPOSITIONS = ["ب", "ك", "ل"];
/** Suffixes, longest first. ية/ة arrive folded to يه/ه by normalizeKey. */
const SUFFIXES: readonly [string, number][] = [
  ["هما", 3],
  ["كما", 3],
  ["تها", 3],
  ["يه", 3],
  ["ات", 3],
  ["ها", 3],
  ["هم", 3],
  ["هن", 3],
  ["كم", 3],
  ["نا", 3],
  ["ون", 3],
  ["ين", 3],
  ["ان", 4],
  ["ه", 3],
  // Nisba ي (عراقي، أمريكي): without it Snowball treats "أمريكي" and "الأمريكية" differently.
  ["ي", 4],
];

const MEMO_LIMIT = 60_000;
const memo = registerMemo(new Map<string, string>());
/** Snowball by light form: many written forms (وال/بال/…، suffixes) share one light form. */
const snowMemo = registerMemo(new Map<string, string>());

/** Strips attached article, conjunction and preposition (conservatively). */
export function stripProclitics(word: string): string {
  let w = word;
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 3) return w.slice(p.length);
  }
  // و/ف then ب/ك/ل then ال: "وبالتعاون". A lone letter is stripped only when 4 letters remain,
  // because it is often part of the word itself (وزير، فريق، بغداد، كتب، لجنة).
  const first = w[0] ?? "";
  if (CONJUNCTIONS.includes(first) && w.length - 1 >= 4) w = w.slice(1);
  const second = w[0] ?? "";
  if (PREPOSITIONS.includes(second) && w.length - 1 >= 4) w = w.slice(1);
  for (const p of ["ال", "ل"]) {
    if (w !== word && w.startsWith(p) && w.length - p.length >= 3) return w.slice(p.length);
  }
  return w;
}

/** Strips one pronoun or plural/nisba suffix, keeping the stated minimum length. */
export function stripSuffix(word: string): string {
  for (const [suffix, keep] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= keep) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The search stem of one token: Arabic → clitics stripped + Snowball; Latin → lower case. */
export function stemArabic(token: string): string {
  const hit = memo.get(token);
  if (hit !== undefined) return hit;
  const stem = computeStem(token);
  if (memo.size >= MEMO_LIMIT) memo.clear(); // bounded: a pathological corpus must not grow it forever
  memo.set(token, stem);
  return stem;
}

function computeStem(token: string): string {
  const key = normalizeKey(token);
  if (!ARABIC_LETTER.test(key)) return key;
  if (key.length <= 3) return key;
  const light = stripSuffix(stripProclitics(key));
  let snow = snowMemo.get(light);
  if (snow === undefined) {
    snow = snowballArabic(light);
    if (snowMemo.size >= MEMO_LIMIT) snowMemo.clear();
    snowMemo.set(light, snow);
  }
  // Snowball can cut a short word down to one or two letters ("قوات" → "قو"): too ambiguous to match on.
  return snow.length >= 3 || snow.length >= light.length ? snow : light;
}
