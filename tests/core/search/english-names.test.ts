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
    article("a1", "المدرب يعد بالبطولة", ["وقال المدرب الأمريكي توم بوكر إن الفريق سيفوز بالبطولة هذا العام."]),
    article("a2", "تقرير عن الاقتصاد", ["ونشرت الوزارة تقريرا عن نمو الاقتصاد في الربع الأول."]),
  ],
});

describe("GIVEN a search in Latin letters for a family name the renderer spelt another way", () => {
  it("THEN a capitalised name finds the article by the sound of the name", () => {
    // (Rendered Tom Boker: the renderer's guess at an unknown family name.)
    expect(core.search("Booker").map((h) => h.article)).toEqual(["a1"]);
  });

  it("THEN a lower-case English word does not find a name it merely sounds like", () => {
    expect(core.search("boker").map((h) => h.article)).toEqual(["a1"]);
    expect(core.search("booker").map((h) => h.article)).toEqual([]);
  });
});
