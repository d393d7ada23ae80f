/**
 * The traps of issue 2: words that look like dates and are not (مارس the verb, أب the father, صفر
 * zero, ماي the surname, numbers that are not years, الأول alone, العام "general"…), and relative
 * expressions without a publication date. Each row says what must (not) be found.
 */
import { describe, it } from "vitest";
import { check, type Row } from "./table.ts";

const PUB = "2024-07-25";

const rows: [name: string, row: Row][] = [
  ["مارس as a verb", { text: "مارس الضغط على الحكومة لسنوات", published: PUB, want: [] }],
  ["يمارس", { text: "يمارس الرياضة يوميا ويمارسون الضغط", published: PUB, want: [] }],
  ["ومارسوا", { text: "الذين تنكروا لفضل بلدهم ومارسوا ضده العنف", published: PUB, want: [] }],
  ["مارس after منذ is still a verb", { text: "منذ مارس الرئيس مهامه", published: PUB, want: [] }],
  ["مارس with a day is March", { text: "في 3 مارس", published: PUB, want: [{ date: "2024-03-03", precision: "day" }] }],
  ["مارس with a year is March", { text: "مارس 2015", published: PUB, want: [{ date: "2015-03", precision: "month" }] }],
  ["شهر مارس is March", { text: "خلال شهر مارس", published: PUB, want: [{ date: "2024-03", precision: "month" }] }],
  ["a weekday that names an event of some year", { text: "مرت 39 سنة على أحداث الخميس الأسود وذكرى الأحد الدامي", published: PUB, want: [] }],
  ["a weekday with a plain word after it is still a day", { text: "وأعلن الاتحاد يوم الخميس الإضراب العام", published: PUB, want: [{ date: "2024-07-25", precision: "day" }] }],
  ["أب is a father", { text: "قتل أب وابنه في القصف", published: PUB, want: [] }],
  ["آباء", { text: "جمعية آباء وأولياء التلاميذ", published: PUB, want: [] }],
  ["في آب is August", { text: "وصل في آب إلى", published: "2024-09-10", want: [{ date: "2024-08", precision: "month" }] }],
  ["صفر as zero", { text: "بدأ من الصفر وسجل صفر بالمئة", published: PUB, want: [] }],
  ["صفر with a day but neither year nor publication", { text: "في 10 صفر", published: null, want: [] }],
  ["ماي the surname", { text: "رئيسة الحكومة البريطانية تيريزا ماي خلال زيارتها", published: PUB, want: [] }],
  ["في ماي without a day or year", { text: "قالت ماي في ماي", published: PUB, want: [] }],
  ["ماي with a day", { text: "الجمعة 12 ماي، عاش الجمهور", published: "2017-05-14", want: [{ date: "2017-05-12", precision: "day" }] }],
  ["رجب the first name", { text: "الرئيس رجب طيب أردوغان", published: PUB, want: [] }],
  ["رمضان without a Hijri year", { text: "خلال شهر رمضان", published: PUB, want: [] }],
  ["soldiers are not a year", { text: "ولا يزال هناك نحو 2500 عسكري أميركي", published: PUB, want: [] }],
  ["casualties are not a year", { text: "خلف أكثر من 130 قتيلا", published: PUB, want: [] }],
  ["a bare number in range is not a year", { text: "شارك 2000 متسابق", published: PUB, want: [] }],
  ["phone numbers", { text: "00963 939 114 037", published: PUB, want: [] }],
  ["a year out of range", { text: "في عام 1850 وفي 2150", published: PUB, want: [] }],
  ["الأول alone", { text: "الفصل الأول والمركز الأول", published: PUB, want: [] }],
  ["أحد without ال", { text: "لم يتمكن أحد من", published: PUB, want: [] }],
  ["الأحد عشر is eleven", { text: "الأحد عشر لاعبا", published: PUB, want: [] }],
  ["الاثنين as the two", { text: "المواطنين التونسيين الاثنين اللذين قتلا", published: PUB, want: [] }],
  ["صلاة الجمعة", { text: "بعد صلاة الجمعة", published: PUB, want: [] }],
  ["سوق الخميس the place", { text: "بمنطقة سوق الخميس بمدينة الحمامات", published: PUB, want: [] }],
  ["the second half of a month, not its second day", { text: "رفعت 1046 مخالفة في النصف الثاني من شهر رمضان بعد زيارات", published: PUB, want: [] }],
  ["a school named after a date", { text: "تعطلت الدروس بالمدرسة الإعدادية 20 مارس بحي خالد بن الوليد", published: PUB, want: [] }],
  ["a street named after a date", { text: "وقع الحادث في نهج 18 جانفي وسط العاصمة", published: PUB, want: [] }],
  ["an amount with the Tunisian decimal mark, not a year", { text: "بلغت قيمة الواردات ما يعادل 6ر2020 م د مسجلة تراجعا", published: PUB, want: [] }],
  ["واد الجمعة, a place", { text: "جدّت اشتباكات بمنطقة واد الجمعة من ولاية البليدة", published: PUB, want: [] }],
  ["خطب الجمعة, generic", { text: "وحذر الوزير من استغلال خطب الجمعة في الدعاية", published: PUB, want: [] }],
  ["بسوق الأحد: the place, with a clitic", { text: "تم حجز كمية من السجائر بسوق الأحد بسوسة", published: PUB, want: [] }],
  ["الأمين العام المقبل", { text: "انتخاب الأمين العام المقبل للأمم المتحدة", published: PUB, want: [] }],
  ["الرأي العام", { text: "الرأي العام الحالي", published: PUB, want: [] }],
  ["اليوم التالي", { text: "في اليوم التالي", published: PUB, want: [] }],
  ["اليوم العالمي", { text: "بمناسبة اليوم العالمي للمرأة", published: PUB, want: [] }],
  ["نفس اليوم", { text: "مساء نفس اليوم", published: PUB, want: [] }],
  ["a time is not a day", { text: "على الساعة 10:30 صباحا", published: PUB, want: [] }],
  ["a percentage", { text: "بنسبة 3.5 بالمائة", published: PUB, want: [] }],
  ["نيسان the car maker", { text: "شركة نيسان اليابانية", published: PUB, want: [] }],
  ["an impossible day falls back to its month", { text: "في 31 فبراير 2024", published: PUB, want: [{ date: "2024-02", precision: "month", phrase: "فبراير 2024" }] }],
  ["relative without a publication date", { text: "أمس الأربعاء واليوم الخميس ويوم الثلاثاء والشهر الماضي ومارس الماضي و27 يناير", published: null, want: [] }],
  ["relative with a malformed publication date", { text: "قال أمس", published: "not a date", want: [] }],
  ["absolute dates without a publication date", { text: "في 27 يناير 2024 وعام 2017", published: null, want: [{ date: "2024-01-27", precision: "day" }, { date: "2017", precision: "year", phrase: "عام 2017" }] }],
  ["العام الدراسي is not the calendar year", { text: "قبل بداية العام الدراسي الجديد", published: PUB, want: [] }],
  ["counts joined by و are not a year range", { text: "شارك 2000 و2500 متطوع", published: PUB, want: [] }],
  // 27 January 2024 was a Saturday: the written date stays, the wrong weekday is flagged.
  ["overlap keeps the longest", { text: "الخميس 27 يناير 2024", published: PUB, want: [{ date: "2024-01-27", precision: "day", phrase: "الخميس 27 يناير 2024", weekdayConflict: true }] }],
];

describe("tagDates: traps", () => {
  it.each(rows)("GIVEN %s THEN only the real dates", (_name, row) => check(row));
});
