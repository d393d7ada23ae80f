import { describe, expect, it } from "vitest";
import { dateClause } from "../../../src/core/index/clause.ts";

describe("dateClause", () => {
  it("GIVEN a short sentence THEN it is shown whole", () => {
    const s = "افتتح المعرض الدولي للكتاب أبوابه في 3 مارس بمشاركة مئة دار نشر.";
    const at = s.indexOf("3 مارس");
    expect(dateClause(s, at, at + 6)).toEqual({ text: s, whole: true });
  });

  it("GIVEN a long sentence THEN the clauses around the date are kept and the rest dropped", () => {
    const filler = "وتحدث المشاركون طويلا عن قضايا كثيرة تخص الزراعة والمياه والطاقة والنقل في المحافظات الجنوبية كلها";
    const s = `${filler}، ${filler}، وأعلن الوزير سليم الوردي في 9 أكتوبر افتتاح السد الجديد على النهر الكبير، ${filler}، ${filler}.`;
    const at = s.indexOf("9 أكتوبر");
    const got = dateClause(s, at, at + "9 أكتوبر".length);
    expect(got.whole).toBe(false);
    expect(got.text).toContain("وأعلن الوزير سليم الوردي في 9 أكتوبر افتتاح السد الجديد");
    expect(got.text.length).toBeLessThan(s.length);
    expect(got.text.split(/\s+/).length).toBeLessThanOrEqual(46);
  });
});

describe("dateClause: a window that says too little", () => {
  const said =
    "أنه لم يتم بعد تركيز مكاتب جهوية في جهة سوسة والمهدية والمنستير عقب حل المكاتب السابقة منذ سنتين بسبب تجاوزات حصلت إبان الحملة الانتخابية التشريعية والرئاسية الأخيرة وبسبب ما عاينه الحزب من ضعف أداء عدد من المشرفين على تلك المكاتب";

  it("GIVEN a short date clause before a long one THEN the long one's first words show what was said", () => {
    const s = `وأوضح بيان أصدره الحزب مساء أمس الأحد، ${said}.`;
    const at = s.indexOf("أمس الأحد");
    const got = dateClause(s, at, at + "أمس الأحد".length);
    expect(got.text.startsWith("وأوضح بيان أصدره الحزب مساء أمس الأحد، أنه لم يتم بعد تركيز مكاتب جهوية")).toBe(true);
    expect(got.text.endsWith("…")).toBe(true);
    expect(got.text.split(/\s+/).length).toBeLessThanOrEqual(31);
  });

  it("GIVEN a date clause that opens with «وذلك» THEN the clause it points back to is shown with it", () => {
    const quote = `وقال الوزير "سنعمل على أن لا يمس هذا الحق بالأمن القومي للبلاد وبسير المنظومة الأمنية ككل وسنقوم بالترتيبات اللازمة بالتنسيق مع الهيئة العليا المستقلة للانتخابات حتى نضمن ممارسة الأمنيين والعسكريين لحقهم في الاقتراع وعدم الإخلال بسير العملية الانتخابية"`;
    const s = `${quote}، وذلك خلال ندوة صحفية عقدها اليوم الاثنين بمقر مجلس نواب الشعب عقب جلسة استماع له والوفد المرافق له من قبل لجنة الأمن والدفاع.`;
    const at = s.indexOf("اليوم الاثنين");
    const got = dateClause(s, at, at + "اليوم الاثنين".length);
    expect(got.text).toContain("وقال الوزير");
    expect(got.text).toContain("وذلك خلال ندوة صحفية عقدها اليوم الاثنين");
  });

  it("GIVEN a date clause that opens with «وذلك» after a very long clause THEN only the date's clauses are shown", () => {
    const s = `${said} ${said}، وذلك خلال ندوة صحفية عقدها اليوم الاثنين بمقر مجلس نواب الشعب عقب جلسة استماع له والوفد المرافق له من قبل لجنة الأمن والدفاع.`;
    const at = s.indexOf("اليوم الاثنين");
    const got = dateClause(s, at, at + "اليوم الاثنين".length);
    expect(got.text.startsWith("وذلك خلال ندوة صحفية")).toBe(true);
  });
});

describe("dateClause: numbers", () => {
  it("GIVEN a number written with an Arabic comma THEN the number is not cut in two", () => {
    const filler = "وتحدث المشاركون طويلا عن قضايا كثيرة تخص الزراعة والمياه والطاقة والنقل في المحافظات الجنوبية كلها";
    const s = `${filler}، ${filler}، وبلغت المداخيل 4،058 مليون دينار خلال سنة 2015 مقابل 1،865 مليون دينار، ${filler}، ${filler}.`;
    const at = s.indexOf("سنة 2015");
    const got = dateClause(s, at, at + "سنة 2015".length);
    expect(got.text).toContain("وبلغت المداخيل 4،058 مليون دينار خلال سنة 2015 مقابل 1،865 مليون دينار");
  });
});

describe("dateClause: a clause that runs on", () => {
  it("GIVEN a hundred words with no comma THEN the words around the date, cut with ellipses", () => {
    const run = Array.from({ length: 60 }, (_, i) => `كلمة${i}`).join(" ");
    const s = `${run} وأعلن الوزير يوم 9 أكتوبر افتتاح السد الجديد ${run}.`;
    const at = s.indexOf("يوم 9 أكتوبر");
    const got = dateClause(s, at, at + "يوم 9 أكتوبر".length);
    expect(got.whole).toBe(false);
    expect(got.text).toContain("وأعلن الوزير يوم 9 أكتوبر افتتاح السد الجديد");
    expect(got.text.startsWith("…")).toBe(true);
    expect(got.text.endsWith("…")).toBe(true);
    expect(got.text.split(/\s+/).length).toBeLessThanOrEqual(46);
  });
});

describe("dateClause: a window that opens with what was said", () => {
  it("GIVEN the date in the words reported after a long attribution THEN who said them leads the window", () => {
    const who = "وأوضح وزير الشؤون الاجتماعية محمد الطرابلسي خلال ندوة صحفية عقدها بمقر الوزارة بالعاصمة بحضور عدد كبير من الإطارات والمسؤولين الجهويين والمحليين وممثلي المنظمات الوطنية والجمعيات الناشطة في مجال التشغيل والتكوين المهني والإدماج الاجتماعي للشباب في الجهات الداخلية";
    const s = `${who}، أن مجلس الوزراء صادق يوم 12 أكتوبر 2016 على الأمر الحكومي المتعلق بعقد الكرامة، وهو برنامج يهم آلاف العاطلين عن العمل من حاملي الشهادات العليا في كل الولايات الداخلية للبلاد.`;
    const at = s.indexOf("12 أكتوبر 2016");
    const got = dateClause(s, at, at + "12 أكتوبر 2016".length);
    expect(got.text).toBe("وأوضح وزير الشؤون الاجتماعية محمد الطرابلسي خلال ندوة… أن مجلس الوزراء صادق يوم 12 أكتوبر 2016 على الأمر الحكومي المتعلق بعقد الكرامة، وهو برنامج يهم آلاف العاطلين عن العمل من حاملي الشهادات العليا في كل الولايات الداخلية للبلاد.");
  });
  it("GIVEN an attribution over two clauses THEN it is read from the one with the speech verb", () => {
    const answer = "إن قرار المنع يعود لسنة 2001 وذلك بعد توفر معلومات آنذاك عن نشاطه في مجال الإرهاب";
    const s = `وقال وزير الداخلية، الهادي مجدوب في رده اليوم على سؤال النائب عن كتلة الحرة لحركة مشروع تونس حول منع مواطن تونسي من دخول الجزائر عبر المعبر الحدودي ببوشبكة في ولاية القصرين، ${answer}، ${"وأضاف أن الوزارة ستتابع الملف مع السلطات الجزائرية في أقرب الآجال الممكنة لتسويته نهائيا ".repeat(2)}.`;
    const at = s.indexOf("2001");
    expect(dateClause(s, at, at + 4).text.startsWith(`وقال وزير الداخلية، الهادي مجدوب في رده اليوم على سؤال النائب`)).toBe(true);
    expect(dateClause(s, at, at + 4).text).toContain(answer);
  });
});
