/**
 * A surname alone ("ترامب") in an article that names no one else with it: the lexicon's bearer when the corpus
 * names that person in full somewhere, even if relatives elsewhere share the surname; anyone's otherwise.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import type { Article } from "../../../src/core/types.ts";

function article(id: string, paragraph: string): Article {
  return {
    id, title: `خبر ${id}`, source: "وكالة", sourceEn: null, published: "2017-03-01", publishedPrecision: "day",
    url: null, lang: "ar", paragraphs: [paragraph], origin: `${id}.txt`,
  };
}

describe("GIVEN a lexicon person named in full in one article and by surname alone in another", () => {
  const core = createCore({
    articles: [
      article("a", "وقال الرئيس الأمريكي دونالد ترامب إن الاقتصاد ينمو بسرعة."),
      article("b", "وقالت إيفانكا ترامب إن المؤسسة ستواصل عملها الخيري."),
      article("c", "وقال ترامب إن الرسوم الجمركية ستحمي المصانع."),
      article("g", "وحذرت الوزيرة ترامب من تحويل الحرب إلى مواجهة شاملة."),
    ],
  });

  it("THEN the surname alone is that person, although a relative elsewhere bears it too, but not when it holds a woman's office", () => {
    const trump = core.who("دونالد ترامب")[0]!;
    expect(trump.name.en).toBe("Donald Trump");
    expect([...trump.articles].sort()).toEqual(["a", "c"]);
  });
});

describe("GIVEN a lexicon surname whose bearer the corpus never names in full", () => {
  const core = createCore({
    articles: [
      article("d", "وقال وزير الخارجية رياض المالكي إن المفاوضات متوقفة."),
      article("e", "وأكد أحمد المالكي أن الجمعية ستنظم معرضا."),
      article("f", "وقال المالكي إن المشروع سينطلق قريبا."),
    ],
  });

  it("THEN the surname alone is not given to the lexicon's bearer", () => {
    expect(core.who("المالكي").map((e) => e.name.en)).not.toContain("Nouri al-Maliki");
  });
});
