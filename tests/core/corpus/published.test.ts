import { describe, expect, it } from "vitest";
import { inferPublished, normalizePublished } from "../../../src/core/corpus/published.ts";
import type { DateMention } from "../../../src/core/types.ts";

describe("normalizePublished", () => {
  it.each([
    ["2024-07-25", "2024-07-25"],
    ["2017-01-20T21:43:00+01:00", "2017-01-20"],
    ["2017-01-20T23:59:00-05:00", "2017-01-20"],
    ["2017-01-22T181500", "2017-01-22"],
    ["20170122T1815Z", "2017-01-22"],
    ["20170122", "2017-01-22"],
    ["2017012", null],
    ["29/09/2016", "2016-09-29"],
    ["3.2.2021", "2021-02-03"],
    ["2024-02-30", null],
    ["00000000", null],
    ["yesterday", null],
    [null, null],
    [20240725, null],
  ])("%s → %s", (input, expected) => {
    expect(normalizePublished(input)).toBe(expected);
  });
});

describe("inferPublished", () => {
  const m = (date: string, precision: DateMention["precision"], relative = false): DateMention => ({
    date, precision, relative, phrase: date, start: 0, endOffset: 1,
  });

  it("GIVEN relative and partial dates first THEN the first explicit full date wins", () => {
    const tagger = (text: string) => (text === "p1" ? [m("2020", "year"), m("2021-01-02", "day", true)] : [m("2021-03-04", "day")]);
    expect(inferPublished(["p1", "p2"], tagger)).toBe("2021-03-04");
  });

  it("GIVEN a date only deep in the article THEN none (it is an event, not a dateline)", () => {
    const tagger = (text: string) => (text === "p5" ? [m("2021-03-04", "day")] : []);
    expect(inferPublished(["p1", "p2", "p3", "p4", "p5"], tagger)).toBeNull();
  });

  it("GIVEN a tagger that throws THEN null, not a throw", () => {
    expect(inferPublished(["x"], () => { throw new Error("bug"); })).toBeNull();
  });
});
