/**
 * A small invented corpus for the query tests: names, places and dates that exist in no lexicon and
 * no seed article, so the tests prove the mechanism rather than the seed facts.
 */
import type { Article } from "../../../src/core/types.ts";

function article(id: string, published: string, title: string, paragraphs: string[]): Article {
  return {
    id, title, source: `وكالة ${id}`, sourceEn: null, published, publishedPrecision: "day",
    url: null, lang: "ar", paragraphs, origin: `${id}.txt`,
  };
}

export const INVENTED: Article[] = [
  article("x1", "2031-05-14", "خطة وطنية لزراعة القمح في الجنوب", [
    "أعلن وزير الزراعة الموريتاني، سالم ولد الداه، يوم 12 مايو/أيار الجاري إطلاق خطة وطنية لزراعة القمح في الولايات الجنوبية.",
    "وقال ولد الداه إن \"الخطة ستوفر آلاف فرص العمل للشباب في الأرياف وتقلل استيراد الحبوب\".",
    "وتشمل الخطة حفر مئتي بئر جديدة وتوزيع البذور المحسنة على المزارعين الصغار مجانا.",
    "الطقس",
    "وكان البرلمان قد صادق على ميزانية الخطة في شهر مارس/آذار الماضي بأغلبية كبيرة.",
  ]),
  article("x2", "2031-05-15", "إطلاق خطة القمح", [
    "أطلق وزير الزراعة الموريتاني سالم ولد الداه في 12 مايو خطة وطنية لزراعة القمح في الولايات الجنوبية.",
    "ويأمل المزارعون أن تساعدهم الخطة على مواجهة الجفاف الذي ضرب المنطقة خلال السنوات الأخيرة.",
  ]),
  article("x3", "2031-05-16", "بطولة الفروسية", [
    "افتتح نادي الفروسية في مدينة الزهراء بطولته السنوية في 2 أبريل/نيسان بمشاركة عشرين فارسا من خمس دول.",
    "وفاز الفارس الشاب نبيل القاسمي بالجائزة الأولى في منافسة القفز على الحواجز أمام جمهور كبير.",
  ]),
];
