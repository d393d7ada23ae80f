/** Sentence segmentation (src/core/text/sentences.ts): where a sentence ends in Arabic news text. */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/text/sentences.ts";

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("GIVEN . ! ? ؟ and line breaks THEN each ends a sentence, and offsets point into the text", () => {
    const text = "أعلن الوزير الخطة. هل تنجح؟ نعم!\nوقال آخرون غير ذلك";
    expect(split(text)).toEqual(["أعلن الوزير الخطة.", "هل تنجح؟", "نعم!", "وقال آخرون غير ذلك"]);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("GIVEN abbreviations, decimals and Latin initials THEN no split", () => {
    expect(split("وقال د. أحمد إن النسبة بلغت 3.5 في المائة في U.S. وغيرها.")).toHaveLength(1);
  });

  it("GIVEN a terminator inside a quotation THEN the quotation is not cut", () => {
    expect(split('وقال الوزير: "نحن مستعدون. والحكومة جاهزة" في تصريح أمس.')).toHaveLength(1);
  });

  it("GIVEN a quotation that ends its sentence before the closing mark THEN the next sentence starts after the mark", () => {
    expect(split('انتقدت مديرة المكتب "بات من الضروري إصلاح القوانين الموروثة عن الحقبة القمعية." وكان الخياري قال "إن السلطات وقعت اتفاقا".')).toEqual([
      'انتقدت مديرة المكتب "بات من الضروري إصلاح القوانين الموروثة عن الحقبة القمعية."',
      'وكان الخياري قال "إن السلطات وقعت اتفاقا".',
    ]);
  });

  it("GIVEN a short quoted title ending in ؟ or a quoted abbreviation THEN the sentence goes on", () => {
    expect(split('وفقاً لبرنامج "كي لا فيستو؟" على القناة الثالثة الإيطالية.')).toHaveLength(1);
    expect(split('وقال الدكتور "م." أحمد إن الوضع صعب.')).toHaveLength(1);
  });

  it("GIVEN a quotation that never closes THEN splitting resumes after MAX_QUOTE characters", () => {
    const long = `وقال "${"كلام طويل جدا ".repeat(60)}. وأضاف أن الأمر انتهى. ثم غادر.`;
    expect(split(long).length).toBeGreaterThan(1);
  });
});
