/**
 * The plain coverage accumulation the bounded walk in match.ts replaced, shared by the tests that compare
 * against it: every posting of every known query term adds the term's share of the query's idf weight.
 */
import type { CoreIndex } from "../../../src/core/index/build.ts";
import { contentTerms } from "../../../src/core/index/terms.ts";
import { knownTermIds, postingsOf } from "../../../src/core/index/vectors.ts";

/** Coverage of every sentence holding a query term, in posting order. */
export function accumulatedCoverage(index: CoreIndex, query: string): Map<number, number> {
  const ids = knownTermIds(index.terms, query);
  let total = 0;
  for (const term of new Set(contentTerms(query))) {
    const id = index.terms.termIds.get(term);
    total += id === undefined ? Math.log(index.sentences.length + 1) : index.terms.idf[id]!;
  }
  const scores = new Map<number, number>();
  for (const id of ids) {
    const w = index.terms.idf[id]! / total;
    for (const s of postingsOf(index.terms.postings, id)) scores.set(s, (scores.get(s) ?? 0) + w);
  }
  return scores;
}
