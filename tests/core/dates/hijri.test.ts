/** Hijri → Gregorian through Intl's islamic-umalqura calendar. */
import { describe, expect, it } from "vitest";
import { hijriMonthSpan, hijriToGregorian, hijriYearSpan } from "../../../src/core/dates/hijri.ts";

describe("hijriToGregorian", () => {
  it.each([
    [1445, 9, 1, { year: 2024, month: 3, day: 11 }], // 1 Ramadan 1445
    [1445, 9, 15, { year: 2024, month: 3, day: 25 }],
    [1446, 1, 1, { year: 2024, month: 7, day: 7 }], // Hijri new year 1446
    [1444, 12, 9, { year: 2023, month: 6, day: 27 }], // Day of Arafah 1444
    [1438, 9, 20, { year: 2017, month: 6, day: 15 }],
  ])("GIVEN %i-%i-%i THEN the Umm al-Qura day", (y, m, d, want) => {
    expect(hijriToGregorian(y, m, d)).toEqual(want);
  });

  it("GIVEN day 30 of a 29-day month THEN null", () => {
    // Muharram 1446 has 29 days in Umm al-Qura (1 Safar 1446 = 5 August 2024).
    expect(hijriToGregorian(1446, 2, 1)).toEqual({ year: 2024, month: 8, day: 5 });
    expect(hijriToGregorian(1446, 1, 30)).toBeNull();
  });

  it("GIVEN nonsense THEN null, not an exception", () => {
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1445, 1, 0)).toBeNull();
    expect(hijriToGregorian(Number.NaN, 1, 1)).toBeNull();
  });

  it("GIVEN a month or a year THEN its first and last Gregorian days", () => {
    expect(hijriMonthSpan(1445, 9)).toEqual({ first: { year: 2024, month: 3, day: 11 }, last: { year: 2024, month: 4, day: 9 } });
    expect(hijriYearSpan(1445)).toEqual({ first: { year: 2023, month: 7, day: 19 }, last: { year: 2024, month: 7, day: 6 } });
  });
});
