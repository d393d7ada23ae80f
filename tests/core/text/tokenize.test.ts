import { describe, expect, it } from "vitest";
import { isStopword, STOPWORDS, tokenize } from "../../../src/core/text/tokenize.ts";

describe("tokenize", () => {
  it("GIVEN Arabic with diacritics, tatweel and hamza forms THEN tokens are normalised keys", () => {
    expect(tokenize("أَكَّدَ الـوزيرُ إنّ المدرسة")).toEqual(["اكد", "الوزير", "ان", "المدرسه"]);
  });

  it("GIVEN Arabic-Indic digits, Latin words and punctuation THEN digits are ASCII and Latin is lower case", () => {
    expect(tokenize("في ٢٠٢٤، قال Lloyd Austin: «COVID19»!")).toEqual(["في", "2024", "قال", "lloyd", "austin", "covid19"]);
  });

  it("GIVEN a clitic written with tatweel before a quote THEN the clitic is its own token", () => {
    expect(tokenize('لـ"العربي الجديد"')).toEqual(["ل", "العربي", "الجديد"]);
  });

  it("GIVEN only symbols THEN no tokens", () => {
    expect(tokenize("°C — !! ...")).toEqual(["c"]);
    expect(tokenize("   ")).toEqual([]);
  });
});

describe("stop words", () => {
  it("GIVEN function words in any written form THEN they are stop words; content words are not", () => {
    for (const w of ["في", "إلى", "التي", "أنّ", "وفي", "هذه"]) expect(isStopword(tokenize(w)[0]!)).toBe(true);
    for (const w of ["العراق", "وزير", "داعش", "اتفاق"]) expect(isStopword(tokenize(w)[0]!)).toBe(false);
    expect(STOPWORDS.has("the")).toBe(true);
  });
});
