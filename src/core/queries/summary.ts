/**
 * summary: extractive, multi-document. Candidates are statements (never headings, fragments or
 * debris: see index/eligibility.ts) from one article, from sentences matching a query (keyword
 * coverage plus the sentences of the entities it names), or from the leads of the latest articles.
 * Each is scored by centrality (TF-IDF cosine to the candidates' centroid) with a position prior
 * (news puts the essentials first) and a length penalty, then picked by MMR (maximal marginal
 * relevance) so that no two sentences say the same thing.
 */
import type { SummaryOptions, SummarySentence } from "../core.ts";
import type { CoreIndex } from "../index/build.ts";
import { cosine, vectorAt } from "../index/vectors.ts";
import { matchEntities } from "./who.ts";
import { coverageRanked, keywordQuery } from "./match.ts";
import { leansOnBefore } from "../index/eligibility.ts";

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 30;
/** Candidates per query: bounds the work at any corpus size. */
const CANDIDATE_CAP = 300;
/** Without a query: this many latest articles, this many leading statements each. */
const RECENT_ARTICLES = 40;
const LEAD_SENTENCES = 3;
/** Entities a query names (an ambiguous surname may name a few). */
const MAX_ENTITIES = 3;
/** A query sentence must cover at least this share of the query's weight. */
const MIN_COVERAGE = 0.5;
/** Sentences longer than this many words are penalised, and beyond HARD_MAX_WORDS never chosen. */
const LONG_WORDS = 45;
const HARD_MAX_WORDS = 90;
/** MMR trade-off between score and novelty; similarity above NEAR_DUPLICATE is never admitted. */
const LAMBDA = 0.7;
const NEAR_DUPLICATE = 0.5;
/**
 * A multi-document summary should cover several articles: each sentence already taken from an article lowers
 * the value of that article's other sentences by this much (not applied to a one-article summary).
 */
const SAME_ARTICLE_PENALTY = 0.12;
/**
 * A statement that leans on the one before it (leansOnBefore: «وأوضحت في تصريح، أن …», «وأضاف …», «وتم نقله …») is worth
 * this share of its score: alone, "she" is no one.
 */
const LEANS_ON_BEFORE_FACTOR = 0.6;

/** Selects summary sentences; `allowed(a)` filters articles (the `since` option), `english` gives translations. */
export function summary(
  index: CoreIndex,
  options: SummaryOptions,
  english: (hash: string) => string | undefined,
  allowed: (article: number) => boolean,
): SummarySentence[] {
  const limit = Math.min(MAX_LIMIT, Math.max(0, options.limit ?? DEFAULT_LIMIT));
  if (limit === 0) return [];
  let only: number | undefined;
  if (options.article !== undefined) {
    only = index.articleIndex.get(options.article);
    if (only === undefined) return [];
  }
  const relevance = candidates(index, options.query?.trim(), only, allowed);
  if (relevance.size === 0) return [];

  const list = [...relevance.keys()];
  const vectors = list.map((s) => vectorAt(index.terms.sentenceVectors, s));
  const scratch = scratchFor(index);
  const { centroid, stamp, touched } = scratch;

  // The relevance-weighted centroid, dense by term id; `touched` keeps first-touch order (the norm's sum order).
  const gen = nextGeneration(scratch);
  let nTouched = 0;
  list.forEach((s, k) => {
    const v = vectors[k]!;
    const r = relevance.get(s)!;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      if (stamp[id] !== gen) {
        stamp[id] = gen;
        centroid[id] = 0 + r * v.weights[i]!;
        touched[nTouched++] = id;
      } else centroid[id] = centroid[id]! + r * v.weights[i]!;
    }
  });
  let norm = 0;
  for (let t = 0; t < nTouched; t++) norm += centroid[touched[t]!]! * centroid[touched[t]!]!;
  norm = Math.sqrt(norm) || 1;

  const scores = list.map((s, k) => {
    const v = vectors[k]!;
    let dot = 0;
    for (let i = 0; i < v.ids.length; i++) dot += v.weights[i]! * centroid[v.ids[i]!]!;
    const centrality = dot / norm;
    const prior = 1 / (1 + index.sentences[s]!.index / 4);
    const words = index.words[s]!;
    const lengthFactor = words > LONG_WORDS ? LONG_WORDS / words : 1;
    const leans = leansOnBefore(index.sentences[s]!.text) ? LEANS_ON_BEFORE_FACTOR : 1;
    return centrality * (0.7 + 0.3 * prior) * lengthFactor * leans * (0.5 + 0.5 * relevance.get(s)!);
  });
  const top = Math.max(...scores) || 1;

  // MMR selection: the candidate of highest value (the first in pool order on a tie), never a near-duplicate
  // of one already chosen. Similarities are folded in lazily: a candidate's maxSim covers the first
  // `folded[k]` chosen sentences, so its value with that maxSim bounds its true value from above (more
  // chosen sentences can only raise maxSim). Each round computes the exact value of the candidate with the
  // best bound, then of those whose bound can still beat (or tie and precede) the best exact value: the
  // same pick as computing every candidate's similarity to every chosen sentence, with a few cosines.
  const chosen: number[] = [];
  const pool = list.map((_, k) => k).filter((k) => index.words[list[k]!]! <= HARD_MAX_WORDS);
  const maxSim = new Float64Array(list.length);
  const folded = new Int32Array(list.length);
  const takenFrom = new Map<number, number>();
  const articleOf = (k: number) => index.sentenceArticle[list[k]!]!;
  const valueOf = (k: number): number => {
    const repeat = only === undefined ? SAME_ARTICLE_PENALTY * (takenFrom.get(articleOf(k)) ?? 0) : 0;
    return LAMBDA * (scores[k]! / top) - (1 - LAMBDA) * maxSim[k]! - repeat;
  };
  const fold = (k: number): void => {
    // A near-duplicate is never picked again: its similarity no longer matters.
    for (let c = folded[k]!; c < chosen.length && maxSim[k]! <= NEAR_DUPLICATE; c++) {
      maxSim[k] = Math.max(maxSim[k]!, cosine(vectors[chosen[c]!]!, vectors[k]!));
    }
    folded[k] = chosen.length;
  };
  while (chosen.length < limit && pool.length > 0) {
    let lead = -1;
    let leadBound = -Infinity;
    for (let p = 0; p < pool.length; p++) {
      const k = pool[p]!;
      if (maxSim[k]! > NEAR_DUPLICATE) continue;
      const bound = valueOf(k);
      if (bound > leadBound) {
        leadBound = bound;
        lead = p;
      }
    }
    if (lead < 0) break;
    let best = -1;
    let bestValue = -Infinity;
    fold(pool[lead]!);
    if (maxSim[pool[lead]!]! <= NEAR_DUPLICATE) {
      best = lead;
      bestValue = valueOf(pool[lead]!);
    }
    for (let p = 0; p < pool.length; p++) {
      const k = pool[p]!;
      if (maxSim[k]! > NEAR_DUPLICATE) continue;
      if (folded[k] !== chosen.length) {
        const bound = valueOf(k);
        if (bound < bestValue || (bound === bestValue && p > best)) continue; // cannot win
        fold(k);
        if (maxSim[k]! > NEAR_DUPLICATE) continue;
      }
      const value = valueOf(k);
      if (value > bestValue || (value === bestValue && p < best)) {
        bestValue = value;
        best = p;
      }
    }
    if (best < 0) break;
    const k = pool.splice(best, 1)[0]!;
    chosen.push(k);
    takenFrom.set(articleOf(k), (takenFrom.get(articleOf(k)) ?? 0) + 1);
  }

  // One article reads best in its own order; several keep the order of importance.
  if (only !== undefined) chosen.sort((a, b) => list[a]! - list[b]!);
  return chosen.map((k) => {
    const sentence = index.sentences[list[k]!]!;
    const en = english(sentence.hash);
    return {
      text: en === undefined ? { ar: sentence.text } : { ar: sentence.text, en },
      article: sentence.articleId,
      sentenceId: sentence.id,
      score: scores[k]!,
    };
  });
}

/** Per-index scratch: a dense vector by term id, its generation stamps and a list of touched ids. */
interface Scratch {
  centroid: Float64Array;
  stamp: Int32Array;
  touched: Int32Array;
  generation: number;
}

const scratches = new WeakMap<CoreIndex["terms"], Scratch>();

function scratchFor(index: CoreIndex): Scratch {
  let scratch = scratches.get(index.terms);
  if (scratch === undefined) {
    const n = index.terms.idf.length;
    scratch = { centroid: new Float64Array(n), stamp: new Int32Array(n), touched: new Int32Array(n), generation: 0 };
    scratches.set(index.terms, scratch);
  }
  return scratch;
}

function nextGeneration(scratch: Scratch): number {
  if (scratch.generation >= 0x7ffffff0) {
    scratch.stamp.fill(0);
    scratch.generation = 0;
  }
  return ++scratch.generation;
}

/** Candidate sentence indices with their relevance to the query (1 without a query). */
function candidates(
  index: CoreIndex,
  query: string | undefined,
  only: number | undefined,
  allowed: (article: number) => boolean,
): Map<number, number> {
  const out = new Map<number, number>();
  const ok = (s: number): boolean => {
    const a = index.sentenceArticle[s]!;
    return index.statement[s] === 1 && (only === undefined || a === only) && allowed(a);
  };

  if (query) {
    for (const e of matchEntities(index, query).slice(0, MAX_ENTITIES)) {
      // At most CANDIDATE_CAP statements, in corpus order: the cap keeps the cost flat at any size.
      const list = index.entitySentences[e]!;
      for (let k = 0; k < list.length && out.size < CANDIDATE_CAP; k++) if (ok(list[k]!)) out.set(list[k]!, 1);
      if (out.size >= CANDIDATE_CAP) return out;
    }
    const { sentences, scores } = coverageRanked(index, keywordQuery(index, query), CANDIDATE_CAP * 4, MIN_COVERAGE);
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      if (out.size >= CANDIDATE_CAP || scores[i]! < MIN_COVERAGE) break;
      if (ok(sentence) && !out.has(sentence)) out.set(sentence, scores[i]!);
    }
    return out;
  }

  const articles = only !== undefined ? [only] : index.recent;
  let used = 0;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i]!;
    if (used >= RECENT_ARTICLES || out.size >= CANDIDATE_CAP) break;
    if (!allowed(a)) continue;
    used++;
    const first = index.articleFirst[a]!;
    const end = first + index.articleCount[a]!;
    let taken = 0;
    for (let s = first; s < end && (only !== undefined || taken < LEAD_SENTENCES); s++) {
      if (!ok(s)) continue;
      out.set(s, 1);
      taken++;
    }
  }
  return out;
}
