import { describe, expect, it } from "vitest";
import { analyseArticleEntities } from "../../../src/core/entities/index.ts";
import { peopleIn } from "./helpers.ts";

describe("GIVEN a name or a verbal noun written behind the preposition ل or ب", () => {
  it("THEN the person told something is mentioned, and the words are the speaker's, not theirs", () => {
    const [, told] = analyseArticleEntities([
      "وقدم مستشار الأمن القومي مايكل فلين استقالته بعد أن تحدث مع نائب الرئيس مايك بنس.",
      "كان فلين قد أكد لبنس أنه لم يناقش العقوبات مع الروس.",
    ]);
    expect(told!.mentions.filter((m) => m.type === "person").map((m) => m.surface)).toEqual(["فلين", "بنس"]);
    expect(told!.quotes.map((q) => `${q.speaker}: ${q.text}`)).toEqual(["فلين: لم يناقش العقوبات مع الروس"]);
  });

  it.each([
    // القاضي is the participle "ruling" here, and what it rules is a verbal noun with its pronoun.
    "استأنف الجندي المتهم الحكم الابتدائي الصادر في حقه والقاضي بإعدامه رميا بالرصاص.",
    "وأصدر الوزير قرارا بتعيينها رئيسة للجنة.",
  ])("THEN no one is named in: %s", (text) => {
    expect(peopleIn(text)).toEqual([]);
  });

  it("THEN a Maghrebi surname that opens with ب is still a name", () => {
    expect(peopleIn("وقال القاضي محمد بلعيد إن الجلسة أجلت.")).toEqual(["محمد بلعيد <القاضي>"]);
  });
});
