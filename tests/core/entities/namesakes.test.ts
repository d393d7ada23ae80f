/**
 * People who share a surname, and one person spelt two ways: /who must keep namesakes apart and bring spellings
 * together (issue 6 spot checks on the 10k-article corpus).
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import type { Article } from "../../../src/core/types.ts";

function corpus(texts: string[]) {
  const articles: Article[] = texts.map((text, i) => ({
    id: `n${i}`, title: `خبر ${i + 1}`, source: "وكالة", sourceEn: null, published: `2017-01-${String(i + 1).padStart(2, "0")}`,
    publishedPrecision: "day", url: null, lang: "ar", paragraphs: [text], origin: `n${i}.txt`,
  }));
  return createCore({ articles });
}

describe("GIVEN three men called محمد … الحامدي, and محمد الحامدي alone", () => {
  const core = corpus([
    "قال رئيس حزب تيار المحبة الهاشمي الحامدي إن الحكومة فشلت في إدارة الأزمة.",
    "وطالب محمد الهاشمي الحامدي بتشكيل حكومة جديدة.",
    "وقال النائب محمد الحامدي إن القانون مرفوض.",
    "وقدم رئيس أركان جيش البر محمد صالح الحامدي استقالته.",
  ]);

  it("THEN the party leader is one person, with his own office and none of the others'", () => {
    const hamdi = core.who("الهاشمي الحامدي")[0]!;
    expect(hamdi.name.ar).toBe("محمد الهاشمي الحامدي");
    expect(hamdi.articles).toEqual(["n0", "n1"]);
    expect(hamdi.roles.map((r) => r.ar)).toEqual(["رئيس حزب تيار المحبة"]);
  });

  it("THEN the MP and the army chief are two more people", () => {
    const mp = core.who("محمد الحامدي")[0]!;
    expect(mp.name.ar).toBe("محمد الحامدي");
    expect(mp.articles).toEqual(["n2"]);
    expect(core.who("محمد صالح الحامدي")[0]!.articles).toEqual(["n3"]);
  });
});

describe("GIVEN one person spelt two ways", () => {
  it.each([
    ["وقال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده مستعدة.", "وهدد زعيم كوريا الشمالية كيم جونج أون بتجربة صاروخية جديدة."],
    ["وقال الرئيس اليمني السابق علي عبد الله صالح إن الحرب مستمرة.", "وظهر علي عبدالله صالح في خطاب متلفز."],
    ["وقال النائب عن الجبهة الشعبية المنجي الرحوي إن الميزانية مرفوضة.", "وانتقد منجي الرحوي مشروع القانون."],
    // The same office, and a surname with ت for ط.
    ["وقال الناطق الرسمي باسم المحكمة الابتدائية بتونس سفيان السليطي إن التحقيق متواصل.", "وأكد الناطق الرسمي باسم المحكمة الابتدائية بتونس سفيان السليتي أن المتهم موقوف."],
  ])("THEN «%s» and «%s» are one person", (a, b) => {
    const people = corpus([a, b]).who(undefined, { limit: 50 }).filter((e) => e.type === "person");
    expect(people).toHaveLength(1);
    expect(people[0]!.articles).toEqual(["n0", "n1"]);
  });
});

describe("GIVEN a known person referred to by a surname only they bear", () => {
  it("THEN /who by the English surname finds the person, with the articles that name them so", () => {
    const core = corpus(["وقالت وزيرة الصحة سميرة مرعي إن المستشفى جاهز.", "وأعلنت مرعي عن إجراءات جديدة لفائدة القطاع."]);
    const [first] = core.who("Merai");
    expect(first?.name.en).toBe("Samira Merai");
    expect(first?.articles).toEqual(["n0", "n1"]);
  });
});

describe("GIVEN two men whose surnames differ in an emphatic letter", () => {
  it("THEN with different offices they stay two people", () => {
    const people = corpus([
      "وقال الناطق الرسمي باسم المحكمة الابتدائية بتونس سفيان السليطي إن التحقيق متواصل.",
      "وقال المدرب سفيان السليتي إن الفريق جاهز.",
    ]).who(undefined, { limit: 50 }).filter((e) => e.type === "person");
    expect(people).toHaveLength(2);
  });
});

describe("GIVEN the sister of a former president, named after his office", () => {
  const core = corpus([
    "وأجلت المحكمة قضية حرق منزل شقيقة الرئيس الأسبق نعيمة بن علي بحمام بنت الجديدي.",
    "وقال الرئيس الأسبق زين العابدين بن علي في رسالة إنه بريء.",
  ]);

  it("THEN she is found without his office, and is not him", () => {
    const naima = core.who("نعيمة بن علي")[0]!;
    expect(naima.name.ar).toBe("نعيمة بن علي");
    expect(naima.roles).toEqual([]);
    expect(naima.articles).toEqual(["n0"]);
    const president = core.who("زين العابدين بن علي")[0]!;
    expect(president.articles).toEqual(["n1"]);
    expect(president.roles.map((r) => r.ar)).toEqual(["الرئيس الأسبق"]);
  });

  it("THEN the daughter of a former president named after her is still him: «ابنة الرئيس الأسبق بيل كلينتون»", () => {
    const clinton = corpus(["وحضرت تشيلسي كلينتون، ابنة الرئيس الأسبق بيل كلينتون، الحفل."]).who("بيل كلينتون")[0]!;
    expect(clinton.roles.map((r) => r.ar)).toEqual(["الرئيس الأسبق"]);
  });
});

describe("GIVEN Maghrebi first names that carry the article", () => {
  it.each([
    ["وقال محافظ البنك المركزي الشاذلي العياري إن التضخم تراجع.", "الشاذلي العياري", "Shedly al-Ayari"],
    ["قال المناضل محمد العروسي الهاني إن الصراع قديم.", "محمد العروسي الهاني", "Mohammed Laroussi al-Hani"],
    ["وقال النائب الجيلاني الهمامي إن الحكومة فشلت.", "الجيلاني الهمامي", "Jilani Hammami"],
  ])("THEN «%s» names %s (%s)", (text, ar, en) => {
    const person = corpus([text]).who(undefined, { limit: 5 }).find((e) => e.type === "person");
    expect(person?.name).toEqual({ ar, en });
  });
});

describe("GIVEN a family name without its first name, and two men who share it", () => {
  const core = corpus([
    "وقال المدير العام لشركة النقل ياسين بن جاب الله إن الخط سيعود للعمل.",
    "وأضاف بن جاب الله أن الأشغال انتهت.",
    "وتضم القائمة فوزي جاب الله ومحمود جاب الله.",
  ]);

  it("THEN بن is no initial: the two men are not the director, whose family name alone stays his", () => {
    const director = core.who("ياسين بن جاب الله")[0]!;
    expect(director.aliases).toEqual(expect.arrayContaining(["بن جاب الله"]));
    expect(director.aliases).not.toContain("فوزي جاب الله");
    expect(director.aliases).not.toContain("محمود جاب الله");
    expect(core.who("فوزي جاب الله")[0]!.name.ar).toBe("فوزي جاب الله");
  });

  it("THEN the family name on الله is two words: عبد الله and خلف الله are two families", () => {
    const people = corpus([
      "وقال رئيس الغرفة عبد الحميد بن عبد الله إن القطاع يعاني.",
      "وأكد عبد الحميد خلف الله أن المشروع سينطلق.",
    ]).who(undefined, { limit: 50 }).filter((e) => e.type === "person");
    expect(people.map((p) => p.name.ar).sort()).toEqual(["عبد الحميد بن عبد الله", "عبد الحميد خلف الله"]);
  });
});

describe("GIVEN well-known names spelt with and without their long vowels, or without the leading محمد", () => {
  const core = corpus([
    "قال المرشح فرانسوا فيون إن برنامجه واضح.",
    "وأكد فرنسوا فيون أنه باق في السباق.",
    "وقال الرئيس الأسبق محمد المنصف المرزوقي إن الانتخابات مزورة.",
    "واعتبر منصف المرزوقي أن الحكومة فشلت.",
    "وقال الأمين العام نور الدين الطبوبي إن الإضراب قائم.",
    "وأكد نورالدين الطبوبي أن المفاوضات متواصلة.",
    "وقال رشاد بن رمضان إن المشروع جاهز.",
    "وأكد رشدي بن رمضان أن الفريق جاهز.",
  ]);
  const articlesOf = (q: string) => core.who(q)[0]!.articles;

  it("THEN «فرنسوا» is «فرانسوا», and «نورالدين» is «نور الدين»: one person each", () => {
    expect(articlesOf("فرنسوا فيون")).toEqual(["n0", "n1"]);
    expect(articlesOf("نورالدين الطبوبي")).toEqual(["n4", "n5"]);
  });
  it("THEN «منصف المرزوقي» is «محمد المنصف المرزوقي»", () => {
    expect(core.who("منصف المرزوقي")[0]!.name.ar).toBe("محمد المنصف المرزوقي");
    expect(articlesOf("منصف المرزوقي")).toEqual(["n2", "n3"]);
  });
  it("THEN two names whose vowels stand in different places stay two people", () => {
    expect(articlesOf("رشاد بن رمضان")).toEqual(["n6"]);
    expect(articlesOf("رشدي بن رمضان")).toEqual(["n7"]);
  });
});
