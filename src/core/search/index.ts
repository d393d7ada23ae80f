/**
 * Full-text search over sentences, grouped by article.
 *
 * One document per sentence (field `text`) and one per article title (field `title`): titles are indexed
 * once per article rather than copied onto every sentence, which halves the index and keeps a title match
 * from making all of an article's sentences tie for the snippet. Terms go through `processTerm` (stop words
 * out, Arabic stems). Prefix matching applies to stems of ≥ 4 letters and fuzzy matching (one edit) to
 * stems of ≥ 5, because short Arabic stems sit one letter away from unrelated words.
 *
 * Scoring is MiniSearch's (BM25+ with k 1.2, b 0.7, d 0.5; prefix matches weighted 0.375·len/(len+0.3·Δ),
 * fuzzy ones 0.45·len/(len+Δ); a document's score times the number of distinct query terms it matched),
 * computed over our own compact postings: term ids, then per term a run of document ids and term counts in
 * typed arrays (CSR). The index used to be a MiniSearch instance; this keeps its ranking while costing a
 * fraction of its build time and memory, and a query touches only the posting runs of its terms (prefix
 * terms by binary search over the sorted vocabulary, one-edit variants by generating them).
 *
 * Terms are combined with AND, falling back to OR when AND finds fewer articles than asked for.
 * Article score = best sentence + 0.3 × the next three sentences + the title's score; the snippet is the
 * best sentence (the article's first sentence when only the title matched). Stems join words apart in meaning
 * (الملكية ownership, الملكة queen, الملك king: all «ملك»), so the best three pages are then ordered by the share of
 * the query's words their snippet and title hold as written (clitics aside), and by score among equals.
 */
import { tokenize } from "../text/tokenize.ts";
import { FUZZY_MIN, PREFIX_MIN, processTerm, searchTerms } from "./analyze.ts";
import { Grow } from "../index/grow.ts";
import { stripProclitics } from "../text/stem.ts";

/** One sentence to index. `id` is the sentence id (`${articleId}#${index}`). */
export interface SearchDoc {
  id: string;
  articleId: string;
  title: string;
  text: string;
}

export interface SearchIndexOptions {
  /** Extra query terms (e.g. Arabic spellings of an English name: "Austin" → "أوستن"). */
  extraTerms?: (query: string) => string[];
  /** An article's title by id: its words count as written too when results are ordered. */
  titleOf?: (articleId: string) => string | undefined;
}

/** One article in the results. */
export interface SearchResult {
  article: string;
  sentenceId: string;
  /** Relevance over stems (BM25+); the order puts words as written first (see the module comment). */
  score: number;
  /** The best-matching sentence, as written. */
  snippet: string;
}

export interface SearchIndex {
  /** Ranked articles for a query (Arabic or Latin); [] for an empty or stop-word-only query. */
  search(query: string, limit?: number): SearchResult[];
  /** Number of indexed sentences. */
  readonly size: number;
}

/** How many pages of results the as-written check reorders (see search). */
const REWRITE_POOL = 3;

/** Letters that writing varies and normalisation folds: the spellings each stands for in a text as written. */
const SPELLINGS: Record<string, string> = { ا: "اأإآٱ", ه: "هة", ي: "يىئ", و: "وؤ" };
const MARKS = "[\\u064B-\\u065F\\u0670\\u0640]*";

/**
 * The query's Arabic words as written, one pattern each: the word without its proclitics, which it may take again
 * (و/ف, ب/ك/ل, the article), in any spelling normalisation folds, with nothing else attached.
 */
function asWritten(query: string): RegExp[] {
  const cores = new Set<string>();
  for (const token of tokenize(query)) if (processTerm(token) !== null && /[\u0621-\u064A]/.test(token)) cores.add(stripProclitics(token));
  return [...cores].map((core) => {
    const letters = [...core].map((c) => (SPELLINGS[c] ? `[${SPELLINGS[c]}]` : c) + MARKS).join("");
    return new RegExp(`(?<![\\u0621-\\u064A])[وف]?(?:لل|[بكل])?(?:ال)?${letters}(?![\\u0621-\\u064A])`, "u");
  });
}

/** The share of the words (asWritten) that `text` holds as written. */
function writtenShare(words: readonly RegExp[], text: string): number {
  let found = 0;
  for (const w of words) if (w.test(text)) found++;
  return found / words.length;
}

const SECONDARY_WEIGHT = 0.3;
const SECONDARY_COUNT = 3;
const DEFAULT_LIMIT = 10;
const TEXT = 0;
const TITLE = 1;
/** BM25+ parameters and match weights (MiniSearch's defaults, which the ranking was tuned with). */
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/**
 * The built index as plain data (typed arrays and string arrays): what a snapshot stores. Documents are
 * numbered in insertion order (an article's title document, then its sentences).
 */
export interface SearchData {
  terms: string[];
  /** Postings of term t: offsets[t] ≤ i < offsets[t + 1]; its text documents first, then its title documents, each ascending. */
  offsets: Int32Array;
  textCount: Int32Array;
  docs: Int32Array;
  tf: Uint16Array;
  /** Per document: article number, sentence number (-1 for a title document), field length (distinct tokens). */
  docArticle: Int32Array;
  docSentence: Int32Array;
  fieldLength: Uint16Array;
  /** MiniSearch's running average field length per field. */
  avgFieldLength: [number, number];
  /** Term ids in code-unit order of their terms (prefix ranges by binary search). */
  sorted: Int32Array;
  /** Every character of the vocabulary, once (one-edit variants are generated over it). */
  alphabet: string;
  articleIds: string[];
  /** First sentence number of each article (its snippet when only the title matched). */
  firstSentence: Int32Array;
  sentenceIds: string[];
  sentenceTexts: string[];
}

/**
 * Incremental construction: titles and sentences in order, each with its tokens (from `tokenize`) and its
 * processed terms (from `processTerm`, nulls dropped), so that callers who already tokenised the text for
 * other purposes do not tokenise it again.
 */
export class SearchIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private lastDoc: number[] = [];
  private docTerms = new Grow(Int32Array, 1 << 16);
  private docTf = new Grow(Int32Array, 1 << 16);
  private docStart = new Grow(Int32Array, 1 << 12);
  private readonly docArticle: number[] = [];
  private readonly docSentence: number[] = [];
  private readonly fieldLength: number[] = [];
  private readonly avg: [number, number] = [0, 0];
  private readonly articleIds: string[] = [];
  private readonly articleNumber = new Map<string, number>();
  private readonly firstSentence: number[] = [];
  private readonly sentenceIds: string[] = [];
  private readonly sentenceTexts: string[] = [];
  private readonly seen = new Set<string>();

  constructor() {
    this.docStart.push(0);
  }

  /** True when a sentence with this id was added (duplicates keep the first). */
  has(id: string): boolean {
    return this.seen.has(id);
  }

  /** The id of a term (a new one for a new term). */
  idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.lastDoc.push(-1);
    }
    return id;
  }

  /**
   * Adds one sentence; the article's title document is added before its first sentence (titles that are
   * blank add none). `length` is the number of distinct tokens of the text (the BM25 field length),
   * `ids` the ids (`idOf`) of its processed terms, in order.
   */
  addSentence(
    id: string,
    articleId: string,
    text: string,
    length: number,
    ids: ArrayLike<number>,
    title: () => { length: number; ids: ArrayLike<number>; blank: boolean },
  ): void {
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const article = this.article(articleId, title);
    this.addDoc(TEXT, article, this.sentenceIds.length, length, ids);
    this.sentenceIds.push(id);
    this.sentenceTexts.push(text);
  }

  /**
   * The number of an article, adding it (and its title document) on first sight: a caller that reuses
   * scratch arrays for the title and the sentence calls this before analysing the sentence.
   */
  article(articleId: string, title: () => { length: number; ids: ArrayLike<number>; blank: boolean }): number {
    let article = this.articleNumber.get(articleId);
    if (article === undefined) {
      article = this.articleIds.length;
      this.articleNumber.set(articleId, article);
      this.articleIds.push(articleId);
      this.firstSentence.push(this.sentenceIds.length);
      const t = title();
      if (!t.blank) this.addDoc(TITLE, article, -1, t.length, t.ids);
    }
    return article;
  }

  private addDoc(field: number, article: number, sentence: number, length: number, ids: ArrayLike<number>): void {
    const doc = this.docArticle.length;
    this.docArticle.push(article);
    this.docSentence.push(sentence);
    this.fieldLength.push(length);
    // MiniSearch's running average, over the count of all documents so far (whatever their field).
    this.avg[field] = (this.avg[field]! * doc + length) / (doc + 1);
    const start = this.docTerms.length;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (this.lastDoc[id] !== doc) {
        this.lastDoc[id] = doc;
        this.docTerms.push(id);
        this.docTf.push(1);
      } else {
        // Find this term among the document's entries (few per document).
        for (let i = this.docTerms.length - 1; i >= start; i--) {
          if (this.docTerms.get(i) === id) {
            this.docTf.set(i, this.docTf.get(i) + 1);
            break;
          }
        }
      }
    }
    this.docStart.push(this.docTerms.length);
  }

  /** The postings in compact form; the builder must not be used afterwards. */
  finish(): SearchData {
    const nTerms = this.terms.length;
    const nDocs = this.docArticle.length;
    const docTerms = this.docTerms.view();
    const docTf = this.docTf.view();
    const docStart = this.docStart.view();
    const textCount = new Int32Array(nTerms);
    const titleCount = new Int32Array(nTerms);
    const docSentence = Int32Array.from(this.docSentence);
    for (let d = 0; d < nDocs; d++) {
      const counts = docSentence[d]! < 0 ? titleCount : textCount;
      for (let i = docStart[d]!; i < docStart[d + 1]!; i++) counts[docTerms[i]!]! += 1;
    }
    const offsets = new Int32Array(nTerms + 1);
    for (let t = 0; t < nTerms; t++) offsets[t + 1] = offsets[t]! + textCount[t]! + titleCount[t]!;
    const textCursor = offsets.slice(0, nTerms);
    const titleCursor = Int32Array.from(textCursor, (o, t) => o + textCount[t]!);
    const total = offsets[nTerms]!;
    const docs = new Int32Array(total);
    const tf = new Uint16Array(total);
    for (let d = 0; d < nDocs; d++) {
      const cursor = docSentence[d]! < 0 ? titleCursor : textCursor;
      for (let i = docStart[d]!; i < docStart[d + 1]!; i++) {
        const t = docTerms[i]!;
        const at = cursor[t]!++;
        docs[at] = d;
        tf[at] = Math.min(65535, docTf[i]!);
      }
    }
    const terms = this.terms;
    const sorted = Int32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
    const letters = new Set<string>();
    for (const t of terms) for (let i = 0; i < t.length; i++) letters.add(t[i]!);
    // Drop the build-time scratch.
    this.docTerms = new Grow(Int32Array, 1);
    this.docTf = new Grow(Int32Array, 1);
    this.docStart = new Grow(Int32Array, 1);
    this.lastDoc = [];
    return {
      terms: this.terms,
      offsets,
      textCount,
      docs,
      tf,
      docArticle: Int32Array.from(this.docArticle),
      docSentence,
      fieldLength: Uint16Array.from(this.fieldLength, (n) => Math.min(65535, n)),
      avgFieldLength: [this.avg[TEXT]!, this.avg[TITLE]!],
      sorted,
      alphabet: [...letters].sort().join(""),
      articleIds: this.articleIds,
      firstSentence: Int32Array.from(this.firstSentence),
      sentenceIds: this.sentenceIds,
      sentenceTexts: this.sentenceTexts,
    };
  }
}

/** Builds the index from documents. Duplicate sentence ids keep their first document. */
export function createSearchIndex(docs: readonly SearchDoc[], opts: SearchIndexOptions = {}): SearchIndex {
  const builder = new SearchIndexBuilder();
  const titles = new Map<string, string>();
  for (const doc of docs) {
    if (!titles.has(doc.articleId)) titles.set(doc.articleId, doc.title);
    if (builder.has(doc.id)) continue;
    const tokens = tokenize(doc.text);
    const ids = processTerms(tokens).map((t) => builder.idOf(t));
    builder.addSentence(doc.id, doc.articleId, doc.text, new Set(tokens).size, ids, () => {
      const titleTokens = tokenize(doc.title);
      return {
        length: new Set(titleTokens).size,
        ids: processTerms(titleTokens).map((t) => builder.idOf(t)),
        blank: doc.title.trim() === "",
      };
    });
  }
  return searchIndexFrom(builder.finish(), { titleOf: (id) => titles.get(id), ...opts });
}

/** processTerm over tokens, stop words dropped. */
export function processTerms(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

interface Spec {
  term: string;
  prefix: boolean;
  fuzzy: boolean;
  bit: number;
}

/** The query side over built data. */
export function searchIndexFrom(data: SearchData, opts: SearchIndexOptions = {}): SearchIndex {
  const { terms, offsets, textCount, docs, tf, docArticle, docSentence, fieldLength, avgFieldLength } = data;
  const nDocs = docArticle.length;
  const termIds = new Map<string, number>();
  terms.forEach((t, i) => termIds.set(t, i));
  const { sorted } = data;
  const abc = [...data.alphabet];

  // Scratch buffers reused by every query; generation stamps mark membership without clearing.
  const specScore = new Float64Array(nDocs);
  const specStamp = new Int32Array(nDocs);
  const accScore = new Float64Array(nDocs);
  const accStamp = new Int32Array(nDocs);
  const accMask = new Uint32Array(nDocs);
  let generation = 0;
  const stamp = (): number => {
    if (generation >= 0x7ffffff0) {
      specStamp.fill(0);
      accStamp.fill(0);
      generation = 0;
    }
    return ++generation;
  };

  function scoreTerm(termId: number, weight: number, gen: number, order: number[]): void {
    const start = offsets[termId]!;
    const end = offsets[termId + 1]!;
    const split = start + textCount[termId]!;
    for (const [from, to, field] of [[start, split, TEXT], [split, end, TITLE]] as const) {
      const matching = to - from;
      const avg = avgFieldLength[field];
      const invDocFreq = Math.log(1 + (nDocs - matching + 0.5) / (matching + 0.5));
      for (let i = from; i < to; i++) {
        const doc = docs[i]!;
        const termFreq = tf[i]!;
        const raw = invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength[doc]!) / avg)));
        const weighted = weight * raw;
        if (specStamp[doc] === gen) specScore[doc] = specScore[doc]! + weighted;
        else {
          specStamp[doc] = gen;
          specScore[doc] = weighted;
          order.push(doc);
        }
      }
    }
  }

  /** Documents of one query term (exact, then prefix, then one-edit matches), in first-seen order. */
  function runSpec(spec: Spec): { gen: number; order: number[] } {
    const gen = stamp();
    const order: number[] = [];
    const { term } = spec;
    const exact = termIds.get(term);
    if (exact !== undefined) scoreTerm(exact, 1, gen, order);
    if (spec.prefix) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (terms[sorted[mid]!]! < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sorted.length && terms[sorted[i]!]!.startsWith(term); i++) {
        const id = sorted[i]!;
        const derived = terms[id]!;
        const distance = derived.length - term.length;
        if (!distance) continue;
        scoreTerm(id, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance), gen, order);
      }
    }
    if (spec.fuzzy) {
      for (const derived of oneEdit(term)) {
        if (spec.prefix && derived.startsWith(term)) continue; // scored as a prefix match
        scoreTerm(termIds.get(derived)!, (FUZZY_WEIGHT * derived.length) / (derived.length + 1), gen, order);
      }
    }
    return { gen, order };
  }

  // One-edit variants are tested against the vocabulary's trigrams first (over code units, the word padded with
  // a boundary mark on both sides): a variant with a trigram that no term has is not a term, and most of the
  // letters × positions variants fail so without building a string.
  const unitIndex = new Uint16Array(65536);
  let units = 0;
  for (const t of terms) for (let i = 0; i < t.length; i++) if (unitIndex[t.charCodeAt(i)] === 0) unitIndex[t.charCodeAt(i)] = ++units;
  const BOUNDARY = units + 1;
  const width = units + 2;
  const TRIGRAM_BITS = Math.min(width * width * width, 1 << 23);
  const trigrams = new Uint8Array((TRIGRAM_BITS + 7) >> 3);
  const trigramKey = (a: number, b: number, c: number): number => ((a * width + b) * width + c) % TRIGRAM_BITS;
  const hasTrigram = (a: number, b: number, c: number): boolean => {
    const k = trigramKey(a, b, c);
    return (trigrams[k >> 3]! & (1 << (k & 7))) !== 0;
  };
  for (const t of terms) {
    const at = (i: number): number => (i < 0 || i >= t.length ? BOUNDARY : unitIndex[t.charCodeAt(i)]!);
    for (let i = 0; i < t.length; i++) {
      const k = trigramKey(at(i - 1), at(i), at(i + 1));
      trigrams[k >> 3]! |= 1 << (k & 7);
    }
  }

  /** Vocabulary terms exactly one edit (insertion, deletion, substitution) away, in code-unit order. */
  function oneEdit(term: string): string[] {
    const out = new Set<string>();
    const consider = (s: string): void => {
      if (s !== term && termIds.has(s)) out.add(s);
    };
    const n = term.length;
    const at = (i: number): number => (i < 0 || i >= n ? BOUNDARY : unitIndex[term.charCodeAt(i)]!);
    /** Whether the trigrams around a letter put between `before` and `after` (padded positions) may exist. */
    const plausible = (c: number, p2: number, p1: number, n1: number, n2: number): boolean =>
      hasTrigram(p1, c, n1) && (p2 < 0 || hasTrigram(p2, p1, c)) && (n2 < 0 || hasTrigram(c, n1, n2));
    for (let i = 0; i <= n; i++) {
      const head = term.slice(0, i);
      const tail = term.slice(i);
      if (i < n) consider(head + term.slice(i + 1));
      // Letters around position i of the variant: two before (-1: none, the boundary is one before), two after.
      const p1 = at(i - 1);
      const p2 = i > 0 ? at(i - 2) : -1;
      const insertN1 = at(i);
      const insertN2 = i < n ? at(i + 1) : -1;
      const substN1 = at(i + 1);
      const substN2 = i + 1 < n ? at(i + 2) : -1;
      for (const c of abc) {
        if (c.length !== 1) {
          // A surrogate pair in the alphabet string: tested without the filter.
          consider(head + c + tail);
          if (i < n && c !== term[i]) consider(head + c + term.slice(i + 1));
          continue;
        }
        const ci = unitIndex[c.charCodeAt(0)]!;
        if (plausible(ci, p2, p1, insertN1, insertN2)) consider(head + c + tail);
        if (i < n && c !== term[i] && plausible(ci, p2, p1, substN1, substN2)) consider(head + c + term.slice(i + 1));
      }
    }
    return [...out].sort();
  }

  /** MiniSearch's combination of per-term results: score sums, AND keeps documents every term matched. */
  function run(specs: readonly Spec[], and: boolean): number[] {
    let order: number[] = [];
    let gen = 0;
    specs.forEach((spec, k) => {
      const r = runSpec(spec);
      if (k === 0) {
        gen = stamp();
        for (const doc of r.order) {
          accStamp[doc] = gen;
          accScore[doc] = specScore[doc]!;
          accMask[doc] = spec.bit;
        }
        order = r.order;
      } else if (and) {
        const next = stamp();
        const kept: number[] = [];
        for (const doc of r.order) {
          if (accStamp[doc] !== gen) continue;
          accStamp[doc] = next;
          accScore[doc] = accScore[doc]! + specScore[doc]!;
          accMask[doc] = accMask[doc]! | spec.bit;
          kept.push(doc);
        }
        gen = next;
        order = kept;
      } else {
        for (const doc of r.order) {
          if (accStamp[doc] !== gen) {
            accStamp[doc] = gen;
            accScore[doc] = specScore[doc]!;
            accMask[doc] = spec.bit;
            order.push(doc);
          } else {
            accScore[doc] = accScore[doc]! + specScore[doc]!;
            accMask[doc] = accMask[doc]! | spec.bit;
          }
        }
      }
    });
    return order;
  }

  function search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const extra = opts.extraTerms?.(query) ?? [];
    const q = [query, ...extra].join(" ").trim();
    if (q === "" || limit <= 0) return [];
    const queryTerms = searchTerms(q).filter((t) => t !== "");
    if (queryTerms.length === 0) return [];
    // Distinct query terms: a document's score is multiplied by how many of them it matched.
    const distinct = [...new Set(queryTerms)];
    // More than 32 distinct terms: the extra ones share the last bit (they still add their scores).
    const bitOf = new Map(distinct.map((t, i) => [t, 2 ** Math.min(i, 31)]));
    const specs: Spec[] = queryTerms.map((term) => ({
      term,
      prefix: term.length >= PREFIX_MIN,
      fuzzy: term.length >= FUZZY_MIN,
      bit: bitOf.get(term)!,
    }));
    // AND first: on a large corpus an OR over common words scores thousands of sentences (the cost of
    // a query is the size of its result set). OR only when AND cannot fill the page.
    let hits = run(specs, true);
    if (!reachesArticles(hits, limit)) hits = run(specs, false);
    const words = asWritten(q);
    if (words.length === 0) return rank(hits, limit);
    // Among the best few pages, the articles whose snippet or title holds more of the query's words as written first.
    return rank(hits, limit * REWRITE_POOL)
      .map((r) => ({ r, share: writtenShare(words, `${r.snippet} ${opts.titleOf?.(r.article) ?? ""}`) }))
      .sort((x, y) => y.share - x.share || y.r.score - x.r.score || (x.r.article < y.r.article ? -1 : 1))
      .slice(0, limit)
      .map(({ r }) => r);
  }

  /** Whether the hits come from at least `limit` distinct articles (counting stops there). */
  function reachesArticles(hits: readonly number[], limit: number): boolean {
    const gen = articleGeneration();
    let count = 0;
    for (const doc of hits) {
      const a = docArticle[doc]!;
      if (artStamp[a] === gen) continue;
      artStamp[a] = gen;
      if (++count >= limit) return true;
    }
    return false;
  }

  // Per-article scratch for ranking: its title's score and its best sentences (TOP of them, best first).
  const nArticles = data.articleIds.length;
  const TOP = SECONDARY_COUNT + 1;
  const artStamp = new Int32Array(nArticles);
  const artTitle = new Float64Array(nArticles);
  const artCount = new Uint8Array(nArticles);
  const artScores = new Float64Array(nArticles * TOP);
  const artTop = new Int32Array(nArticles * TOP);
  let artGeneration = 0;
  const articleGeneration = (): number => {
    if (artGeneration >= 0x7ffffff0) {
      artStamp.fill(0);
      artGeneration = 0;
    }
    return ++artGeneration;
  };

  function rank(hits: readonly number[], limit: number): SearchResult[] {
    // Earlier hits come first on ties: the order MiniSearch's stable sort gave.
    const gen = articleGeneration();
    const touched: number[] = [];
    for (const doc of hits) {
      let quality = 0;
      for (let m = accMask[doc]!; m !== 0; m &= m - 1) quality++;
      const score = accScore[doc]! * (quality || 1);
      const a = docArticle[doc]!;
      if (artStamp[a] !== gen) {
        artStamp[a] = gen;
        artTitle[a] = 0;
        artCount[a] = 0;
        touched.push(a);
      }
      if (docSentence[doc]! < 0) {
        artTitle[a] = artTitle[a]! + score;
        continue;
      }
      const base = a * TOP;
      const n = artCount[a]!;
      let at = n;
      while (at > 0 && artScores[base + at - 1]! < score) at--;
      if (at >= TOP) continue;
      for (let k = Math.min(n, TOP - 1); k > at; k--) {
        artScores[base + k] = artScores[base + k - 1]!;
        artTop[base + k] = artTop[base + k - 1]!;
      }
      artScores[base + at] = score;
      artTop[base + at] = docSentence[doc]!;
      if (n < TOP) artCount[a] = n + 1;
    }
    // The `limit` best articles (score, then id): a min-heap of the best so far, its root the one to beat.
    const ids = data.articleIds;
    const size = Math.min(limit, touched.length);
    const heapArticle = new Int32Array(size);
    const heapScore = new Float64Array(size);
    let count = 0;
    /** Whether heap entry i ranks before entry j. */
    const better = (i: number, j: number): boolean =>
      heapScore[i]! > heapScore[j]! || (heapScore[i] === heapScore[j] && ids[heapArticle[i]!]! < ids[heapArticle[j]!]!);
    const swap = (i: number, j: number): void => {
      const a = heapArticle[i]!;
      heapArticle[i] = heapArticle[j]!;
      heapArticle[j] = a;
      const x = heapScore[i]!;
      heapScore[i] = heapScore[j]!;
      heapScore[j] = x;
    };
    for (const a of touched) {
      const base = a * TOP;
      const n = artCount[a]!;
      let secondary = 0;
      for (let k = 1; k < n; k++) secondary += artScores[base + k]!;
      const score = (n > 0 ? artScores[base]! : 0) + SECONDARY_WEIGHT * secondary + artTitle[a]!;
      if (count < size) {
        heapArticle[count] = a;
        heapScore[count] = score;
        for (let i = count++; i > 0; ) {
          const p = (i - 1) >> 1;
          if (!better(p, i)) break;
          swap(p, i);
          i = p;
        }
        continue;
      }
      if (!(score > heapScore[0]! || (score === heapScore[0] && ids[a]! < ids[heapArticle[0]!]!))) continue;
      heapArticle[0] = a;
      heapScore[0] = score;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < count && better(m, l)) m = l;
        if (r < count && better(m, r)) m = r;
        if (m === i) break;
        swap(m, i);
        i = m;
      }
    }
    const heap = Array.from(heapArticle, (article, i) => ({ article, score: heapScore[i]! }));
    heap.sort((x, y) => y.score - x.score || (ids[x.article]! < ids[y.article]! ? -1 : 1));
    return heap.map(({ article, score }) => {
      const sentence = artCount[article]! > 0 ? artTop[article * TOP]! : data.firstSentence[article]!;
      return { article: ids[article]!, sentenceId: data.sentenceIds[sentence]!, score, snippet: data.sentenceTexts[sentence]! };
    });
  }

  return { search, size: data.sentenceIds.length };
}
