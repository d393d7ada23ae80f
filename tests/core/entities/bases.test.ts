import { describe, expect, it } from "vitest";
import { analyseArticleEntities } from "../../../src/core/entities/index.ts";

/** Organisations of each sentence of one article, as written. */
function orgsOf(sentences: string[]): string[][] {
  return analyseArticleEntities(sentences).map((s) => s.mentions.filter((m) => m.type === "organization").map((m) => m.surface));
}

describe("GIVEN «القاعدة» alone in an article", () => {
  it("THEN in a story about a military base it is the base, not al-Qaeda", () => {
    expect(
      orgsOf([
        "تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار لهجوم بثلاث طائرات مسيرة.",
        "وقال المصدر إن الدفاعات الجوية في القاعدة تمكنت من إسقاط طائرتين.",
      ]),
    ).toEqual([[], []]);
  });

  it("THEN where the article names the organisation in full, it stays al-Qaeda", () => {
    expect(orgsOf(["هاجم مسلحون من تنظيم القاعدة قاعدة عسكرية في اليمن.", "وقال المصدر إن القاعدة تبنت الهجوم."])).toEqual([["تنظيم القاعدة"], ["القاعدة"]]);
  });

  it("THEN a database or a popular base is no military base", () => {
    expect(orgsOf(["أنشأت الوزارة قاعدة بيانات للمتطوعين.", "وقال المصدر إن القاعدة تبنت الهجوم."])).toEqual([[], ["القاعدة"]]);
    expect(orgsOf(["يملك الحزب قاعدة شعبية واسعة.", "وقال المصدر إن القاعدة تبنت الهجوم."])).toEqual([[], ["القاعدة"]]);
  });
});

describe("GIVEN an army named by its adjectives («الجيش الإسرائيلي», «الجيش الوطني الليبي»)", () => {
  it("THEN it is an organisation, and what it says in a statement is its quote", () => {
    const [s] = analyseArticleEntities(["وقال الجيش اللبناني في بيان إن الجنود تعاملوا مع الوضع بحكمة."]);
    expect(s!.mentions.filter((m) => m.type === "organization").map((m) => m.surface)).toEqual(["الجيش اللبناني"]);
    expect(s!.quotes.map((q) => q.speaker)).toEqual(["الجيش اللبناني"]);
    expect(orgsOf(["وأعلن الجيش الوطني الليبي السيطرة على المدينة.", "وقاتل الجيش السوري الحر في حلب."])).toEqual([["الجيش الوطني الليبي"], ["الجيش السوري الحر"]]);
  });

  it("THEN its name stops at its adjectives: where it is and who is with it are not its name", () => {
    expect(orgsOf(["وتمركزت وحدات الجيش الليبي في بنغازي منذ الصباح."])).toEqual([["الجيش الليبي"]]);
    expect(orgsOf(["شاركت وحدات الجيش الوطني والحماية المدنية في الإنقاذ."])).toEqual([["الجيش الوطني"]]);
    expect(orgsOf(["وانتشر الجيش في الشوارع منذ الصباح الباكر."])).toEqual([[]]);
  });
});
