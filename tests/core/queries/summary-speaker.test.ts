/**
 * A summary line must make sense alone: a statement that reports someone's words without naming them («وأوضحت في
 * تصريح …، أن …») leans on the sentence before it, so a statement that names its speaker is preferred.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/types.ts";
import { createCore } from "../../../src/core/create.ts";
import { leansOnBefore } from "../../../src/core/index/eligibility.ts";

function article(id: string, published: string, title: string, paragraphs: string[]): Article {
  return { id, title, source: null, sourceEn: null, published, publishedPrecision: "day", url: null, lang: "ar", paragraphs, origin: `${id}.txt` };
}

describe("leansOnBefore", () => {
  it.each([
    ["وأوضحت في تصريح لإذاعة محلية، أن التهمة تتعلق بنشر محضر قضائي.", true],
    ["وأضاف أن الوزارة ستفتح تحقيقا في الحادثة.", true],
    ["وتابع : «لن نتراجع عن هذا القرار».", true],
    ["وقال للصحفيين إن الاجتماع كان إيجابيا.", true],
    ["وأشار إلى أن وفدا عسكريا زار العاصمة الأسبوع الماضي.", true],
    ["وأوضحت المخرجة سلمى الدريدي أن التهمة تتعلق بنشر محضر قضائي.", false],
    ["أعلن اليوم الأحد الرئيس السابق منصف المرزوقي عن إطلاق حزبه الجديد.", false],
    // (A name after a quotation mark is still a name, but «أضاف» goes on with the report before it.)
    ["وأضاف \"كيم\" أن بلاده قادرة على الرد.", true],
    ["وقال \"كيم\" إن بلاده قادرة على الرد.", false],
    ["ونشرت الصحيفة تقريرا عن الحادثة في عددها الأخير.", false],
    ["وأضاف مراسل الإذاعة أن المنطقة تشهد تعزيزات أمنية.", true],
    ["وتم نقله إلى المستشفى الجهوي لتلقي العلاج.", true],
    ["وتم نقل المصابين إلى المستشفى الجهوي.", false],
  ])("GIVEN %j THEN it leans on the sentence before: %s", (text, expected) => {
    expect(leansOnBefore(text)).toBe(expected);
  });
});

describe("summary of an article whose words are reported without their speaker", () => {
  const core = createCore({
    articles: [
      article("s1", "2031-06-02", "استدعاء مخرجة للتحقيق", [
        "استدعت النيابة المخرجة سلمى الدريدي للتحقيق معها في نشر محضر الهجوم.",
        "وأوضحت في تصريح لإذاعة محلية أن التحقيق يتعلق بنشر محضر الهجوم على المتحف وأن محضر الهجوم على المتحف منشور في مواقع كثيرة.",
        "ويتعلق المحضر بهجوم استهدف متحفا في العاصمة قبل عامين.",
      ]),
    ],
  });

  // The reported words share the most with the rest of the article: without the preference they would be the one line.
  it("GIVEN a request for one line THEN the line names who is concerned, not «she explained»", () => {
    const lines = core.summary({ article: "s1", limit: 1 });
    expect(lines.map((l) => l.text.ar)).toEqual(["استدعت النيابة المخرجة سلمى الدريدي للتحقيق معها في نشر محضر الهجوم."]);
  });

  it("GIVEN a request for more lines THEN the reported words still come, in the article's order", () => {
    const lines = core.summary({ article: "s1", limit: 3 });
    expect(lines.map((l) => l.sentenceId)).toEqual(["s1#0", "s1#1", "s1#2"]);
  });
});
