/** Two dates that bound one period («من … إلى غاية …», «بين … و…») are one mention with a range end. */
import { describe, expect, it } from "vitest";
import { tagDates } from "../../../src/core/dates/tagger.ts";

const found = (text: string, published = "2031-03-13") =>
  tagDates(text, { published }).map((d) => [d.phrase, d.end === undefined ? d.date : `${d.date}..${d.end}`]);

describe("periods between two dates", () => {
  it("GIVEN «من X إلى غاية Y», «بين X و Y», «من سنة X إلى Y» THEN one period", () => {
    expect(found("خلال الفترة الممتدة من 20 ديسمبر 2029 إلى غاية 3 جانفي 2030 .")).toEqual([["20 ديسمبر 2029 إلى غاية 3 جانفي 2030", "2029-12-20..2030-01-03"]]);
    expect(found("حاكم الولاية بين يناير 2027 وأبريل 2030، وهو")).toEqual([["يناير 2027 وأبريل 2030", "2027-01..2030-04"]]);
    expect(found("عمل بالوزارة من سنة 1979 إلى 1984، لمساعدة")).toEqual([["سنة 1979 إلى 1984", "1979..1984"]]);
    expect(found("الموسم (أكتوبر2029-سبتمبر2030) بلغ")).toEqual([["أكتوبر2029-سبتمبر2030", "2029-10..2030-09"]]);
  });

  it("GIVEN «يومي X و Y» on two days that follow each other THEN one period, across a month or a year", () => {
    expect(found("يشن الأعوان إضرابا يومي 31 ديسمبر 2029 و 1 جانفي 2030، وفق بلاغ")).toEqual([["يومي 31 ديسمبر 2029 و 1 جانفي 2030", "2029-12-31..2030-01-01"]]);
    // Two days a month apart are two days.
    expect(found("تنظم الدورة يومي 20 نوفمبر 2029 و20 ديسمبر 2029 بالعاصمة")).toEqual([["يومي 20 نوفمبر 2029", "2029-11-20"], ["20 ديسمبر 2029", "2029-12-20"]]);
  });

  it("GIVEN a start, a verb of lasting and «إلى/حتى» the end («… على أن تتواصل إلى غاية …») THEN one period", () => {
    expect(found("تنطلق الدورة يوم 31 مارس على أن تتواصل إلى غاية يوم 3 أفريل 2031.")).toEqual([["يوم 31 مارس على أن تتواصل إلى غاية يوم 3 أفريل 2031", "2031-03-31..2031-04-03"]]);
    expect(found("افتتح المعرض اليوم ويستمر حتى 22 من الشهر الجاري.")).toEqual([["اليوم ويستمر حتى 22 من الشهر الجاري", "2031-03-13..2031-03-22"]]);
    // Another verb between them: two dates.
    expect(found("افتتح المعرض اليوم ونظم ندوة حتى 22 من الشهر الجاري.").length).toBe(2);
  });

  it("GIVEN «يومي» and two weekdays that follow each other THEN one period, both in the direction the second says", () => {
    // Published on Thursday 13 March 2031.
    expect(found("شنت القوات يومي الاثنين والثلاثاء الماضيين غارات على المعسكرات")).toEqual([["الاثنين والثلاثاء الماضيين", "2031-03-10..2031-03-11"]]);
    expect(found("تخوض الأندية يومي السبت و الأحد القادمين مباريات الإياب")).toEqual([["السبت و الأحد القادمين", "2031-03-15..2031-03-16"]]);
    expect(found("أوقفت الوحدات يومي أمس الأربعاء واليوم الخميس ثلاثة أشخاص")).toEqual([["أمس الأربعاء واليوم الخميس", "2031-03-12..2031-03-13"]]);
    // Two weekdays apart are two days.
    expect(found("شنت القوات يومي الاثنين والأربعاء الماضيين غارات").length).toBe(2);
  });

  it("GIVEN «X و Y YEAR» THEN X takes the year written after Y, whether or not they make one period", () => {
    expect(found("مقابل 1.3 مليار دينار خلال جانفي وفيفري 2029.", "2031-04-10")).toEqual([["جانفي", "2029-01"], ["فيفري 2029", "2029-02"]]);
    expect(found("ينعقد المؤتمر يومي 30 جوان و1 جويلية 2030، بالعاصمة", "2029-03-31")).toEqual([["يومي 30 جوان و1 جويلية 2030", "2030-06-30..2030-07-01"]]);
  });

  it("GIVEN the year written only at the end THEN the start is in that year, or the one before", () => {
    expect(found("تقام الدورة من يوم 16 أوت إلى غاية يوم 18 أوت 2030")).toEqual([["يوم 16 أوت إلى غاية يوم 18 أوت 2030", "2030-08-16..2030-08-18"]]);
    expect(found("إحصائيات الفترة المتراوحة بين غرة جانفي و31 ديسمبر 2029 حول")).toEqual([["غرة جانفي و31 ديسمبر 2029", "2029-01-01..2029-12-31"]]);
  });

  it("GIVEN a weekday at the end THEN it is the first such day after the start", () => {
    // 13 March 2031 is a Thursday: «from today Thursday to Sunday» runs forward, to the 16th.
    expect(found("تتواصل الاضطرابات بداية من اليوم الخميس إلى يوم الأحد، حسب")).toEqual([["اليوم الخميس إلى يوم الأحد", "2031-03-13..2031-03-16"]]);
  });

  it("GIVEN a moved date or a list THEN two dates, not a period", () => {
    expect(found("تقرر تأجيل الجلسة من 5 ماي 2030 إلى 12 جوان 2030")).toEqual([["5 ماي 2030", "2030-05-05"], ["12 جوان 2030", "2030-06-12"]]);
    // With no year written: the old date and the new, the new one near the old.
    expect(found("تقرر تأجيل الجلسة من 5 ماي إلى 12 جوان", "2030-04-01")).toEqual([["5 ماي", "2030-05-05"], ["12 جوان", "2030-06-12"]]);
    expect(found("تقرر تأجيل الجلسة من 28 ديسمبر إلى 5 جانفي", "2030-12-01")).toEqual([["28 ديسمبر", "2030-12-28"], ["5 جانفي", "2031-01-05"]]);
    expect(found("استهدفت الهجمات المتحف يوم 18 مارس 2030 و 26 جوان 2030.")).toEqual([["يوم 18 مارس 2030", "2030-03-18"], ["26 جوان 2030", "2030-06-26"]]);
  });

  it("GIVEN an end before the start THEN two dates", () => {
    expect(found("من سنة 2030 إلى سنة 2012 تراجع")).toEqual([["سنة 2030", "2030"], ["سنة 2012", "2012"]]);
  });
});
