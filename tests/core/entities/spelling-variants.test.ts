/**
 * One person spelt two ways: a foreign surname written with a long vowel more or less («قورتولموش», «قرتولموش») is the
 * article's one full name that ends with it; a well-known person's first name spelt another way («أنغيلا ميركل») is
 * still the lexicon's person.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/types.ts";
import { createCore } from "../../../src/core/create.ts";

function article(id: string, published: string, paragraphs: string[]): Article {
  return { id, title: `خبر ${id}`, source: null, sourceEn: null, published, publishedPrecision: "day", url: null, lang: "ar", paragraphs, origin: `${id}.txt` };
}

describe("GIVEN a foreign surname spelt with a long vowel more or less in one article («قورتولموش», «قرتولموش»)", () => {
  const core = createCore({
    articles: [
      article("v1", "2031-04-07", [
        "وقال نائب رئيس الوزراء التركي نعمان قورتولموش إن العملية كانت ضرورية.",
        "وأضاف قرتولموش أن المجتمع الدولي مطالب بموقف واضح.",
      ]),
    ],
  });

  it("THEN the surname alone is the full name's, with its quote", () => {
    const found = core.who("نعمان قورتولموش")[0];
    expect(found?.mentions).toBe(2);
    expect(found?.quotes.map((q) => q.text)).toContain("المجتمع الدولي مطالب بموقف واضح");
    expect(core.who().map((e) => e.name.ar)).not.toContain("قرتولموش");
  });
});

describe("GIVEN a well-known person's name spelt another way («أنغيلا ميركل», «فرنسوا فيون»)", () => {
  const core = createCore({
    articles: [
      article("w1", "2031-05-02", ["والتقى الرئيس المستشارة الألمانية أنغيلا ميركل في برلين.", "وقال فرنسوا فيون إن الحملة مستمرة."]),
    ],
  });

  it("THEN it is the lexicon's person, with the usual English name", () => {
    const names = core.who().map((e) => e.name.en);
    expect(names).toContain("Angela Merkel");
    expect(names).toContain("François Fillon");
  });
});

describe("GIVEN a well-known person's family name alone, spelt as another of their lexicon spellings ends («لوبن» for «مارين لوبان»)", () => {
  const core = createCore({
    articles: [
      article("w2", "2031-05-03", ["وقالت مارين لوبن إن حزبها سيفوز بالانتخابات.", "وأضافت لوبن أن البرنامج الاقتصادي جاهز للتطبيق الفوري."]),
    ],
  });

  it("THEN it is that person, not someone of their own", () => {
    const found = core.who("Marine Le Pen")[0];
    expect(found?.mentions).toBe(2);
    expect(core.who().map((e) => e.name.ar)).not.toContain("لوبن");
  });
});

describe("GIVEN a full name ending in «ى» and its last word alone later («محمد مصطفى» … «مصطفى»)", () => {
  const core = createCore({
    articles: [
      article("m1", "2024-01-18", [
        "وقالت وزيرة الخارجية الأسترالية بيني وونغ في مؤتمر صحفي مع رئيس الوزراء الفلسطيني محمد مصطفى إن بلادها تدعم حل الدولتين.",
        'بدوره، شكر مصطفى الحكومة الأسترالية، داعيا إلى "الضغط على إسرائيل لوقف الحرب".',
      ]),
      article("m2", "2024-01-19", ["وقال أحمد السلمي إن الموسم كان صعبا.", "وفازت سلمى بالجائزة الأولى في المسابقة."]),
    ],
  });

  it("THEN the word alone is that person, with the words said", () => {
    const mustafa = core.who("محمد مصطفى")[0]!;
    expect(mustafa.mentions).toBe(2);
    expect(mustafa.quotes.map((q) => q.text)).toContain("الضغط على إسرائيل لوقف الحرب");
    expect(core.who().map((e) => e.name.ar)).not.toContain("مصطفى");
  });

  it("THEN a first name in «ى» is not a family name in «ي» («سلمى» is not «أحمد السلمي»)", () => {
    expect(core.who("أحمد السلمي")[0]!.mentions).toBe(1);
  });
});
