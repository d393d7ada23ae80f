/**
 * summary against the implementation it replaced (kept here verbatim as the reference: Map centroid,
 * every candidate's similarity to every chosen sentence, coverage by accumulating every posting and a full
 * sort): the same sentences, order and scores for queries (names, words, phrases), articles, the latest
 * articles and every limit, on a synthetic corpus (many similar sentences, near-duplicates, ties), the
 * seeds and the invented articles.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/core/types.ts";
import type { SummaryOptions, SummarySentence } from "../../../src/core/core.ts";
import { buildIndex, type CoreIndex } from "../../../src/core/index/build.ts";
import { loadCorpus } from "../../../src/core/corpus/load.ts";
import { SEEDS_DIR } from "../../../src/core/create.ts";
import { cosine, knownTermIds, vectorAt } from "../../../src/core/index/vectors.ts";
import { contentTerms } from "../../../src/core/index/terms.ts";
import { summary } from "../../../src/core/queries/summary.ts";
import { matchEntities } from "../../../src/core/queries/who.ts";
import { leansOnBefore } from "../../../src/core/index/eligibility.ts";
import { INVENTED } from "./invented.ts";
import { accumulatedCoverage } from "./coverage-reference.ts";

/** The coverage ranking as it was: every posting accumulated, all sorted. */
function sentencesByCoverage(index: CoreIndex, query: string, cap: number): { sentence: number; score: number }[] {
  if (knownTermIds(index.terms, query).length === 0) return [];
  const scores = accumulatedCoverage(index, query);
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, cap).map(([sentence, score]) => ({ sentence, score }));
}

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
/** A statement that leans on the one before it is worth this share of its score. */
const LEANS_ON_BEFORE_FACTOR = 0.6;

/** Selects summary sentences; `allowed(a)` filters articles (the `since` option), `english` gives translations. */
function reference(
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
  const centroid = new Map<number, number>();
  list.forEach((s, k) => {
    const v = vectors[k]!;
    const r = relevance.get(s)!;
    for (let i = 0; i < v.ids.length; i++) centroid.set(v.ids[i]!, (centroid.get(v.ids[i]!) ?? 0) + r * v.weights[i]!);
  });
  let norm = 0;
  for (const w of centroid.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;

  const scores = list.map((s, k) => {
    const v = vectors[k]!;
    let dot = 0;
    for (let i = 0; i < v.ids.length; i++) dot += v.weights[i]! * (centroid.get(v.ids[i]!) ?? 0);
    const centrality = dot / norm;
    const prior = 1 / (1 + index.sentences[s]!.index / 4);
    const words = index.words[s]!;
    const lengthFactor = words > LONG_WORDS ? LONG_WORDS / words : 1;
    const leans = leansOnBefore(index.sentences[s]!.text) ? LEANS_ON_BEFORE_FACTOR : 1;
    return centrality * (0.7 + 0.3 * prior) * lengthFactor * leans * (0.5 + 0.5 * relevance.get(s)!);
  });
  const top = Math.max(...scores) || 1;

  // MMR selection.
  const chosen: number[] = [];
  const pool = list.map((_, k) => k).filter((k) => index.words[list[k]!]! <= HARD_MAX_WORDS);
  const maxSim = new Float64Array(list.length);
  const takenFrom = new Map<number, number>();
  const articleOf = (k: number) => index.sentenceArticle[list[k]!]!;
  while (chosen.length < limit && pool.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (let p = 0; p < pool.length; p++) {
      const k = pool[p]!;
      if (maxSim[k]! > NEAR_DUPLICATE) continue;
      const repeat = only === undefined ? SAME_ARTICLE_PENALTY * (takenFrom.get(articleOf(k)) ?? 0) : 0;
      const value = LAMBDA * (scores[k]! / top) - (1 - LAMBDA) * maxSim[k]! - repeat;
      if (value > bestValue) {
        bestValue = value;
        best = p;
      }
    }
    if (best < 0) break;
    const k = pool.splice(best, 1)[0]!;
    chosen.push(k);
    takenFrom.set(articleOf(k), (takenFrom.get(articleOf(k)) ?? 0) + 1);
    for (const other of pool) maxSim[other] = Math.max(maxSim[other]!, cosine(vectors[k]!, vectors[other]!));
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
    for (const { sentence, score } of sentencesByCoverage(index, query, CANDIDATE_CAP * 4)) {
      if (out.size >= CANDIDATE_CAP || score < MIN_COVERAGE) break;
      if (ok(sentence) && !out.has(sentence)) out.set(sentence, score);
    }
    return out;
  }

  const articles = only !== undefined ? [only] : Array.from(index.recent);
  let used = 0;
  for (const a of articles) {
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

/** Dated-free statements on a few words: many candidates per query, similar and duplicate sentences. */
function synthetic(): Article[] {
  const words = ["القمح", "الزهراء", "البرلمان", "الميزانية", "المزارعين", "الجفاف", "البطولة", "الفروسية", "الوزير", "المدينة"];
  let seed = 5;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (): string => words[Math.floor(rnd() * words.length)]!;
  const said: string[] = [];
  return Array.from({ length: 80 }, (_, a) => ({
    id: `u${String(a).padStart(2, "0")}`, title: `${pick()} ${pick()}`, source: null, sourceEn: null,
    published: `2031-0${1 + (a % 9)}-1${a % 10}`, publishedPrecision: "day" as const, url: null, lang: "ar" as const, origin: `u${a}.txt`,
    paragraphs: Array.from({ length: 5 }, () => {
      if (said.length > 0 && rnd() < 0.2) return said[Math.floor(rnd() * said.length)]!;
      const text = `وقال ${pick()} إن ${pick()} و${pick()} سيبحثان موضوع ${pick()} مع ${pick()} خلال الأسبوع المقبل في ${pick()}.`;
      said.push(text);
      return text;
    }),
  }));
}

function check(index: CoreIndex, queries: string[]): number {
  let compared = 0;
  const english = (hash: string): string | undefined => (hash.endsWith("0") ? `en ${hash}` : undefined);
  const all = (): boolean => true;
  const some = (a: number): boolean => a % 3 !== 0;
  const run = (options: SummaryOptions, allowed: (a: number) => boolean): void => {
    expect(summary(index, options, english, allowed), JSON.stringify(options)).toEqual(reference(index, options, english, allowed));
    compared++;
  };
  for (const limit of [undefined, 0, 1, 2, 3, 5, 10, 30, 100]) {
    run({ ...(limit === undefined ? {} : { limit }) }, all);
    run({ ...(limit === undefined ? {} : { limit }) }, some);
    queries.forEach((query, i) => {
      if (i % 3 === (limit ?? 0) % 3) run({ query, ...(limit === undefined ? {} : { limit }) }, i % 2 ? all : some);
    });
    for (const a of index.articles.slice(0, 12)) run({ article: a.id, ...(limit === undefined ? {} : { limit }) }, all);
  }
  return compared;
}

function queriesOf(index: CoreIndex): string[] {
  const out = new Set<string>([...index.terms.termIds.keys()].filter((_, i) => i % 7 === 0));
  for (const e of index.entities.slice(0, 20)) out.add(e.name.ar);
  for (const s of index.sentences.filter((_, i) => i % 9 === 0)) out.add(s.text.split(/\s+/).slice(1, 4).join(" "));
  out.add("كلمةلاوجودلها");
  return [...out];
}

describe("summary: the same selection as the reference implementation", () => {
  it("GIVEN a synthetic corpus of similar statements THEN every query, article and limit matches", () => {
    const index = buildIndex(synthetic());
    expect(check(index, queriesOf(index))).toBeGreaterThan(200);
  });

  it("GIVEN the seeds and the invented articles THEN every query, article and limit matches", async () => {
    const { articles } = await loadCorpus(SEEDS_DIR);
    const index = buildIndex([...articles, ...INVENTED]);
    expect(check(index, queriesOf(index))).toBeGreaterThan(200);
  });
});
