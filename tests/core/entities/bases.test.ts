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
