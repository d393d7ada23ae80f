/**
 * Resolution of dates that leave something to the publication date: the year of "27 يناير الماضي",
 * the day of "الثلاثاء", the span of "الأسبوع الماضي".
 *
 * Rules (issue 2):
 * - a month without a year takes the occurrence closest to the publication date and not after it; a day
 *   and month likewise, unless this year's is at most NEAR_FUTURE_DAYS ahead: news announces fixtures,
 *   strikes and meetings weeks ahead ("يوم 24 مارس" printed on 13 March), while a date reported as past
 *   can lie months back; "بحلول" before either (a deadline) takes the closest not before it instead;
 * - الماضي/المنصرم… = the last occurrence strictly before publication (compared by month for a month,
 *   by day for a day); الجاري/الحالي = the publication year; المقبل/القادم = the next occurrence
 *   strictly after publication;
 * - a bare weekday is the most recent such day on or before publication; with الماضي strictly before,
 *   with المقبل/القادم strictly after.
 */
import type { PubContext } from "./candidate.ts";
import { isValidDay, toDayNumber, weekdayOf } from "./calendar.ts";
import { hijriPartsOf, hijriToGregorian } from "./hijri.ts";
import type { Direction } from "./words.ts";

/** The year of a month named without a year. */
export function yearOfMonth(month: number, pub: PubContext, dir: Direction | null, future: boolean): number {
  if (dir === 0) return pub.year;
  if (dir === -1) return month < pub.month ? pub.year : pub.year - 1;
  if (dir === 1) return month > pub.month ? pub.year : pub.year + 1;
  if (future) return month >= pub.month ? pub.year : pub.year + 1;
  return month <= pub.month ? pub.year : pub.year - 1;
}

/** How far ahead of publication a day and month without a year may be and still be this year's. */
export const NEAR_FUTURE_DAYS = 45;

/** The year of a day and month named without a year, or null if the day does not exist that year. */
export function yearOfDay(
  day: number,
  month: number,
  pub: PubContext,
  dir: Direction | null,
  future: boolean,
): number | null {
  let year: number;
  const sameYear = toDayNumber(pub.year, month, day);
  if (dir === 0) year = pub.year;
  // With a day, الماضي/المقبل compare days, not months: "8 أكتوبر الماضي" printed on 23 October is
  // this October's 8th.
  else if (dir === -1) year = sameYear < pub.dayNumber ? pub.year : pub.year - 1;
  else if (dir === 1) year = sameYear > pub.dayNumber ? pub.year : pub.year + 1;
  else if (future) year = sameYear >= pub.dayNumber ? pub.year : pub.year + 1;
  // The latest occurrence no later than the near-future window ("5 جانفي" printed on 20 December is next year's).
  else if (toDayNumber(pub.year + 1, month, day) <= pub.dayNumber + NEAR_FUTURE_DAYS) year = pub.year + 1;
  else year = sameYear <= pub.dayNumber + NEAR_FUTURE_DAYS ? pub.year : pub.year - 1;
  return isValidDay(year, month, day) ? year : null;
}

/** Day number of a weekday (0 = Sunday) relative to publication, see the module comment. */
export function dayOfWeekday(weekday: number, pub: PubContext, dir: Direction | null): number {
  const pubWeekday = weekdayOf(pub.dayNumber);
  if (dir === 1) {
    const ahead = (weekday - pubWeekday + 7) % 7;
    return pub.dayNumber + (ahead === 0 ? 7 : ahead);
  }
  const back = (pubWeekday - weekday + 7) % 7;
  if (dir === -1) return pub.dayNumber - (back === 0 ? 7 : back);
  return pub.dayNumber - back; // bare or الجاري: on or before publication
}

/** A bare weekday in a future clause ("سيتم ... يوم الاثنين"): publication day or the next such day after it. */
export function upcomingWeekday(weekday: number, pub: PubContext): number {
  return pub.dayNumber + ((weekday - weekdayOf(pub.dayNumber) + 7) % 7);
}

/**
 * Span of a week relative to publication, as day numbers [first, last]:
 * - الماضي: the seven days before publication (news "last week" = the past seven days);
 * - المقبل/القادم: the seven days after publication;
 * - الجاري/الحالي/هذا: the Saturday-to-Friday week that contains publication (Friday is the weekly
 *   holiday in most Arab countries, so a week ends on it).
 */
export function weekSpan(pub: PubContext, dir: Direction): [number, number] {
  if (dir === -1) return [pub.dayNumber - 7, pub.dayNumber - 1];
  if (dir === 1) return [pub.dayNumber + 1, pub.dayNumber + 7];
  const sinceSaturday = (weekdayOf(pub.dayNumber) + 1) % 7;
  const first = pub.dayNumber - sinceSaturday;
  return [first, first + 6];
}

/**
 * The span of «نهاية الأسبوع» (the weekend), Friday to Sunday so as to hold both the Friday–Saturday and the
 * Saturday–Sunday weekends: this week's is the one ending on the first Sunday on or after publication; the last one
 * (الماضي) ends on the last Sunday before it; the next one (المقبل) a week after this week's.
 */
export function weekendSpan(pub: PubContext, dir: Direction): [number, number] {
  const weekday = weekdayOf(pub.dayNumber);
  const sunday = dir === -1 ? pub.dayNumber - (weekday === 0 ? 7 : weekday) : pub.dayNumber + ((7 - weekday) % 7) + (dir === 1 ? 7 : 0);
  return [sunday - 2, sunday];
}

/**
 * The year, among the one before, of and after publication, in which day/month falls on `weekday`,
 * nearest to publication; null when none does (then the weekday was wrong or is not this date's).
 */
export function yearByWeekday(day: number, month: number, weekday: number, pub: PubContext): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of [pub.year, pub.year - 1, pub.year + 1]) {
    if (!isValidDay(year, month, day)) continue;
    const n = toDayNumber(year, month, day);
    const distance = Math.abs(n - pub.dayNumber);
    if (weekdayOf(n) === weekday && distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** The Hijri year of a Hijri day and month named without a year (same rules as `yearOfDay`). */
export function hijriYearOfDay(day: number, month: number, pub: PubContext, dir: Direction | null): number | null {
  const pubHijri = hijriPartsOf(pub.dayNumber);
  if (pubHijri.year <= 0) return null;
  const dayNumberIn = (year: number): number | null => {
    const g = hijriToGregorian(year, month, day);
    return g === null ? null : toDayNumber(g.year, g.month, g.day);
  };
  const same = dayNumberIn(pubHijri.year);
  if (dir === 0) return same === null ? null : pubHijri.year;
  if (same === null) return null;
  if (dir === 1) return same > pub.dayNumber ? pubHijri.year : pubHijri.year + 1;
  if (dir === -1) return same < pub.dayNumber ? pubHijri.year : pubHijri.year - 1;
  // The latest occurrence no later than the near-future window, as for Gregorian days: "غرة رمضان" printed nine days
  // before it is this Ramadan's.
  const next = dayNumberIn(pubHijri.year + 1);
  if (next !== null && next <= pub.dayNumber + NEAR_FUTURE_DAYS) return pubHijri.year + 1;
  return same <= pub.dayNumber + NEAR_FUTURE_DAYS ? pubHijri.year : pubHijri.year - 1;
}

/**
 * The Hijri year of a month named relative to publication: `ofYear`, a year relative to publication's Hijri year
 * («رمضان من العام الماضي»); else the month just ended (-1: «رمضان الماضي»), the one that holds publication or is
 * nearest (0: «رمضان الجاري»), or the next to begin (1: «شوال المقبل»). Null with no direction.
 */
export function hijriYearOfMonth(month: number, pub: PubContext, dir: Direction | null, ofYear: boolean): number | null {
  const pubHijri = hijriPartsOf(pub.dayNumber);
  if (pubHijri.year <= 0 || dir === null) return null;
  if (ofYear) return pubHijri.year + dir;
  const spans = [-1, 0, 1].map((d) => {
    const first = hijriToGregorian(pubHijri.year + d, month, 1);
    const last = hijriToGregorian(pubHijri.year + d, month, 30) ?? hijriToGregorian(pubHijri.year + d, month, 29);
    return { year: pubHijri.year + d, first: first && toDayNumber(first.year, first.month, first.day), last: last && toDayNumber(last.year, last.month, last.day) };
  });
  if (spans.some((s) => s.first === null || s.last === null)) return null;
  if (dir === -1) return spans.filter((s) => s.last! < pub.dayNumber).pop()?.year ?? null;
  if (dir === 1) return spans.find((s) => s.first! > pub.dayNumber)?.year ?? null;
  const holds = spans.find((s) => s.first! <= pub.dayNumber && pub.dayNumber <= s.last!);
  if (holds) return holds.year;
  const past = spans.filter((s) => s.last! < pub.dayNumber).pop();
  const next = spans.find((s) => s.first! > pub.dayNumber);
  if (!past || !next) return (past ?? next)?.year ?? null;
  return pub.dayNumber - past.last! < next.first! - pub.dayNumber ? past.year : next.year;
}

/**
 * The day within `reach` days of `base` that falls on `weekday` (0 = Sunday), or null. Used where the
 * text names both a day and its weekday and one of them may be off: "اليوم الأحد" in an article
 * stamped after midnight, a Hijri date announced by sighting one day after the Umm al-Qura table.
 */
export function nearestWeekday(base: number, weekday: number, reach: number): number | null {
  const ahead = (weekday - weekdayOf(base) + 7) % 7;
  if (ahead === 0) return base;
  if (ahead <= reach) return base + ahead;
  if (7 - ahead <= reach) return base - (7 - ahead);
  return null;
}
