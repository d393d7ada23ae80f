/**
 * Full-text search over sentences, grouped by article.
 *
 * MiniSearch indexes one document per sentence (field `text`) and one per article title (field `title`):
 * titles are indexed once per article rather than copied onto every sentence, which halves the index
 * and keeps a title match from making all of an article's sentences tie for the snippet. Terms go
 * through `processTerm` (stop words out, Arabic stems). Prefix matching applies to stems of ≥ 4 letters
 * and fuzzy matching (one edit) to stems of ≥ 5, because short Arabic stems sit one letter away from
 * unrelated words.
 *
 * Terms are combined with AND, falling back to OR when AND finds fewer articles than asked for.
 * Article score = best sentence + 0.3 × the next three sentences + the title's score; the snippet is the
 * best sentence (the article's first sentence when only the title matched).
 */
import MiniSearch from "minisearch";
import { tokenize } from "../text/tokenize.ts";
import { FUZZY_MIN, PREFIX_MIN, processTerm } from "./analyze.ts";

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
}

/** One article in the results. */
export interface SearchResult {
  article: string;
  sentenceId: string;
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

interface IndexedDoc {
  id: string;
  articleId: string;
  text?: string;
  title?: string;
}

const TITLE_PREFIX = "title\u0000";
const SECONDARY_WEIGHT = 0.3;
const SECONDARY_COUNT = 3;
const DEFAULT_LIMIT = 10;

/** Builds the index. Duplicate sentence ids keep their first document (MiniSearch would throw). */
export function createSearchIndex(docs: readonly SearchDoc[], opts: SearchIndexOptions = {}): SearchIndex {
  const mini = new MiniSearch<IndexedDoc>({
    fields: ["text", "title"],
    storeFields: ["articleId"],
    tokenize,
    processTerm,
    searchOptions: {
      tokenize,
      processTerm,
      prefix: (term) => term.length >= PREFIX_MIN,
      fuzzy: (term) => (term.length >= FUZZY_MIN ? 1 : false),
      maxFuzzy: 1,
      combineWith: "OR",
    },
  });

  const byId = new Map<string, SearchDoc>();
  const firstOfArticle = new Map<string, SearchDoc>();
  const batch: IndexedDoc[] = [];
  for (const doc of docs) {
    if (byId.has(doc.id)) continue;
    byId.set(doc.id, doc);
    if (!firstOfArticle.has(doc.articleId)) {
      firstOfArticle.set(doc.articleId, doc);
      if (doc.title.trim() !== "") batch.push({ id: TITLE_PREFIX + doc.articleId, articleId: doc.articleId, title: doc.title });
    }
    batch.push({ id: doc.id, articleId: doc.articleId, text: doc.text });
  }
  mini.addAll(batch);

  function search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const extra = opts.extraTerms?.(query) ?? [];
    const q = [query, ...extra].join(" ").trim();
    if (q === "" || limit <= 0) return [];
    // AND first: on a large corpus an OR over common words scores thousands of sentences (the cost of
    // a query is the size of its result set). OR only when AND cannot fill the page.
    const all = mini.search(q, { combineWith: "AND" });
    const hits = countArticles(all) >= limit ? all : mini.search(q);
    const groups = new Map<string, { title: number; sentences: { id: string; score: number }[] }>();
    for (const hit of hits) {
      const articleId = hit.articleId as string;
      let g = groups.get(articleId);
      if (!g) groups.set(articleId, (g = { title: 0, sentences: [] }));
      if (String(hit.id).startsWith(TITLE_PREFIX)) g.title += hit.score;
      else g.sentences.push({ id: hit.id as string, score: hit.score });
    }
    const results: SearchResult[] = [];
    for (const [articleId, g] of groups) {
      // MiniSearch returns hits best first, so each group's sentences are already in score order.
      const best = g.sentences[0];
      const secondary = g.sentences.slice(1, 1 + SECONDARY_COUNT).reduce((s, x) => s + x.score, 0);
      const doc = best ? byId.get(best.id)! : firstOfArticle.get(articleId)!;
      results.push({
        article: articleId,
        sentenceId: doc.id,
        score: (best?.score ?? 0) + SECONDARY_WEIGHT * secondary + g.title,
        snippet: doc.text,
      });
    }
    results.sort((a, b) => b.score - a.score || (a.article < b.article ? -1 : 1));
    return results.slice(0, limit);
  }

  return { search, size: byId.size };
}

function countArticles(hits: readonly Record<string, unknown>[]): number {
  return new Set(hits.map((h) => h["articleId"])).size;
}
