/**
 * Searching in Latin letters for a person named in Arabic: the query's Arabic name joins the search, found by spelling
 * or, for a capitalised name, by its sound (the English renderer's guess at an unknown family name may differ).
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/types.ts";
import { createCore } from "../../../src/core/create.ts";

function article(id: string, title: string, paragraphs: string[]): Article {
  return { id, title, source: null, sourceEn: null, published: "2013-03-17", publishedPrecision: "day", url: null, lang: "ar", paragraphs, origin: `${id}.txt` };
}

const core = createCore({
  articles: [
    article("a1", "الحاكم المدني يعترف بأخطاء", ["وقال الحاكم المدني الأمريكي السابق في العراق بول بريمر إن قرار حل الجيش العراقي كان خطأ كبيرا."]),
    article("a2", "تقرير عن الاقتصاد", ["ونشرت الوزارة تقريرا عن نمو الاقتصاد في الربع الأول."]),
  ],
});

describe("GIVEN a search in Latin letters for a family name the renderer spelt another way", () => {
  it("THEN a capitalised name finds the article by the sound of the name", () => {
    expect(core.search("Bremer").map((h) => h.article)).toEqual(["a1"]);
  });

  it("THEN a lower-case English word does not find a name it merely sounds like", () => {
    expect(core.search("brimer").map((h) => h.article)).toEqual(["a1"]);
    expect(core.search("bremer").map((h) => h.article)).toEqual([]);
  });
});
