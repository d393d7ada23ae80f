/**
 * Names in lists and names of venues (issue 6 spot checks on the 10k-article corpus): the next name of a list behind و,
 * a first name that is also a common word between two listed names, a person right after a venue named after someone,
 * and the words that end a name («كرأس حربة»).
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import type { Article } from "../../../src/core/types.ts";
import { peopleIn, saidIn } from "./helpers.ts";

describe("GIVEN a list whose next name is a compound first name behind و", () => {
  it.each([
    ["وحضر الجلسة فوزي معاوية وعبد العزيز القطي.", ["فوزي معاوية", "عبد العزيز القطي"]],
    ["وحضر الجلسة فوزي معاوية ونور الدين القطي.", ["فوزي معاوية", "نور الدين القطي"]],
    ["والتقى الوزير وعبد الحميد الكافي.", ["عبد الحميد الكافي"]],
  ])("GIVEN %j THEN the people are %j", (text, people) => {
    expect(peopleIn(text)).toEqual(people);
  });

  it("THEN a grandfather named like the person keeps one man's name whole", () => {
    const people = peopleIn("وضم الوفد محمد علي البستكي، وأحمد عبدالرحمن أحمد كليب الطنيجي.");
    expect(people).not.toContain("أحمد عبدالرحمن");
    expect(people.some((p) => p.startsWith("أحمد عبدالرحمن أحمد"))).toBe(true);
  });
});

describe("GIVEN a first name that is also a common word between two names of a list", () => {
  it.each([
    ["وحمل البيان توقيع خميّس قسيلة والناصر شويخ وفوزي معاوية.", ["خميّس قسيلة", "الناصر شويخ", "فوزي معاوية"]],
    ["وحضر خميس قسيلة، جمال شويخ، فوزي معاوية.", ["خميس قسيلة", "جمال شويخ", "فوزي معاوية"]],
  ])("GIVEN %j THEN the people are %j", (text, people) => {
    expect(peopleIn(text)).toEqual(people);
  });

  it.each([
    ["وحضر خميس قسيلة والأمل كبير في نجاح الجلسة."],
    ["وحضر خميس قسيلة وجمال المدينة يبهر الزوار."],
  ])("GIVEN %j THEN the common word after the name is no one", (text) => {
    expect(peopleIn(text)).toEqual(["خميس قسيلة"]);
  });
});

describe("GIVEN a venue named after someone", () => {
  it("THEN the person after the venue's namesake is the one who speaks", () => {
    const text = "أكد مدير مستشفى محمد الصالحي لطفي الرزقي في اتصال هاتفي أنّه تمّ فتح تحقيق في الحادثة.";
    expect(peopleIn(text)).toEqual(["لطفي الرزقي"]);
    expect(saidIn(text)).toEqual(["لطفي الرزقي: تمّ فتح تحقيق في الحادثة"]);
  });

  it.each([
    ["وتحتضن ملعبي محمد الصالحي وعزيز تاج دورة دولية."],
    ["أضرم التلميذ النار في جسده داخل المدرسة الاعدادية \"محمد الصالحي\" بالشابة."],
    ["وزار الوفد مدرسة \"محمد الصالحي\" بالشابة."],
    ["وأصيب تلميذان من المدرسة الابتدائية محمد الصالحي بالجهة."],
    ["وأمر الرئيس مجموعة قتالية تابعة لحاملة الطائرات كارل فينسون بالإبحار صوب المياه."],
  ])("GIVEN %j THEN no one is named", (text) => {
    expect(peopleIn(text)).toEqual([]);
  });

  it("THEN a name in quotation marks after an office over a town is that officer's", () => {
    expect(peopleIn("وقد أقر هذا المنع عمدة المدينة \"دافيد ليسنارد\" وينص القرار على منع السباحة.")).toEqual(["دافيد ليسنارد"]);
  });

  it("THEN an office in a hospital named after someone is the office whole", () => {
    expect(peopleIn("ووصف خالد بن جازية رئيس قسم الإنعاش بمستشفى محمد الصالحي بسوسة، في تصريح للإذاعة، الحدث بالحلم.")).toEqual([
      "خالد بن جازية <رئيس قسم الإنعاش بمستشفى محمد الصالحي بسوسة>",
    ]);
  });

  it("THEN the namesake's family name in the venue's name is no mention of the namesake, whom the article names elsewhere", () => {
    const article: Article = {
      id: "v1", title: "تحقيق في وفاة رضيع", source: "وكالة", sourceEn: null, published: "2017-02-04", publishedPrecision: "day",
      url: null, lang: "ar", origin: "v1.txt",
      paragraphs: [
        "أكد مدير مستشفى محمد الصالحي لطفي الرزقي في اتصال هاتفي أنّه تمّ فتح تحقيق في الحادثة.",
        "ويحمل المستشفى اسم الزعيم النقابي محمد الصالحي الذي اغتيل سنة 1952.",
      ],
    };
    const core = createCore({ articles: [article] });
    const namesake = core.who("محمد الصالحي")[0]!;
    expect(namesake.sentenceIds).toEqual(["v1#1"]);
    expect(namesake.quotes).toEqual([]);
    const director = core.who("لطفي الرزقي")[0]!;
    expect(director.quotes.map((q) => q.text)).toEqual(["تمّ فتح تحقيق في الحادثة"]);
  });
});

describe("GIVEN «ك» (as) and a noun after a name", () => {
  it.each([
    ["بدخول محمد بوعزة كرأس حربة مكان اللاعب المصاب.", ["محمد بوعزة"]],
    ["وقال محمد كريشان إن البرنامج متواصل.", ["محمد كريشان"]],
  ])("GIVEN %j THEN the people are %j", (text, people) => {
    expect(peopleIn(text)).toEqual(people);
  });
});

describe("GIVEN Maghreb and Mashriq first names no list knew («غيلان», «مقداد», «صابرين», «بوجمعة»)", () => {
  it.each([
    ["والتقى الوفد غيلان الشعلالي ومقداد السهيلي في العاصمة.", ["غيلان الشعلالي", "مقداد السهيلي"]],
    ["وحضرت الجلسة صابرين القوبنطيني ونذير القطاري.", ["صابرين القوبنطيني", "نذير القطاري"]],
    ["وحمل البيان توقيع بوجمعة الرميلي.", ["بوجمعة الرميلي"]],
  ])("GIVEN %j THEN the people are %j", (text, people) => {
    expect(peopleIn(text)).toEqual(people);
  });
});
