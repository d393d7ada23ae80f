/**
 * A weekday named with a date (issue 2, "Dates"; the benchmark's weekday check on ant-jawhara):
 * - اليوم/أمس/أول أمس/غدا + weekday: the weekday wins when it is within two days of publication ±
 *   offset (articles stamped after midnight); farther off the counted day stays, flagged;
 * - Hijri: ±1 day (Umm al-Qura table vs the sighted month) to meet a named weekday; a Hijri year
 *   stated just after a day and month without one is theirs;
 * - Gregorian day and month without a year: the weekday picks the year (publication's or an adjacent
 *   one); with a year written, the text's date stays and `weekdayConflict` is set, unless the year is one off
 *   the publication year and the weekday fits that year's date within weeks of publication (a stale year).
 * Table-driven: invented sentences in the corpus' shapes plus real phrasings from ant-jawhara.
 */
import { describe, it } from "vitest";
import { check, type Row } from "./table.ts";

const rows: [name: string, row: Row][] = [
  // Relative + weekday.
  ["real: اليوم الخميس stamped on the Wednesday before", { text: "تم صباح اليوم الخميس، بميناء حلق الوادي استلام 100 حافلة مستعملة", published: "2017-01-25", want: [{ date: "2017-01-26", precision: "day", phrase: "اليوم الخميس", relative: true }] }],
  ["real: أمس الإثنين from a Wednesday is the Monday", { text: "الجثتين اللتين عثر عليهما أمس الإثنين تعودان لمايكل شارب", published: "2017-03-29", want: [{ date: "2017-03-27", precision: "day", phrase: "أمس الإثنين" }] }],
  ["real: اول امس السبت from a Tuesday is the Saturday", { text: "وكان الهجوم قد وقع اول امس السبت في المدينة", published: "2017-01-31", want: [{ date: "2017-01-28", precision: "day", phrase: "اول امس السبت" }] }],
  ["real: اليوم الأحد stamped on the Monday after", { text: "أعلنت الرئاسة اليوم الأحد عن تشكيل لجنة", published: "2017-01-02", want: [{ date: "2017-01-01", precision: "day" }] }],
  ["invented: اليوم الثلاثاء stamped on Monday evening", { text: "يلتقي الوفد اليوم الثلاثاء بنظيره الليبي", published: "2015-06-22", want: [{ date: "2015-06-23", precision: "day" }] }],
  ["invented: أمس الجمعة agrees with publication − 1", { text: "أعلنت الوزارة أمس الجمعة عن إجراءات جديدة", published: "2024-03-30", want: [{ date: "2024-03-29", precision: "day", phrase: "أمس الجمعة" }] }],
  ["invented: غدا السبت from a Thursday", { text: "تنطلق الدورة غدا السبت بمشاركة 12 فريقا", published: "2024-07-25", want: [{ date: "2024-07-27", precision: "day", phrase: "غدا السبت" }] }],
  ["real: اليوم الجمعة three days off stays, flagged", { text: "وأكد ضيف بولتيكا اليوم الجمعة أن اتحاد الشغل كان على حق", published: "2017-02-28", want: [{ date: "2017-02-28", precision: "day", phrase: "اليوم الجمعة", weekdayConflict: true }] }],
  ["real: أمس الإثنين three days off stays, flagged", { text: "أن لقاء جمع ممثلين عن الجامعة أمس الإثنين وممثلين عن النوادي", published: "2017-02-17", want: [{ date: "2017-02-16", precision: "day", weekdayConflict: true }] }],
  ["invented: اليوم without a weekday is publication", { text: "انطلقت اليوم أشغال المؤتمر", published: "2017-01-25", want: [{ date: "2017-01-25", precision: "day", phrase: "اليوم" }] }],

  // Hijri.
  ["real: اليوم الأربعاء التاسع من ذي الحجة = the sighted day, one after the table", { text: "انطلقت فجر اليوم الأربعاء التاسع من شهر ذي الحجة مراسم تغيير كسوة الكعبة", published: "2015-09-23", want: [{ date: "2015-09-23", precision: "day", phrase: "اليوم الأربعاء التاسع من شهر ذي الحجة" }] }],
  ["real: شعبان لهذا العام 1438هـ takes the stated year", { text: "سيتم تحري هلال شهر رمضان مساء الخميس التاسع والعشرين من شهر شعبان لهذا العام 1438هـ وإن لم ير فيتحرى", published: "2017-05-23", want: [{ date: "2017-05-25", precision: "day", phrase: "الخميس التاسع والعشرين من شهر شعبان لهذا العام 1438هـ" }] }],
  // Without the year, 20 Ramadan before 15 April 2024 would be 20 Ramadan 1445 (30 March 2024).
  ["invented: a Hijri year a few words on, without a weekday", { text: "ينتهي التسجيل يوم 20 رمضان، من العام 1444هـ، في كل الولايات", published: "2024-04-15", want: [{ date: "2023-04-11", precision: "day", phrase: "يوم 20 رمضان" }, { date: "2022", end: "2023", precision: "year" }] }],
  ["invented: Hijri date and weekday agree: no shift", { text: "يصادف يوم الأحد 10 ذي الحجة 1445 هـ عيد الأضحى", published: "2024-06-10", want: [{ date: "2024-06-16", precision: "day", phrase: "يوم الأحد 10 ذي الحجة 1445 هـ" }] }],
  ["invented: Hijri weekday one day after the table: the day after", { text: "يصادف يوم الاثنين 10 ذي الحجة 1445 هـ عيد الأضحى", published: "2024-06-10", want: [{ date: "2024-06-17", precision: "day" }] }],
  ["invented: Hijri weekday two days off: table date kept, flagged", { text: "يصادف يوم الجمعة 10 ذي الحجة 1445 هـ عيد الأضحى", published: "2024-06-10", want: [{ date: "2024-06-16", precision: "day", weekdayConflict: true }] }],
  ["invented: Hijri range shifts both ends to the named weekday", { text: "تقام المناسك يوم الثلاثاء 8 و9 ذي الحجة 1436 هـ", published: "2015-09-01", want: [{ date: "2015-09-22", end: "2015-09-23", precision: "day" }] }],

  // Gregorian day and month with a weekday.
  ["real: الأحد 12 مارس 2017 is a Sunday: fine", { text: "تنطلق الحملة الأحد 12 مارس 2017 بكامل الولايات", published: "2017-03-10", want: [{ date: "2017-03-12", precision: "day", phrase: "الأحد 12 مارس 2017" }] }],
  ["real: مساء أمس الخميس 14 جانفي 2017 (a Saturday) in an article of Friday 13: yesterday and Thursday agree on the 12th", { text: "ضيف برنامج \"سينما سينما\" على الجوهرة أف أم، مساء أمس الخميس 14 جانفي 2017.", published: "2017-01-13", want: [{ date: "2017-01-12", precision: "day", phrase: "الخميس 14 جانفي 2017" }] }],
  ["real: يوم غد الجمعة 23 فيفري 2017 (a Thursday) in an article of Thursday 23: tomorrow, Friday the 24th", { text: "قرر الأهالي الدخول في اعتصام مفتوح بداية من صبيحة يوم غد الجمعة 23 فيفري 2017 وغلق الطرقات", published: "2017-02-23", want: [{ date: "2017-02-24", precision: "day", phrase: "الجمعة 23 فيفري 2017" }] }],
  ["real: اليوم الخميس 24 أكتوبر 2016 in an article of Thursday 24 November: today, the month is the typo", { text: "أكد الوزير ضيف بوليتيكا اليوم الخميس 24 أكتوبر 2016 أن هناك اتجاها لتعميم البلديات", published: "2016-11-24", want: [{ date: "2016-11-24", precision: "day", phrase: "اليوم الخميس 24 أكتوبر 2016" }] }],
  ["invented: اليوم الخميس 21 أكتوبر 2016 (a Friday) in an article of Thursday 24 November: neither the day nor the month fits, kept, flagged", { text: "أكد الوزير اليوم الخميس 21 أكتوبر 2016 أن البلديات ستعمم", published: "2016-11-24", want: [{ date: "2016-10-21", precision: "day", weekdayConflict: true }] }],
  ["invented: غدا السبت 3 مارس 2017 in an article of Thursday 2 March: tomorrow is no Saturday, kept, flagged", { text: "تنطلق الحملة غدا السبت 3 مارس 2017 بكامل الولايات", published: "2017-03-02", want: [{ date: "2017-03-03", precision: "day", weekdayConflict: true }] }],
  ["real: اليوم الأحد 08 جانفي 2016 with a stale year: the weekday and the publication date agree on 2017", { text: "نظمت اليوم الأحد 08 جانفي 2016 وقفة احتجاجية", published: "2017-01-08", want: [{ date: "2017-01-08", precision: "day", phrase: "اليوم الأحد 08 جانفي 2016", relative: false }] }],
  ["real: الاربعاء 8 فيفري 2018 a year ahead in an article of 8 February 2017: 2017", { text: "ينطلق الاضراب الاربعاء 8 فيفري 2018 في كامل الولايات", published: "2017-02-08", want: [{ date: "2017-02-08", precision: "day", phrase: "الاربعاء 8 فيفري 2018", relative: false }] }],
  ["invented: a stale year whose corrected date would be months from publication: kept, flagged", { text: "نظمت يوم الأحد 08 جانفي 2016 وقفة احتجاجية", published: "2017-06-20", want: [{ date: "2016-01-08", precision: "day", weekdayConflict: true }] }],
  ["invented: a year two off is a date of its own: kept, flagged", { text: "نظمت يوم الأحد 08 جانفي 2015 وقفة احتجاجية", published: "2017-01-09", want: [{ date: "2015-01-08", precision: "day", weekdayConflict: true }] }],
  ["invented: السبت 7 جانفي picks next year's Saturday", { text: "تقام المباراة السبت 7 جانفي بملعب رادس", published: "2016-12-28", want: [{ date: "2017-01-07", precision: "day", relative: true }] }],
  ["invented: الجمعة 17 فيفري in the publication year", { text: "ستنظم الجمعة 17 فيفري وقفة أمام البرلمان", published: "2017-02-10", want: [{ date: "2017-02-17", precision: "day" }] }],
  ["invented: الاثنين 17 فيفري: no adjacent year fits, flagged", { text: "وقعت الحادثة الاثنين 17 فيفري في ولاية سوسة", published: "2017-02-10", want: [{ date: "2017-02-17", precision: "day", weekdayConflict: true }] }],
  ["real: يوم الثلاثاء 6 فيفري الجاري (a Monday): flagged", { text: "بأن المستثمر وجه لها تهديدا صباح يوم الثلاثاء 6 فيفري الجاري", published: "2017-02-13", want: [{ date: "2017-02-06", precision: "day", phrase: "يوم الثلاثاء 6 فيفري الجاري", weekdayConflict: true }] }],
  ["invented: اليوم الثلاثاء 15 جوان 2015 in an article of Tuesday 16 June: today, the day number is the typo", { text: "قال مسؤول من الشركة اليوم الثلاثاء 15 جوان 2015 إنه تم رصد إهدار للطاقة", published: "2015-06-16", want: [{ date: "2015-06-16", precision: "day", phrase: "اليوم الثلاثاء 15 جوان 2015", relative: false }] }],
  ["invented: اليوم الأربعاء 02 فيفري 2017 in an article of that Thursday: the date is the publication day, kept, flagged", { text: "وأعلنت الشركة في بيان اليوم الأربعاء 02 فيفري 2017 أن أرباحها مستقرة", published: "2017-02-02", want: [{ date: "2017-02-02", precision: "day", weekdayConflict: true }] }],
  ["invented: يوم الثلاثاء 15 جوان 2015 (not today) in an article of Tuesday 16 June: kept, flagged", { text: "وقع الحادث يوم الثلاثاء 15 جوان 2015 في الطريق الوطنية", published: "2015-06-16", want: [{ date: "2015-06-15", precision: "day", weekdayConflict: true }] }],
  ["invented: a range with a weekday is not checked", { text: "تنتظم الدورة الجمعة 3 إلى 5 مارس 2017 بسوسة", published: "2017-02-20", want: [{ date: "2017-03-03", end: "2017-03-05", precision: "day" }] }],

  // A bare weekday: the last one on or before publication, unless a future verb governs it.
  ["invented: a bare weekday in a past clause is the last one", { text: "عقد المجلس جلسة مع الأمنيين يوم الاثنين لتدارس الموضوع", published: "2017-02-25", want: [{ date: "2017-02-20", precision: "day", phrase: "يوم الاثنين", relative: true }] }],
  ["real: سيتم … يوم الاثنين on a Saturday is the coming Monday", { text: "مضيفا أنه سيتم عقد جلسة مع أمنيين يوم الاثنين لتدارس هذا الموضوع", published: "2017-02-25", want: [{ date: "2017-02-27", precision: "day", phrase: "يوم الاثنين", relative: true }] }],
  ["real: وستصل … صباح الجمعة on a Thursday is the next day", { text: "وستصل البعثة التونسية إلى تونس صباح الجمعة، بعد أن نجحت في مهمتها", published: "2016-09-08", want: [{ date: "2016-09-09", precision: "day" }] }],
  ["invented: a future verb on the weekday itself is that day", { text: "ستنطلق الدورة يوم الأحد بمشاركة 12 فريقا", published: "2017-01-22", want: [{ date: "2017-01-22", precision: "day" }] }],
  ["invented: a future verb in the sentence before does not reach", { text: "سيتم تنظيم الندوة. وقد اجتمع المكتب يوم الخميس", published: "2017-01-22", want: [{ date: "2017-01-19", precision: "day" }] }],

  // An enumeration of days runs forward from the day before it.
  ["real: غدٍ الأحد وبعد غدٍ الاثنين والثلاثاء والأربعاء on a Saturday are the next four days", {
    text: "حدد المجلس أيام عطلة العيد بأيام غدٍ الأحد وبعد غدٍ الاثنين والثلاثاء والأربعاء، بحسب بيان",
    published: "2016-09-10",
    want: [
      { date: "2016-09-11", precision: "day", phrase: "غدٍ الأحد" }, { date: "2016-09-12", precision: "day", phrase: "بعد غدٍ الاثنين" },
      // Two bare weekdays on consecutive days: one span.
      { date: "2016-09-13", end: "2016-09-14", precision: "day", phrase: "الثلاثاء والأربعاء" },
    ],
  }],
  ["real: a session held السبت والاحد, told on the Saturday, is the Saturday and the Sunday after", { text: "على هامش انعقاد الدورة السادسة لمجلس شورى الحركة السبت والاحد بالحمامات", published: "2016-10-15", want: [{ date: "2016-10-15", end: "2016-10-16", precision: "day", phrase: "السبت والاحد" }] }],
  ["invented: two weekdays a day apart are two days", { text: "اجتمع المجلس يومي الاثنين والأربعاء", published: "2016-09-10", want: [{ date: "2016-09-05", precision: "day" }, { date: "2016-09-07", precision: "day" }] }],
  ["real: اليوم، الجمعة is apposition, one day, not an enumeration", { text: "كشف وزير التجارة اليوم، الجمعة عن إحداث مناطق تجارية حرة", published: "2016-02-05", want: [{ date: "2016-02-05", precision: "day", phrase: "اليوم" }, { date: "2016-02-05", precision: "day", phrase: "الجمعة" }] }],
];

describe("tagDates: a weekday named with the date", () => {
  for (const [name, row] of rows) it(name, () => check(row));
});
