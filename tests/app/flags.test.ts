import { describe, expect, it } from "vitest";
import { parseFlags, writtenRange } from "../../src/app/flags.ts";

describe("parseFlags", () => {
  it.each([
    ["أوستن --lang en", { text: "أوستن", lang: "en" }],
    ["Austin lang:ar", { text: "Austin", lang: "ar" }],
    ["--from 2024-01-01 --to=2024-03-31 داعش", { text: "داعش", from: "2024-01-01", to: "2024-03-31" }],
    ["بغداد --limit 5", { text: "بغداد", limit: "5" }],
    ["بغداد —lang en", { text: "بغداد", lang: "en" }],
    ["http://example.com/x", { text: "http://example.com/x" }],
  ])("GIVEN %j THEN it splits query and options", (input, expected) => {
    const got = parseFlags(input);
    expect(got.problems).toEqual([]);
    expect(got).toMatchObject(expected);
  });

  it("GIVEN an unknown flag or a flag without a value THEN both are reported, not swallowed", () => {
    const got = parseFlags("x --colour red --lang");
    expect(got.problems).toEqual(["--colour", "--lang"]);
    expect(got.text).toBe("x");
  });
});

describe("writtenRange", () => {
  it.each([
    ["داعش من 2024-01-01 إلى 2024-03-31", { text: "داعش", from: "2024-01-01", to: "2024-03-31" }],
    ["Austin since 2023", { text: "Austin", from: "2023" }],
    ["حتى ٢٠٢١-٠٧ الكاظمي", { text: "الكاظمي", to: "2021-07" }],
    // A range word before anything but a date stays a word of the query.
    ["الانسحاب من العراق إلى الكويت", { text: "الانسحاب من العراق إلى الكويت" }],
  ])("GIVEN %s THEN %j", (text, want) => {
    expect(writtenRange(text)).toEqual(want);
  });
});
