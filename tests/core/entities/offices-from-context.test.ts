/**
 * Offices the context gives: «مع نظيره السوري فيصل المقداد», someone named as a minister's counterpart holds that office
 * in their own country, and is found although no office stands right before the name; «الحزب الديمقراطي الكردستاني
 * بزعامة مسعود بارزاني», the one who leads a body holds the office of leading it; «محمد حمدان دقلو، المعروف بحميدتي», the
 * name a person is known by is theirs too. And a surname only the lexicon knows, before a family
 * name of its own («تاجر المخدرات مرعي الرمثان»), is someone else's first name, not the lexicon's bearer.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import { translateRole } from "../../../src/core/entities/index.ts";
import { articleOf, peopleIn } from "./helpers.ts";

const article = (id: string, paragraphs: string[]) => articleOf(id, paragraphs, "2023-05-21");

describe("GIVEN a person named as an office-holder's counterpart", () => {
  it.each([
    [
      "وقال وزير الخارجية الأردني أيمن الصفدي، خلال مؤتمر صحفي مع نظيره السوري فيصل المقداد في عمّان، إن المملكة لن تتهاون.",
      ["أيمن الصفدي <وزير الخارجية الأردني>", "فيصل المقداد <وزير الخارجية السوري>"],
    ],
    ["لقاء وزير الدفاع العراقي، ثابت العباسي، مع نظيره الأميركي، لويد أوستن", ["ثابت العباسي <وزير الدفاع العراقي>", "لويد أوستن <وزير الدفاع الأميركي>"]],
    ["وبحث وزير الخارجية العراقي مع نظيره الإيراني عباس عراقجي العلاقات الثنائية.", ["عباس عراقجي <وزير الخارجية الإيراني>"]],
    ["وقال وزير الداخلية عماد الطرابلسي إنه التقى نظيره إبراهيم الجعفري.", ["عماد الطرابلسي <وزير الداخلية>", "إبراهيم الجعفري <وزير الداخلية>"]],
    ["واستقبلت وزيرة الصحة سميرة مرعي نظيرتها السودانية سمية ادريس في تونس.", ["سميرة مرعي <وزيرة الصحة>", "سمية ادريس <وزيرة الصحة السودانية>"]],
  ])("THEN in «%s» they hold the office in their own country: %j", (text, expected) => {
    expect(peopleIn(text)).toEqual(expected);
  });

  it("THEN an office whose nationality is a kingdom's or a union's is not carried over", () => {
    expect(peopleIn("والتقى وزير الشؤون الخارجية بالمملكة البلجيكية ديدييه رايندرز نظيره خميس الجهيناوي.")).toContain("خميس الجهيناوي");
    expect(peopleIn("وقال سفير الاتحاد الأوروبي ونظيره الأميركي جون كيري إن الاتفاق صامد.")).toContain("جون كيري");
  });

  it("THEN /who gives the counterpart their office in English", () => {
    const core = createCore({
      articles: [article("a", ["وقال وزير الخارجية الأردني أيمن الصفدي، خلال مؤتمر صحفي مع نظيره السوري فيصل المقداد في عمّان، إن المملكة لن تتهاون مع أي تهديد."])],
    });
    const mekdad = core.who("فيصل المقداد")[0]!;
    expect(mekdad.roles.map((r) => r.en)).toEqual(["Syrian Minister of Foreign Affairs"]);
  });
});

describe("GIVEN a nationality standing for a person before a first name and a definite family name", () => {
  it("THEN both words are the name", () => {
    expect(peopleIn("وقال السوري فيصل المقداد في عمّان إن بلاده ملتزمة.")).toEqual(["فيصل المقداد"]);
  });
});

describe("GIVEN a surname only the lexicon knows, followed by another family name", () => {
  const core = createCore({
    articles: [
      article("a", ["وأعلنت وزيرة الصحة سميرة مرعي عن حملة تلقيح."]),
      article("b", ["وأسفرت الغارة عن مقتل تاجر المخدرات مرعي الرمثان وأفراد من عائلته."]),
    ],
  });

  it("THEN it is not the lexicon's bearer, who is named only where she is", () => {
    expect(peopleIn("وأسفرت الغارة عن مقتل تاجر المخدرات مرعي الرمثان وأفراد من عائلته.")).not.toContain("مرعي");
    expect(core.who("سميرة مرعي")[0]!.articles).toEqual(["a"]);
  });

  it("THEN the surname alone, before a verb's object or an adjective, is still the bearer", () => {
    expect(peopleIn("وقرر ماكرون الاستقالة من الحكومة.")).toEqual(["ماكرون"]);
    expect(peopleIn("وتميل سياسة ماكرون الاقتصادية إلى الوسط.")).toEqual(["ماكرون"]);
  });
});

describe("GIVEN a person named as the one who leads, chairs or commands the body before", () => {
  it.each([
    ["وأظهرت النتائج تصدر الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني.", "مسعود بارزاني <زعيم الحزب الديمقراطي الكردستاني>"],
    ["وحل الاتحاد الوطني الكردستاني بزعامة بافل طالباني ثانيا.", "بافل طالباني <زعيم الاتحاد الوطني الكردستاني>"],
    ["وتصدر حزب العدالة والتنمية الحاكم برئاسة رجب طيب أردوغان النتائج.", "رجب طيب أردوغان <رئيس حزب العدالة والتنمية الحاكم>"],
  ])("THEN in «%s» they hold that office: %s", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it("THEN a body in the genitive of another noun is not the one they lead", () => {
    expect(peopleIn("وسيعتمد الإطار الفني للنادي الإفريقي بقيادة شهاب الليلي على التشكيلة التالية.")).toEqual(["شهاب الليلي"]);
  });

  it("THEN /who gives the office in English", () => {
    const core = createCore({ articles: [article("k", ["وأظهرت النتائج تصدر الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني."])] });
    expect(core.who("مسعود بارزاني")[0]!.roles.map((r) => r.en)).toEqual(["Leader of the Kurdistan Democratic Party"]);
  });
});

describe("GIVEN the office of leading a body, in English", () => {
  it.each([
    ["زعيم الحزب الديمقراطي الكردستاني", "Leader of the Kurdistan Democratic Party"],
    ["زعيم الاتحاد الوطني الكردستاني", "Leader of the Patriotic Union of Kurdistan"],
    ["زعيم التيار الصدري", "Leader of the Sadrist Movement"],
    ["زعيم حزب الله", "Leader of Hezbollah"],
    ["رئيس حزب العدالة والتنمية الحاكم", "Head of the Ruling Justice and Development Party"],
    ["رئيس حزب المؤتمر الوطني الحاكم", "Head of the Ruling National Congress Party"],
  ])("THEN %s reads %s: a body named for its kind takes «the», and a masculine adjective after a feminine noun is the head's", (ar, en) => {
    expect(translateRole(ar)).toBe(en);
  });
});

describe("GIVEN a person the text says is known by another name", () => {
  const core = createCore({
    articles: [
      article("sd", [
        "وقال قائد قوات الدعم السريع محمد حمدان دقلو، المعروف بحميدتي، في تسجيل صوتي إن قواته انسحبت.",
        'وقتل أبو بكر البغدادي المعروف بـ"الخليفة إبراهيم" في غارة.',
      ]),
    ],
  });

  it("THEN /who finds them by that name, in Arabic and in English", () => {
    expect(core.who("حميدتي")[0]!.name.en).toBe("Mohammed Hamdan Dagalo");
    expect(core.who("Hemedti")[0]!.name.en).toBe("Mohammed Hamdan Dagalo");
    expect(core.who("الخليفة إبراهيم")[0]!.name.ar).toBe("أبو بكر البغدادي");
  });

  it("THEN the name known by is not a person of its own", () => {
    expect(core.who().map((e) => e.name.ar)).not.toContain("حميدتي");
  });
});

describe("GIVEN a woman's first name of a title's shape («أميرة», as «الأميرة» is a Princess)", () => {
  it.each([
    ['احتجاجا على ما وصفته بعملية إجلاء سرية للناشطة أميرة بوراوي عبر تونس.', "أميرة بوراوي <الناشطة>"],
    ["وقالت أميرة بوراوي إن عودتها قريبة.", "أميرة بوراوي"],
  ])("THEN without the article it opens her name: %s", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it("THEN with the article it is still the title before a name", () => {
    expect(peopleIn("واستقبلت الأميرة ريم علي الوفد في عمّان.")).toEqual(["ريم علي <الأميرة>"]);
  });
});

describe("GIVEN an office with the pronoun of the body or country named before it («رئيسها», «أمينه العام»)", () => {
  it.each([
    ["وقالت حركة النهضة إن رئيسها راشد الغنوشي سيشارك في الحوار.", "راشد الغنوشي <رئيس حركة النهضة>"],
    ["وأعلن الاتحاد العام التونسي للشغل أن أمينه العام نور الدين الطبوبي سيلتقي الحكومة.", "نور الدين الطبوبي <الأمين العام للاتحاد العام التونسي للشغل>"],
    ["وقال حزب التكتل إن رئيسه مصطفى بن جعفر سيترشح.", "مصطفى بن جعفر <رئيس حزب التكتل>"],
    ["وأقالت الكونغو مدربها بيار لوشانتر بعد الهزيمة.", "بيار لوشانتر <مدرب الكونغو>"],
  ])("THEN «%s»: the office is that body's, %s", (text, expected) => {
    expect(peopleIn(text)).toContain(expected);
  });

  it("THEN a body in an office's genitive is not the pronoun's («مدرب النادي الصفاقسي … مساعده» is the coach's assistant)", () => {
    expect(peopleIn("وأثار غياب مدرب النادي الصفاقسي ومساعده أنيس الجربي تساؤلات.").some((p) => p.includes("مساعد النادي"))).toBe(false);
  });

  it("THEN /who gives the office in English", () => {
    const core = createCore({ articles: [article("n", ["وقالت حركة النهضة إن رئيسها راشد الغنوشي سيشارك في الحوار."])] });
    expect(core.who("راشد الغنوشي")[0]!.roles.map((r) => r.en)).toEqual(["Head of Ennahda"]);
  });
});

describe("GIVEN an office written with the pronoun «ها» and its complement", () => {
  it.each([
    ["أعلنت الجزائر استدعاء سفيرها لدى فرنسا سعيد موسي للتشاور.", "سعيد موسي <سفير الجزائر لدى فرنسا>"],
    ["وأكدت دول المجلس في الدوحة دعمها التام لمصر ولرئيسها عبد الفتاح السيسي.", "عبد الفتاح السيسي <رئيس مصر>"],
    ["وأعلنت الجبهة الشعبية أن ناطقها الرسمي حمة الهمامي سيترشح.", "حمة الهمامي <الناطق الرسمي للجبهة الشعبية>"],
    ["وقال إنه انسحب لأنه لم يكن شريكا في القرارات، فرئيسها يوسف الشاهد يتخذ القرارات وحده.", "يوسف الشاهد <الرئيس>"],
  ])("THEN «%s»: %s", (text, expected) => {
    expect(peopleIn(text)).toContain(expected);
  });
});

describe("GIVEN an office named with its body and a nationality of no one country", () => {
  it("THEN the nationality is the body's: «رئيس البرلمان الأوروبي» is the Speaker of the European Parliament", () => {
    expect(translateRole("رئيس البرلمان الأوروبي")).toBe("Speaker of the European Parliament");
    expect(translateRole("رئيس البرلمان العراقي")).toBe("Iraqi Speaker of Parliament");
  });
});
