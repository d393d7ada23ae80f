/**
 * Sentences matching a keyword query, from the sentence posting lists, ranked by how much of the
 * query's weight they cover (summaries). The timeline's keyword filter walks events by term instead
 * (index/events.ts `termEvents`).
 */
import type { CoreIndex } from "../index/build.ts";
import { knownTermIds, postingsOf } from "../index/vectors.ts";
import { contentTerms } from "../index/terms.ts";
import { LATIN_WORD, arabicQuery } from "../search/english-keywords.ts";

/**
 * Sentences containing any query term, scored by the share of the query's idf weight they cover
 * (1 = all terms), best first, at most `cap` of them (ties: earlier in the corpus first), and only those
 * scoring at least `min`.
 *
 * A sentence's score is the sum of its terms' weights in query order (the same floating-point sum for
 * every sentence with the same terms). The postings are walked in sentence order with one cursor per term
 * (MaxScore): the `cap` best so far sit in a heap, and terms so light that sentences holding only them (and
 * lighter ones) cannot beat the heap's worst (nor reach `min`) stop driving the walk; they are only looked up
 * for the sentences that the others bring. The walk ends when no sentence can beat the heap any more: a
 * one-word query reads `cap` postings, not all of them. Later sentences lose ties, so a full heap is beaten
 * only by a strictly higher score. The bounds are sums in query order too, so they are exact.
 */
export function sentencesByCoverage(
  index: CoreIndex,
  query: string,
  cap: number,
  min = -Infinity,
): { sentence: number; score: number }[] {
  const { sentences, scores } = coverageRanked(index, query, cap, min);
  return Array.from(sentences, (sentence, i) => ({ sentence, score: scores[i]! }));
}

const NONE = { sentences: new Int32Array(0), scores: new Float64Array(0) };

/**
 * The words a keyword query's sentences must hold: an English query read as the Arabic the articles write
 * (search/english-keywords.ts), the places it names left out; any other query as it is.
 */
export function keywordQuery(index: CoreIndex, query: string): string {
  if (!/[A-Za-z]/.test(query)) return query;
  // A word that is a place's whole English name is that place's Arabic name: «Sudan» finds «السودان» and, as the Arabic
  // query does, «الجيش السوداني».
  const named = query.replace(LATIN_WORD, (word) => placeNamed(index, word) ?? word);
  if (!/[A-Za-z]/.test(named)) return named;
  // (A word that names a place, or qualifies bodies by their country: «Iraq», «US» of «US Central Command».)
  const place = (word: string): boolean =>
    index.lookup.find(word).some((m) => {
      const e = index.entities[m.entity]!;
      return !m.bySound && (e.type === "place" || e.name.en.toLowerCase().startsWith(`${word.toLowerCase()} `));
    });
  return arabicQuery(named, place) ?? named;
}

/** The Arabic name of the place whose English name is `word`, whole. */
function placeNamed(index: CoreIndex, word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const m of index.lookup.find(word)) {
    const e = index.entities[m.entity]!;
    if (!m.bySound && e.type === "place" && e.name.en.toLowerCase() === lower) return e.name.ar;
  }
  return undefined;
}

/** sentencesByCoverage as two parallel arrays (no object per sentence). */
export function coverageRanked(
  index: CoreIndex,
  query: string,
  cap: number,
  min = -Infinity,
): { sentences: Int32Array; scores: Float64Array } {
  const ids = knownTermIds(index.terms, query);
  if (ids.length === 0 || !(cap > 0)) return NONE;
  let total = 0;
  for (const term of new Set(contentTerms(query))) {
    const id = index.terms.termIds.get(term);
    // An unknown term counts at the weight of the rarest possible term: it lowers every coverage.
    total += id === undefined ? Math.log(index.sentences.length + 1) : index.terms.idf[id]!;
  }
  const n = ids.length;
  const weights = ids.map((id) => index.terms.idf[id]! / total);
  const lists = ids.map((id) => postingsOf(index.terms.postings, id));
  const cursor = new Int32Array(n);
  /** Largest score of a sentence whose terms are among `set` (a bit mask over query positions). */
  const bound = (set: number): number => {
    let sum = 0;
    for (let k = 0; k < n; k++) if (set & (1 << k)) sum += weights[k]!;
    return sum;
  };
  if (n > 30) {
    // Bit masks hold 30 terms: a longer query takes the plain way.
    const list = coverageByMap(lists, weights, cap, min);
    return { sentences: Int32Array.from(list, (e) => e.sentence), scores: Float64Array.from(list, (e) => e.score) };
  }
  // Terms by weight, lightest first: the non-essential ones are a prefix of this order.
  const light = ids.map((_, k) => k).sort((x, y) => weights[x]! - weights[y]! || x - y);
  const prefixBound: number[] = [0];
  for (let j = 1, set = 0; j <= n; j++) prefixBound.push(bound((set |= 1 << light[j - 1]!)));

  let size = 0;
  for (const list of lists) size += list.length;
  const room = Math.min(cap, size);
  const heapScore = new Float64Array(room);
  const heapSentence = new Int32Array(room);
  let count = 0;
  let heap = false;
  let worst = -Infinity;
  // Terms light[0 .. nonEssential) cannot bring a winner on their own: while the heap fills, a winner
  // needs at least `min`; once it is full, more than its worst entry.
  let nonEssential = 0;
  while (nonEssential < n && !(prefixBound[nonEssential + 1]! >= min)) nonEssential++;
  while (nonEssential < n) {
    // The next sentence of an essential term.
    let s = 0x7fffffff;
    for (let j = nonEssential; j < n; j++) {
      const k = light[j]!;
      const list = lists[k]!;
      if (cursor[k]! < list.length && list[cursor[k]!]! < s) s = list[cursor[k]!]!;
    }
    if (s === 0x7fffffff) break;
    let score = 0;
    for (let k = 0; k < n; k++) {
      const list = lists[k]!;
      let at = cursor[k]!;
      if (at < list.length && list[at]! < s) at = seek(list, at, s);
      if (at < list.length && list[at] === s) {
        score += weights[k]!;
        at++;
      }
      cursor[k] = at;
    }
    if (count < room) {
      if (!(score >= min)) continue;
      // Filling: appended in sentence order. Once full, the entry to beat is found by one scan; the
      // entries become a heap only when one is replaced (often never: then they stay in sentence order).
      heapScore[count] = score;
      heapSentence[count++] = s;
      if (count < room) continue;
      worst = lowest(heapScore, count);
    } else {
      if (!(score > worst)) continue;
      if (!heap) {
        for (let i = (count >> 1) - 1; i >= 0; i--) heapDown(heapScore, heapSentence, i, count);
        heap = true;
      }
      heapScore[0] = score;
      heapSentence[0] = s;
      heapDown(heapScore, heapSentence, 0, count);
      worst = heapScore[0]!;
    }
    while (nonEssential < n && !(prefixBound[nonEssential + 1]! > worst)) nonEssential++;
  }
  return bestFirst(heapSentence.subarray(0, count), heapScore.subarray(0, count), !heap);
}

/**
 * The entries by score (descending), then sentence (ascending). Scores take few distinct values (sums of
 * subsets of the query's weights): with at most 32 of them, each entry packs into one integer, sentence × 32
 * + its score's rank, sorted numerically (by sentence; `inOrder`: they already are) and then distributed by
 * rank, stably (a counting sort); otherwise a comparator sort.
 */
function bestFirst(sentences: Int32Array, scores: Float64Array, inOrder: boolean): { sentences: Int32Array; scores: Float64Array } {
  // Runs of equal scores are the rule: a value is looked up only when it differs from the previous one.
  const distinct: number[] = [];
  for (let i = 0, last = NaN; i < scores.length && distinct.length <= 32; i++) {
    if (scores[i] === last) continue;
    last = scores[i]!;
    if (!distinct.includes(last)) distinct.push(last);
  }
  const count = sentences.length;
  const outSentences = new Int32Array(count);
  const outScores = new Float64Array(count);
  let maxSentence = 0;
  for (let i = 0; i < count; i++) if (sentences[i]! > maxSentence) maxSentence = sentences[i]!;
  if (distinct.length > 32 || maxSentence >= 2 ** 26) {
    const order = Array.from(sentences.keys()).sort((x, y) => scores[y]! - scores[x]! || sentences[x]! - sentences[y]!);
    order.forEach((i, k) => {
      outSentences[k] = sentences[i]!;
      outScores[k] = scores[i]!;
    });
    return { sentences: outSentences, scores: outScores };
  }
  distinct.sort((x, y) => y - x);
  const packed = new Int32Array(count);
  const start = new Int32Array(distinct.length + 1);
  for (let i = 0, last = NaN, rank = 0; i < count; i++) {
    if (scores[i] !== last) {
      last = scores[i]!;
      rank = distinct.indexOf(last);
    }
    packed[i] = sentences[i]! * 32 + rank;
    start[rank + 1]!++;
  }
  for (let r = 0; r < distinct.length; r++) start[r + 1]! += start[r]!;
  // Entries still in sentence order need no sort.
  if (!inOrder) packed.sort();
  for (let i = 0; i < count; i++) {
    const rank = packed[i]! & 31;
    const at = start[rank]!++;
    outSentences[at] = packed[i]! >> 5;
    outScores[at] = distinct[rank]!;
  }
  return { sentences: outSentences, scores: outScores };
}

/** The plain accumulation (very long queries): every posting of every term. */
function coverageByMap(lists: Int32Array[], weights: number[], cap: number, min: number): { sentence: number; score: number }[] {
  const scores = new Map<number, number>();
  lists.forEach((list, k) => {
    for (const s of list) scores.set(s, (scores.get(s) ?? 0) + weights[k]!);
  });
  return topK([...scores].filter(([, score]) => score >= min), cap).map(([sentence, score]) => ({ sentence, score }));
}

/** The first position ≥ `from` whose value is ≥ `target` (galloping, then binary search). */
function seek(list: Int32Array, from: number, target: number): number {
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < list.length && list[hi]! < target) {
    lo = hi;
    step <<= 1;
    hi = from + step;
  }
  if (hi > list.length) hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lowest score of the first `count` entries. */
function lowest(scores: Float64Array, count: number): number {
  let low = Infinity;
  for (let i = 0; i < count; i++) if (scores[i]! < low) low = scores[i]!;
  return low;
}

/** Min-heap by (score, then later sentence = worse): the root is the entry to beat. */
function heapWorse(score: Float64Array, sentence: Int32Array, a: number, b: number): boolean {
  return score[a]! < score[b]! || (score[a] === score[b] && sentence[a]! > sentence[b]!);
}

function heapSwap(score: Float64Array, sentence: Int32Array, a: number, b: number): void {
  const x = score[a]!;
  score[a] = score[b]!;
  score[b] = x;
  const y = sentence[a]!;
  sentence[a] = sentence[b]!;
  sentence[b] = y;
}

function heapDown(score: Float64Array, sentence: Int32Array, i: number, size: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < size && heapWorse(score, sentence, l, m)) m = l;
    if (r < size && heapWorse(score, sentence, r, m)) m = r;
    if (m === i) return;
    heapSwap(score, sentence, i, m);
    i = m;
  }
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
export function contains(list: Int32Array | readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === value;
}
