import { describe, expect, it } from "vitest";
import { HeadlineIndex } from "../../../src/core/text/headlines.ts";

const titles = [
  "مصدر عسكري ليبي ينفي مقتل أبو عياض",
  "اتفاق بالإجماع على حل إشكال واحة جمنة",
  "تونس تتسلم 46 حافلة مستعملة من فرنسا",
  "ارتفاع نسب الفقر في سوسة",
];
const index = new HeadlineIndex(titles);

describe("HeadlineIndex", () => {
  it("GIVEN headlines of the corpus run together THEN each is a piece, marked, and a headline it does not hold is another", () => {
    const run = "مصدر عسكري ليبي ينفي مقتل أبو عياض اتفاق بالإجماع على حل إشكال واحة جمنة وزارة الصحة تحذر من موجة برد تونس تتسلم 46 حافلة مستعملة من فرنسا";
    expect(index.split(run)).toEqual([
      { text: "مصدر عسكري ليبي ينفي مقتل أبو عياض", headline: true },
      { text: "اتفاق بالإجماع على حل إشكال واحة جمنة", headline: true },
      { text: "وزارة الصحة تحذر من موجة برد", headline: false },
      { text: "تونس تتسلم 46 حافلة مستعملة من فرنسا", headline: true },
    ]);
  });

  it("GIVEN a sentence that quotes one title THEN it stays whole", () => {
    const s = "وقال الوزير إن تونس تتسلم 46 حافلة مستعملة من فرنسا خلال الأسبوع القادم";
    expect(index.split(s)).toEqual([{ text: s, headline: false }]);
  });

  it("GIVEN a sentence that ends with a full stop THEN it is a sentence, not a run", () => {
    const s = "مصدر عسكري ليبي ينفي مقتل أبو عياض ثم اتفاق بالإجماع على حل إشكال واحة جمنة.";
    expect(index.split(s)).toEqual([{ text: s, headline: false }]);
  });

  it("GIVEN the article's own title in the run THEN it is not counted as another's", () => {
    const run = "مصدر عسكري ليبي ينفي مقتل أبو عياض ارتفاع نسب الفقر في سوسة";
    expect(index.split(run, "ارتفاع نسب الفقر في سوسة")).toEqual([{ text: run, headline: false }]);
    expect(index.split(run).map((p) => p.headline)).toEqual([true, true]);
  });

  it("GIVEN a title that the sentence only begins THEN no headline is cut inside a word", () => {
    const s = "ارتفاع نسب الفقر في سوستها مصدر عسكري ليبي ينفي مقتل أبو عياض";
    expect(index.split(s)).toEqual([{ text: s, headline: false }]);
  });
});
