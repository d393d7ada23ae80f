/**
 * Robustness: offsets always give back the phrase, hostile input never throws, and the tagger runs
 * over the first 500 articles of the ant-jawhara corpus (never seen by the rules' authors row by row)
 * finding a plausible number of dates.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tagDates } from "../../../src/core/dates/tagger.ts";

const CORPUS = new URL("../../../../shared/corpora/ant-jawhara/articles.jsonl", import.meta.url);

describe("tagDates: hostile input", () => {
  const inputs: unknown[] = [
    "", " ", "\n\n", "٢٠٢٤", "هـ", "/ / /", "يوم", "يومي 22 و", "في العاشر من", "عام", "2024-", "27/1/", "99/99/9999",
    "31 من", "كانون", "تشرين الأول/", "اليوم".repeat(1000), "\u0640\u064B".repeat(50), "\uFEFF\u200F٢٧ يناير", "x".repeat(100_000),
    null, undefined, 42, {},
  ];
  it.each(inputs.map((x, i) => [i, x]))("GIVEN odd input #%i THEN no throw", (_i, input) => {
    expect(() => tagDates(input as string, { published: "2024-07-25" })).not.toThrow();
    expect(Array.isArray(tagDates(input as string, { published: "2024-07-25" }))).toBe(true);
  });

  it("GIVEN random Arabic-ish noise THEN no throw and consistent offsets", () => {
    const alphabet = [..."٠١٢٣٤٥٦٧٨٩0123456789 /-.،()ـًٌٍَُِّْ"].concat("يناير آب مارس الماضي الجاري عام هـ م يوم اليوم أمس الخميس من شهر كانون الأول و".split(" "));
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      let text = "";
      for (let k = 0; k < 40; k++) text += alphabet[Math.floor(next() * alphabet.length)] + (next() < 0.5 ? " " : "");
      const found = tagDates(text, { published: "2024-07-25" });
      for (const m of found) {
        expect(text.slice(m.start, m.endOffset)).toBe(m.phrase);
        expect(m.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });

  it("GIVEN diacritics, tatweel and Arabic-Indic digits THEN offsets point into the original", () => {
    const text = "وفي ٢٤ مـــارس/آذارَ الجاري حذّرت";
    const [m] = tagDates(text, { published: "2024-03-30" });
    expect(m?.date).toBe("2024-03-24");
    expect(m?.phrase).toBe("٢٤ مـــارس/آذارَ الجاري");
    expect(text.slice(m!.start, m!.endOffset)).toBe(m!.phrase);
  });

  it("GIVEN the seeds THEN mentions come sorted by start and do not overlap", () => {
    for (const file of ["000_53d4e67052f57d50.txt", "002_318cd1f350f6fd59.txt", "003_d4d9ed5f7ed7f6a3.txt"]) {
      const text = readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), "utf8");
      const found = tagDates(text, { published: "2024-01-01" });
      expect(found.length).toBeGreaterThan(2);
      for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.endOffset);
    }
  });
});

describe.skipIf(!existsSync(CORPUS))("tagDates: ant-jawhara corpus (first 500 articles)", () => {
  it("GIVEN 500 real articles THEN no throw, a plausible number of well-formed dates", () => {
    const lines = readFileSync(CORPUS, "utf8").split("\n").filter(Boolean).slice(0, 500);
    let total = 0;
    let withDates = 0;
    let relative = 0;
    for (const line of lines) {
      const a = JSON.parse(line) as { text: string; published: string };
      const found = tagDates(a.text, { published: a.published });
      total += found.length;
      if (found.length > 0) withDates++;
      for (const m of found) {
        if (m.relative) relative++;
        expect(a.text.slice(m.start, m.endOffset)).toBe(m.phrase);
        // Gregorian years are read only in 1900–2100; a Hijri year may be older ("عام 1040 للهجرة").
        const year = Number(m.date.slice(0, 4));
        if (m.calendar !== "hijri") {
          expect(year).toBeGreaterThanOrEqual(1900);
          expect(year).toBeLessThanOrEqual(2100);
        }
      }
    }
    // Measured on these 500: 294 articles with dates (many are short items without one), 663 dates, 404 of them relative.
    expect(total).toBeGreaterThan(400);
    expect(total).toBeLessThan(2000);
    expect(withDates).toBeGreaterThan(250);
    expect(relative).toBeGreaterThan(100);
  });
});
