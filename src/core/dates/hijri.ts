/**
 * Hijri (Umm al-Qura) → Gregorian conversion through Intl's islamic-umalqura calendar: no tables of
 * our own. We estimate the Gregorian day from the mean Hijri year and month, then search nearby days
 * for the one whose islamic-umalqura parts match. Results are cached: Hijri dates are rare in news,
 * but a corpus repeats the same few.
 */
import { fromDayNumber, toDayNumber, type Ymd } from "./calendar.ts";

const FORMAT = new Intl.DateTimeFormat("en-US-u-ca-islamic-umalqura", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/** Day number (UTC days since 1970) of 1 Muharram 1 AH, 16 July 622 Julian = 19 July 622 Gregorian. */
const EPOCH = toDayNumber(622, 7, 19);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;
/** Umm al-Qura months drift at most a day or two from the mean; ±20 days is ample. */
const SEARCH_RADIUS = 20;

const cache = new Map<string, Ymd | null>();

/** Hijri parts (year, month 1–12, day) of a UTC day number, read from Intl. */
export function hijriPartsOf(dayNumber: number): { year: number; month: number; day: number } {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of FORMAT.formatToParts(new Date(dayNumber * 86_400_000))) {
    if (part.type === "year") year = Number.parseInt(part.value, 10);
    else if (part.type === "month") month = Number.parseInt(part.value, 10);
    else if (part.type === "day") day = Number.parseInt(part.value, 10);
  }
  return { year, month, day };
}

/**
 * The Gregorian date of a Hijri date (month 1 = Muharram … 12 = Dhu al-Hijja), or null when it does
 * not exist (day 30 of a 29-day month, out-of-range year).
 */
export function hijriToGregorian(year: number, month: number, day: number): Ymd | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const key = `${year}-${month}-${day}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const estimate = EPOCH + Math.floor((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH) + day - 1;
  let found: Ymd | null = null;
  // Search outward from the estimate so the usual case costs one or two Intl calls.
  for (let k = 0; k <= SEARCH_RADIUS && found === null; k++) {
    for (const n of k === 0 ? [estimate] : [estimate - k, estimate + k]) {
      const p = hijriPartsOf(n);
      if (p.year === year && p.month === month && p.day === day) {
        found = fromDayNumber(n);
        break;
      }
    }
  }
  cache.set(key, found);
  return found;
}

/** First and last Gregorian day of a Hijri month (29 or 30 days long), or null if unknown. */
export function hijriMonthSpan(year: number, month: number): { first: Ymd; last: Ymd } | null {
  const first = hijriToGregorian(year, month, 1);
  if (first === null) return null;
  const last = hijriToGregorian(year, month, 30) ?? hijriToGregorian(year, month, 29);
  if (last === null) return null;
  return { first, last };
}

/** First and last Gregorian day of a Hijri year, or null if unknown. */
export function hijriYearSpan(year: number): { first: Ymd; last: Ymd } | null {
  const first = hijriToGregorian(year, 1, 1);
  const lastMonth = hijriMonthSpan(year, 12);
  if (first === null || lastMonth === null) return null;
  return { first, last: lastMonth.last };
}
