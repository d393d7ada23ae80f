/**
 * Months and years back from publication: «قبل شهرين» (the month two before publication's), «منذ ثلاثة أشهر», «قبل
 * عام» (the year before), «منذ عامين», «قبل 5 سنوات». Month or year precision: "a year ago" is no day. Not a count from
 * another moment («قبل عامين من الانتخابات») nor a year named after the word («منذ عام 2003», a year of its own), and
 * not a vague «منذ سنوات». Days back are relative.ts's daysAgo.
 */
import { isoMonth, isoYear } from "./calendar.ts";
import type { Rule } from "./rules.ts";
import { wordKey } from "./tokens.ts";

/** «قبل» (before) and «منذ» (since), with one clitic at most («ومنذ»). */
const AGO = new Set(["قبل", "منذ", "وقبل", "ومنذ"].map(wordKey));
type Unit = { unit: "month" | "year"; count: number };
/** Units: months or years, and how many the word itself says (1 singular, 2 dual, 0 a plural after its count). */
export const AGO_UNITS: ReadonlyMap<string, Unit> = new Map(
  (
    [
      ["شهر", "month", 1], ["شهرين", "month", 2], ["أشهر", "month", 0], ["شهور", "month", 0],
      ["عام", "year", 1], ["سنة", "year", 1], ["عامين", "year", 2], ["سنتين", "year", 2],
      ["أعوام", "year", 0], ["سنوات", "year", 0], ["سنين", "year", 0],
    ] as const
  ).map(([w, unit, count]) => [wordKey(w), { unit, count }]),
);
/** Counts written as words, three to ten, masculine and feminine («ثلاثة أشهر», «ثلاث سنوات»). */
const COUNTS = new Map(
  [
    ["ثلاثة", "ثلاث"], ["أربعة", "أربع"], ["خمسة", "خمس"], ["ستة", "ست"], ["سبعة", "سبع"], ["ثمانية", "ثماني"], ["تسعة", "تسع"], ["عشرة", "عشر"],
  ].flatMap(([m, f], n) => [[wordKey(m!), n + 3], [wordKey(f!), n + 3]] as [string, number][]),
);
/** After the unit, words that count from another moment or only guess at it. */
const FROM_ANOTHER = new Set(["من", "على", "عن", "أو"].map(wordKey));
/** «واحد», «واحدة» after a singular unit. */
const ONE = new Set(["واحد", "واحدة"].map(wordKey));
/** At most this many back: further is history, not news's "ago". */
const MAX_MONTHS = 24;
const MAX_YEARS = 30;

export const monthsYearsAgo: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  const unit = t === undefined ? undefined : AGO_UNITS.get(t.key);
  if (pub === null || t === undefined || unit === undefined) return null;
  let count = unit.count;
  let at = i - 1;
  if (count === 0) {
    const n = tokens[i - 1];
    const c = n === undefined ? undefined : n.num >= 0 && n.raw.length <= 2 ? n.num : COUNTS.get(n.key);
    if (c === undefined || c < 3) return null;
    count = c;
    at = i - 2;
  }
  const before = tokens[at];
  if (before === undefined || !AGO.has(before.key)) return null;
  let end = i;
  // «قبل سنة واحدة»: one.
  if (ONE.has(tokens[i + 1]?.key ?? "")) end++;
  const next = tokens[end + 1];
  // «منذ عام 2003»: the year named; «قبل عامين من الانتخابات», «قبل سنة واحدة من بدء الحرب»: counted from them.
  if (next !== undefined && (next.num >= 0 || FROM_ANOTHER.has(next.key))) return null;
  if (unit.unit === "year") {
    if (count > MAX_YEARS) return null;
    return { start: before.start, end: tokens[end]!.end, date: isoYear(pub.year - count), precision: "year", relative: true, hijri: false };
  }
  if (count > MAX_MONTHS) return null;
  const months = pub.year * 12 + (pub.month - 1) - count;
  return { start: before.start, end: tokens[end]!.end, date: isoMonth(Math.floor(months / 12), (months % 12) + 1), precision: "month", relative: true, hijri: false };
};
