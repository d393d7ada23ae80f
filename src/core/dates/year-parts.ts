/**
 * Parts of a year: «الربع الثالث من عام 2023» (July to September 2023), «النصف الأول من العام المقبل» (January to June
 * of the next year), «الربع الأخير من السنة الجارية», and the Maghreb's «الثلاثي/الثلاثية» (quarter) and «السداسي»
 * (half): «الثلاثية الأولى من هذا العام». A range of months, month precision. «النصف الثاني من المباراة» is
 * no date: the part must be of a year (a year word or a year number after «من»), and not of a school or fiscal year
 * («النصف الأول من العام الدراسي»).
 */
import { isoMonth } from "./calendar.ts";
import { readYearNumber } from "./parse.ts";
import type { Rule } from "./rules.ts";
import { wordKey } from "./tokens.ts";
import { RELATIVE, YEAR_WORDS } from "./words.ts";

/** Months in each part, by its noun: a quarter, a half. */
export const YEAR_PARTS: ReadonlyMap<string, number> = new Map([
  ...["الربع", "الثلاثي", "الثلاثية"].map((w) => [wordKey(w), 3] as [string, number]),
  ...["النصف", "السداسي", "السداسية"].map((w) => [wordKey(w), 6] as [string, number]),
]);
/** Which part: first to fourth, or the last (masculine and feminine). */
const ORDINALS = new Map<string, number>([
  ...(["الأول", "الثاني", "الثالث", "الرابع"] as const).map((w, n) => [wordKey(w), n + 1] as [string, number]),
  ...(["الأولى", "الثانية", "الثالثة", "الرابعة"] as const).map((w, n) => [wordKey(w), n + 1] as [string, number]),
  [wordKey("الأخير"), -1],
  [wordKey("الأخيرة"), -1],
]);
const OF = wordKey("من");
/** «هذا/هذه» before the year word: the current year. */
const THIS = new Set(["هذا", "هذه"].map(wordKey));

export const yearPart: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  const size = t === undefined ? undefined : YEAR_PARTS.get(t.key);
  const ordinal = ORDINALS.get(tokens[i + 1]?.key ?? "");
  if (t === undefined || size === undefined || ordinal === undefined || tokens[i + 2]?.key !== OF) return null;
  const parts = 12 / size;
  const part = ordinal === -1 ? parts : ordinal;
  if (part > parts) return null;
  let j = i + 3;
  let year: number;
  let relative = false;
  const current = THIS.has(tokens[j]?.key ?? "");
  if (current) j++;
  const yearWord = tokens[j]?.key ?? "";
  if (YEAR_WORDS.has(yearWord)) {
    j++;
    const after = tokens[j];
    const dir = current ? 0 : after === undefined ? undefined : RELATIVE.get(after.key);
    // "من العام الدراسي": a school, fiscal or judicial year.
    if (dir === undefined && after !== undefined && after.key.startsWith("ال")) return null;
    if (dir !== undefined && !current) j++;
    const number = readYearNumber(tokens, j, "gregorian");
    if (number !== null && !number.hijri) {
      year = number.year;
      j = number.next;
    } else {
      // Only «العام» or «هذا العام» is this year: «من سنة» wants its number («من سنة 2015 0.1 بالمائة» is no year here).
      if (pub === null || !(current || yearWord.startsWith("ال")) || (tokens[j]?.num ?? -1) >= 0) return null;
      year = pub.year + (dir ?? 0);
      relative = true;
    }
  } else {
    const number = readYearNumber(tokens, j, "gregorian");
    if (number === null || number.hijri) return null;
    year = number.year;
    j = number.next;
  }
  return {
    start: t.start,
    end: tokens[j - 1]!.end,
    date: isoMonth(year, (part - 1) * size + 1),
    last: isoMonth(year, part * size),
    precision: "month",
    relative,
    hijri: false,
  };
};
