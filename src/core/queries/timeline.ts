/**
 * timeline: the precomputed events, filtered by an entity (its sentences) or a keyword (sentences with
 * every query term) and by a date range (overlap), in chronological order. With more matches than the
 * limit, the most important events are kept (most sources, finest date, most recent) and shown in order.
 */
import type { TimelineEvent } from "../types.ts";
import type { TimelineOptions } from "../core.ts";
import type { CoreIndex } from "../index/build.ts";
import { overlaps } from "../index/spans.ts";
import { matchEntities } from "./who.ts";
import { sentencesWithAllTerms } from "./match.ts";

const DEFAULT_LIMIT = 100;
/** Entities a name query stands for (an ambiguous surname may name a few people). */
const MAX_ENTITIES = 3;

/** Events matching the options, oldest first. `english` gives known translations by sentence hash. */
export function timeline(
  index: CoreIndex,
  options: TimelineOptions,
  english: (hash: string) => string | undefined,
): TimelineEvent[] {
  const { from, to } = options;
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const ev = index.events;
  let chosen: number[];

  const query = options.query?.trim();
  if (query) {
    const matched = queryEvents(index, query);
    let list = matched.filter((e) => overlaps(ev.spans[e]!, from, to));
    if (list.length > limit) {
      const rank = ev.rank;
      list = list.sort((a, b) => rank[a]! - rank[b]!).slice(0, limit);
    }
    chosen = list.sort((a, b) => a - b);
  } else {
    chosen = [];
    for (const e of ev.byImportance) {
      if (chosen.length >= limit) break;
      if (overlaps(ev.spans[e]!, from, to)) chosen.push(e);
    }
    chosen.sort((a, b) => a - b);
  }

  return chosen.map((e) => {
    const event = ev.events[e]!;
    const en = ev.whole[e] ? english(index.sentences[ev.representative[e]!]!.hash) : undefined;
    return { ...event, text: en === undefined ? { ar: event.text.ar } : { ar: event.text.ar, en } };
  });
}

/** Events a timeline query selects: an entity's events, else those of sentences with every keyword. */
function queryEvents(index: CoreIndex, query: string): number[] {
  const entities = matchEntities(index, query).slice(0, MAX_ENTITIES);
  const out = new Set<number>();
  if (entities.length > 0) {
    for (const e of entities) for (const ev of index.entityEvents[e]!) out.add(ev);
  } else {
    for (const s of sentencesWithAllTerms(index, query)) for (const ev of index.events.bySentence.get(s) ?? []) out.add(ev);
  }
  return [...out];
}
