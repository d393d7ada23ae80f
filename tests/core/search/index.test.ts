import { describe, expect, it } from "vitest";
import { createSearchIndex, type SearchDoc } from "../../../src/core/search/index.ts";
import { searchTerms } from "../../../src/core/search/analyze.ts";
import { splitSentences } from "../../../src/core/text/sentences.ts";

/** Builds sentence documents the way the core will: one per sentence, ids `${article}#${i}`. */
function docs(articles: Record<string, { title: string; text: string }>): SearchDoc[] {
  return Object.entries(articles).flatMap(([id, a]) =>
    splitSentences(a.text).map((s, i) => ({ id: `${id}#${i}`, articleId: id, title: a.title, text: s.text })),
  );
}

const corpus = docs({
  a1: {
    title: "اتفاق على تعزيز التعاون الأمني",
    text: "التقى وزير الدفاع الأمريكي لويد أوستن نظيره العراقي في واشنطن. وبحث الجانبان مستقبل التحالف الدولي. واتفق الوفدان على مواصلة المفاوضات.",
  },
  a2: {
    title: "الانتخابات البرلمانية في موعدها",
    text: "أعلنت المفوضية أن الانتخابات البرلمانية ستجرى في موعدها. وقال رئيس المفوضية إن الاستعدادات اكتملت.",
  },
  a3: {
    title: "مباراة الفريقين",
    text: "فاز الفريق المحلي على ضيفه بهدفين. وسجل المهاجم الهدفين في الشوط الثاني.",
  },
});

describe("createSearchIndex", () => {
  const index = createSearchIndex(corpus);

  it("GIVEN an inflected Arabic query THEN the article with another inflection is found, with its best sentence", () => {
    const [top] = index.search("مفاوضات التحالف");
    expect(top?.article).toBe("a1");
    expect(top?.snippet).toMatch(/التحالف|المفاوضات/);
    expect(top?.sentenceId).toMatch(/^a1#\d+$/);
  });

  it("GIVEN results THEN one per article, best first, scores descending among those with as many words as written", () => {
    const results = index.search("الانتخابات البرلمانية المفوضية");
    expect(results[0]?.article).toBe("a2");
    expect(new Set(results.map((r) => r.article)).size).toBe(results.length);
    // (Every result here holds the same share of the query's words as written: the score orders them.)
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  });

  it("GIVEN a misspelt long word THEN fuzzy matching finds it; a short stem does not match by accident", () => {
    expect(index.search("الانتخابت")[0]?.article).toBe("a2");
    expect(index.search("هدف").map((r) => r.article)).toEqual(["a3"]);
  });

  it("GIVEN a title-only match THEN the article is returned with its first sentence as snippet", () => {
    const [top] = index.search("مباراة");
    expect(top?.article).toBe("a3");
    expect(top?.sentenceId).toBe("a3#0");
  });

  it("GIVEN an English name and an extraTerms hook THEN the Arabic spelling is searched", () => {
    expect(index.search("Austin")).toEqual([]);
    const withHook = createSearchIndex(corpus, { extraTerms: (q) => (/austin/i.test(q) ? ["أوستن"] : []) });
    expect(withHook.search("Austin")[0]?.article).toBe("a1");
  });

  it("GIVEN empty, stop-word-only or symbol queries THEN no results and no throw", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("في من على التي")).toEqual([]);
    expect(index.search("!!! ؟؟")).toEqual([]);
    expect(index.search("التحالف", 0)).toEqual([]);
  });

  it("GIVEN a limit THEN at most that many articles", () => {
    expect(index.search("في الانتخابات الفريق التحالف", 2)).toHaveLength(2);
  });

  it("GIVEN duplicate sentence ids THEN the first is kept and building does not throw", () => {
    const dup = createSearchIndex([...corpus, { ...corpus[0]!, text: "نص مختلف" }]);
    expect(dup.size).toBe(corpus.length);
  });
});

describe("createSearchIndex: words one stem joins", () => {
  // الملكية (ownership), الملكة (queen) and الملك (king) share the stem «ملك».
  const index = createSearchIndex(
    docs({
      queen: { title: "زيارة الملكة", text: "زارت الملكة الملكة البريطانية معرض الفنون الفكرية الملكي." },
      law: { title: "قانون جديد", text: "صادق البرلمان على قانون حماية الملكية الفكرية للمبدعين والمؤلفين في كل القطاعات الثقافية والفنية." },
      king: { title: "الملك والملكة", text: "استقبل الملك والملكة الوفد في القصر الملكي." },
    }),
  );

  it("GIVEN a query of words that share stems with other words THEN the articles with the words as written come first", () => {
    expect(index.search("الملكية الفكرية").map((r) => r.article)[0]).toBe("law");
    expect(index.search("الملكة").map((r) => r.article).slice(0, 2).sort()).toEqual(["king", "queen"]);
  });
});

describe("searchTerms", () => {
  it("GIVEN text THEN stop words and one-letter clitics are dropped and words are stemmed", () => {
    expect(searchTerms('قال لـ"العربي الجديد" إن المفاوضات في بغداد')).toEqual(
      searchTerms("قال العربي الجديد مفاوضات بغداد"),
    );
    expect(searchTerms("في من على")).toEqual([]);
  });
});
