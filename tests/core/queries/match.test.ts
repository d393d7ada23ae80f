/**
 * sentencesByCoverage (a MaxScore walk that stops once nothing can beat the `cap` best) against the plain
 * accumulation over every posting: the same sentences with bit-identical scores, in the same order, for
 * every cap and minimum, including the many ties of a small vocabulary.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/types.ts";
import { buildIndex, type CoreIndex } from "../../../src/core/index/build.ts";
import { loadCorpus } from "../../../src/core/corpus/load.ts";
import { SEEDS_DIR } from "../../../src/core/create.ts";
import { accumulatedCoverage } from "./coverage-reference.ts";
import { sentencesByCoverage } from "../../../src/core/queries/match.ts";

/** Every sentence with a query term, scored by accumulation in query-term order, best first, cut to cap. */
function reference(index: CoreIndex, query: string, cap: number, min: number): { sentence: number; score: number }[] {
  const scores = accumulatedCoverage(index, query);
  return [...scores]
    .filter(([, score]) => score >= min)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, cap)
    .map(([sentence, score]) => ({ sentence, score }));
}

function synthetic(): Article[] {
  const words = ["القمح", "الزهراء", "البرلمان", "الميزانية", "المزارعين", "الجفاف", "البطولة", "الفروسية"];
  let seed = 3;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (): string => words[Math.floor(rnd() * words.length)]!;
  return Array.from({ length: 50 }, (_, a) => ({
    id: `m${a}`, title: pick(), source: null, sourceEn: null, published: "2031-07-01", publishedPrecision: "day" as const,
    url: null, lang: "ar" as const, origin: `m${a}.txt`,
    paragraphs: Array.from({ length: 6 }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, pick).join(" و") + " اليوم."),
  }));
}

function check(index: CoreIndex, queries: string[]): void {
  for (const query of queries) {
    for (const cap of [1, 2, 5, 17, 100, 1200]) {
      for (const min of [-Infinity, 0, 0.3, 0.5, 0.75, 1]) {
        expect(sentencesByCoverage(index, query, cap, min), `${query} ${cap} ${min}`).toEqual(reference(index, query, cap, min));
      }
    }
    expect(sentencesByCoverage(index, query, 1200)).toEqual(reference(index, query, 1200, -Infinity));
  }
}

describe("sentencesByCoverage", () => {
  it("GIVEN a small vocabulary (many ties, every combination of terms) THEN the plain accumulation's result", () => {
    const index = buildIndex(synthetic());
    const words = [...index.terms.termIds.keys()];
    const queries = [...words];
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) queries.push(`${words[i]} ${words[j]}`);
    for (let i = 0; i + 2 < words.length; i++) queries.push(words.slice(i, i + 3).join(" "), `${words.slice(i, i + 4).join(" ")} كلمةلاوجودلها`);
    queries.push(words.join(" "), "كلمةلاوجودلها");
    check(index, queries);
  });

  it("GIVEN the seed articles THEN the plain accumulation's result for words, phrases and sentences", async () => {
    const { articles } = await loadCorpus(SEEDS_DIR);
    const index = buildIndex(articles);
    const terms = [...index.terms.termIds.keys()];
    const queries = terms.filter((_, i) => i % 25 === 0);
    for (const s of index.sentences.slice(0, 60)) {
      const words = s.text.split(/\s+/);
      queries.push(words.slice(0, 3).join(" "), words.slice(1, 6).join(" "));
    }
    queries.push(index.sentences[3]!.text); // a long query (more than 30 terms goes the plain way)
    check(index, queries);
  });
});
