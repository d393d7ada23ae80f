/**
 * /search, /timeline and /summary asked in English over Arabic articles: the news words of the query are read as the
 * Arabic the articles write (src/core/search/english-keywords.ts); names keep being found by their English names.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import type { Article } from "../../../src/core/types.ts";
import { arabicForms, arabicQuery } from "../../../src/core/search/english-keywords.ts";

function article(id: string, published: string, paragraphs: string[]): Article {
  return { id, title: `خبر ${id}`, source: "وكالة", sourceEn: null, published, publishedPrecision: "day", url: null, lang: "ar", paragraphs, origin: `${id}.txt` };
}

describe("GIVEN an English query", () => {
  it("THEN each news word the table knows becomes its Arabic, function words and dropped words go, Arabic words stay", () => {
    expect(arabicQuery("withdrawal")).toBe("انسحاب");
    expect(arabicQuery("the drone attacks on bases")).toBe("مسيرة هجمات قواعد");
    expect(arabicQuery("Iraq withdrawal", (w) => w === "Iraq")).toBe("انسحاب");
    expect(arabicQuery("انسحاب القوات")).toBeUndefined();
  });

  it("THEN a query with an English word the table does not know is read as it is (a name, an office)", () => {
    expect(arabicQuery("Austin")).toBeUndefined();
    expect(arabicQuery("Prime Minister")).toBeUndefined();
  });

  it("THEN the words of shipping, trade and money news are read too («ships», «oil exports», «salaries»)", () => {
    expect(arabicQuery("ships")).toBe("سفينة");
    expect(arabicQuery("oil exports")).toBe("النفط صادرات");
    expect(arabicQuery("salaries")).toBe("رواتب");
  });

  it("THEN search gets every Arabic form, plural endings read off", () => {
    expect(arabicForms("withdrawals of troops")).toEqual(["انسحاب", "سحب", "القوات", "جنود"]);
  });
});

describe("GIVEN Arabic articles and questions asked in English", () => {
  const core = createCore({
    articles: [
      article("w1", "2024-07-25", [
        "أعلن وزير الدفاع الأمريكي لويد أوستن يوم 23 تموز 2024 بدء انسحاب القوات الأمريكية من قاعدة عين الأسد.",
        "وقال المتحدث باسم الحكومة إن الانتخابات البرلمانية ستجرى في موعدها المحدد.",
      ]),
      article("w2", "2024-01-14", ["تعرضت قاعدة حرير لهجوم بطائرة مسيرة يوم 4 كانون الثاني 2024 دون وقوع إصابات بين الجنود."]),
    ],
  });

  it("THEN /timeline withdrawal finds the withdrawal, dated", () => {
    const events = core.timeline({ query: "withdrawal" });
    expect(events.map((e) => e.date)).toEqual(["2024-07-23"]);
    expect(events[0]!.text.ar).toContain("انسحاب");
  });

  it("THEN /search and /summary find it too, a country named in the question left out of what the sentence must hold", () => {
    expect(core.search("withdrawal").map((h) => h.article)).toEqual(["w1"]);
    expect(core.summary({ query: "US troops withdrawal" }).map((s) => s.text.ar)).toEqual([
      "أعلن وزير الدفاع الأمريكي لويد أوستن يوم 23 تموز 2024 بدء انسحاب القوات الأمريكية من قاعدة عين الأسد.",
    ]);
  });

  it("THEN a drone attack is found by its words, and a name by its English name as before", () => {
    expect(core.timeline({ query: "drone attack" }).map((e) => e.date)).toEqual(["2024-01-04"]);
    expect(core.who("Austin")[0]?.name.ar).toBe("لويد أوستن");
  });

  it("THEN an English word no table knows finds nothing rather than something else", () => {
    expect(core.timeline({ query: "giraffe" })).toEqual([]);
    expect(core.search("giraffe")).toEqual([]);
  });
});

describe("GIVEN a country's name asked in English", () => {
  const core = createCore({
    articles: [
      article("sd", "2024-03-12", [
        "وأعلن الجيش السوداني، الثلاثاء، استعادة مقر الإذاعة في أم درمان.",
        "وقال المبعوث الأميركي الخاص إلى السودان، الأسبوع الماضي، إن واشنطن تسعى لاستئناف المحادثات.",
      ]),
      article("lb", "2024-01-24", ["وأكد رئيس مجلس النواب اللبناني نبيه بري، اليوم الأربعاء، أن لا انتخاب من دون توافق."]),
    ],
  });

  it("THEN /timeline Sudan finds what the Arabic query finds: the country and its nationality («الجيش السوداني»)", () => {
    const english = core.timeline({ query: "Sudan" }).map((e) => e.text.ar);
    const arabic = core.timeline({ query: "السودان" }).map((e) => e.text.ar);
    expect(english).toEqual(arabic);
    expect(english).toHaveLength(2);
    expect(english.some((t) => t.includes("الجيش السوداني"))).toBe(true);
  });
});
