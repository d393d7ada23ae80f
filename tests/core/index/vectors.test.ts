import { describe, expect, it } from "vitest";
import { buildTermIndex, cosine, knownTermIds, postingsOf, vectorAt, without } from "../../../src/core/index/vectors.ts";

const texts = [
  "افتتح الوزير المستشفى الجديد في المدينة",
  "زار الوزير المستشفى الجديد مرة أخرى",
  "فاز المنتخب الوطني بكأس البطولة",
];

describe("term index", () => {
  const index = buildTermIndex(texts, [0, 0, 1], ["المستشفى", "الرياضة"]);

  it("GIVEN sentences on one topic THEN they are closer than sentences on another", () => {
    const [a, b, c] = [0, 1, 2].map((i) => vectorAt(index.sentenceVectors, i));
    expect(cosine(a!, b!)).toBeGreaterThan(0.2);
    expect(cosine(a!, c!)).toBe(0);
    expect(cosine(a!, a!)).toBeCloseTo(1, 5);
  });

  it("GIVEN a term THEN its posting list holds exactly the sentences that use it", () => {
    const [hospital] = knownTermIds(index, "المستشفى");
    expect(hospital).toBeDefined();
    expect(Array.from(postingsOf(index.postings, hospital!))).toEqual([0, 1]);
    expect(knownTermIds(index, "طائرة")).toEqual([]);
  });

  it("GIVEN the shared terms removed THEN the similarity drops", () => {
    const [a, b] = [0, 1].map((i) => vectorAt(index.sentenceVectors, i));
    const shared = new Set(knownTermIds(index, "الوزير المستشفى الجديد"));
    expect(cosine(without(a!, shared), without(b!, shared))).toBeLessThan(cosine(a!, b!));
  });

  it("GIVEN articles THEN their vectors follow their sentences and titles", () => {
    const [health, sport] = [0, 1].map((i) => vectorAt(index.articleVectors, i));
    expect(cosine(health!, sport!)).toBe(0);
    expect(health!.ids.length).toBeGreaterThan(0);
  });
});
