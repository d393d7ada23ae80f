/**
 * The temporal tagger over real phrasings: the seed articles (seeds/*.txt), the ant-jawhara corpus
 * (Tunisian and Algerian month names) and common news forms of every month system. Table-driven.
 */
import { describe, it } from "vitest";
import { check, type Row } from "./table.ts";

const SEED000 = "2024-07-25"; // a Thursday
const SEED002 = "2024-03-30"; // a Saturday
const SEED003 = "2021-07-26"; // a Monday
const SEED004 = "2023-08-11"; // a Friday

const rows: [name: string, row: Row][] = [
  // Seed articles.
  ["seed 000: اليوم الخميس", { text: "أكد العراق والولايات المتحدة، اليوم الخميس، التزامهما", published: SEED000, want: [{ date: "2024-07-25", precision: "day", phrase: "اليوم الخميس", relative: true }] }],
  ["seed 000: day range with combined month and الحالي", { text: "خلال يومي 22 و23 يوليو/تموز الحالي، تخللها لقاء", published: SEED000, want: [{ date: "2024-07-22", end: "2024-07-23", precision: "day", phrase: "يومي 22 و23 يوليو/تموز الحالي" }] }],
  ["seed 000: month with spaced combined form and الماضي", { text: "وبدأت المحادثات في يناير/ كانون الثاني الماضي، بعد", published: SEED000, want: [{ date: "2024-01", precision: "month", phrase: "يناير/ كانون الثاني الماضي", relative: true }] }],
  ["seed 000: day and month with الماضي", { text: "التي عقدت في بغداد، في 27 يناير/ كانون الثاني الماضي، إلى اتفاق", published: SEED000, want: [{ date: "2024-01-27", precision: "day", phrase: "27 يناير/ كانون الثاني الماضي" }] }],
  ["seed 001: بحلول عام 2025", { text: "خروج القوات الأمريكية من البلاد بحلول عام 2025 وأن يبدأ الانسحاب هذا العام.", published: SEED000, want: [{ date: "2025", precision: "year", phrase: "عام 2025" }, { date: "2024", precision: "year", phrase: "هذا العام", relative: true }] }],
  ["seed 001: يوم الثلاثاء from a Thursday", { text: "والتقى وزير الدفاع الأميركي لويد أوستن مع نظيره العراقي يوم الثلاثاء لمناقشة", published: SEED000, want: [{ date: "2024-07-23", precision: "day", phrase: "يوم الثلاثاء", relative: true }] }],
  ["seed 001: يوم الاثنين", { text: "ونظيره العراقي يوم الاثنين، أعرب الجانبان", published: SEED000, want: [{ date: "2024-07-22", precision: "day" }] }],
  ["seed 001: يوم الأربعاء", { text: "بيان مشترك صدر يوم الأربعاء أي جدول زمني", published: SEED000, want: [{ date: "2024-07-24", precision: "day" }] }],
  ["seed 001: الأسبوع الماضي = the seven days before", { text: "اجتمع كبار المسؤولين في واشنطن خلال الأسبوع الماضي للتوصل", published: SEED000, want: [{ date: "2024-07-18", end: "2024-07-24", precision: "day", phrase: "الأسبوع الماضي" }] }],
  ["seed 001: في عام 2003", { text: "للإطاحة بصدام حسين في عام 2003.", published: SEED000, want: [{ date: "2003", precision: "year", relative: false }] }],
  ["seed 002: bare weekday on its own day", { text: "أعلن العراق، السبت، انتهاء الجولة الثالثة", published: SEED002, want: [{ date: "2024-03-30", precision: "day", phrase: "السبت" }] }],
  ["seed 002: أغسطس/آب من العام الماضي", { text: "وتشكلت لجنة في أغسطس/آب من العام الماضي، لبحث", published: SEED002, want: [{ date: "2023-08", precision: "month", phrase: "أغسطس/آب من العام الماضي" }] }],
  ["seed 002: أكتوبر/تشرين الأول الماضي", { text: "في أكتوبر/تشرين الأول الماضي، واستهداف", published: SEED002, want: [{ date: "2023-10", precision: "month" }] }],
  ["seed 002: 24 مارس/آذار الجاري", { text: "وفي 24 مارس/آذار الجاري حذرت الولايات المتحدة", published: SEED002, want: [{ date: "2024-03-24", precision: "day", phrase: "24 مارس/آذار الجاري" }] }],
  ["seed 002: أغسطس 2023", { text: "بدأت في أغسطس 2023.", published: SEED002, want: [{ date: "2023-08", precision: "month", relative: false }] }],
  ["seed 002: 27 يناير/كانون الثاني without a year", { text: "بناءً على طلب الحكومة العراقية في 27 يناير/كانون الثاني.", published: SEED002, want: [{ date: "2024-01-27", precision: "day", relative: true }] }],
  ["seed 002: 10 فبراير/شباط", { text: "الجولة الثانية من عمل اللجنة انطلق في 10 فبراير/شباط.", published: SEED002, want: [{ date: "2024-02-10", precision: "day" }] }],
  ["seed 002: الشهر الجاري", { text: "الجولة الثالثة انطلقت الشهر الجاري.", published: SEED002, want: [{ date: "2024-03", precision: "month", relative: true }] }],
  ["seed 002: سبتمبر/أيلول عام 2014", { text: "وفي سبتمبر/أيلول عام 2014 تشكل تحالف", published: SEED002, want: [{ date: "2014-09", precision: "month", phrase: "سبتمبر/أيلول عام 2014" }] }],
  ["seed 002: في 2014", { text: "واجتاح داعش مناطق واسعة في سوريا والعراق في 2014، وأعلن", published: SEED002, want: [{ date: "2014", precision: "year", phrase: "2014" }] }],
  ["seed 003: يوم 31 من كانون الأول للعام الجاري 2021", { text: "وعدم وجود القوات القتالية بحلول يوم 31 من كانون الأول للعام الجاري 2021.", published: SEED003, want: [{ date: "2021-12-31", precision: "day", relative: false }] }],
  ["seed 003: للعام الجاري/2021", { text: "بحلول يوم 31 من كانون الأول للعام الجاري/2021.", published: SEED003, want: [{ date: "2021-12-31", precision: "day" }] }],
  ["seed 003: العاشر من شهر تشرين الأول المقبل", { text: "الإنتخابات البرلمانية المقررة في العاشر من شهر تشرين الأول المقبل.", published: SEED003, want: [{ date: "2021-10-10", precision: "day", phrase: "العاشر من شهر تشرين الأول المقبل" }] }],
  ["seed 003: بحلول نهاية العام", { text: "ستنهي بحلول نهاية العام \"مهمّتها القتاليّة\"", published: SEED003, want: [{ date: "2021-12-31", precision: "day", relative: true }] }],
  ["seed 003: بحلول 31 كانون الأول looks ahead", { text: "وأضافت \"بحلول 31 كانون الأول، لن يكون هناك مزيد", published: SEED003, want: [{ date: "2021-12-31", precision: "day", phrase: "31 كانون الأول" }] }],
  ["seed 003: 29 حزيران looks back", { text: "آخرها في 29 حزيران، حينما قصفت", published: SEED003, want: [{ date: "2021-06-29", precision: "day" }] }],
  ["seed 003: آب 2020", { text: "الزيارة الأخيرة للكاظمي إلى واشنطن في آب 2020، حصلت", published: SEED003, want: [{ date: "2020-08", precision: "month", phrase: "آب 2020" }] }],
  ["seed 003: الأحد the day before a Monday", { text: "قال وزير الدفاع الأميركي لويد أوستن الأحد إنّ", published: SEED003, want: [{ date: "2021-07-25", precision: "day" }] }],
  ["seed 003: vowelled and shadda'd text keeps original offsets", { text: "هُزم التنظيم في العراق عامَ 2017 على أيدي القوّات", published: SEED003, want: [{ date: "2017", precision: "year", phrase: "عامَ 2017" }] }],
  ["seed 004: 22 يونيو 2023", { text: "في قضاء الرطبة غربي البلاد. 22 يونيو 2023 - \"رئاسة أركان الجيش العراقي\"", published: SEED004, want: [{ date: "2023-06-22", precision: "day", relative: false }] }],
  ["seed 004: الجمعة on a Friday", { text: "قال مسؤول دفاعي أميركي، الجمعة، إن واشنطن", published: SEED004, want: [{ date: "2023-08-11", precision: "day" }] }],
  ["seed 004: مارس الماضي", { text: "خلال زيارة وزير الدفاع لويد أوستن إلى العراق في مارس الماضي، ولقاء", published: SEED004, want: [{ date: "2023-03", precision: "month", phrase: "مارس الماضي" }] }],
  ["seed 004: أبريل الماضي", { text: "أصدرت تقريراً، في أبريل الماضي، قالت", published: SEED004, want: [{ date: "2023-04", precision: "month" }] }],

  // ant-jawhara (Tunisian / Algerian month names, Jawhara FM phrasing).
  ["jawhara: الأربعاء 18 جانفي 2017", { text: "استضاف برنامج \"سينما سينما\" الأربعاء 18 جانفي 2017 في موعد استثنائي", published: "2017-01-20", want: [{ date: "2017-01-18", precision: "day", phrase: "الأربعاء 18 جانفي 2017" }] }],
  ["jawhara: ليلة 14 جانفي 2011", { text: "لحادثة وقعت ليلة 14 جانفي 2011 و تتواصل أطوارها", published: "2017-01-20", want: [{ date: "2011-01-14", precision: "day" }] }],
  ["jawhara: من 03 إلى 05 فيفري 2017", { text: "التي ستحتضنها تونس من 03 إلى 05 فيفري 2017 بالحي الرياضي", published: "2017-01-10", want: [{ date: "2017-02-03", end: "2017-02-05", precision: "day" }] }],
  ["jawhara: من 9 إلى 12 أفريل 2017", { text: "دوز من ولاية قبلي من 9 إلى 12 أفريل 2017، على وقع", published: "2017-04-01", want: [{ date: "2017-04-09", end: "2017-04-12", precision: "day" }] }],
  ["jawhara: يوم الأحد 25 جوان الجاري", { text: "سيكون يوم الأحد 25 جوان الجاري.", published: "2017-06-20", want: [{ date: "2017-06-25", precision: "day", phrase: "يوم الأحد 25 جوان الجاري" }] }],
  ["jawhara: اليوم الخميس 11 ماي 2017", { text: "تعقد شركة اليوم الخميس 11 ماي 2017 ندوة صحفية", published: "2017-05-11", want: [{ date: "2017-05-11", precision: "day", phrase: "اليوم الخميس 11 ماي 2017", relative: false }] }],
  ["jawhara: حتى نهاية جوان 2016", { text: "ستبلغ 5200 موطن شغل حتى نهاية جوان 2016 بفضل برامج", published: "2016-03-01", want: [{ date: "2016-06", precision: "month", phrase: "جوان 2016" }] }],
  ["jawhara: بشهر جوان من السنة المنقضية", { text: "مقارنة بشهر جوان من السنة المنقضية نتيجة", published: "2017-07-10", want: [{ date: "2016-06", precision: "month", phrase: "شهر جوان من السنة المنقضية" }] }],
  ["jawhara: في ماي 2016", { text: "القرض الذي خصصه لفائدة تونس في ماي 2016.", published: "2017-01-01", want: [{ date: "2016-05", precision: "month" }] }],
  ["jawhara: يوم 18 مارس الجاري", { text: "تنظم الإذاعة والتلفزة التونسية، يوم 18 مارس الجاري، حفلا", published: "2017-03-10", want: [{ date: "2017-03-18", precision: "day" }] }],
  ["jawhara: بداية من جوان القادم", { text: "في القطاع الخاص بداية من جوان القادم", published: "2017-02-15", want: [{ date: "2017-06", precision: "month", relative: true }] }],
  ["jawhara: بتاريخ 31 ماي (no year)", { text: "مراسلة لرئاسة الحكومة بتاريخ 31 ماي وينتظر", published: "2017-06-10", want: [{ date: "2017-05-31", precision: "day" }] }],
  ["jawhara: يوم 14 أفريل الجاري", { text: "وحدّد لقاء يوم 14 أفريل الجاري لكنه تراجع", published: "2017-04-05", want: [{ date: "2017-04-14", precision: "day" }] }],
  ["jawhara: اليوم الاثنين 4 جويلية 2016", { text: "وإلى غاية اليوم الاثنين 4 جويلية 2016 من تسجيل 388 مخالفة", published: "2016-07-04", want: [{ date: "2016-07-04", precision: "day" }] }],
  ["jawhara: نهاية أفريل الماضي", { text: "أول مسجد، نهاية أفريل الماضي، يصلي", published: "2017-05-28", want: [{ date: "2017-04", precision: "month" }] }],
  ["jawhara: في فيفري الماضي", { text: "وتم إجراء أول عملية في فيفري الماضي. وأكّد", published: "2017-03-02", want: [{ date: "2017-02", precision: "month" }] }],
  ["jawhara: منذ يوم 8 جويلية الجاري", { text: "التي انطلقت منذ يوم 8 جويلية الجاري، قد أوقعت", published: "2014-07-20", want: [{ date: "2014-07-08", precision: "day" }] }],
  ["jawhara: 3 أوت 2016", { text: "القانون الأساسي عدد 61 لسنة 2016 مؤرخ في 3 أوت 2016 يتعلق", published: "2017-03-01", want: [{ date: "2016", precision: "year", phrase: "لسنة 2016" }, { date: "2016-08-03", precision: "day" }] }],
  ["jawhara: weekday picks the year of a fixture", { text: "مقابلة الإياب تجرى يوم الجمعة 17 فيفري و المترشح", published: "2017-02-13", want: [{ date: "2017-02-17", precision: "day" }] }],
  ["jawhara: الفارط", { text: "منذ جانفي 2016 الفارط، وأنه ينتظر", published: "2017-01-09", want: [{ date: "2016-01", precision: "month" }] }],
  ["jawhara: بين سنتي 2011 و 2015", { text: "خلال الفترة الممتدة بين سنتي 2011 و 2015 قرابة 3 نقاط", published: "2016-05-27", want: [{ date: "2011", end: "2015", precision: "year" }] }],
  ["jawhara: 25 ماي2017 glued", { text: "قامت يوم 25 ماي2017 وحدات أمنية", published: "2017-05-26", want: [{ date: "2017-05-25", precision: "day" }] }],
  ["jawhara: numeric 11-06-1985", { text: "ابن عائشة السعداوي مواليد 11-06-1985 قاطن في", published: "2015-11-23", want: [{ date: "1985-06-11", precision: "day" }] }],
  ["jawhara: أمس الأربعاء", { text: "تمكن أعوان الحرس البحري بقليبية، أمس الأربعاء، من إحباط", published: "2017-02-02", want: [{ date: "2017-02-01", precision: "day", phrase: "أمس الأربعاء" }] }],
  ["jawhara: غدا الاثنين", { text: "يتوجه رئيس الحكومة غدا الاثنين إلى عاصمة النيجر", published: "2017-04-02", want: [{ date: "2017-04-03", precision: "day", phrase: "غدا الاثنين" }] }],
  ["jawhara: ليلة البارحة", { text: "في ساعة متأخرة من ليلة البارحة، لدى انعقاد", published: "2017-02-05", want: [{ date: "2017-02-04", precision: "day" }] }],
  ["jawhara: يوم الاحد المقبل", { text: "و ستواجه الشقيق المغرب يوم الاحد المقبل. و في", published: "2017-01-25", want: [{ date: "2017-01-29", precision: "day" }] }],
  ["jawhara: الثاني والعشرين من ديسمبر", { text: "محرومين من المياه منذ الثاني والعشرين من ديسمبر بسبب القتال", published: "2017-01-03", want: [{ date: "2016-12-22", precision: "day" }] }],
  ["jawhara: Hijri with its Gregorian twin", { text: "اليوم الخميس الموافق لـ 20 رمضان 1438 (15 جوان 2017).", published: "2017-06-15", want: [{ date: "2017-06-15", precision: "day", phrase: "اليوم الخميس" }, { date: "2017-06-15", precision: "day", phrase: "20 رمضان 1438" }, { date: "2017-06-15", precision: "day", phrase: "15 جوان 2017" }] }],
  ["jawhara: 8 أكتوبر الماضي printed later that October", { text: "في احتفال يوم 8 أكتوبر الماضي في", published: "2015-10-23", want: [{ date: "2015-10-08", precision: "day" }] }],

  // Month systems and forms.
  ["Egyptian: 15 فبراير 2022", { text: "في 15 فبراير 2022", want: [{ date: "2022-02-15", precision: "day" }] }],
  ["إبريل variant", { text: "في 3 إبريل 2019 أعلنت", want: [{ date: "2019-04-03", precision: "day" }] }],
  ["يونيه variant", { text: "صدر في 30 يونيه 2013", want: [{ date: "2013-06-30", precision: "day" }] }],
  ["يوليه variant", { text: "ثورة 23 يوليه 1952", want: [{ date: "1952-07-23", precision: "day" }] }],
  ["اغسطس without hamza", { text: "في 5 اغسطس 2020", want: [{ date: "2020-08-05", precision: "day" }] }],
  ["Levantine شباط", { text: "في 14 شباط 2005", want: [{ date: "2005-02-14", precision: "day" }] }],
  ["Levantine نيسان with a day", { text: "في 9 نيسان 2003", want: [{ date: "2003-04-09", precision: "day" }] }],
  ["Levantine أيار", { text: "في أيار 2018", want: [{ date: "2018-05", precision: "month" }] }],
  ["Levantine تشرين الثاني", { text: "في 11 تشرين الثاني 2018", want: [{ date: "2018-11-11", precision: "day" }] }],
  ["Levantine كانون الأول with الماضي", { text: "منذ كانون الأول الماضي", published: "2022-03-01", want: [{ date: "2021-12", precision: "month" }] }],
  ["الخامس عشر من آب", { text: "في الخامس عشر من آب", published: "2022-09-01", want: [{ date: "2022-08-15", precision: "day", phrase: "الخامس عشر من آب" }] }],
  ["الحادي والثلاثين من ديسمبر", { text: "حتى الحادي والثلاثين من ديسمبر 2023", want: [{ date: "2023-12-31", precision: "day" }] }],
  ["الأول من يناير", { text: "اعتبارا من الأول من يناير 2024", want: [{ date: "2024-01-01", precision: "day" }] }],
  ["Moroccan يوليوز", { text: "في 30 يوليوز 2019", want: [{ date: "2019-07-30", precision: "day" }] }],
  ["Moroccan غشت", { text: "في 20 غشت 1953", want: [{ date: "1953-08-20", precision: "day" }] }],
  ["Moroccan شتنبر", { text: "في شتنبر 2021", want: [{ date: "2021-09", precision: "month" }] }],
  ["Moroccan نونبر and دجنبر", { text: "بين 6 نونبر 2020 و 3 دجنبر 2020", want: [{ date: "2020-11-06", precision: "day" }, { date: "2020-12-03", precision: "day" }] }],
  ["combined in parentheses", { text: "في 12 أغسطس (آب) 2020", want: [{ date: "2020-08-12", precision: "day", phrase: "12 أغسطس (آب) 2020" }] }],
  ["Arabic-Indic digits", { text: "في ٢٧ يناير ٢٠٢٤ انطلقت", want: [{ date: "2024-01-27", precision: "day", phrase: "٢٧ يناير ٢٠٢٤" }] }],
  ["Arabic-Indic year", { text: "منذ عام ٢٠١٤", want: [{ date: "2014", precision: "year" }] }],
  ["year with م", { text: "تأسست سنة 2017م في تونس", want: [{ date: "2017", precision: "year", phrase: "سنة 2017م" }] }],
  ["bare year with glued م", { text: "وفي 1990م وقعت", want: [{ date: "1990", precision: "year", phrase: "1990م" }] }],
  ["العام 2020", { text: "خلال العام 2020 تراجع", want: [{ date: "2020", precision: "year", phrase: "العام 2020" }] }],
  ["numeric d/m/y", { text: "بتاريخ 27/1/2024 صدر", want: [{ date: "2024-01-27", precision: "day", phrase: "27/1/2024" }] }],
  ["numeric ISO", { text: "published 2024-01-27 in", want: [{ date: "2024-01-27", precision: "day" }] }],
  ["day range with dash", { text: "يومي 22-23 يوليو 2024", want: [{ date: "2024-07-22", end: "2024-07-23", precision: "day" }] }],

  // Hijri.
  ["Hijri day with هـ", { text: "في 15 رمضان 1445 هـ", want: [{ date: "2024-03-25", precision: "day", phrase: "15 رمضان 1445 هـ" }] }],
  ["Hijri year عام 1445هـ spans two Gregorian years", { text: "خلال عام 1445هـ", want: [{ date: "2023", end: "2024", precision: "year", phrase: "عام 1445هـ" }] }],
  ["Hijri two-word month ذو الحجة", { text: "يوم 9 ذو الحجة 1444 هـ", want: [{ date: "2023-06-27", precision: "day" }] }],
  ["Hijri month and year", { text: "في شهر ربيع الأول 1446 هـ", want: [{ date: "2024-09", end: "2024-10", precision: "month" }] }],
  ["Hijri صفر with a day and year", { text: "في 10 صفر 1446هـ", want: [{ date: "2024-08-14", precision: "day" }] }],

  // Relative.
  ["أمس", { text: "وقال أمس إن", published: "2024-07-25", want: [{ date: "2024-07-24", precision: "day", relative: true }] }],
  ["أول أمس", { text: "وصل أول أمس إلى", published: "2024-07-25", want: [{ date: "2024-07-23", precision: "day", phrase: "أول أمس" }] }],
  ["أول من أمس", { text: "أعلن أول من أمس", published: "2024-07-25", want: [{ date: "2024-07-23", precision: "day" }] }],
  ["غدا", { text: "تنطلق غداً المباراة", published: "2024-07-25", want: [{ date: "2024-07-26", precision: "day", phrase: "غداً" }] }],
  ["بعد غد", { text: "وتجرى الانتخابات بعد غد", published: "2024-07-25", want: [{ date: "2024-07-27", precision: "day", phrase: "بعد غد" }] }],
  ["السبت الماضي from a Saturday is a week back", { text: "منذ السبت الماضي", published: "2024-03-30", want: [{ date: "2024-03-23", precision: "day" }] }],
  ["الأحد المقبل", { text: "يوم الأحد المقبل", published: "2024-07-25", want: [{ date: "2024-07-28", precision: "day" }] }],
  ["الشهر الماضي across a year", { text: "في الشهر الماضي", published: "2024-01-10", want: [{ date: "2023-12", precision: "month" }] }],
  ["الشهر المقبل", { text: "خلال الشهر المقبل", published: "2024-12-10", want: [{ date: "2025-01", precision: "month" }] }],
  ["الأسبوع المقبل", { text: "الأسبوع المقبل", published: "2024-07-25", want: [{ date: "2024-07-26", end: "2024-08-01", precision: "day" }] }],
  ["هذا الأسبوع = Saturday to Friday", { text: "هذا الأسبوع", published: "2024-07-25", want: [{ date: "2024-07-20", end: "2024-07-26", precision: "day" }] }],
  ["العام الماضي", { text: "ارتفع العام الماضي بنسبة", published: "2024-07-25", want: [{ date: "2023", precision: "year" }] }],
  ["العام المقبل", { text: "في العام المقبل", published: "2024-07-25", want: [{ date: "2025", precision: "year" }] }],
  ["السنة الماضية", { text: "خلال السنة الماضية", published: "2024-07-25", want: [{ date: "2023", precision: "year" }] }],
  ["نهاية العام المقبل", { text: "قبل نهاية العام المقبل", published: "2024-07-25", want: [{ date: "2025-12-31", precision: "day" }] }],
  ["مارس المقبل from March", { text: "في مارس المقبل", published: "2024-03-15", want: [{ date: "2025-03", precision: "month" }] }],
  ["ISO 8601 publication with time", { text: "أعلن اليوم الجمعة", published: "2017-01-20T21:43:00+01:00", want: [{ date: "2017-01-20", precision: "day" }] }],
  ["DD/MM/YYYY publication", { text: "أعلن أمس", published: "31/03/2014", want: [{ date: "2014-03-30", precision: "day" }] }],
];

describe("tagDates: real phrasings", () => {
  it.each(rows)("GIVEN %s THEN the expected mentions", (_name, row) => check(row));
});
