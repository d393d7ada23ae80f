/**
 * Two dates that bound one period: «من 20 ديسمبر 2015 إلى غاية 3 جانفي 2016», «بين أكتوبر 2011 ومارس 2016», «من سنة
 * 1979 إلى 1984», «بداية من اليوم الاثنين إلى يوم الأربعاء». The rules read each date alone; the tagger joins them
 * here into one mention with a range end, so that a timeline shows one period rather than the same sentence twice.
 *
 * «من X إلى Y» after a verb of moving a date («تأجيل الجلسة من 5 ماي إلى 12 جوان») is two dates, not a period; «X و Y»
 * without «بين» is a list.
 */
import type { Candidate } from "./candidate.ts";
import { isValidDay, isoOfDayNumber, toDayNumber, weekdayOf } from "./calendar.ts";
import { wordKey } from "./tokens.ts";
import { keys } from "./words.ts";

/** What ends a period's first date before the second: «إلى», «إلى غاية», «وحتى», «لغاية». */
const TO = keys("إلى الى حتى لغاية وإلى والى وحتى");
const UNTIL_NOUN = keys("غاية");
/**
 * A verb of lasting between the start and «إلى/حتى» the end: «تنطلق يوم 31 مارس على أن تتواصل إلى غاية يوم 3 أفريل»,
 * «يوم 5 ماي وتستمر حتى 9 ماي».
 */
const LASTS = keys("تتواصل يتواصل تستمر يستمر تمتد يمتد تتواصلان وتتواصل ويتواصل وتستمر ويستمر وتمتد ويمتد");
const SO_THAT = keys("على أن");
const AND = keys("و");
const BETWEEN = keys("بين وبين");
/** Verbs and nouns of moving a date: their «من … إلى …» is the old date and the new. */
const MOVED = /(?:^|[\s،,])[وف]?(?:ت?[اأ]جيل|[اأ]جل|[اأ]جلت|ت[اأ]خير|[اإ]رجاء|تقديم|قدم|تغيير|نقل|تحويل)[^\s]*\s/;
/** How far before the first date a verb of moving it is looked for, in characters. */
const MOVED_REACH = 60;

/** Whether `text`, the words just before a date, holds a verb or noun of moving a date («تأجيل الجلسة من»). */
export function movesADate(text: string): boolean {
  return MOVED.test(` ${text}`);
}

const words = (text: string): string[] => text.split(/[\s()«»"،,]+/).filter(Boolean).map(wordKey);

/**
 * Whether the text between two dates joins them into a period, given the word before the first and whether the first
 * opens on the dual «يومي» (two days: «يومي 31 ديسمبر 2015 و1 جانفي 2016»).
 */
function joins(between: string, opener: string | undefined, dual: boolean): boolean {
  if (between === "-" || between === "–") return true; // «أكتوبر2015-سبتمبر2016», «الأحد-الاثنين»: written tight
  const w = words(between);
  if (w.length === 1 && AND.has(w[0]!)) return dual || (opener !== undefined && BETWEEN.has(opener));
  if (w.length === 1 && TO.has(w[0]!)) return true;
  if (w.length === 2 && TO.has(w[0]!) && UNTIL_NOUN.has(w[1]!)) return true;
  // «… على أن تتواصل إلى غاية …», «… وتستمر حتى …».
  let k = w.length >= 4 && SO_THAT.has(w[0]!) && SO_THAT.has(w[1]!) ? 2 : 0;
  if (!LASTS.has(w[k] ?? "")) return false;
  k++;
  if (!TO.has(w[k] ?? "")) return false;
  k++;
  if (UNTIL_NOUN.has(w[k] ?? "")) k++;
  return k === w.length;
}

/** The same ISO date (day, month or year) in `y`; null when the day does not exist then. */
function inYear(iso: string, y: number): string | null {
  if (iso.length === 10 && !isValidDay(y, Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))) return null;
  return `${String(y).padStart(4, "0")}${iso.slice(4)}`;
}

/**
 * `date` (its year only publication's guess) moved to the year of `end`, or the year before when it would otherwise
 * come after `end` (or on it, unless `sameDay`); null when the day does not exist then.
 */
function yearOf(date: string, end: string, sameDay: boolean): string | null {
  const y = Number(end.slice(0, 4));
  const same = inYear(date, y);
  return same !== null && (same < end || (sameDay && same === end)) ? same : inYear(date, y - 1);
}

function dayNumber(iso: string): number {
  return toDayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * «جانفي وفيفري 2016», «يومي 30 جوان و1 جويلية 2017»: a date with no year of its own right before «و» and a date that
 * writes its year takes that year (or the year before, when it would otherwise come after it), rather than
 * publication's guess. Changes `prev` in place.
 */
export function shareYear(text: string, prev: Candidate, c: Candidate): void {
  if (!prev.yearless || c.relative || prev.last !== undefined || prev.precision === "year" || c.precision === "year") return;
  if (!AND.has(words(text.slice(prev.end, c.start).trim()).join(" "))) return;
  const date = yearOf(prev.date, c.date, true);
  if (date === null) return;
  prev.date = date;
  prev.relative = false;
  delete prev.yearless;
}

/**
 * «تأجيل الجلسة من 5 ماي إلى 12 جوان»: the new date of something moved, with no year of its own, is in the year that puts
 * it nearest the old one (publication's guess may put the two a year apart). Changes `c` in place.
 */
export function nearMoved(text: string, prev: Candidate, c: Candidate): void {
  if (!c.yearless || prev.precision !== "day" || c.precision !== "day" || prev.last !== undefined || c.last !== undefined) return;
  const w = words(text.slice(prev.end, c.start).trim());
  if (w.length !== 1 || !TO.has(w[0]!)) return;
  if (!movesADate(text.slice(Math.max(0, prev.start - MOVED_REACH), prev.start))) return;
  const y = Number(prev.date.slice(0, 4));
  const near = [y - 1, y, y + 1].map((year) => inYear(c.date, year)).filter((d): d is string => d !== null);
  const best = near.sort((a, b) => Math.abs(dayNumber(a) - dayNumber(prev.date)) - Math.abs(dayNumber(b) - dayNumber(prev.date)))[0];
  if (best === undefined) return;
  c.date = best;
  delete c.yearless;
}

/**
 * Joins `c` into `prev` as the end of one period when the text between them makes one (see the module comment); true
 * when it did (then `c` is gone). A bare weekday at the end is the first such day after the start; a start placed by
 * publication alone takes the end's year («بين غرة جانفي و31 ديسمبر 2015», «من 16 أوت إلى 18 أوت 2017»).
 */
export function joinRange(text: string, prev: Candidate, c: Candidate): boolean {
  if (prev.last !== undefined || c.last !== undefined || prev.precision !== c.precision || prev.same !== undefined) return false;
  const before = text.slice(Math.max(0, prev.start - MOVED_REACH), prev.start);
  const opener = words(before).pop();
  // «يومي X و Y» names two days: one period only when they follow each other («يومي 31 ديسمبر 2015 و 1 جانفي 2016»;
  // «يومي 20 نوفمبر و20 ديسمبر» are two days a month apart).
  // «يومي الجمعة والسبت الماضيين»: two weekdays that follow each other, the second read as the day after the first.
  const next = prev.precision === "day" && c.date.length === 10 ? dayNumber(prev.date) + 1 : NaN;
  const dualWord = /^يومي\s/.test(text.slice(prev.start, prev.end)) || /(?:^|\s)يومي\s+$/.test(text.slice(Math.max(0, prev.start - 8), prev.start));
  // A bare first weekday takes the direction the second says for both («يومي السبت والأحد القادمين»): the day before it.
  const dayBefore = dualWord && prev.weekday !== undefined && c.weekday === undefined && c.date.length === 10 && weekdayOf(dayNumber(c.date) - 1) === prev.weekday;
  const dual = dualWord && (dayBefore || (c.weekday === undefined ? dayNumber(c.date) === next : weekdayOf(next) === c.weekday));
  if (!joins(text.slice(prev.end, c.start).trim(), opener, dual)) return false;
  if (movesADate(before)) return false;
  if (dayBefore) prev.date = isoOfDayNumber(dayNumber(c.date) - 1);
  let end = c.date;
  if (c.weekday !== undefined && prev.precision === "day") {
    const after = dayNumber(prev.date) + 1;
    end = isoOfDayNumber(after + ((c.weekday - weekdayOf(after) + 7) % 7));
  }
  let start = prev.date;
  // A start with no year of its own is in the year written at the end («من 16 أوت إلى غاية 18 أوت 2017»), or the year
  // before («من 20 ديسمبر إلى 3 جانفي 2016»): publication's guess gives way to it.
  if ((prev.yearless || (start >= end && prev.relative)) && !c.relative) start = yearOf(start, end, false) ?? start;
  if (start >= end) return false;
  prev.date = start;
  prev.last = end;
  prev.end = c.end;
  delete prev.weekday;
  delete prev.yearless;
  prev.relative = prev.relative && c.relative;
  return true;
}
