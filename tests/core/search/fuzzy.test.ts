/**
 * Fuzzy and prefix expansion against brute force: over a dense vocabulary (random words on a few letters,
 * so most one-edit variants of a word exist), a query finds exactly the articles whose word is the query,
 * extends it (stems of ≥ 4 letters) or is one insertion, deletion or substitution away (stems of ≥ 5). The
 * one-edit variants are screened by the vocabulary's trigrams before the dictionary look-up: this proves
 * the screen drops no term. And the top-k article selection keeps the full sort's order and ties.
 */
import { describe, expect, it } from "vitest";
import { createSearchIndex, type SearchDoc } from "../../../src/core/search/index.ts";
import { searchTerms } from "../../../src/core/search/analyze.ts";

function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
    return diff === 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Random words on `letters`, each followed by a few random one-edit variants of itself: with many letters
 * the vocabulary's trigrams are sparse (the screen rejects most variants) while each word has neighbours.
 */
function corpus(letters: string, seed: number, count: number): SearchDoc[] {
  let x = seed;
  const rnd = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const letter = (): string => letters[Math.floor(rnd() * letters.length)]!;
  const words: string[] = [];
  while (words.length < count) {
    const length = 3 + Math.floor(rnd() * 5);
    let word = "";
    for (let k = 0; k < length; k++) word += letter();
    words.push(word);
    for (let v = Math.floor(rnd() * 4); v > 0; v--) {
      const i = Math.floor(rnd() * (word.length + 1));
      const kind = Math.floor(rnd() * 3);
      if (kind === 0) words.push(word.slice(0, i) + letter() + word.slice(i));
      else if (kind === 1 && i < word.length) words.push(word.slice(0, i) + word.slice(i + 1));
      else if (i < word.length) words.push(word.slice(0, i) + letter() + word.slice(i + 1));
    }
  }
  return words.map((word, i) => ({ id: `w${i}#0`, articleId: `w${i}`, title: "", text: word }));
}

describe("search expansion", () => {
  for (const [name, letters] of [["dense Latin", "qxzvk"], ["sparse Latin", "bcdfghjkmnpqrstvwxz"], ["sparse Arabic", "ثخذضظغصقفعهجحشسطك"]] as const) {
    it(`GIVEN a ${name} vocabulary THEN exactly the exact, prefix and one-edit matches`, () => {
      const docs = corpus(letters, 11, 3000);
      const index = createSearchIndex(docs);
      const termOf = new Map(docs.map((d) => [d.articleId, searchTerms(d.text)[0] ?? ""]));
      let compared = 0;
      for (const doc of docs.slice(0, 300)) {
        const query = searchTerms(doc.text)[0];
        if (query === undefined) continue;
        const expected = docs
          .map((d) => d.articleId)
          .filter((a) => {
            const t = termOf.get(a)!;
            return t === query || (query.length >= 4 && t.startsWith(query)) || (query.length >= 5 && oneEditApart(t, query));
          })
          .sort();
        const found = index.search(doc.text, 10_000).map((h) => h.article).sort();
        expect(found, query).toEqual(expected);
        compared++;
      }
      expect(compared).toBeGreaterThan(200);
    });
  }

  it("GIVEN many articles with equal scores THEN the first `limit` by id, as a full sort gives", () => {
    const docs = corpus("qxzvk", 5, 400).slice(0, 400).map((d) => ({ ...d, text: "zzzzz" }));
    const index = createSearchIndex(docs);
    const all = index.search("zzzzz", 1000);
    expect(all).toHaveLength(400);
    expect(all.map((h) => h.article)).toEqual(docs.map((d) => d.articleId).sort());
    for (const limit of [1, 3, 10, 57]) expect(index.search("zzzzz", limit)).toEqual(all.slice(0, limit));
  });
});
