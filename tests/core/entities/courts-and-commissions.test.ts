/**
 * Bodies named with a definite head — commissions, courts, missions («المفوضية العليا المستقلة للانتخابات», «المحكمة
 * الاتحادية العليا») — and where a body's name ends: at «في» + what it does or when (not where it is), at «و» + a noun
 * that is no adjective of it, at «لل» + a verbal noun of purpose and its preposition.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import type { Article } from "../../../src/core/types.ts";
import { orgsIn } from "./helpers.ts";

describe("GIVEN a commission, a court or a mission named with the article", () => {
  it.each([
    ["أعلنت الهيئة العليا للانتخابات في العراق النتائج الأولية.", "الهيئة العليا للانتخابات في العراق"],
    ["قبل أن تقضي المحكمة الاتحادية العليا في شباط 2024 بتقليص عدد المقاعد.", "المحكمة الاتحادية العليا"],
    ["وقالت البعثة الأممية في بيان إن الوضع هادئ.", "البعثة الأممية"],
  ])("THEN «%s» names the body %s", (text, expected) => {
    expect(orgsIn(text)).toEqual([expected]);
  });

  it("THEN the bare noun, or the noun before another noun, is no body", () => {
    expect(orgsIn("وأصدرت المحكمة حكمها أمس.")).toEqual([]);
    expect(orgsIn("ومنعت المحكمة المرأة التي تدعى أوتا من السفر.")).toEqual([]);
    // (A mission is named by whose it is: «البعثة الأممية»; «البعثة الاستشارية» describes one.)
    expect(orgsIn("وأكد الوفدان أن البعثة الاستشارية موجودة في العراق بناء على دعوة من الحكومة.")).toEqual([]);
  });
});

describe("GIVEN a body's name followed by the rest of the sentence", () => {
  it.each([
    ["وجاءت حركة الجيل الجديد في المرتبة الثالثة.", "حركة الجيل الجديد"],
    ["وكانت وزارة الفلاحة في الثمانينات قد أطلقت البرنامج.", "وزارة الفلاحة"],
    ["وصوت على القانون المتعلق بالمحكمة الدستورية والتقليص منها.", "المحكمة الدستورية"],
    ["حاول أنصارها اقتحام مبنى المحكمة الدستورية للتعبير عن سخطهم.", "المحكمة الدستورية"],
    ["ودعا الرئيس كتلة النداء للاجتماع في قصر قرطاج.", "كتلة النداء"],
  ])("THEN «%s» names only %s", (text, expected) => {
    expect(orgsIn(text)).toEqual([expected]);
  });

  it.each([
    ["وقال المتحدث باسم وزارة الصحة في حكومة الوفاق الليبية إن الوضع مستقر.", "وزارة الصحة في حكومة الوفاق الليبية"],
    ["وقررت كتلة مشروع تونس في البرلمان مقاطعة الجلسة.", "كتلة مشروع تونس في البرلمان"],
    ["وعقدت الجامعة العامة للأشغال العمومية والإسكان والبيئة اجتماعا.", "الجامعة العامة للأشغال العمومية والإسكان والبيئة"],
  ])("THEN where the body is, and the words its genitive joins, stay in its name: «%s»", (text, expected) => {
    expect(orgsIn(text)).toContain(expected);
  });
});

describe("GIVEN the offices of an Iraqi Kurdish election", () => {
  const article: Article = {
    id: "krg", title: "انتخابات برلمان إقليم كردستان", source: "وكالة", sourceEn: null, published: "2024-10-21", publishedPrecision: "day", url: null, lang: "ar",
    paragraphs: [
      "وقالت رئيسة مجلس المفوضين القاضية جليلة عبد الحميد إن نسبة المشاركة بلغت 72 في المئة.",
      "وهنأ رئيس حكومة الإقليم مسرور بارزاني الناخبين.",
      "وحلت حركة الجيل الجديد في المرتبة الثالثة.",
    ],
    origin: "krg.txt",
  };
  const core = createCore({ articles: [article] });

  it("THEN /who reads them in English: the Board of Commissioners, the Region, the New Generation Movement", () => {
    expect(core.who("جليلة عبد الحميد")[0]!.roles.map((r) => r.en)).toEqual(["Head of the Board of Commissioners"]);
    expect(core.who("مسرور بارزاني")[0]!.roles.map((r) => r.en)).toEqual(["Head of the Government of the Region"]);
    expect(core.who("حركة الجيل الجديد")[0]!.name.en).toBe("New Generation Movement");
  });
});

describe("GIVEN Iraq's electoral commission, its courts and the UN mission", () => {
  const article: Article = {
    id: "iq", title: "الانتخابات", source: "وكالة", sourceEn: null, published: "2024-10-21", publishedPrecision: "day", url: null, lang: "ar",
    paragraphs: [
      "أعلنت المفوضية العليا المستقلة للانتخابات في العراق النتائج الأولية.",
      "ورحبت بعثة الأمم المتحدة لمساعدة العراق (يونامي) بإجراء الانتخابات.",
      "وأكدت يونامي أن الاقتراع جرى بسلام.",
      "وكانت المحكمة الاتحادية العليا قد قضت بتقليص عدد المقاعد.",
    ],
    origin: "iq.txt",
  };
  const core = createCore({ articles: [article] });

  it("THEN each is one body with its usual English name, the mission's acronym included", () => {
    expect(core.who("المفوضية العليا المستقلة للانتخابات")[0]!.name.en).toBe("Independent High Electoral Commission");
    const unami = core.who("يونامي")[0]!;
    expect(unami.name.en).toBe("UN Assistance Mission for Iraq (UNAMI)");
    expect(unami.mentions).toBe(3);
    expect(core.who("المحكمة الاتحادية العليا")[0]!.name.en).toBe("Federal Supreme Court");
  });
});
