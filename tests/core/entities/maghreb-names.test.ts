/**
 * بن in a name is spelt as where the article was written: Ben in the Maghreb (Ben Ali, Ben Othman), bin in the Mashriq
 * (son of). Where is told by the month names the articles write (جانفي, جوان against يونيو, تموز); a ruling house's
 * name (آل ثاني) is the Gulf's wherever it is written.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/types.ts";
import { createCore } from "../../../src/core/create.ts";
import { monthRegion } from "../../../src/core/dates/months.ts";
import { toEnglishName } from "../../../src/core/entities/index.ts";
import { peopleIn } from "./helpers.ts";

function article(id: string, published: string, paragraphs: string[]): Article {
  return { id, title: `خبر ${id}`, source: null, sourceEn: null, published, publishedPrecision: "day", url: null, lang: "ar", paragraphs, origin: `${id}.txt` };
}

describe("monthRegion", () => {
  it.each([
    ["يوم 12 جوان 2031", 1],
    ["في شهر جانفي الماضي", 1],
    ["منتصف غشت", 1],
    ["يوم 12 يونيو 2031", -1],
    ["24 مارس/آذار", -1],
    ["بتموز الماضي", -1],
    ["يوم 3 مارس", 0],
    ["يوم الخميس", 0],
  ])("GIVEN %j THEN the region is %d", (phrase, region) => {
    expect(monthRegion(phrase)).toBe(region);
  });
});

describe("GIVEN people whose names hold بن", () => {
  const core = createCore({
    articles: [
      article("m1", "2031-01-20", ["أكد الوزير مراد بن سليمان يوم 12 جانفي 2031 أن المشروع سينطلق قريبا في الجهة."]),
      article("e1", "2031-06-20", ["وقال الشيخ راشد بن حمدان يوم 12 يونيو 2031 إن المحادثات كانت مثمرة للطرفين."]),
      article("m2", "2031-02-20", [
        "التقى الرئيس يوم 3 فيفري 2031 الشيخ خليفة بن جاسم آل ثاني في زيارة رسمية.",
      ]),
      article("n1", "2031-03-20", ["وقال المستشار كمال بن عمار إن اللقاء كان مثمرا."]),
      article("m3", "2031-01-22", ["وأكدت الوزيرة نزيهة العبيدي يوم 20 جانفي 2031 أن البرنامج سينطلق قريبا."]),
      article("e2", "2031-06-22", ["وقال الوزير حسن الساعدي يوم 20 يونيو 2031 إن البرنامج سينطلق قريبا."]),
      article("m4", "2031-01-23", ["وأكد المعتمد منير بوشناق يوم 21 جانفي 2031 أن الأشغال ستنطلق قريبا."]),
      article("e3", "2031-06-23", ["وقال الوزير حسن الشمري يوم 21 يونيو 2031 إن الأشغال ستنطلق قريبا."]),
      article("r1", "2031-04-20", [
        "واستقبل أمير المنطقة الأمير نايف بن مشعل بن سعود وفدا من المستثمرين.",
        "وأكد الأمير نايف أن المنطقة ترحب بالاستثمار.",
      ]),
    ],
  });
  const en = (ar: string): string | undefined => core.who(ar)[0]?.name.en;

  it("THEN a name from an article that writes the Maghreb's months reads Ben", () => {
    expect(en("مراد بن سليمان")).toBe("Mourad Ben Suleiman");
    // (Its article names no month: the corpus's other articles that do tell.)
    expect(en("كمال بن عمار")).toBe("Kamal Ben Ammar");
  });

  it("THEN a Maghrebi family name writes ش in French letters (ch), a Mashriqi one sh", () => {
    expect(en("منير بوشناق")).toBe("Mounir Bouchnaq");
    expect(en("حسن الشمري")).toBe("Hassan al-Shammari");
  });

  it("THEN a Maghrebi family name drops its article in Latin letters, a Mashriqi one keeps it", () => {
    expect(en("نزيهة العبيدي")).toBe("Naziha Abidi");
    expect(en("حسن الساعدي")).toMatch(/ al-/);
  });

  it("THEN a name from an article that writes the Mashriq's months reads bin", () => {
    expect(en("راشد بن حمدان")).toBe("Rashed bin Hamdan");
  });

  it("THEN a ruling house's name reads bin even in the Maghreb", () => {
    expect(en("خليفة بن جاسم آل ثاني")).toBe("Khalifa bin Jassim Al Thani");
  });

  it("THEN a royal's name reads bin even in the Maghreb, and the royal's first name alone is that royal", () => {
    expect(en("نايف بن مشعل بن سعود")).toBe("Nayef bin Mishal bin Saud");
    const [prince] = core.who("نايف بن مشعل بن سعود");
    expect(prince?.mentions).toBe(2);
    expect(core.who().filter((e) => e.name.ar === "نايف")).toEqual([]);
  });

  it("THEN the name alone, with no article to tell, reads bin", () => {
    expect(toEnglishName("مراد بن سليمان", true)).toBe("Murad bin Suleiman");
  });
});

describe("GIVEN a first name that is also a common word before the two-word family name of someone the lexicon knows", () => {
  it("THEN it is that family's member, named in full («حافظ قائد السبسي», son of الباجي قائد السبسي)", () => {
    expect(peopleIn("قررت الهيئة طرد حافظ قائد السبسي من الحركة.")).toEqual(["حافظ قائد السبسي"]);
  });
});
