/** Dates that borrow their year or month from the date said before them («من نفس السنة», «من الشهر ذاته»). */
import { describe, expect, it } from "vitest";
import { tagDates } from "../../../src/core/dates/tagger.ts";
import { analyseArticle } from "../../../src/core/index/analyse.ts";
import type { Article } from "../../../src/core/types.ts";

const PUB = { published: "2031-10-20" };
const found = (text: string, ctx = PUB) => tagDates(text, ctx).map((d) => [d.phrase, d.end === undefined ? d.date : `${d.date}..${d.end}`]);

describe("same-period dates", () => {
  it("GIVEN a month «من نفس السنة» after a dated battle THEN it is that year's month, not the publication year's", () => {
    expect(found("ووقعت معركة سيدي عيش في 18 سبتمبر 1954 ومعركة الرديف في أكتوبر من نفس السنة.")).toEqual([
      ["18 سبتمبر 1954", "1954-09-18"],
      ["أكتوبر من نفس السنة", "1954-10"],
    ]);
    expect(found("صدرت الشهادة سنة 2011، ومنذ أكتوبر من العام نفسه كانت لدى السلطات.")).toEqual([
      ["سنة 2011", "2011"],
      ["أكتوبر من العام نفسه", "2011-10"],
    ]);
  });

  it("GIVEN a day «من نفس الشهر» or «من الشهر ذاته» THEN it is that month's day, ranges included", () => {
    expect(found("تجرى الاختبارات أيام 15 و16 و17 جوان 2029 على أن يعلن عن النتائج يوم 30 من نفس الشهر.")).toEqual([
      ["أيام 15 و16 و17 جوان 2029", "2029-06-15..2029-06-17"],
      ["يوم 30 من نفس الشهر", "2029-06-30"],
    ]);
    expect(found("تنطلق الدورة يوم 3 مارس 2030 وتجرى دورة المراقبة من 23 إلى 26 من الشهر ذاته.")).toEqual([
      ["يوم 3 مارس 2030", "2030-03-03"],
      ["23 إلى 26 من الشهر ذاته", "2030-03-23..2030-03-26"],
    ]);
    expect(found("بين 1 و5 مارس 2030 ثم يوم 2 أفريل من السنة نفسها")).toEqual([
      ["1 و5 مارس 2030", "2030-03-01..2030-03-05"],
      ["يوم 2 أفريل من السنة نفسها", "2030-04-02"],
    ]);
  });

  it("GIVEN nothing dated before it, or a day the month does not have THEN no date (a guess from publication would be wrong)", () => {
    expect(found("وانطلقت المسابقة يوم 24 من نفس الشهر بمشاركة عشرين فريقا.")).toEqual([]);
    expect(found("في 3 فيفري 2030 ثم يوم 30 من نفس الشهر")).toEqual([["3 فيفري 2030", "2030-02-03"]]);
    expect(found("في سنة 2030 ثم يوم 30 من نفس الشهر")).toEqual([["سنة 2030", "2030"]]);
  });

  it("GIVEN the date in an earlier sentence of the article THEN the later sentence borrows from it", () => {
    const article: Article = {
      id: "a", title: "مناظرة", source: null, sourceEn: null, published: "2031-01-10", publishedPrecision: "day", url: null, lang: "ar", origin: "a.txt",
      paragraphs: ["وتجرى المناظرة يوم 12 جوان 2031 في كامل الولايات.", "وتعلن النتائج يوم 28 من نفس الشهر على موقع الوزارة."],
    };
    const sentences = analyseArticle(article);
    expect(sentences[1]!.dates.map((d) => [d.phrase, d.date])).toEqual([["يوم 28 من نفس الشهر", "2031-06-28"]]);
  });
});

describe("events named after their day («ثورة 14 جانفي»)", () => {
  it("GIVEN no year THEN the day names the event and is no date of this year, nor is its month", () => {
    expect(found("الذين أعدوا لثورة 14 جانفي وشاركوا فيها", { published: "2017-01-14" })).toEqual([]);
    expect(found("في ذكرى ثورة 25 جانفي (يناير) في مصر", { published: "2016-01-25" })).toEqual([]);
  });

  it("GIVEN the year THEN it is that day; a plain day is still a date", () => {
    expect(found("منذ ثورة 14 جانفي 2011", { published: "2017-01-14" })).toEqual([["14 جانفي 2011", "2011-01-14"]]);
    expect(found("تنطلق يوم 14 جانفي الاحتفالات", { published: "2017-01-10" })).toEqual([["يوم 14 جانفي", "2017-01-14"]]);
  });
});

describe("days of the month that publication makes current, next or last («يوم 21 من الشهر الجاري»)", () => {
  it("GIVEN a day of this, the next or the last month THEN that day", () => {
    const pub = { published: "2015-12-15" };
    expect(found("وتعلن النتيجة يوم 21 من الشهر الجاري.", pub)).toEqual([["يوم 21 من الشهر الجاري", "2015-12-21"]]);
    expect(found("وتنطلق الأشغال بين 3 و5 من الشهر المقبل.", pub)).toEqual([["3 و5 من الشهر المقبل", "2016-01-03..2016-01-05"]]);
    expect(found("وتم ذلك يوم 9 من هذا الشهر.", pub)).toEqual([["يوم 9 من هذا الشهر", "2015-12-09"]]);
    expect(found("وانعقدت الجلسة يوم 30 من الشهر الماضي.", pub)).toEqual([["يوم 30 من الشهر الماضي", "2015-11-30"]]);
  });

  it("GIVEN a day the month does not have THEN only the month", () => {
    expect(found("يوم 31 من الشهر الماضي", { published: "2015-12-15" })).toEqual([["الشهر الماضي", "2015-11"]]);
  });
});

describe("a channel or paper named with اليوم («روسيا اليوم»)", () => {
  it("GIVEN the name in quotes THEN no date; words said in quotes that end with اليوم are still today", () => {
    const pub = { published: "2017-02-03" };
    expect(found('وذكرت المصادر لموقع "روسيا اليوم" أن المشتبه به دخل فرنسا.', pub)).toEqual([]);
    expect(found("وأكد في تصريح لـ«تونس اليوم» أن الأمر محسوم.", pub)).toEqual([]);
    expect(found('وقال الوزير "سنبدأ العمل اليوم" في تصريح للصحفيين.', pub)).toEqual([["اليوم", "2017-02-03"]]);
  });
});

describe("a day written again without its year", () => {
  it("GIVEN an article that dated a day in full THEN the same day and month later, with no year or direction, is that day", () => {
    const article: Article = {
      id: "a-1978",
      title: "ذكرى الخميس الأسود",
      source: null,
      sourceEn: null,
      published: "2031-01-26",
      publishedPrecision: "day",
      url: null,
      lang: "ar",
      origin: "test",
      paragraphs: [
        "أعلن الاتحاد الإضراب العام يوم 26 جانفي 1978 بعد انعقاد مجلسه الوطني.",
        "وشهد يوم 26 جانفي مواجهات دامية في العاصمة. ويحيي الاتحاد ذكراه يوم 26 جانفي الجاري بتجمع في الساحة.",
        "وستعقد الهيئة جلسة استماع علنية يوم 26 جانفي.",
      ],
    };
    const dates = analyseArticle(article).flatMap((s) => s.dates.map((d) => [d.phrase, d.date]));
    expect(dates).toEqual([
      ["يوم 26 جانفي 1978", "1978-01-26"],
      ["يوم 26 جانفي", "1978-01-26"],
      // «الجاري» (this month) is the publication's.
      ["يوم 26 جانفي الجاري", "2031-01-26"],
      // So is a day in a future clause.
      ["يوم 26 جانفي", "2031-01-26"],
    ]);
  });
});
