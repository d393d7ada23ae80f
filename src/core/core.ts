/**
 * The core's query interface. `createCore` (src/core/create.ts) builds it from loaded articles.
 * Pure and synchronous: everything is computed at index time; queries only look up and rank.
 */
import type { Article, Entity, TimelineEvent, LoadProblem, Sentence } from "./types.ts";

export interface WhoOptions {
  limit?: number;
}

export interface TimelineOptions {
  /** Person, organisation or keyword (Arabic or English). */
  query?: string;
  /** Inclusive bounds, YYYY-MM-DD (a YYYY or YYYY-MM event overlaps when its span does). */
  from?: string;
  to?: string;
  limit?: number;
}

export interface SummaryOptions {
  query?: string;
  article?: string;
  /** Maximum number of sentences (default 5). */
  limit?: number;
  /** Only articles indexed after this ISO time (digests). */
  since?: string;
}

export interface SummarySentence {
  text: { ar: string; en?: string };
  article: string;
  sentenceId: string;
  score: number;
}

export interface SearchHit {
  article: string;
  title: string;
  score: number;
  /** The best-matching sentence, as written. */
  snippet: string;
  sentenceId: string;
}

/** An office's holder: the person, the role that matched as it was said, and the newest article that says it. */
export interface OfficeHolder {
  entity: Entity;
  role: { ar: string; en: string };
  articleId: string;
  /** Publication date of that article (null when undated). */
  published: string | null;
}

export interface Core {
  /** All articles, in corpus order. */
  articles(): Article[];
  article(id: string): Article | undefined;
  /** Problems met while loading (reported, not fatal). */
  problems(): LoadProblem[];
  /** Without a query: entities ranked by prominence. With one: the matching entities, best first. */
  who(query?: string, options?: WhoOptions): Entity[];
  timeline(options?: TimelineOptions): TimelineEvent[];
  summary(options?: SummaryOptions): SummarySentence[];
  search(query: string, options?: { limit?: number }): SearchHit[];
  /**
   * The people the articles gave an office ("وزير الدفاع", "prime minister"), most recently so called first, each with
   * the role as said and the newest article that says it; [] when no role holds every word of the query, or when the
   * query does not read as an office (none of its words heads a role, or it is someone's whole name).
   */
  holders(office: string, options?: { limit?: number }): OfficeHolder[];
  /** Name completion for /who: entities whose Arabic or English names start with (or contain) the prefix. */
  suggest(prefix: string, limit?: number): Entity[];
  /** Known English for a sentence (reference translation or cache), by sentence hash. */
  english(hash: string): string | undefined;
  /** One analysed sentence by id (`${articleId}#${index}`), e.g. to show the English of a quote's sentence. */
  sentence(id: string): Sentence | undefined;
  /**
   * Replaces English names (and the English of a role the entity already has) with checked proposals, e.g. from the
   * LLM enrichment at ingest; the previous English form stays as an alias, so both are found. Returns how many
   * entities changed.
   */
  applyEnglishNames(names: readonly { entityId: string; en: string; role?: { ar: string; en: string } }[]): number;
  /** English title of an article, when known. */
  englishTitle(articleId: string): string | undefined;
  /** Adds English sentences by sentence hash (the LLM translation cache); later calls win. */
  addTranslations(sentences: Map<string, string>): void;
  /** ISO time the article was indexed (digests select what is new since a time); undefined if unknown. */
  indexedAt(articleId: string): string | undefined;
  /**
   * Changes whenever an answer could: a different core (another corpus state) or names and translations added to
   * this one. Equal revisions of the same core give the same answers, so answers may be kept until it changes.
   */
  revision(): number;
  /**
   * Set on the early index a bot answers from at a first start while the whole corpus is still being indexed: how many
   * of the corpus's articles (the newest) it holds. Undefined once the whole corpus is indexed.
   */
  partial?(): { articles: number; of: number } | undefined;
}
