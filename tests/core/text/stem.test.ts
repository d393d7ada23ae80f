import { describe, expect, it } from "vitest";
import { stemArabic, stripProclitics, stripSuffix } from "../../../src/core/text/stem.ts";
import { tokenize } from "../../../src/core/text/tokenize.ts";

const stem = (w: string) => stemArabic(tokenize(w)[0]!);

describe("stemArabic", () => {
  it.each([
    ["العراق", ["والعراق", "بالعراق", "العراقية", "عراقي", "للعراق"]],
    ["مفاوضات", ["المفاوضات", "مفاوضة", "المفاوضين", "ومفاوضات"]],
    ["تحالف", ["التحالف", "للتحالف", "تحالفات", "والتحالف"]],
    ["انتخابات", ["الانتخابات", "الانتخابية", "وبالانتخابات"]],
    ["وزير", ["الوزير", "لوزير", "والوزير"]],
    ["اتفاق", ["الاتفاقية", "اتفاقيات", "باتفاق"]],
  ])("GIVEN inflections of %s THEN they share its stem", (base, forms) => {
    for (const f of forms) expect(stem(f), f).toBe(stem(base));
  });

  it("GIVEN unrelated words THEN their stems differ", () => {
    expect(stem("العراق")).not.toBe(stem("التحالف"));
    expect(stem("مدرسة")).not.toBe(stem("وزارة"));
  });

  it("GIVEN a stem THEN it keeps at least 3 letters for words of 3 or more", () => {
    for (const w of ["قوات", "القوات", "وقواته", "هم", "فيها", "بها", "كتب"]) {
      const s = stem(w);
      expect(s.length, `${w} → ${s}`).toBeGreaterThanOrEqual(Math.min(3, tokenize(w)[0]!.length));
    }
  });

  it("GIVEN Latin or digits THEN lower case unchanged", () => {
    expect(stemArabic("Austin")).toBe("austin");
    expect(stemArabic("2024")).toBe("2024");
  });

  it("GIVEN unnormalised input THEN it is normalised first", () => {
    expect(stemArabic("الأمريكيّة")).toBe(stem("الامريكية"));
  });
});

describe("clitic stripping", () => {
  it("strips the article and its combinations, keeping 3 letters", () => {
    expect(stripProclitics("والعراق")).toBe("عراق");
    expect(stripProclitics("بالتعاون")).toBe("تعاون");
    expect(stripProclitics("للتحالف")).toBe("تحالف");
    expect(stripProclitics("الى")).toBe("الى");
  });

  it("strips a lone conjunction or preposition only when 4 letters remain", () => {
    expect(stripProclitics("وفريق")).toBe("فريق");
    expect(stripProclitics("وبالتعاون")).toBe("تعاون");
    expect(stripProclitics("وزير")).toBe("وزير");
    expect(stripProclitics("لجنه")).toBe("لجنه");
  });

  it("strips one suffix, conservatively", () => {
    expect(stripSuffix("مفاوضات")).toBe("مفاوض");
    expect(stripSuffix("قوات")).toBe("قوات");
    expect(stripSuffix("لبنان")).toBe("لبنان");
    expect(stripSuffix("حكومتها")).toBe("حكوم");
  });
});
