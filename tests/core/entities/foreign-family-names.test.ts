/**
 * The English of a family name no list knows after a given name of another language: it is a foreign word written in
 * Arabic letters, not an Arabic one, so it is read as one (no vowel before a cluster, و as o, -er, غ as g, تش as ch).
 */
import { describe, expect, it } from "vitest";
import { toEnglishName } from "../../../src/core/entities/index.ts";

describe("GIVEN a Western given name and a family name no list knows", () => {
  it.each([
    ["جوزيف ستالين", "Joseph Stalin"],
    ["جيمس بوند", "James Bond"],
    ["كيفن أندرسون", "Kevin Anderson"],
    ["روبرت فريدريك سميث", "Robert Fridrik Smith"],
    ["جوزيف بلاتر", "Joseph Blater"],
    ["توم بوكر", "Tom Boker"],
    ["مارغريت تشان", "Margaret Chan"],
    ["بول تشوداس", "Paul Chodas"],
    ["ماورو إيكاردي", "Mauro Ikardi"],
    ["جون إيسنر", "John Isner"],
    ["جون أوكونور", "John Okonor"],
    ["لورا بيركس", "Laura Birks"],
    ["إريك غولدستين", "Eric Goldestin"],
    ["ديفيد بتريوس", "David Petraeus"],
  ])("THEN %s reads %s", (ar, en) => {
    expect(toEnglishName(ar, true)).toBe(en);
  });

  it("THEN the Levant's Arabic family names after Western given names stay Arabic", () => {
    expect(toEnglishName("بيار الجميل", true)).toBe("Pierre al-Jamil");
    expect(toEnglishName("جورج قرداحي", true)).toBe("George Qardahi");
    expect(toEnglishName("ميشيل عون", true)).toBe("Michel Aoun");
  });

  it("THEN an Arabic given name keeps the Arabic reading of the family name", () => {
    expect(toEnglishName("سمير بوكر", true)).not.toBe("Samir Boker");
    expect(toEnglishName("محمد غيتس", true)).not.toBe("Mohammed Gits");
  });
});

describe("GIVEN a first name the table spells the Maghreb's way", () => {
  it("THEN a name written in the Mashriq takes the Mashriq's spelling, and one written in the Maghreb keeps the table's", () => {
    expect(toEnglishName("قاسم الأعرجي", true, false)).toBe("Qasim al-Araji");
    expect(toEnglishName("حنان الفتلاوي", true, false)).toBe("Hanan al-Fatlawi");
    expect(toEnglishName("قاسم الأعرجي", true, true)).toBe("Kacem Araji");
    expect(toEnglishName("حنان الفتلاوي", true, true)).toBe("Hanen Fatlawi");
  });
});

describe("GIVEN French «لو» (Le) inside a name", () => {
  it("THEN it is part of the name after a foreign given name, and reads Le", async () => {
    const { analyseArticleEntities } = await import("../../../src/core/entities/index.ts");
    const [s] = analyseArticleEntities(["واختير جان إيف لو دريان وزيرا للخارجية ووزيرا لأوروبا."]);
    expect(s!.mentions.filter((m) => m.type === "person").map((m) => m.surface)).toEqual(["جان إيف لو دريان"]);
    expect(toEnglishName("جان إيف لو دريان", true)).toBe("Jean Yves Le Deryan");
    // «لو» (if) after a given name stays a word when a verb follows.
    const [t] = analyseArticleEntities(["وقال جان لو كان الأمر بيده لفعل."]);
    expect(t!.mentions.map((m) => m.surface)).not.toContain("جان لو كان");
  });
});

describe("GIVEN people of US–Iraq news the lexicon now holds", () => {
  it("THEN their names read as they are spelt in English, and their family names carry to namesakes", () => {
    expect(toEnglishName("بول بريمر", true)).toBe("Paul Bremer");
    expect(toEnglishName("كينيث ماكنزي", true)).toBe("Kenneth McKenzie");
    expect(toEnglishName("عادل عبد المهدي", true)).toBe("Adil Abdul-Mahdi");
    expect(toEnglishName("بيل غيتس", true)).toBe("Bill Gates");
  });
});
