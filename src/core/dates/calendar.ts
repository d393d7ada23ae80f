/**
 * Gregorian day arithmetic for the temporal tagger, on UTC day numbers (days since 1970-01-01) so
 * that no local time zone or daylight-saving shift can move a date.
 */

/** A calendar day. `month` is 1-12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of a Gregorian date. */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The Gregorian date of a UTC day number. */
export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week of a UTC day number, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`). */
export function weekdayOf(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

/** Number of days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year/month/day name a real Gregorian day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** "YYYY-MM-DD" */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** "YYYY-MM" */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** "YYYY" */
export function isoYear(year: number): string {
  return pad(year, 4);
}

/** "YYYY-MM-DD" of a UTC day number. */
export function isoOfDayNumber(n: number): string {
  const d = fromDayNumber(n);
  return isoDay(d.year, d.month, d.day);
}

/**
 * Reads a publication date: "YYYY-MM-DD" or any ISO 8601 string starting with it
 * ("2017-01-20T21:43:00+01:00" → 2017-01-20: the local date the outlet printed), or "DD/MM/YYYY" as
 * scraped Arabic sites print it. Anything else → null.
 */
export function parsePublished(value: string | null | undefined): Ymd | null {
  if (typeof value !== "string") return null;
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  let year: number;
  let month: number;
  let day: number;
  if (m !== null) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
    if (m === null) return null;
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  return isValidDay(year, month, day) ? { year, month, day } : null;
}
