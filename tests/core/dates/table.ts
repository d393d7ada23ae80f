/**
 * Shared helpers for the table-driven date tests: a row is a phrase in context, a publication date,
 * and the mentions expected (date, optional range end, precision; phrase when it matters).
 */
import { expect } from "vitest";
import { tagDates } from "../../../src/core/dates/tagger.ts";
import type { DatePrecision } from "../../../src/core/types.ts";

export interface Expected {
  date: string;
  end?: string;
  precision: DatePrecision;
  phrase?: string;
  relative?: boolean;
  /** Expected whenever the tagger sets it: a row that does not list it asserts its absence. */
  weekdayConflict?: true;
}

export interface Row {
  text: string;
  published?: string | null;
  /** Mentions expected, in text order; [] when the text holds no date. */
  want: Expected[];
}

/** Runs one row: every mention's phrase must be its slice of the text, and the list must match. */
export function check(row: Row): void {
  const got = tagDates(row.text, { published: row.published ?? null });
  for (const m of got) expect(row.text.slice(m.start, m.endOffset)).toBe(m.phrase);
  const simplified = got.map((m, i) => {
    const want = row.want[i];
    const out: Expected = { date: m.date, precision: m.precision };
    if (m.end !== undefined) out.end = m.end;
    if (want?.phrase !== undefined) out.phrase = m.phrase;
    if (want?.relative !== undefined) out.relative = m.relative;
    if (m.weekdayConflict) out.weekdayConflict = true;
    return out;
  });
  expect(simplified).toEqual(row.want);
}
