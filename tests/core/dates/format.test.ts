/** formatDate: single dates at each precision and ranges, in English and Arabic. */
import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/core/dates/format.ts";
import type { DatePrecision } from "../../../src/core/types.ts";

const rows: [date: string, precision: DatePrecision, lang: "ar" | "en", end: string | undefined, want: string][] = [
  ["2024-01-27", "day", "en", undefined, "27 January 2024"],
  ["2024-01", "month", "en", undefined, "January 2024"],
  ["2024", "year", "en", undefined, "2024"],
  ["2024-01-27", "day", "ar", undefined, "27 يناير 2024"],
  ["2024-01", "month", "ar", undefined, "يناير 2024"],
  ["2024", "year", "ar", undefined, "2024"],
  ["2024-07-22", "day", "en", "2024-07-23", "22–23 July 2024"],
  ["2024-07-22", "day", "ar", "2024-07-23", "22–23 يوليو 2024"],
  ["2024-07-30", "day", "en", "2024-08-02", "30 July – 2 August 2024"],
  ["2023-12-30", "day", "en", "2024-01-02", "30 December 2023 – 2 January 2024"],
  ["2024-09", "month", "en", "2024-10", "September–October 2024"],
  ["2023-12", "month", "ar", "2024-01", "ديسمبر 2023 – يناير 2024"],
  ["2023", "year", "en", "2024", "2023–2024"],
  ["2024-01-27", "day", "en", "2024-01-27", "27 January 2024"],
  ["2024-01-05", "day", "en", undefined, "5 January 2024"],
  ["2024-01-27", "month", "en", undefined, "January 2024"],
  ["not a date", "day", "en", undefined, "not a date"],
];

describe("formatDate", () => {
  it.each(rows)("GIVEN %s (%s, %s, end %s) THEN %s", (date, precision, lang, end, want) => {
    expect(formatDate(date, precision, lang, end)).toBe(want);
  });
});
