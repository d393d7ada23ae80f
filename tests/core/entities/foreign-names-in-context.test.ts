/**
 * Foreign names whose Arabic spelling reads like Arabic words: a given name in «ـينا» (Kristalina) like a noun with the
 * pronoun «نا», a family name in «ـا» or «ـنا» (Pogba, Colonna) like an accusative or a pronoun, one in «و» (Williams) like
 * the conjunction. An office or a verb of saying, or a given name of another language, vouches for them.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import { articleOf, peopleIn } from "./helpers.ts";

const article = (id: string, paragraphs: string[]) => articleOf(id, paragraphs, "2024-03-30");

describe("GIVEN a foreign name that reads like Arabic words", () => {
  it.each([
    ["وقالت وزيرة المالية ألبينا دوبروفا إن الميزانية متوازنة.", "ألبينا دوبروفا <وزيرة المالية>"],
    ["وقالت ألبينا دوبروفا إن الميزانية متوازنة.", "ألبينا دوبروفا"],
  ])("THEN «%s» names %s: a first name no list knows in «ـينا» is no word with the pronoun «نا»", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it.each([
    ["وقالت المديرة العامة للصندوق كريستالينا غورغييفا إن السلطات اتخذت خطوات حاسمة.", "كريستالينا غورغييفا <المديرة العامة للصندوق>"],
    ["وقالت وزيرة الخارجية الفرنسية كاترينا كولونا إن فرنسا تدعم الاتفاق.", "كاترينا كولونا <وزيرة الخارجية الفرنسية>"],
    ["وفازت سيرينا ويليامز باللقب للمرة السابعة.", "سيرينا ويليامز"],
    ["وانتقل بول بوغبا إلى مانشستر يونايتد.", "بول بوغبا"],
  ])("THEN «%s» names %s: after a foreign given name, a family name in «ـا» or «ـنا», or in «و» (W), is the name's", (text, expected) => {
    expect(peopleIn(text)).toEqual([expected]);
  });

  it("THEN a particle in «ـينا» after an office is no name, nor a noun before its genitive after a foreign name", () => {
    expect(peopleIn("وقال وزير الخارجية علينا أن نعمل معا.")).toEqual([]);
    expect(peopleIn("ثم يختطف كريستيان زاباتا هدف التعادل في الدقيقة الأخيرة.")).toEqual(["كريستيان زاباتا"]);
  });

  it("THEN the names read in English as they are spelt in the West", () => {
    const core = createCore({ articles: [article("a", ["وقالت المديرة العامة للصندوق كريستالينا غورغييفا إن السلطات اتخذت خطوات حاسمة."])] });
    expect(core.who("كريستالينا غورغييفا")[0]!.name.en).toBe("Kristalina Georgieva");
  });
});
