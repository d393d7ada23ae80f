/**
 * A date expression found by one rule, before overlapping candidates are resolved.
 */
import type { DatePrecision } from "../types.ts";

export interface Candidate {
  /** Offsets in the folded text (see tokens.ts); mapped back to the original at the end. */
  start: number;
  end: number;
  date: string;
  /** Last day (month, year) of a range, same format as `date`. */
  last?: string;
  precision: DatePrecision;
  relative: boolean;
  hijri: boolean;
  /** The weekday named in the phrase disagrees with `date` (see DateMention.weekdayConflict). */
  weekdayConflict?: true;
  /** A bare weekday ("يوم الاثنين", no الماضي/المقبل): its number (0 = Sunday), read again in a future clause. */
  weekday?: number;
  /**
   * A day and month, or a month, with no year, direction or weekday ("في 1 جانفي", "في شهر أفريل"), placed at its latest
   * occurrence by publication: in a future clause it is read again as the next one.
   */
  yearless?: true;
  /** Its year (or year and month) is the date's before it, still to be filled in (same-period.ts). */
  same?: "year" | "month";
  /**
   * «نهاية العام», «مطلع العام» with no word of direction: the publication's year, unless the sentence has just named
   * another (the tagger's `theYearNamed`).
   */
  theYear?: true;
}

/** Publication context of one tagging call: the date as parts and as a UTC day number. */
export interface PubContext {
  year: number;
  month: number;
  day: number;
  dayNumber: number;
}
