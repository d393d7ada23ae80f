import { describe, expect, it } from "vitest";
import { entityEnglishName } from "../../../src/core/entities/translate-org.ts";
import { translateRole } from "../../../src/core/entities/index.ts";

describe("GIVEN an outlet or a company named by Latin letters spelt out in Arabic", () => {
  it.each([
    ["قناة \"بي إف إم\" الفرنسية", "French BFM channel"],
    ["قناة بي إف إم الفرنسية", "French BFM channel"],
    ["قناة \"إن بي سي\"", "NBC channel"],
    ["قناة \"تي ار تي\" التركية", "Turkish TRT channel"],
    ["قناة \"بي إف ام تي في\"", "BFMTV channel"],
    ["شركة آي بي إم", "IBM Company"],
  ])("THEN %s reads %s", (ar, en) => {
    expect(entityEnglishName(ar, "organization")).toBe(en);
  });

  it("THEN names of letters that are also words are words when no other letter is with them", () => {
    expect(entityEnglishName("حزب أن أو", "organization")).not.toContain("NO");
  });

  it("THEN a name the lexicon knows keeps its form", () => {
    expect(entityEnglishName("إذاعة شمس اف ام", "organization")).toBe("Shems FM");
  });
});

describe("GIVEN terms of bodies' names seen on a held-out sample", () => {
  it("THEN «للجميع» is for All and «لتعليم» for Teaching", () => {
    expect(entityEnglishName("حزب \"تونس للجميع\"", "organization")).toBe("Tunisia for All Party");
    expect(translateRole("مدير المرصد الأوروبي لتعليم اللغة العربية بباريس")).toBe("Director of the European Observatory for Teaching of Arabic in Paris");
  });
});

describe("GIVEN outlets the news quotes, named with «ذا» (The) or alone", () => {
  it.each([
    ['صحيفة "ذا صن" الإنجليزية', "The Sun"],
    ["صحيفة ذا تايمز البريطانية", "The Times"],
    ['صحيفة "فايننشال تايمز"', "Financial Times"],
    ['موقع "أكسيوس" الأمريكي', "Axios"],
  ])("THEN %s is %s", (ar, en) => {
    expect(entityEnglishName(ar, "organization")).toBe(en);
  });
});
