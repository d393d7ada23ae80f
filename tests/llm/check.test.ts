import { describe, expect, it } from "vitest";
import { checkSummary } from "../../src/llm/check.ts";
import { monthsIn, sourceNumbers, unsupportedNumber } from "../../src/llm/numbers.ts";
import { findUnsafe, stripInvisible } from "../../src/llm/safety.ts";
import type { SourceSentence } from "../../src/llm/types.ts";

const SOURCES: SourceSentence[] = [
  { id: "a1#0", article: "a1", text: "التقى لويد أوستن نظيره في 22 يوليو 2024 في واشنطن." },
  { id: "a2#3", article: "a2", text: "شارك نحو ١٬٥٠٠ شخص في المظاهرة يوم الثلاثاء." },
  { id: "a2#4", article: "a2", text: "وقالت الشرطة إن 12 شخصاً اعتقلوا." },
];

describe("checkSummary", () => {
  it("GIVEN numbers and a date present in the cited sentences THEN the summary is accepted with citations", () => {
    const out = checkSummary("Lloyd Austin met his counterpart on July 22, 2024 [1]. About 1,500 people protested [2].", SOURCES, { lang: "en" });
    expect(out).toEqual({
      ok: true,
      text: "Lloyd Austin met his counterpart on July 22, 2024 [1]. About 1,500 people protested [2].",
      citations: [
        { marker: 1, sentenceIds: ["a1#0"], articles: ["a1"] },
        { marker: 2, sentenceIds: ["a2#3"], articles: ["a2"] },
      ],
    });
  });

  it("GIVEN markers out of order and grouped THEN they are renumbered by appearance and groups map to several sentences", () => {
    const out = checkSummary("Police made 12 arrests among 1500 protesters [3, 2]. Austin met him [1]. Again [2,3].", SOURCES, { lang: "en" });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.text).toBe("Police made 12 arrests among 1500 protesters [1]. Austin met him [2]. Again [1].");
    expect(out.citations).toEqual([
      { marker: 1, sentenceIds: ["a2#3", "a2#4"], articles: ["a2"] },
      { marker: 2, sentenceIds: ["a1#0"], articles: ["a1"] },
    ]);
  });

  it("GIVEN an Arabic summary with Arabic-Indic digits and markers THEN it is accepted", () => {
    const out = checkSummary("التقى أوستن نظيره في ٢٢ يوليو ٢٠٢٤ [١]، وشارك ١٥٠٠ شخص في مظاهرة [٢].", SOURCES, { lang: "ar" });
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.text).toContain("[1]");
  });

  it("GIVEN an invented number THEN the summary is rejected naming it", () => {
    expect(checkSummary("About 3,000 people protested [2].", SOURCES, { lang: "en" })).toEqual({
      ok: false,
      reason: "number_not_in_sources:3,000",
    });
  });

  it("GIVEN a number present only in a sentence the claim does not cite THEN it is rejected", () => {
    expect(checkSummary("Austin met 12 officials [1].", SOURCES, { lang: "en" })).toEqual({
      ok: false,
      reason: "number_not_in_sources:12",
    });
  });

  it("GIVEN a month the cited sources do not name THEN it is rejected", () => {
    expect(checkSummary("Austin met his counterpart on 22 August 2024 [1].", SOURCES, { lang: "en" })).toEqual({
      ok: false,
      reason: "month_not_in_sources:8",
    });
  });

  it("GIVEN a citation beyond the provided sentences THEN it is rejected", () => {
    expect(checkSummary("Something happened [4].", SOURCES, { lang: "en" })).toEqual({ ok: false, reason: "citation_out_of_range:4" });
  });

  it("GIVEN no citation at all THEN it is rejected", () => {
    expect(checkSummary("Austin met his counterpart.", SOURCES, { lang: "en" })).toEqual({ ok: false, reason: "no_citations" });
  });

  it("GIVEN a number after the last marker THEN it is rejected as uncited", () => {
    expect(checkSummary("Austin met him [1]. Then 12 were held.", SOURCES, { lang: "en" })).toEqual({
      ok: false,
      reason: "uncited_number:12",
    });
  });

  it("GIVEN a ping, a URL, HTML or a markdown link THEN it is rejected as unsafe", () => {
    for (const [text, kind] of [
      ["Austin met him [1] @everyone", "mention"],
      ["Austin met him [1] <@123456>", "mention"],
      ["Austin met him [1] see https://evil.example", "url"],
      ["Austin met <b>him</b> [1]", "html"],
      ["Austin met [him](https://x.y) [1]", "markdown_link"],
    ] as const) {
      expect(checkSummary(text, SOURCES, { lang: "en" })).toEqual({ ok: false, reason: `unsafe:${kind}` });
    }
  });

  it("GIVEN a mention hidden by a zero-width character THEN it is still rejected", () => {
    expect(checkSummary("Austin met him [1] @\u200Beveryone", SOURCES, { lang: "en" })).toEqual({ ok: false, reason: "unsafe:mention" });
  });

  it("GIVEN the wrong language or far too many words THEN it is rejected", () => {
    expect(checkSummary("التقى أوستن نظيره [1].", SOURCES, { lang: "en" })).toEqual({ ok: false, reason: "wrong_language" });
    const long = `${"word ".repeat(60)}[1].`;
    expect(checkSummary(long, SOURCES, { lang: "en", maxWords: 20 }).ok).toBe(false);
  });
});

describe("numbers", () => {
  it("GIVEN the same number with separators, other digits or leading zeros THEN it is supported", () => {
    const src = sourceNumbers(["بلغ العدد ١٬٥٠٠ في 07/03/2024 ونسبة ٣٫٥ بالمئة"]);
    for (const n of ["1500", "1,500", "1 500", "7", "3", "2024", "3.5", "٣٫٥"]) expect(unsupportedNumber(n, src)).toBeUndefined();
    expect(unsupportedNumber("1,600", src)).toBe("1,600");
    expect(unsupportedNumber("35", src)).toBe("35");
  });

  it("GIVEN 'May' as a verb THEN it is not a month; next to a number it is", () => {
    expect([...monthsIn("Talks may resume [1].", true)]).toEqual([]);
    expect([...monthsIn("On 3 May talks resumed.", true)]).toEqual([5]);
    expect([...monthsIn("في ٢٢ تشرين الأول", true)]).toEqual([10]);
    expect([...monthsIn("في 2024-07-22", false)]).toEqual([7]);
  });
});

describe("safety", () => {
  it("GIVEN plain text with Arabic and emphasis THEN nothing is unsafe", () => {
    expect(findUnsafe("التقى أوستن *نظيره* في 22 يوليو (بتوقيت غرينتش) [1].")).toBeUndefined();
  });

  it("GIVEN bidi overrides THEN they are removed, the right-to-left mark kept", () => {
    expect(stripInvisible("a\u202Eb\u2066c\u200Fd")).toBe("abc\u200Fd");
  });
});
