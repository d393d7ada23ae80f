/**
 * search: full-text results from the search index (one hit per article, its best sentence as the
 * snippet), with article titles. English names reach Arabic text through the index's extra terms.
 */
import type { SearchHit } from "../core.ts";
import type { CoreIndex } from "../index/build.ts";

const DEFAULT_LIMIT = 10;

/** Ranked articles for a query, best first. */
export function search(index: CoreIndex, query: string, limit = DEFAULT_LIMIT): SearchHit[] {
  if (query.trim() === "" || limit <= 0) return [];
  return index.search.search(query, limit).map((hit) => {
    const a = index.articleIndex.get(hit.article);
    return {
      article: hit.article,
      title: a === undefined ? "" : index.articles[a]!.title,
      score: hit.score,
      snippet: hit.snippet,
      sentenceId: hit.sentenceId,
    };
  });
}
