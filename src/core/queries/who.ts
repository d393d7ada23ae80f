/**
 * who: entities by prominence, or the entities a name (Arabic or English, whole or partial) refers to.
 */
import type { Entity } from "../types.ts";
import type { WhoOptions } from "../core.ts";
import type { CoreIndex } from "../index/build.ts";

/** Listed without a query: people and organisations (places are answers to "where", not "who"). */
const LISTED_TYPES = new Set<Entity["type"]>(["person", "organization"]);
const DEFAULT_LIMIT = 25;

/** Without a query, the most prominent people and organisations; with one, the matches best first. */
export function who(index: CoreIndex, query: string | undefined, options: WhoOptions = {}): Entity[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (query === undefined || query.trim() === "") {
    const out: Entity[] = [];
    for (const e of index.lookup.ranked) {
      if (out.length >= limit) break;
      const entity = index.entities[e]!;
      if (LISTED_TYPES.has(entity.type)) out.push(entity);
    }
    return out;
  }
  return matchEntities(index, query, true)
    .slice(0, limit)
    .map((e) => index.entities[e]!);
}

/**
 * Entity indices a name query refers to, best first ([] for an unknown name). A name found by its sound alone
 * (entity-lookup.ts) counts for /who, which asks for a person, and otherwise only when the query is written as a
 * name, each word capitalised ("/timeline Bourguiba"): "/timeline report" is a keyword, not Robert.
 */
export function matchEntities(index: CoreIndex, query: string, anySpelling = false): number[] {
  const asName = anySpelling || /^\s*\p{Lu}\S*(\s+\p{Lu}\S*)*\s*$/u.test(query);
  return index.lookup
    .find(query)
    .filter((m) => asName || !m.bySound)
    .map((m) => m.entity);
}

/** Name completion over Arabic and English names. */
export function suggest(index: CoreIndex, prefix: string, limit = 25): Entity[] {
  return index.lookup.suggest(prefix, limit).map((e) => index.entities[e]!);
}
