import { describe, expect, it } from "vitest";
import { analyseArticleEntities, mergeEntities, toEnglishName, translateRole } from "../../../src/core/entities/index.ts";
import { entityEnglishName } from "../../../src/core/entities/translate-org.ts";
import { analyseText, peopleIn } from "./helpers.ts";

/** People found in one sentence: "surface <role>". */
function people(text: string): string[] {
  return analyseArticleEntities([text])[0]!.mentions.filter((m) => m.type === "person").map((m) => (m.role ? `${m.surface} <${m.role}>` : m.surface));
}

describe("GIVEN sentences about people in no list", () => {
  it("THEN a role with a comma-set name is found, with its English role", () => {
    const r = analyseArticleEntities(["وقال وزير الزراعة المصري، علاء فاروق، إن المحصول سيرتفع هذا العام بشكل ملحوظ."])[0]!;
    const p = r.mentions.find((m) => m.type === "person")!;
    expect(p.surface).toBe("علاء فاروق");
    expect(p.role).toBe("وزير الزراعة المصري");
    expect(translateRole(p.role!)).toBe("Egyptian Minister of Agriculture");
    expect(r.quotes[0]!.speaker).toBe("علاء فاروق");
    expect(r.quotes[0]!.text).toBe("المحصول سيرتفع هذا العام بشكل ملحوظ");
  });

  it.each([
    ["أكدت الناطقة باسم وزارة الصحة الأردنية ريم قطامش أن الوضع مستقر.", "ريم قطامش <الناطقة باسم وزارة الصحة الأردنية>"],
    ["والتقى الفريق الركن عامر زهدي قائد القوات البرية يوم الأحد.", "عامر زهدي <قائد القوات البرية>"],
    ["وصرح المتحدث باسم الجيش الليبي، منصور بلقاسم، بأن القوات تقدمت.", "منصور بلقاسم <المتحدث باسم الجيش الليبي>"],
    ["واستقبل رئيس الوزراء الكويتي ضاري الهاجري وفدا من رجال الأعمال.", "ضاري الهاجري <رئيس الوزراء الكويتي>"],
    ["وقال الخبير الاقتصادي التونسي نزيه بوسليمي في حديث للجوهرة إن الأسعار سترتفع.", "نزيه بوسليمي <الخبير الاقتصادي التونسي>"],
  ])("THEN %s gives %s", (text, expected) => {
    expect(people(text)).toContain(expected);
  });

  it("THEN apposition after the name carries the role back: 'X، وزير ...'", () => {
    expect(people("وأعلن سامر دبوسي، وزير النقل السوري، عن خطة جديدة للطرق.")).toContain("سامر دبوسي <وزير النقل السوري>");
  });

  it("THEN clitics are stripped from roles and names but not from inside them", () => {
    const r = analyseArticleEntities(["وتحدث مراسلنا مع الشيخ بدر الرفاعي وللرئيس الفرنسي رسالة."])[0]!;
    expect(r.mentions.find((m) => m.type === "person")?.surface).toBe("بدر الرفاعي");
    expect(people("وأشار وزير الدفاع الليبي، وليد بلعيد، إلى أن الجيش جاهز.")).toContain("وليد بلعيد <وزير الدفاع الليبي>");
  });

  it("THEN a later surname, a title + surname and a speakerless verb refer back across the article", () => {
    const s = analyseText("x", [
      "وقالت السفيرة البريطانية في عمان هيلين تالبوت إن الزيارة ناجحة جدا.",
      "وأضافت في مقابلة مع الصحفيين أن التعاون سيستمر لسنوات قادمة.",
      "وقال وزير الداخلية السوداني، كمال الطيب عوض، إن الحدود آمنة تماما.",
      "وتابع: \"لن نسمح بأي تهريب عبر الحدود الشرقية\".",
      "من جهتها ردت تالبوت على الأسئلة، فيما قال الوزير عوض إنه متفائل بالنتائج.",
    ].join("\n"));
    const ents = mergeEntities(s);
    const talbot = ents.find((e) => e.name.ar === "هيلين تالبوت")!;
    expect(talbot.mentions).toBe(2);
    expect(talbot.quotes.map((q) => q.text)).toContain("التعاون سيستمر لسنوات قادمة");
    expect(talbot.roles[0]!.en).toBe("British Ambassador in Amman");
    const awad = ents.find((e) => e.name.ar === "كمال الطيب عوض")!;
    expect(awad.quotes.map((q) => q.text)).toContain("لن نسمح بأي تهريب عبر الحدود الشرقية");
    expect(awad.mentions).toBe(2);
    expect(awad.roles.map((r) => r.en)).toEqual(["Sudanese Minister of the Interior"]);
  });

  it("THEN a courtesy title (السيد, الحاج) finds the name but is no role of the person", () => {
    const s = analyseText("x", ["وقال السيد خميس الحمروني إن الاجتماع كان مثمرا جدا.", "وأكد وزير الخارجية خميس الحمروني أن التعاون سيتواصل."].join("\n"));
    const person = mergeEntities(s).find((e) => e.name.ar === "خميس الحمروني")!;
    expect(person.mentions).toBe(2);
    expect(person.roles.map((r) => r.en)).toEqual(["Minister of Foreign Affairs"]);
  });

  it("THEN a full name and its surname merge across articles only when unambiguous", () => {
    const a = analyseText("a", "وقال وزير المالية المغربي، فوزي لقجع، إن الميزانية متوازنة هذا العام.");
    const b = analyseText("b", "وأكد لقجع أن العجز سينخفض في العام المقبل بشكل كبير.");
    const c1 = analyseText("c", "وقال النائب خالد مرزوق إن الجلسة تأجلت إلى الأسبوع المقبل.");
    const c2 = analyseText("d", "وقال النائب يوسف مرزوق إن التصويت سيجري غدا في البرلمان.");
    const c3 = analyseText("e", "وقال مرزوق إن المعارضة ستقاطع الجلسة المقبلة كلها.");
    const ents = mergeEntities([...a, ...b, ...c1, ...c2, ...c3]);
    expect(ents.find((e) => e.name.ar === "فوزي لقجع")!.articles).toEqual(["a", "b"]);
    // Two different مرزوق: the bare surname stays apart.
    expect(ents.filter((e) => e.type === "person" && e.aliases.includes("مرزوق")).map((e) => e.name.ar)).toEqual(["مرزوق"]);
    expect(ents.filter((e) => e.type === "person" && e.name.ar.endsWith("مرزوق"))).toHaveLength(3);
  });

  it("THEN organisations come from head + complement patterns and quoted names", () => {
    const r = analyseArticleEntities(['وأعلنت وزارة التربية الجزائرية وهيئة الرقابة المالية وكتلة "النهوض الوطني" عن اتفاق.'])[0]!;
    const orgs = r.mentions.filter((m) => m.type === "organization").map((m) => m.surface);
    expect(orgs).toEqual(["وزارة التربية الجزائرية", "هيئة الرقابة المالية", 'كتلة "النهوض الوطني"']);
  });

  it("THEN nothing throws on odd input", () => {
    const odd = ["", " ", "\u0000\uFFFF", "قال", "وزير", "وزير الدفاع،", "\"", "«»", "لـ", "x".repeat(5000), "قال: \"", "ﷺ 😀 ١٢٣"];
    expect(() => analyseArticleEntities(odd)).not.toThrow();
    expect(analyseArticleEntities(odd)).toHaveLength(odd.length);
    expect(() => mergeEntities([])).not.toThrow();
  });
});

describe("GIVEN Iraqi and Kurdish names and blocs (the seeds' region, in no seed)", () => {
  it("THEN common first names of the Mashriq open names and read as usual in English", () => {
    expect(peopleIn("وقال النائب عارف الحمامي إن البرلمان سيصوت على القرار.")).toEqual(["عارف الحمامي <النائب>"]);
    expect(peopleIn("واستقبل رئيس الإقليم نيجيرفان بارزاني الوفد الأمريكي.")).toContain("نيجيرفان بارزاني <رئيس الإقليم>");
    expect(toEnglishName("كاظم الساعدي", true)).toMatch(/^Kadhim /);
  });

  it("THEN the blocs are organisations with their English names, and «دولة القانون» alone stays the rule of law", () => {
    const org = (text: string) => analyseArticleEntities([text])[0]!.mentions.filter((m) => m.type === "organization").map((m) => m.surface);
    expect(org("وقال النائب عن ائتلاف دولة القانون إن التصويت تأجل.")).toEqual(["ائتلاف دولة القانون"]);
    expect(org("ودعا إلى بناء دولة القانون والمؤسسات.")).toEqual([]);
    expect(entityEnglishName("التيار الصدري", "organization")).toBe("Sadrist Movement");
  });

  it("THEN «أياد خفية» (hidden hands) is no one: إياد is also a plural noun", () => {
    expect(peopleIn("وأكد أن أياد خفية تقف وراء الحريق.")).toEqual([]);
  });
});
