/**
 * Index time: everything the queries need, computed once from the loaded articles. Analysis
 * (sentences, dates, entities), merged entities with their name lookup, TF-IDF vectors and sentence
 * postings, dated events, and the full-text search index.
 */
import type { Article, Entity, Sentence } from "../types.ts";
import { mergeEntities } from "../entities/merge.ts";
import { SearchIndexBuilder, searchIndexFrom, type SearchData, type SearchIndex } from "../search/index.ts";
import { HeadlineIndex } from "../text/headlines.ts";
import { analyseArticle, type AnalysisExtras } from "./analyse.ts";
import { WordTokens } from "./word-tokens.ts";
import { isStatement } from "./eligibility.ts";
import { contentTerms } from "./terms.ts";
import { Grow } from "./grow.ts";
import { stemArabic } from "../text/stem.ts";
import { buildEntityLookupData, lookupFrom, soundOkFor, type EntityLookup, type EntityLookupData } from "./entity-lookup.ts";
import { buildEvents, type EventIndex } from "./events.ts";
import { TermIndexBuilder, type TermIndex } from "./vectors.ts";
import { isStopword, tokenize, tokenizeKey } from "../text/tokenize.ts";
import { releaseMemos } from "../text/memos.ts";
import { arabicForms } from "../search/english-keywords.ts";
import { newestFirst } from "../corpus/published.ts";

export type { SearchIndex };

/** Everything precomputed for the queries. Sentences of one article are contiguous, in order. */
export interface CoreIndex {
  articles: Article[];
  articleIndex: Map<string, number>;
  sentences: Sentence[];
  sentenceIndex: Map<string, number>;
  /** Article index of each sentence. */
  sentenceArticle: Int32Array;
  /** First sentence index of each article and its sentence count. */
  articleFirst: Int32Array;
  articleCount: Int32Array;
  /** Word count of each sentence (capped at 65535). */
  words: Uint16Array;
  /** 1 when the sentence may be quoted in a summary (a statement, not debris or a heading). */
  statement: Uint8Array;
  entities: Entity[];
  /** Sentence indices of each entity, ascending. */
  entitySentences: Int32Array[];
  /** Event indices (chronological positions) of each entity, ascending. */
  entityEvents: Int32Array[];
  lookup: EntityLookup;
  terms: TermIndex;
  events: EventIndex;
  search: SearchIndex;
  /** Article indices, most recently published first (undated last). */
  recent: Int32Array;
}

/**
 * The part of the index that analysis computes: plain data (objects, arrays, Maps, typed arrays) that a
 * snapshot can store. The rest of CoreIndex (id maps, the entity lookup, the search closures) is derived
 * from it cheaply by `indexFromData`.
 */
export interface IndexData extends Omit<CoreIndex, "articleIndex" | "sentenceIndex" | "lookup" | "search"> {
  /** The search postings without their sentence ids and texts (those are the sentences'). */
  searchData: Omit<SearchData, "sentenceIds" | "sentenceTexts">;
  /** The entity lookup's tables. */
  lookupData: EntityLookupData;
}

/** What one distinct token contributes to the term indexes (see buildIndexData). */
interface TokenEntry {
  /** Search term id, or -1 (stop word, one letter). */
  search: number;
  /** Content term (TF-IDF), or null; its id once it has occurred in a sentence, else -1. */
  content: string | null;
  contentId: number;
  /** Last document analysed that contains the token (distinct-token counts). */
  seen: number;
}

/** Analyses and indexes the articles (duplicate ids: the first one wins). */
export function buildIndex(input: readonly Article[]): CoreIndex {
  return indexFromData(buildIndexData(input));
}

/** The derived structures over analysed data (a fresh build or a snapshot). */
export function indexFromData(data: IndexData): CoreIndex {
  const { searchData, lookupData, ...rest } = data;
  const articleIndex = new Map<string, number>();
  data.articles.forEach((a, i) => articleIndex.set(a.id, i));
  const sentenceIndex = new Map<string, number>();
  data.sentences.forEach((s, i) => sentenceIndex.set(s.id, i));
  const lookup = lookupFrom(lookupData, soundOkFor(data.entities));
  const search = searchIndexFrom(
    { ...searchData, sentenceIds: data.sentences.map((s) => s.id), sentenceTexts: data.sentences.map((s) => s.text) },
    { extraTerms: (query: string) => arabicNamesFor(query, data.entities, lookup), titleOf: (id: string) => data.articles[articleIndex.get(id) ?? -1]?.title },
  );
  return { ...rest, articleIndex, sentenceIndex, lookup, search };
}

/** The analysis of the articles: everything but the derived structures. */
export interface BuildOptions {
  /**
   * Called between the stages of the analysis (after the articles, the merge of entities, the term vectors, the
   * events and the search postings): the indexer process collects its garbage there, so that its resident memory
   * follows what the build keeps rather than what it has thrown away (src/indexer.ts).
   */
  between?: () => void;
}

export function buildIndexData(input: readonly Article[], options: BuildOptions = {}): IndexData {
  const between = options.between ?? (() => undefined);
  const articles: Article[] = [];
  const articleIndex = new Map<string, number>();
  for (const article of input) {
    if (articleIndex.has(article.id)) continue;
    articleIndex.set(article.id, articles.length);
    articles.push(article);
  }

  const sentences: Sentence[] = [];
  const sentenceArticle: number[] = [];
  const articleFirst = new Int32Array(articles.length);
  const articleCount = new Int32Array(articles.length);
  // One normalisation and tokenisation per sentence feeds everything: its hash, word count, the
  // statement test, the TF-IDF terms and the search postings, article by article (nothing per sentence
  // is kept beyond its article).
  const statementList: number[] = [];
  const wordList: number[] = [];
  const termBuilder = new TermIndexBuilder();
  const searchBuilder = new SearchIndexBuilder();
  // What each distinct token contributes, resolved once (news vocabulary repeats: Zipf): its search
  // term id and its content term. A content term gets its TF-IDF id when it first occurs in a sentence
  // (ids in order of first occurrence, as before); titles only look terms up.
  const entries = new Map<string, TokenEntry>();
  const entryOf = (token: string): TokenEntry => {
    let e = entries.get(token);
    if (e === undefined) {
      e = { search: -1, content: null, contentId: -1, seen: -1 };
      if (!(token.length < 2 || isStopword(token))) {
        const stem = stemArabic(token);
        if (stem) e.search = searchBuilder.idOf(stem);
        const term = stem.length > 0 ? stem : token;
        if (!(term.length < 2 || isStopword(term))) e.content = term;
      }
      entries.set(token, e);
    }
    return e;
  };
  let docNo = 0;
  const searchIds = new Grow(Int32Array, 256);
  const contentIds = new Grow(Int32Array, 256);
  /** Distinct tokens and search term ids of a text's tokens (into searchIds); content ids too when asked. */
  const analyse = (tokens: readonly TokenEntry[], content: boolean): number => {
    const doc = docNo++;
    searchIds.length = 0;
    contentIds.length = 0;
    let distinct = 0;
    for (let k = 0; k < tokens.length; k++) {
      const e = tokens[k]!;
      if (e.seen !== doc) {
        e.seen = doc;
        distinct++;
      }
      if (e.search >= 0) searchIds.push(e.search);
      if (content && e.content !== null) {
        if (e.contentId < 0) e.contentId = termBuilder.idOf(e.content);
        contentIds.push(e.contentId);
      }
    }
    return distinct;
  };
  // A sentence's tokens come from the words the entity analysis found in it (word-tokens.ts), or, when
  // those cannot be used, from its key.
  const extras: AnalysisExtras = { keys: [], tokens: [] };
  const wordTokens = new WordTokens(entryOf);
  const tokens: TokenEntry[] = [];
  const headlines = new HeadlineIndex(articles.map((a) => a.title));
  const roundUps = new Set<number>();
  articles.forEach((article, a) => {
    articleFirst[a] = sentences.length;
    extras.keys.length = 0;
    extras.tokens.length = 0;
    const since = wordTokens.mark();
    const list = analyseArticle(article, extras, headlines);
    // Mostly other articles' headlines: a round-up, whose own lines («أبرز عناوين اليوم») date no event.
    if ((extras.headlinesLeftOut ?? 0) >= list.length) roundUps.add(a);
    const title = () => {
      const length = analyse(tokenize(article.title).map(entryOf), false);
      return { length, ids: searchIds.view(), blank: article.title.trim() === "" };
    };
    list.forEach((s, j) => {
      sentences.push(s);
      sentenceArticle.push(a);
      // The title document comes first (its terms get their ids first) and shares the scratch arrays.
      searchBuilder.article(s.articleId, title);
      tokens.length = 0;
      const toks = extras.tokens[j];
      if (toks === undefined || !wordTokens.read(s.text, toks, since, tokens)) {
        for (const token of tokenizeKey(extras.keys[j]!)) tokens.push(entryOf(token));
      }
      wordList.push(Math.min(65535, tokens.length));
      // A sentence alone in its paragraph with no closing punctuation is a heading or a caption.
      const prev = list[j - 1];
      const next = list[j + 1];
      const alone = !(prev && prev.paragraph === s.paragraph) && !(next && next.paragraph === s.paragraph);
      statementList.push(isStatement(s.text, alone, tokens.length) ? 1 : 0);
      const length = analyse(tokens, true);
      termBuilder.addIds(contentIds.view());
      searchBuilder.addSentence(s.id, s.articleId, s.text, length, searchIds.view(), title);
    });
    articleCount[a] = sentences.length - articleFirst[a]!;
  });
  const sentenceIndex = new Map(sentences.map((s, i) => [s.id, i]));
  const statement = Uint8Array.from(statementList);
  const words = Uint16Array.from(wordList);
  // The per-token tables and the word memos (tens of MB at 10k articles) served the pass over the articles; what
  // follows rarely needs them (they refill on demand), so they are not held through it.
  entries.clear();
  wordTokens.clear();
  releaseMemos();

  between();
  const entities = mergeEntities(sentences);
  between();
  const terms = termBuilder.finish(
    sentenceArticle,
    articles.map((a) => contentTerms(a.title)),
  );
  between();
  const events = buildEvents(articles, sentences, sentenceArticle, terms, roundUps);
  between();
  // Per-entity sentence and event lists: a timeline or summary of a person is then one list walk.
  const entitySentences = entities.map((entity) =>
    Int32Array.from(
      entity.sentenceIds.map((id) => sentenceIndex.get(id)).filter((s): s is number => s !== undefined),
    ).sort(),
  );
  const entityEvents = entitySentences.map((list) => {
    const set = new Set<number>();
    for (const s of list) for (const e of events.bySentence.get(s) ?? []) set.add(e);
    return Int32Array.from(set).sort();
  });

  const { sentenceIds: _ids, sentenceTexts: _texts, ...searchData } = searchBuilder.finish();
  // What the stages above refilled: queries do not need it.
  releaseMemos();
  between();

  const recent = Int32Array.from(newestFirst(articles));

  return {
    articles,
    sentences,
    sentenceArticle: Int32Array.from(sentenceArticle),
    articleFirst,
    articleCount,
    words,
    statement,
    entities,
    entitySentences,
    entityEvents,
    terms,
    events,
    searchData,
    lookupData: buildEntityLookupData(entities),
    recent,
  };
}

/**
 * Arabic words to add to a search query written in Latin letters: the Arabic names of the entities
 * whose English names it matches ("Austin" → لويد أوستن), so English names find Arabic text.
 */
function arabicNamesFor(query: string, entities: readonly Entity[], lookup: EntityLookup): string[] {
  if (!/[A-Za-z]/.test(query)) return [];
  // The news words of an English query, in the Arabic the articles write («withdrawal»: انسحاب).
  const out = new Set<string>(arabicForms(query));
  // Not a name found by its sound alone: an English search word ("report") may sound like someone ("Robert"). A
  // capitalised query is a name, though, and its sound finds the spelling the English renderer guessed ("Booker": Boker).
  const name = /^[A-Z]/.test(query.trim());
  for (const { entity } of lookup.find(query).filter((m) => name || !m.bySound).slice(0, 3)) {
    for (const word of tokenize(entities[entity]!.name.ar)) out.add(word);
  }
  return [...out];
}
