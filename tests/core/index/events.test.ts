import { describe, expect, it } from "vitest";
import type { Article, DateMention, DatePrecision, Sentence } from "../../../src/core/types.ts";
import { buildEvents } from "../../../src/core/index/events.ts";
import { buildTermIndex } from "../../../src/core/index/vectors.ts";

/** Invented articles: hand-made sentences with their date mentions (the tagger is tested elsewhere). */
function article(id: string, published: string, title: string): Article {
  return {
    id, title, source: null, sourceEn: null, published, publishedPrecision: "day",
    url: null, lang: "ar", paragraphs: [], origin: id,
  };
}

function sentence(articleId: string, index: number, text: string, phrase?: string, date?: string, precision: DatePrecision = "day", relative = false): Sentence {
  const dates: DateMention[] = [];
  if (phrase && date) {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`phrase not in text: ${phrase}`);
    dates.push({ date, precision, phrase, start, endOffset: start + phrase.length, relative });
  }
  return { id: `${articleId}#${index}`, articleId, index, paragraph: index, text, hash: `${articleId}${index}`, dates, mentions: [], quotes: [] };
}

const articles = [
  article("a", "2031-03-10", "لجنة القمح تبحث الأسعار"),
  article("b", "2031-03-12", "لجنة القمح المشتركة تجتمع في الزهراء"),
  article("c", "2031-03-15", "بطولة الفروسية السنوية"),
];
const sentences = [
  sentence("a", 0, "وعقدت لجنة القمح المشتركة اجتماعها الأول في مدينة الزهراء يوم 5 فبراير لبحث أسعار القمح والشعير.", "5 فبراير", "2031-02-05"),
  sentence("a", 1, "وقال رئيس اللجنة إن الأسعار سترتفع خلال الموسم المقبل بسبب الجفاف.", ),
  sentence("b", 0, "واجتمعت لجنة القمح المشتركة في مدينة الزهراء في 5 فبراير لمناقشة أسعار القمح.", "5 فبراير", "2031-02-05"),
  sentence("b", 1, "وتأسست اللجنة عام 2029 بقرار من وزارتي الزراعة والتجارة في البلدين.", "عام 2029", "2029", "year"),
  sentence("c", 0, "افتتح نادي الفروسية بطولته السنوية في 5 فبراير بمشاركة عشرين فارسا من خمس دول.", "5 فبراير", "2031-02-05"),
  sentence("c", 1, "وتأسس النادي عام 2029 على يد مجموعة من هواة الخيل في المدينة الساحلية.", "عام 2029", "2029", "year"),
  sentence("c", 2, "وتختتم البطولة الأحد المقبل بحفل توزيع الجوائز على الفائزين.", "الأحد المقبل", "2031-03-16", "day", true),
];
const sentenceArticle = [0, 0, 1, 1, 2, 2, 2];

describe("buildEvents", () => {
  const terms = buildTermIndex(sentences.map((s) => s.text), sentenceArticle, articles.map((a) => a.title));
  const index = buildEvents(articles, sentences, sentenceArticle, terms);
  const events = index.events;

  it("GIVEN two reports of one meeting on one day THEN they are one event with both sources", () => {
    const meeting = events.filter((e) => e.date === "2031-02-05" && e.articles.includes("a"));
    expect(meeting).toHaveLength(1);
    expect(meeting[0]!.articles).toEqual(["a", "b"]);
    expect(meeting[0]!.sentenceIds).toEqual(["a#0", "b#0"]);
    expect(meeting[0]!.evidence).toBe("5 فبراير");
  });

  it("GIVEN an unrelated event on the same day THEN it stays separate", () => {
    const sameDay = events.filter((e) => e.date === "2031-02-05");
    expect(sameDay).toHaveLength(2);
    expect(sameDay.find((e) => e.articles.includes("c"))!.articles).toEqual(["c"]);
  });

  it("GIVEN the same year for two different foundings THEN they are not merged", () => {
    expect(events.filter((e) => e.date === "2029")).toHaveLength(2);
  });

  it("GIVEN events THEN they come in chronological order, coarser dates first", () => {
    expect(events.map((e) => e.date)).toEqual(["2029", "2029", "2031-02-05", "2031-02-05", "2031-03-16"]);
    expect(events.at(-1)!.precision).toBe("day");
  });

  it("GIVEN a sentence THEN bySentence finds its events and importance puts multi-source events first", () => {
    const e = index.bySentence.get(2)!;
    expect(e).toHaveLength(1);
    expect(events[e[0]!]!.articles).toEqual(["a", "b"]);
    expect(index.byImportance[0]).toBe(e[0]);
    expect(index.rank[e[0]!]).toBe(0);
    expect(index.bySentence.has(1)).toBe(false);
  });
});
