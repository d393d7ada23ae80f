/**
 * Word lists of the temporal tagger, as sets of `wordKey`s: weekdays, relative adjectives, year words,
 * the prepositions that make a bare year or month a date, and the neighbours that unmake one.
 */
import { wordKey } from "./tokens.ts";

/** The `wordKey`s of space-separated words. */
export const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(wordKey));

/** Weekdays, 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export const WEEKDAYS = new Map<string, number>(
  (
    [
      ["الأحد", 0], ["الاثنين", 1], ["الإثنين", 1], ["الثلاثاء", 2], ["الأربعاء", 3],
      ["الخميس", 4], ["الجمعة", 5], ["السبت", 6],
    ] as const
  ).map(([w, n]) => [wordKey(w), n]),
);

/** Direction of a relative adjective: -1 past, 0 current, +1 next. */
export type Direction = -1 | 0 | 1;

export const RELATIVE = new Map<string, Direction>([
  // With the dual and plural of two dates or months ("بين 22 جويلية و5 أوت المقبلين", "شهري أكتوبر ونوفمبر القادمين").
  ...[...keys("الماضي الماضية المنصرم المنصرمة الفائت الفائتة المنقضي المنقضية الفارط الفارطة الماضيين الماضيتين المنقضيين المنصرمين الفارطين")].map(
    (k) => [k, -1] as [string, Direction],
  ),
  ...[...keys("الجاري الجارية الحالي الحالية")].map((k) => [k, 0] as [string, Direction]),
  ...[...keys("المقبل المقبلة القادم القادمة المقبلين المقبلتين القادمين القادمتين")].map((k) => [k, 1] as [string, Direction]),
]);

/** "year" nouns that may stand before a year number or a relative adjective. */
export const YEAR_WORDS = keys("عام العام سنة السنة للعام للسنة لعام لسنة");
/** Dual "the two years" before a year range: "عامي 2014 و2017". */
export const YEAR_DUAL = keys("عامي سنتي العامين");
/** "month" nouns: "شهر يناير", "الشهر الماضي". */
export const MONTH_WORD = keys("شهر لشهر بشهر وشهر");
export const THE_MONTH = keys("الشهر للشهر");
export const THE_WEEK = keys("الأسبوع للأسبوع");
export const DAY_WORDS = keys("يوم يومي أيام اليوم");
/** Words of a count of days back from publication («قبل يومين», «منذ ثلاثة أيام»): where relative.ts's daysAgo is tried. */
export const DAYS_BACK = keys("يومين أيام");
export const THIS = keys("هذا هذه لهذا لهذه");

/** Suffixes after a year number: Gregorian (م، ميلادي) and Hijri (هـ folded to ه، هجري). */
export const AD_SUFFIX = keys("م ميلادي ميلادية للميلاد");
export const AH_SUFFIX = keys("ه هجري هجرية للهجرة");

/** Words after which a bare four-digit number reads as a year ("في 2014", "منذ 2003"). */
export const YEAR_TRIGGERS = keys(
  "في وفي منذ ومنذ حتى وحتى خلال بحلول مطلع أواخر أوائل منتصف بداية نهاية قبل بعد إلى الى لغاية غاية",
);
/** Words after which a bare month reads as a month ("في يناير", "منذ أكتوبر"). */
export const MONTH_TRIGGERS = keys(
  "في وفي منذ ومنذ حتى وحتى خلال بحلول مطلع أواخر أوائل منتصف بداية نهاية قبل بعد إلى الى أواسط غاية",
);
/** The only preposition that admits an ambiguous month (مارس): في is never followed by a verb. */
export const STRICT_MONTH_TRIGGERS = keys("في وفي");
/** Words that turn a month or day without a year towards the future ("بحلول 31 كانون الأول"). */
export const FUTURE_TRIGGERS = keys("بحلول");
/**
 * Future verbs (سـ + imperfect) and سوف: a bare weekday after one in its sentence ("سيتم عقد جلسة يوم الاثنين") is
 * the coming one. A list, not the shape سـ + ي/ت: سيدي، سيارة، سيطرة، سينما are nouns.
 */
export const FUTURE_VERBS = keys(
  "سوف سيتم ستتم سيكون ستكون سيقع ستقع سيدور ستدور سينطلق ستنطلق سينعقد ستنعقد سيعقد ستعقد سيجرى ستجرى سيجري ستجري " +
    "سيقام ستقام سيلتقي ستلتقي سيخوض ستخوض سيواجه ستواجه سيشارك ستشارك سيحضر ستحضر سيجتمع ستجتمع سينظم ستنظم ستنتظم " +
    "سينتظم ستلتئم سيلتئم سيحتضن ستحتضن سيعلن ستعلن سيبدأ ستبدأ سيشرع ستشرع سيغادر ستغادر سيزور ستزور سيستقبل ستستقبل " +
    "سيتوجه ستتوجه سيصل ستصل سيعود ستعود سيفتح ستفتح سيدخل ستدخل سيقدم ستقدم سيلقي سيتحول سيؤدي ستؤدي سيشهد ستشهد " +
    // What is planned or expected: "من المنتظر أن تنطلق", "من المقرر أن", "زيارة مرتقبة", "يعتزم".
    "المنتظر المقرر المتوقع المزمع المرتقب المرتقبة مرتقب مرتقبة يعتزم تعتزم يرتقب يعتزمون ينتظر " +
    "ستتسلم سيتسلم سيتسلمون ستستضيف سيستضيف ستنشر سينشر سيتواصل ستتواصل ستخصص سيخصص ستنتهي سينتهي ستمتد سيمتد",
);

/** Past verbs that report an event ("التي دارت يوم الأحد"): a future word before them does not reach the date after. */
export const PAST_EVENT_VERBS = keys(
  // Not the forms that are also nouns (عقد a holding, دار a house, وقع an impact, نظم a system).
  "دارت جرت جرى انعقدت انعقد أقيمت أقيم انتظمت انتظم شهدت عقدت انتهت انتهى وقعت حصلت تمت جدت اندلعت انطلقت احتضنت",
);

/** Parts of the day before غد: "صباح غد", "مساء غد". */
export const DAY_PARTS = keys("صباح مساء ظهر ليلة عشية فجر ظهيرة صبيحة");
/** "لغاية 20 أوت"; and غاية after إلى/حتى ("إلى غاية 20 أوت"). */
export const UNTIL = keys("لغاية");
export const UNTIL_NOUN = keys("غاية");
/** "بين 25 و30": a range. */
export const BETWEEN = keys("بين وبين");

/** Range joiners between two day numbers: "22 و23", "3 إلى 5", "3-5". */
export const RANGE_JOINERS = keys("و إلى الى حتى - – —");
/** "الموافق" between a weekday and its date ("يوم الاثنين الموافق 26 جوان"). */
export const AGREEING = keys("الموافق");
/** Words that open a range of years: "من 2014 إلى 2017", "بين 2011 و2015". */
export const RANGE_OPENERS = keys("من بين ومن وبين منذ");
/** Parts of a period: "النصف الثاني من شهر رمضان" is its second half, not its second day. */
export const PERIOD_PARTS = keys("النصف نصف الثلث الربع الشطر العشر العشرية الأسبوع الاسبوع الجزء القسم الطور الدور الجولة الشوط");
/**
 * Places named after a date ("نهج 18 جانفي", "المدرسة الإعدادية 20 مارس", "ملعب 7 نوفمبر"): a day and month
 * right after one of these (or after one of these and an adjective) is a name, not a date.
 */
export const NAMED_AFTER_DATE = keys(
  "شارع نهج ساحة معهد مدرسة ملعب حي جسر مستشفى طريق مطار ميناء قاعة نزل جامع مسجد مستوصف روضة مركب " +
    "الشارع النهج الساحة المعهد المدرسة الملعب الحي الجسر المستشفى الطريق المطار الميناء القاعة النزل الجامع المسجد المستوصف الروضة المركب",
);
/**
 * Events named after their day ("ثورة 14 جانفي", "انتفاضة 26 جانفي", "حركة 18 أكتوبر"): without a year the day names the
 * event, whose year the text does not give; it is no date of this year.
 */
export const EVENT_NAMED_AFTER_DATE = keys("ثورة الثورة انتفاضة الانتفاضة حركة أحداث الأحداث");
/** "من" between a day and a month ("العاشر من شهر…") or a month and a year ("من العام الماضي"). */
export const OF = keys("من");

export const TODAY = keys("اليوم");
export const YESTERDAY = keys("أمس الأمس البارحة");
export const TOMORROW = keys("غدا");
/** "أول" (first) and the Maghreb "غرة" (first day of the month: "غرة أفريل 2017"). */
export const FIRST = keys("أول غرة");
export const AFTER = keys("بعد");
export const TOMORROW_NOUN = keys("غد");
export const YEAR_END = keys("نهاية");
export const YEAR_START = keys("مطلع بداية أوائل");
/** «أواخر عام 2023»: the last three months of the year. */
export const YEAR_LATE = keys("أواخر");
/** «منتصف العام المقبل», «أواسط 2022»: the middle two months of the year. */
export const YEAR_MID = keys("منتصف أواسط");

/** Words after اليوم that make it "the day" in general, not today: اليوم العالمي، اليوم التالي. */
export const NOT_TODAY_AFTER = keys(
  "التالي الموالي الأول الثاني الثالث الرابع الخامس الأخير السابق نفسه ذاته العالمي الوطني الدولي " +
    "العربي الواحد الذي المفتوح الدراسي الموعود المشهود الآخر الاخر",
);
/** Words before اليوم that point to another day or "per day": ذلك اليوم، نفس اليوم، "775 مليما في اليوم". */
export const NOT_TODAY_BEFORE = keys("ذلك تلك هذا ذات طوال طيلة نفس في");
/** Words before a weekday that make it generic (كل جمعة، صلاة الجمعة، أيام الأحد) or a place's name (سوق الأحد، واد الجمعة). */
export const NOT_WEEKDAY_BEFORE = keys("كل أيام صلاة خطبة خطب خطيب صلوات بين كلا سوق واد وادي نهج شارع ساحة");
/**
 * "الأحد عشر" is "the eleven"; "الخميس الأسود", "الأحد الدامي", "الجمعة السوداء", "الثلاثاء الكبير" name an event of
 * some year (Black Thursday, Bloody Sunday), not a day of the publication's week.
 */
export const NOT_WEEKDAY_AFTER = keys(
  "عشر عشرة والعشرين والثلاثين والأربعين والخمسين اللذين اللتين الأسود السوداء الدامي الدامية الكبير العظيم العظيمة الحزين الحزينة",
);
