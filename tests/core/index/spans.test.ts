import { describe, expect, it } from "vitest";
import { eventSpan, overlaps, spanEnd, spanStart } from "../../../src/core/index/spans.ts";

describe("date spans", () => {
  it.each([
    ["2031", "2031-01-01", "2031-12-31"],
    ["2032-02", "2032-02-01", "2032-02-29"],
    ["2031-02", "2031-02-01", "2031-02-28"],
    ["2031-11", "2031-11-01", "2031-11-30"],
    ["2031-05-17", "2031-05-17", "2031-05-17"],
  ])("GIVEN %s THEN it covers %s..%s", (date, start, end) => {
    expect(spanStart(date)).toBe(start);
    expect(spanEnd(date)).toBe(end);
  });

  it("GIVEN a day range THEN the span runs to its end", () => {
    expect(eventSpan("2031-07-22", "2031-07-23")).toEqual({ start: "2031-07-22", end: "2031-07-23" });
  });

  it("GIVEN month and year events THEN day bounds select them by overlap", () => {
    const march = eventSpan("2031-03");
    expect(overlaps(march, "2031-03-20", "2031-04-10")).toBe(true);
    expect(overlaps(march, "2031-04-01")).toBe(false);
    expect(overlaps(march, undefined, "2031-02-28")).toBe(false);
    expect(overlaps(eventSpan("2031"), "2031-12-31", "2032-01-05")).toBe(true);
    expect(overlaps(eventSpan("2031-03-05"), "2031-03-05", "2031-03-05")).toBe(true);
    expect(overlaps(eventSpan("2031-03-05"), "2031-03-06")).toBe(false);
  });
});
