/**
 * Sentences matching a keyword query, from the sentence posting lists, ranked by how much of the
 * query's weight they cover (summaries). The timeline's keyword filter walks events by term instead
 * (index/events.ts `termEvents`).
 */
import type { CoreIndex } from "../index/build.ts";
import { knownTermIds } from "../index/vectors.ts";
import { contentTerms } from "../index/terms.ts";

/**
 * Sentences containing any query term, scored by the share of the query's idf weight they cover
 * (1 = all terms), best first, at most `cap` of them (ties: earlier in the corpus first).
 */
export function sentencesByCoverage(index: CoreIndex, query: string, cap: number): { sentence: number; score: number }[] {
  const ids = knownTermIds(index.terms, query);
  if (ids.length === 0) return [];
  let total = 0;
  for (const term of new Set(contentTerms(query))) {
    const id = index.terms.termIds.get(term);
    // An unknown term counts at the weight of the rarest possible term: it lowers every coverage.
    total += id === undefined ? Math.log(index.sentences.length + 1) : index.terms.idf[id]!;
  }
  const scores = new Map<number, number>();
  for (const id of ids) {
    const w = index.terms.idf[id]! / total;
    for (const s of index.terms.postings[id]!) scores.set(s, (scores.get(s) ?? 0) + w);
  }
  return topK([...scores], cap).map(([sentence, score]) => ({ sentence, score }));
}

/** The k entries with the highest value, best first (a bounded selection, not a full sort). */
export function topK(entries: [number, number][], k: number): [number, number][] {
  if (entries.length <= k) return entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  // A min-heap of the k best so far: its root is the entry to beat.
  const heap: [number, number][] = [];
  const worse = (a: [number, number], b: [number, number]): boolean => a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  for (const e of entries) {
    if (heap.length < k) {
      heap.push(e);
      siftUp(heap, heap.length - 1, worse);
    } else if (worse(heap[0]!, e)) {
      heap[0] = e;
      siftDown(heap, 0, worse);
    }
  }
  return heap.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

function siftUp<T>(h: T[], i: number, worse: (a: T, b: T) => boolean): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!worse(h[i]!, h[p]!)) break;
    [h[i], h[p]] = [h[p]!, h[i]!];
    i = p;
  }
}

function siftDown<T>(h: T[], i: number, worse: (a: T, b: T) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && worse(h[l]!, h[m]!)) m = l;
    if (r < h.length && worse(h[r]!, h[m]!)) m = r;
    if (m === i) return;
    [h[i], h[m]] = [h[m]!, h[i]!];
    i = m;
  }
}

/** Whether an ascending list holds the value (binary search). */
export function contains(list: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === value;
}
