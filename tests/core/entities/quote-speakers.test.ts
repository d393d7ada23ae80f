import { describe, expect, it } from "vitest";
import { peopleIn, saidIn } from "./helpers.ts";

describe("GIVEN reported words the newsroom closes with what the speaker did not reveal", () => {
  it("THEN «، من دون أن يكشف …» is not part of what was said", () => {
    expect(saidIn("وأضاف كيربي أن الرئيس جو بايدن وافق على خطط للرد، من دون أن يكشف تفاصيلها.")).toEqual(["كيربي: الرئيس جو بايدن وافق على خطط للرد"]);
  });

  it("THEN a clause with a subject of its own may be the speaker's, and stays", () => {
    const said = saidIn("وقال مروان جدة إن الإجراء يشمل مراقبة التنقلات داخل المدن، دون أن توضح وزارة الداخلية الأسباب.");
    expect(said).toEqual(["مروان جدة: الإجراء يشمل مراقبة التنقلات داخل المدن، دون أن توضح وزارة الداخلية الأسباب"]);
  });
});

describe("GIVEN a verb of urging, its subject, then the office holder urged", () => {
  it("THEN the words are not the urged person's", () => {
    const said = saidIn('ودعت الهيئة أيضا الوزير مهدي بن غربية الى التوقف عما أسمته "حملة التضليل الممنهج والتشويه ضدها".');
    expect(said.join()).not.toContain("مهدي بن غربية");
  });

  it("THEN an office right after the verb is its subject, who said them", () => {
    expect(saidIn('ودعا الوزير مهدي بن غربية الهيئة إلى "التوقف عن حملة التضليل الممنهج ضده".')).toEqual(["مهدي بن غربية: التوقف عن حملة التضليل الممنهج ضده"]);
    expect(saidIn('دعا رئيس أركان الجيش الجزائري ونائب وزير الدفاع الفريق أحمد قايد صالح، القوات العسكرية إلى "ضرورة الحفاظ على حالة التأهب القصوى".')).toEqual([
      "أحمد قايد صالح: ضرورة الحفاظ على حالة التأهب القصوى",
    ]);
  });
});

describe("GIVEN reported words and the newsroom's own words around them", () => {
  it("THEN «، بحسب ما جاء في …» (the newsroom's source) is not the speaker's", () => {
    expect(saidIn('وقال يوسف الشاهد إنه من المحتمل رفع حالة الطوارئ خلال الأشهر الثلاثة القادمة، بحسب ما جاء في حوار صحفي أدلى به لـ "فرانكفورت ألمانيا".')).toEqual([
      "يوسف الشاهد: من المحتمل رفع حالة الطوارئ خلال الأشهر الثلاثة القادمة",
    ]);
  });

  it("THEN «أن» after a condition or a time («شرط أن», «بعد أن») opens no words said", () => {
    expect(saidIn("من جانب آخر شدد المباركي على مساندة الاتحاد للتحركات الاجتماعية شرط أن تكون سلمية ولا تسبب في تعطيل المصالح.")).toEqual([]);
    expect(saidIn("وأضاف أنيس البدري الهدف الثاني في الدقيقة 66 قبل أن يحرز إبراهيم الشنيحي هدف تذليل الفارق.")).toEqual([]);
  });
});

describe("GIVEN an observatory and a spokesperson «باسمه» (for it)", () => {
  it("THEN «المرصد السوري لحقوق الإنسان» is an organisation that says what it reports", () => {
    expect(saidIn("وقال المرصد السوري لحقوق الإنسان إن الغارات طالت مستودعات أسلحة قرب المطار.")).toEqual([
      "المرصد السوري لحقوق الإنسان: الغارات طالت مستودعات أسلحة قرب المطار",
    ]);
  });

  it("THEN «المتحدث باسمه» is the office of the name after it, not the name Basma", () => {
    expect(peopleIn("ولم يعلق الجيش على الغارات، لكن المتحدث باسمه أفيخاي أدرعي قال إن إسرائيل لن تسمح بذلك.")).toEqual(["أفيخاي أدرعي <المتحدث باسمه>"]);
  });
});
