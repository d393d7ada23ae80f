/**
 * TF-IDF over sentences: a term dictionary, one sparse L2-normalised vector per sentence and per
 * article, and sentence posting lists per term. Built once at index time; queries only read them.
 *
 * Weights: (1 + ln tf) · idf with idf = ln((N + 1) / (df + 0.5)), N = number of sentences, so a term
 * present in nearly every sentence weighs almost nothing and a rare name weighs most.
 */
import { contentTerms } from "./terms.ts";
import { Grow } from "./grow.ts";

/** Parallel arrays of ascending term ids and their weights; L2 norm 1 (or empty). */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/**
 * Many sparse vectors in two shared arrays: vector i is ids and weights [start[i], end[i]). Four typed arrays, not
 * one object and two views per vector: at 10k articles that was 90k view objects (~9 MB of heap), in the bot too.
 */
export interface VectorTable {
  ids: Int32Array;
  weights: Float32Array;
  start: Int32Array;
  end: Int32Array;
}

/** Vector i of a table (views, made on demand); the empty vector for an index out of range. */
export function vectorAt(table: VectorTable, i: number): SparseVector {
  const start = table.start[i];
  const end = table.end[i];
  if (start === undefined || end === undefined) return EMPTY_VECTOR;
  return { ids: table.ids.subarray(start, end), weights: table.weights.subarray(start, end) };
}

/** Posting lists in one array: the ascending sentence indices of term id are sentences [offsets[id], offsets[id + 1]). */
export interface PostingTable {
  offsets: Int32Array;
  sentences: Int32Array;
}

/** The sentences of term `id` (a view); empty for an unknown id. */
export function postingsOf(table: PostingTable, id: number): Int32Array {
  const start = table.offsets[id];
  const end = table.offsets[id + 1];
  return start === undefined || end === undefined ? table.sentences.subarray(0, 0) : table.sentences.subarray(start, end);
}

export interface TermIndex {
  /** term → id */
  termIds: Map<string, number>;
  /** idf by term id. */
  idf: Float64Array;
  /** One vector per sentence, by sentence index. */
  sentenceVectors: VectorTable;
  /** Ascending sentence indices per term id. */
  postings: PostingTable;
  /** One vector per article (all its terms, counted once per sentence), by article index. */
  articleVectors: VectorTable;
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
  const builder = new TermIndexBuilder();
  for (const text of sentenceTexts) builder.add(contentTerms(text));
  return builder.finish(sentenceArticle, titles.map((t) => contentTerms(t)));
}

/**
 * The term index built sentence by sentence from content terms computed by the caller (build.ts
 * tokenises each sentence once for every index). Per-sentence counts are kept in flat arrays, not one
 * Map per sentence.
 */
export class TermIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private df: number[] = [];
  private lastSentence: number[] = [];
  private ids = new Grow(Int32Array, 1 << 16);
  private tfs = new Grow(Int32Array, 1 << 16);
  private starts = new Grow(Int32Array, 1 << 12);

  constructor() {
    this.starts.push(0);
  }

  /** Adds the next sentence's content terms (in order, with repeats). */
  add(terms: readonly string[]): void {
    this.addIds(terms.map((term) => this.idOf(term)));
  }

  /** The id of a term (a new one for a new term: call in order of first occurrence). */
  idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      this.df.push(0);
      this.lastSentence.push(-1);
    }
    return id;
  }

  /** Adds the next sentence's content terms as ids (`idOf`), in order, with repeats. */
  addIds(termIds: ArrayLike<number>): void {
    const s = this.starts.length - 1;
    const ids = this.ids;
    const tfs = this.tfs;
    const start = ids.length;
    for (let k = 0; k < termIds.length; k++) {
      const id = termIds[k]!;
      if (this.lastSentence[id] !== s) {
        this.lastSentence[id] = s;
        this.df[id]! += 1;
        ids.push(id);
        tfs.push(1);
      } else {
        for (let i = ids.length - 1; i >= start; i--) {
          if (ids.get(i) === id) {
            tfs.set(i, tfs.get(i) + 1);
            break;
          }
        }
      }
    }
    this.starts.push(ids.length);
  }

  /** `sentenceArticle[i]` is the article of sentence i; `titleTerms[a]` the content terms of article a's title. */
  finish(sentenceArticle: ArrayLike<number>, titleTerms: readonly (readonly string[])[]): TermIndex {
    const { termIds, df } = this;
    const ids = this.ids.view();
    const tfs = this.tfs.view();
    const starts = this.starts.view();
    const n = starts.length - 1;
    const idf = new Float64Array(termIds.size);
    for (let id = 0; id < idf.length; id++) idf[id] = Math.log((n + 1) / (df[id]! + 0.5));

    // Postings: sentences are added in order, so each list comes out ascending.
    const offsets = new Int32Array(termIds.size + 1);
    for (let id = 0; id < df.length; id++) offsets[id + 1] = offsets[id]! + df[id]!;
    const flat = new Int32Array(offsets[termIds.size]!);
    const cursor = offsets.slice(0, termIds.size);
    for (let s = 0; s < n; s++) for (let i = starts[s]!; i < starts[s + 1]!; i++) flat[cursor[ids[i]!]!++] = s;
    const postings: PostingTable = { offsets, sentences: flat };

    // Sentence vectors: one table over two shared arrays.
    const sentenceVectors: VectorTable = { ids: new Int32Array(ids.length), weights: new Float32Array(ids.length), start: new Int32Array(n), end: new Int32Array(n) };
    const tf = new Map<number, number>();
    for (let s = 0; s < n; s++) {
      tf.clear();
      for (let i = starts[s]!; i < starts[s + 1]!; i++) tf.set(ids[i]!, tfs[i]!);
      const v = toVectorIn(tf, idf, sentenceVectors.ids, sentenceVectors.weights, starts[s]!);
      sentenceVectors.start[s] = starts[s]!;
      sentenceVectors.end[s] = starts[s]! + v.ids.length;
    }

    // Article vectors: in how many of its sentences each term occurs, plus the title. All terms are
    // kept: a top-k cut keeps only each article's rarest words, and two reports of one story then
    // look unrelated. An article's sentences are contiguous: one dense count array is reused from
    // article to article (a Map per article made ~50 MB of garbage at 10k articles).
    const counts = new Int32Array(termIds.size);
    const touched = new Grow(Int32Array, 1 << 12);
    const firstSentence = new Int32Array(titleTerms.length + 1).fill(-1);
    const lastSentence = new Int32Array(titleTerms.length + 1);
    for (let s = 0; s < n; s++) {
      const a = sentenceArticle[s]!;
      if (a < 0 || a >= titleTerms.length) continue;
      if (firstSentence[a] === -1) firstSentence[a] = s;
      lastSentence[a] = s + 1;
    }
    const perArticle: { ids: Int32Array; tf: Int32Array }[] = new Array(titleTerms.length);
    let total = 0;
    for (let a = 0; a < titleTerms.length; a++) {
      touched.length = 0;
      const count = (id: number): void => {
        if (counts[id] === 0) touched.push(id);
        counts[id]! += 1;
      };
      if (firstSentence[a] !== -1) {
        for (let s = firstSentence[a]!; s < lastSentence[a]!; s++) {
          if (sentenceArticle[s] !== a) continue;
          for (let i = starts[s]!; i < starts[s + 1]!; i++) count(ids[i]!);
        }
      }
      for (const term of titleTerms[a]!) {
        const id = termIds.get(term);
        if (id !== undefined) count(id);
      }
      const list = touched.view().slice().sort();
      const tf = new Int32Array(list.length);
      for (let k = 0; k < list.length; k++) {
        tf[k] = counts[list[k]!]!;
        counts[list[k]!] = 0;
      }
      perArticle[a] = { ids: list, tf };
      total += list.length;
    }
    const articleVectors: VectorTable = { ids: new Int32Array(total), weights: new Float32Array(total), start: new Int32Array(perArticle.length), end: new Int32Array(perArticle.length) };
    let at = 0;
    perArticle.forEach(({ ids: list, tf }, a) => {
      const v = countsToVectorIn(list, tf, idf, articleVectors.ids, articleVectors.weights, at);
      articleVectors.start[a] = at;
      articleVectors.end[a] = at + v.ids.length;
      at += list.length;
    });
    this.df = [];
    this.lastSentence = [];
    this.ids = new Grow(Int32Array, 1);
    this.tfs = new Grow(Int32Array, 1);
    this.starts = new Grow(Int32Array, 1);
    return { termIds, idf, sentenceVectors, postings, articleVectors };
  }
}

/** A count map's TF-IDF vector written into shared arrays at `at` (room for tf.size entries); returns views. */
function toVectorIn(tf: Map<number, number>, idf: Float64Array, allIds: Int32Array, allWeights: Float32Array, at: number): SparseVector {
  let n = 0;
  for (const id of tf.keys()) if ((idf[id] ?? 0) > 0) allIds[at + n++] = id;
  const ids = allIds.subarray(at, at + n).sort();
  const weights = allWeights.subarray(at, at + n);
  for (let i = 0; i < n; i++) weights[i] = tf.get(ids[i]!)!;
  return weighCounts(ids, weights, idf);
}

/** toVectorIn over parallel arrays (ascending term ids, their counts) instead of a Map. */
function countsToVectorIn(
  termList: Int32Array,
  tf: Int32Array,
  idf: Float64Array,
  allIds: Int32Array,
  allWeights: Float32Array,
  at: number,
): SparseVector {
  let n = 0;
  for (let k = 0; k < termList.length; k++) {
    const id = termList[k]!;
    if ((idf[id] ?? 0) > 0) {
      allIds[at + n] = id;
      allWeights[at + n++] = tf[k]!;
    }
  }
  return weighCounts(allIds.subarray(at, at + n), allWeights.subarray(at, at + n), idf);
}

/**
 * Turns the term counts held in `weights` (parallel to ascending `ids`) into L2-normalised TF-IDF
 * weights, in place: the one arithmetic of every vector, so they are bit-identical however built.
 */
function weighCounts(ids: Int32Array, weights: Float32Array, idf: Float64Array): SparseVector {
  let norm = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = (1 + Math.log(weights[i]!)) * idf[ids[i]!]!;
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < ids.length; i++) weights[i]! /= norm;
  return { ids, weights };
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
