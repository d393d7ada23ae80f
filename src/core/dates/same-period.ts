/**
 * Dates that take their year or month from the date before them: «معركة الرديف في أكتوبر من نفس السنة», «يوم 20 من
 * الشهر ذاته», «إلى 26 من نفس الشهر». The rule reads the phrase and leaves the borrowed part open (year 0000, month 00);
 * the tagger fills it from the date it kept just before, and drops the phrase when there is none: a year guessed from
 * the publication date would be a wrong one. The date before may be in an earlier sentence of the article (TagContext.before).
 */
import type { Candidate } from "./candidate.ts";
import { isValidDay } from "./calendar.ts";
import { readDaySpan, readMonth } from "./parse.ts";
import type { Rule } from "./rules.ts";
import type { Token } from "./tokens.ts";
import { DAY_WORDS, OF, keys } from "./words.ts";

/** «نفس السنة», «ذات العام». */
const SAME_BEFORE = keys("نفس ذات");
/** «السنة نفسها», «العام ذاته». */
const SAME_AFTER = keys("نفسه نفسها ذاته ذاتها");
/** What may stand before the period: «من نفس الشهر», «في السنة نفسها», «خلال نفس العام». */
const BEFORE_SAME = keys("من في خلال");
const YEAR_NOUNS = keys("السنة العام");
const MONTH_NOUNS = keys("الشهر");

type Period = "year" | "month";

/** «[من] نفس السنة», «[من] الشهر ذاته» at tokens[at]: the period named and the index after it. */
function samePeriodAt(tokens: readonly Token[], at: number): { period: Period; next: number } | null {
  let j = at;
  if (tokens[j] !== undefined && BEFORE_SAME.has(tokens[j]!.key)) j++;
  const a = tokens[j];
  const b = tokens[j + 1];
  if (a === undefined || b === undefined) return null;
  const noun = SAME_BEFORE.has(a.key) ? b.key : SAME_AFTER.has(b.key) ? a.key : null;
  if (noun === null) return null;
  if (YEAR_NOUNS.has(noun)) return { period: "year", next: j + 2 };
  if (MONTH_NOUNS.has(noun)) return { period: "month", next: j + 2 };
  return null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** [يوم] DAY [و DAY] من نفس الشهر; [يوم] DAY [من] MONTH من نفس السنة; [شهر] MONTH من نفس السنة. */
export const samePeriod: Rule = (tokens, i) => {
  const first = tokens[i];
  if (first === undefined) return null;
  const candidate = (start: number, end: number, date: string, precision: "day" | "month", same: Period, last?: string): Candidate => ({
    start, end: tokens[end - 1]!.end, date, precision, relative: false, hijri: false, same, ...(last !== undefined ? { last } : {}),
  });
  const dayWord = DAY_WORDS.has(first.key);
  const span = readDaySpan(tokens, dayWord ? i + 1 : i);
  if (span !== null && span.monthAt === undefined) {
    // «وغرة …»: the phrase starts after the clitic.
    const start = first.start + (dayWord ? 0 : (span.shift ?? 0));
    const days = (month: string) => [`0000-${month}-${pad(span.day)}`, span.lastDay === undefined ? undefined : `0000-${month}-${pad(span.lastDay)}`] as const;
    const sameMonth = samePeriodAt(tokens, span.next);
    if (sameMonth?.period === "month") {
      const [date, last] = days("00");
      return candidate(start, sameMonth.next, date, "day", "month", last);
    }
    const month = readMonth(tokens, OF.has(tokens[span.next]?.key ?? "") ? span.next + 1 : span.next);
    const sameYear = month !== null && month.calendar === "gregorian" ? samePeriodAt(tokens, month.next) : null;
    if (month !== null && sameYear?.period === "year") {
      const [date, last] = days(pad(month.month));
      return candidate(start, sameYear.next, date, "day", "year", last);
    }
  }
  const month = readMonth(tokens, i);
  if (month === null || month.calendar !== "gregorian") return null;
  const sameYear = samePeriodAt(tokens, month.next);
  return sameYear?.period === "year" ? candidate(month.start, sameYear.next, `0000-${pad(month.month)}`, "month", "year") : null;
};

/**
 * Fills a same-period candidate's year (and month) from the date kept before it (its range end, the latest date
 * said); false when there is none, or it is coarser than what is borrowed, or the day does not exist then.
 */
export function fillSamePeriod(c: Candidate, before: Pick<Candidate, "date" | "last" | "relative"> | undefined): boolean {
  if (before === undefined || c.same === undefined) return false;
  const source = before.last ?? before.date;
  if (c.same === "month" && source.length < 7) return false;
  const borrowed = c.same === "year" ? source.slice(0, 4) : source.slice(0, 7);
  const fill = (iso: string): string | null => {
    const date = borrowed + iso.slice(borrowed.length);
    return date.length < 10 || isValidDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) ? date : null;
  };
  const date = fill(c.date);
  const last = c.last === undefined ? undefined : fill(c.last);
  if (date === null || last === null) return false;
  c.date = date;
  if (last !== undefined) c.last = last;
  c.relative = before.relative;
  delete c.same;
  return true;
}
