/**
 * Seasons: «صيف 2014» (June to August 2014), «خريف العام الماضي», «الصيف المقبل», «هذا الشتاء». The northern
 * hemisphere's seasons by month: spring March–May, summer June–August, autumn September–November, and winter December
 * to February, named by the year it ends in («شتاء 2015»: December 2014 to February 2015). A range of months, month
 * precision. A season with no year or direction («الصيف») is no date, nor is «الربيع العربي» (the Arab Spring) or
 * «ربيع الأول» (a Hijri month, months.ts).
 */
import type { PubContext } from "./candidate.ts";
import { isoMonth } from "./calendar.ts";
import { readYearNumber } from "./parse.ts";
import type { Rule } from "./rules.ts";
import { wordKey } from "./tokens.ts";
import { RELATIVE, THIS, YEAR_WORDS, type Direction } from "./words.ts";

/** First month of each season, by its noun with and without the article. */
export const SEASONS: ReadonlyMap<string, number> = new Map(
  ([["ربيع", 3], ["صيف", 6], ["خريف", 9], ["شتاء", 12]] as const).flatMap(([w, m]) => [
    [wordKey(w), m] as [string, number],
    [wordKey(`ال${w}`), m] as [string, number],
  ]),
);

/** Months since year 0 of the first and last month of the season starting in `first` that ends in `year`. */
function span(first: number, year: number): [number, number] {
  const start = first === 12 ? (year - 1) * 12 + 11 : year * 12 + first - 1;
  return [start, start + 2];
}

/** The season (by its first month) that holds publication (0), ended last before it (-1) or starts next after it (1). */
function relativeSeason(first: number, pub: PubContext, dir: Direction): [number, number] {
  const now = pub.year * 12 + pub.month - 1;
  const around = [pub.year - 1, pub.year, pub.year + 1, pub.year + 2].map((y) => span(first, y));
  if (dir === -1) return around.filter(([, last]) => last < now).pop()!;
  if (dir === 1) return around.find(([start]) => start > now)!;
  // This one: the one that holds publication, else the nearer of the last and the next.
  const holds = around.find(([start, last]) => start <= now && now <= last);
  if (holds) return holds;
  const past = around.filter(([, last]) => last < now).pop()!;
  const next = around.find(([start]) => start > now)!;
  return now - past[1] < next[0] - now ? past : next;
}

const iso = (months: number): string => isoMonth(Math.floor(months / 12), (months % 12) + 1);

export const season: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  const first = t === undefined ? undefined : SEASONS.get(t.key);
  if (t === undefined || first === undefined) return null;
  let j = i + 1;
  let start = t.start;
  let months: [number, number];
  let relative = false;
  if (!t.key.startsWith("ال")) {
    // «صيف 2014», «صيف عام 2014», «صيف العام الماضي», «صيف هذا العام».
    const current = THIS.has(tokens[j]?.key ?? "");
    if (current) j++;
    const yearWord = tokens[j]?.key ?? "";
    const hasYearWord = YEAR_WORDS.has(yearWord);
    if (hasYearWord) j++;
    const number = current ? null : readYearNumber(tokens, j, "gregorian");
    if (number !== null && !number.hijri) {
      months = span(first, number.year);
      j = number.next;
    } else {
      const dir = current ? 0 : RELATIVE.get(tokens[j]?.key ?? "");
      if (pub === null || !hasYearWord || dir === undefined || (!current && !yearWord.startsWith("ال"))) return null;
      if (!current) j++;
      const year = pub.year + dir;
      // (The winter of this year is the one that ends in it.)
      months = span(first, year);
      relative = true;
    }
  } else {
    // «الصيف الماضي», «الشتاء المقبل», «هذا الصيف».
    const dir = RELATIVE.get(tokens[j]?.key ?? "");
    const thisBefore = THIS.has(tokens[i - 1]?.key ?? "");
    if (pub === null || (dir === undefined && !thisBefore)) return null;
    if (dir !== undefined) j++;
    else start = tokens[i - 1]!.start;
    months = relativeSeason(first, pub, dir ?? 0);
    relative = true;
  }
  return { start, end: tokens[j - 1]!.end, date: iso(months[0]), last: iso(months[1]), precision: "month", relative, hijri: false };
};
