/**
 * TF-IDF over sentences: a term dictionary, one sparse L2-normalised vector per sentence and per
 * article, and sentence posting lists per term. Built once at index time; queries only read them.
 *
 * Weights: (1 + ln tf) · idf with idf = ln((N + 1) / (df + 0.5)), N = number of sentences, so a term
 * present in nearly every sentence weighs almost nothing and a rare name weighs most.
 */
import { contentTerms } from "./terms.ts";

/** Parallel arrays of ascending term ids and their weights; L2 norm 1 (or empty). */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

export interface TermIndex {
  /** term → id */
  termIds: Map<string, number>;
  /** idf by term id. */
  idf: Float64Array;
  /** One vector per sentence, by sentence index. */
  sentenceVectors: SparseVector[];
  /** Ascending sentence indices per term id. */
  postings: Int32Array[];
  /** One vector per article (all its terms, counted once per sentence), by article index. */
  articleVectors: SparseVector[];
}

/**
 * Builds the term index. `sentenceTexts[i]` belongs to the article at index `sentenceArticle[i]`;
 * `titles[a]` is the title of article `a` and adds its terms to that article's vector.
 */
export function buildTermIndex(
  sentenceTexts: readonly string[],
  sentenceArticle: readonly number[],
  titles: readonly string[],
): TermIndex {
  const termIds = new Map<string, number>();
  const df: number[] = [];
  const postingLists: number[][] = [];
  const counts: Map<number, number>[] = [];

  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
      df.push(0);
      postingLists.push([]);
    }
    return id;
  };

  for (let s = 0; s < sentenceTexts.length; s++) {
    const tf = new Map<number, number>();
    for (const term of contentTerms(sentenceTexts[s]!)) {
      const id = idOf(term);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const id of tf.keys()) {
      df[id]! += 1;
      postingLists[id]!.push(s);
    }
    counts.push(tf);
  }

  const n = sentenceTexts.length;
  const idf = new Float64Array(termIds.size);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log((n + 1) / (df[id]! + 0.5));

  const sentenceVectors = counts.map((tf) => toVector(tf, idf));

  // Article vectors: in how many of its sentences each term occurs, plus the title. All terms are
  // kept: a top-k cut keeps only each article's rarest words, and two reports of one story then
  // look unrelated.
  const articleCounts: Map<number, number>[] = titles.map(() => new Map());
  for (let s = 0; s < counts.length; s++) {
    const target = articleCounts[sentenceArticle[s]!];
    if (!target) continue;
    for (const id of counts[s]!.keys()) target.set(id, (target.get(id) ?? 0) + 1);
  }
  titles.forEach((title, a) => {
    for (const term of contentTerms(title)) {
      const id = termIds.get(term);
      if (id !== undefined) articleCounts[a]!.set(id, (articleCounts[a]!.get(id) ?? 0) + 1);
    }
  });
  const articleVectors = articleCounts.map((tf) => toVector(tf, idf));

  return { termIds, idf, sentenceVectors, postings: postingLists.map((p) => Int32Array.from(p)), articleVectors };
}

/** TF-IDF weights of a count map as a normalised sparse vector. */
export function toVector(tf: Map<number, number>, idf: Float64Array): SparseVector {
  // Typed-array sort (numeric, in place) and no intermediate tuples: this runs once per sentence.
  const all = new Int32Array(tf.size);
  let n = 0;
  for (const id of tf.keys()) if ((idf[id] ?? 0) > 0) all[n++] = id;
  const ids = all.subarray(0, n).sort();
  const weights = new Float32Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const w = (1 + Math.log(tf.get(ids[i]!)!)) * idf[ids[i]!]!;
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < n; i++) weights[i]! /= norm;
  return { ids: ids.slice(), weights };
}

/** Cosine of two normalised sparse vectors (a merge walk over the sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The vector without the given term ids, renormalised (e.g. a sentence minus its date words). */
export function without(v: SparseVector, drop: ReadonlySet<number>): SparseVector {
  if (drop.size === 0) return v;
  const ids: number[] = [];
  const weights: number[] = [];
  let norm = 0;
  for (let i = 0; i < v.ids.length; i++) {
    if (drop.has(v.ids[i]!)) continue;
    ids.push(v.ids[i]!);
    weights.push(v.weights[i]!);
    norm += v.weights[i]! * v.weights[i]!;
  }
  norm = Math.sqrt(norm) || 1;
  return { ids: Int32Array.from(ids), weights: Float32Array.from(weights, (w) => w / norm) };
}

/** Term ids of a text's content terms that the dictionary knows (unknown terms cannot match anything). */
export function knownTermIds(index: Pick<TermIndex, "termIds">, text: string): number[] {
  const out = new Set<number>();
  for (const term of contentTerms(text)) {
    const id = index.termIds.get(term);
    if (id !== undefined) out.add(id);
  }
  return [...out];
}
