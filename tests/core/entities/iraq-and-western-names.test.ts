/**
 * Names from news of the kind the seeds are (Iraqi politics, US officers and envoys) that no list held: a definite
 * family name before the office its bearer holds, Western given names, ranks and offices of that news, and the words
 * that look like a family name but are the verb's object.
 */
import { describe, expect, it } from "vitest";
import { analyseArticleEntities, translateRole } from "../../../src/core/entities/index.ts";
import { peopleIn } from "./helpers.ts";

describe("GIVEN a first name, a definite family name of any shape, then the office its bearer holds", () => {
  it.each([
    ["وقال فالح الفياض رئيس هيئة الحشد الشعبي إن الحشد جزء من المنظومة الأمنية للبلاد.", "فالح الفياض <رئيس هيئة الحشد الشعبي>"],
    ["وقال عمار الحكيم زعيم تيار الحكمة إن الحوار هو الطريق الوحيد للحل.", "عمار الحكيم <زعيم تيار الحكمة>"],
    ["وقالت حنان الفتلاوي رئيسة كتلة إرادة إن الحشد جزء من المنظومة الأمنية للبلاد.", "حنان الفتلاوي <رئيسة كتلة إرادة>"],
  ])("THEN %s names %s, and the words are theirs", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
    const [quote] = analyseArticleEntities([text])[0]!.quotes;
    expect(quote?.speaker).toBe(expected.split(" <")[0]);
  });

  it("THEN «الحكمة» (wisdom) in a body's name is no referee's title, so the office before the name keeps it", () => {
    expect(peopleIn("وقال زعيم تيار الحكمة عمار الحكيم إن الحوار هو الطريق الوحيد للحل.")).toEqual(["عمار الحكيم <زعيم تيار الحكمة>"]);
  });

  it("THEN a plural of the أفعال shape after the name is what was done, not a family name", () => {
    expect(peopleIn("وحدّد جان ماري الأسباب التي حالت برأيه دون فوز كريمته.")).toEqual(["جان ماري"]);
  });
});

describe("GIVEN Western given names in Arabic letters", () => {
  it.each([
    ["وقال وليام بيرنز إن الوضع خطير جدا في المنطقة كلها.", "وليام بيرنز"],
    ["وقالت ويندي شيرمان إن الولايات المتحدة ملتزمة بأمن العراق.", "ويندي شيرمان"],
    ["وقالت ناتالي هانان خبيرة أمراض النساء إن العلاج متوفر الآن للجميع.", "ناتالي هانان <خبيرة أمراض النساء>"],
    ["أكد جوسيب ماريا بارتوميو أنه لن يكون متواجدا في العشاء التقليدي.", "جوسيب ماريا بارتوميو"],
  ])("THEN %s names %s", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it("THEN a family name that opens with ب or ل after one is a name, not a preposition («ديفيد بتريوس»: Petraeus)", () => {
    expect(peopleIn("وقال الجنرال ديفيد بتريوس إن زيادة عدد القوات غيرت مسار الحرب.")).toEqual(["ديفيد بتريوس <الجنرال>"]);
    expect(peopleIn("توقعت المديرة العامة لصندوق النقد الدولي، كريستين لاغارد، تحسن المؤشرات.")).toEqual(["كريستين لاغارد <المديرة العامة لصندوق النقد الدولي>"]);
    expect(peopleIn("وقال جون بتهكم: هذا غير مقبول أبدا في نظري.")).toEqual([]);
    expect(peopleIn("والتقى الرئيس جون بلندن الأسبوع الماضي في زيارة رسمية.")).toEqual([]);
  });

  it("THEN «واين» is Wayne after a rank or a verb of saying, and «وأين» (and where) stays a question", () => {
    expect(peopleIn("وأكد الكولونيل واين ماروتو أن الضربات مستمرة ضد التنظيم في العراق.")).toEqual(["واين ماروتو <الكولونيل>"]);
    expect(peopleIn("وأين الحكومة من هذه الأزمة التي تعصف بالبلاد؟")).toEqual([]);
    expect(peopleIn("وأين ذهبت الأموال التي رصدت للمشروع؟")).toEqual([]);
  });

  it("THEN a church named after a saint is no one («كنيسة ماري جرجس»)", () => {
    expect(peopleIn("استهدف انفجار، صباح الأحد، كنيسة ماري جرجس في مدينة طنطا.")).toEqual([]);
  });
});

describe("GIVEN offices of that news", () => {
  it("THEN a commissioner's office is found after the name and read in English", () => {
    expect(peopleIn("وقالت ماري داوسون مفوضة الأخلاقيات إن التحقيق مستمر منذ أشهر طويلة.")).toEqual(["ماري داوسون <مفوضة الأخلاقيات>"]);
    expect(translateRole("مفوضة الأخلاقيات")).toBe("Commissioner for Ethics");
    expect(translateRole("المفوض السامي لشؤون اللاجئين")).toBe("High Commissioner for Refugees Affairs");
  });

  it("THEN «الكولونيل» is a colonel's rank", () => {
    expect(peopleIn("وقال الكولونيل جون ديفيس إن القوات انسحبت من القاعدة.")).toEqual(["جون ديفيس <الكولونيل>"]);
    expect(translateRole("الكولونيل")).toBe("Colonel");
  });
});

describe("GIVEN a rank or an honorific before the name and an office after it", () => {
  it.each([
    ["وحضر الاستقبال الأمير خالد بن سلمان وزير الدفاع، والوفد المرافق له.", "خالد بن سلمان <وزير الدفاع>"],
    ["وقعها عن الجانب المصري الدكتور محمود عصمت وزير الكهرباء والطاقة المتجددة.", "محمود عصمت <وزير الكهرباء والطاقة المتجددة>"],
    ["وأوضح العقيد الطاهر الغرابلي رئيس المجلس العسكري بصبراتة أن الوضع هادئ.", "الطاهر الغرابلي <رئيس المجلس العسكري بصبراتة>"],
    ["أعلن العقيد بلحسن الوسلاتي، الناطق الرسمي باسم وزارة الدفاع الوطني، عن انفجار لغم.", "بلحسن الوسلاتي <الناطق الرسمي باسم وزارة الدفاع الوطني>"],
  ])("THEN the office is the role: %s", (text, expected) => {
    expect(peopleIn(text)).toContain(expected);
  });

  it("THEN a bare office of one word before the name gives way too, and the word still names them later", () => {
    expect(peopleIn("وصرح المستشار أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس أكد حرص مصر على التعاون.")).toContain(
      "أحمد فهمي <المتحدث الرسمي باسم رئاسة الجمهورية>",
    );
    const [, later] = analyseArticleEntities([
      "قال النائب نورالدين بن عاشور، عضو اللجنة البرلمانية المكلفة بالبحث في المسألة، إن التقرير جاهز.",
      "وقال النائب إن التقرير سيكون جاهزا على الأرجح صباح الغد.",
    ]);
    expect(later!.quotes.map((q) => q.speaker)).toEqual(["نورالدين بن عاشور"]);
  });

  it("THEN a whole office before the name stays («رئيس الجمهورية، الباجي قايد السبسي، القائد الأعلى للقوات المسلحة»)", () => {
    expect(peopleIn("قال رئيس الجمهورية، الباجي قايد السبسي، الرئيس المؤسس لحزب نداء تونس، إن الأزمة عابرة.")).toContain("الباجي قايد السبسي <رئيس الجمهورية>");
  });

  it("THEN a bare office says no more than the rank, which stays", () => {
    expect(peopleIn("وقال العقيد يونس بدوي رئيس إن الخدمات الجديدة متاحة للجميع.")).toEqual(["يونس بدوي <العقيد>"]);
  });
});

describe("GIVEN a body named by a verbal noun and its object («حكومة تصريف الأعمال», «هيئة تنظيم الاتصالات»)", () => {
  it("THEN the office holds all of it, and the name after it is its holder's", () => {
    expect(peopleIn("قال رئيس حكومة تصريف الأعمال في لبنان نجيب ميقاتي، اليوم الجمعة، إن لبنان لا يريد الحرب.")).toEqual([
      "نجيب ميقاتي <رئيس حكومة تصريف الأعمال في لبنان>",
    ]);
    expect(peopleIn("وقال رئيس هيئة تنظيم الاتصالات محمد الأمين إن الأسعار ستنخفض قريبا.")).toEqual(["محمد الأمين <رئيس هيئة تنظيم الاتصالات>"]);
    expect(translateRole("رئيس حكومة تصريف الأعمال")).toBe("Caretaker Prime Minister");
    expect(translateRole("وزير الفلاحة والموارد المائية والصيد البحري بحكومة تصريف الأعمال")).toBe(
      "Minister of Agriculture, Water Resources and Fisheries in the Caretaker Government",
    );
  });
});

describe("GIVEN given names the lexicon spelt only for English (ليونيل، كريستيانو، برنار، جيرار)", () => {
  it("THEN they open names as first names do", () => {
    expect(peopleIn("وسجل ليونيل ميسي هدفين في المباراة.")).toEqual(["ليونيل ميسي"]);
    expect(peopleIn("وقال جيرار كولومب إن الحكومة ستواصل عملها.")).toEqual(["جيرار كولومب"]);
  });

  it("THEN a word after the family name that reads as Arabic is the sentence's, and a middle or second given name is the name's", () => {
    expect(peopleIn("ويسعى ليونيل ميسي لبناء مدرسة في روزاريو.")).toEqual(["ليونيل ميسي"]);
    expect(peopleIn("وتوج كريستيانو رونالدو نجم ريال مدريد بالجائزة.")).toContain("كريستيانو رونالدو");
    expect(peopleIn("وقال جان مارك إيرولت إن فرنسا ملتزمة بالاتفاق.")).toEqual(["جان مارك إيرولت"]);
    expect(peopleIn("وقال روبرت فريدريك سميث إن الشركة تنمو بسرعة.")).toEqual(["روبرت فريدريك سميث"]);
  });
});

describe("GIVEN a family name that is also a common noun («يحيى رسول»)", () => {
  it("THEN it is the name's when the name closes after it, and what follows «قوله» is theirs", () => {
    const [s] = analyseArticleEntities(["ونقلت الوكالة عن اللواء يحيى رسول قوله إن القوات جاهزة للمهمة بشكل كامل."]);
    expect(s!.mentions.filter((m) => m.type === "person").map((m) => m.surface)).toEqual(["يحيى رسول"]);
    expect(s!.quotes.map((q) => q.speaker)).toEqual(["يحيى رسول"]);
  });

  it("THEN so it is before what the person welcomed («رحب … اللواء يحيى رسول بالقرار»), whose view is theirs", () => {
    const [s] = analyseArticleEntities(['من جهته، رحب المتحدث باسم القائد العام للقوات المسلحة العراقية اللواء يحيى رسول بالقرار، معتبرا أنه "ثمرة الحوار الاستراتيجي بين البلدين".']);
    expect(s!.mentions.filter((m) => m.type === "person").map((m) => m.surface)).toEqual(["يحيى رسول"]);
    expect(s!.quotes.map((q) => q.speaker)).toEqual(["يحيى رسول"]);
  });

  it("THEN the reporting noun itself is no family name («عن كيلي قوله»)", () => {
    expect(peopleIn("ونقلت الوكالة عن جون كيلي قوله إن القوات جاهزة.")).not.toContain("جون كيلي قوله");
  });
});

describe("GIVEN first names of the Gulf and Iraq no table held", () => {
  it.each([
    ["وقال جاسم بن سيف السليطي إن المشروع سيربط الخليج بأوروبا.", "جاسم بن سيف السليطي"],
    ["واستقبل الشيخ هزاع بن زايد الوفد في أبوظبي.", "هزاع بن زايد <الشيخ>"],
    ["وقال قصي السهيل إن الكتلة ستصوت على القانون.", "قصي السهيل"],
  ])("THEN %s names %s", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it("THEN one that is also a common word needs more («مؤيد لهامون» is a supporter of Hamon)", () => {
    expect(peopleIn("وأعلن مؤيد لهامون انسحابه من الحملة.")).toEqual([]);
    expect(peopleIn("وتم تعيين مبارك سلمان كبديل عنه.")).toEqual(["مبارك سلمان"]);
  });

  it("THEN a grandfather named like the person is still the name («غانم أحمد غانم العلي»)", () => {
    expect(peopleIn("وضمت اللجنة القطري غانم أحمد غانم العلي.")).toContain("غانم أحمد غانم العلي");
  });
});
