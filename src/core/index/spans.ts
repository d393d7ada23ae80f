/**
 * Date spans: a YYYY, YYYY-MM or YYYY-MM-DD date (with an optional range end) as the inclusive pair of
 * days it covers, so that month- and year-precision events compare with day bounds by overlap.
 */
import type { DatePrecision } from "../types.ts";

/** First day covered by a date of any precision. */
export function spanStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day covered by a date of any precision. */
export function spanEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the next month
    return `${date}-${String(last).padStart(2, "0")}`;
  }
  return date;
}

/** Inclusive span of an event date with its precision and optional range end. */
export function eventSpan(date: string, end?: string): { start: string; end: string } {
  return { start: spanStart(date), end: spanEnd(end ?? date) };
}

/** Whether the span overlaps the inclusive bounds (either bound may be absent). */
export function overlaps(span: { start: string; end: string }, from?: string, to?: string): boolean {
  if (from !== undefined && span.end < spanStart(from)) return false;
  if (to !== undefined && span.start > spanEnd(to)) return false;
  return true;
}

/** Sort rank of a precision: coarser dates first when they start on the same day. */
export const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
