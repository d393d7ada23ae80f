/**
 * timeline: the precomputed events, filtered by an entity (its sentences) or a keyword (sentences with
 * every query term) and by a date range (overlap), in chronological order. With more matches than the
 * limit, the most important events are kept (most sources, finest date, most recent) and shown in order.
 *
 * The cost is bounded by the limit, not the corpus: candidate events are walked most important first
 * (a keyword's rarest term's events, an entity's events in importance order) and the walk stops after
 * `limit` matches in the date range.
 */
import type { DateMention, Sentence, TimelineEvent } from "../types.ts";
import type { TimelineOptions } from "../core.ts";
import type { CoreIndex } from "../index/build.ts";
import type { EventIndex } from "../index/events.ts";
import { spanEnd, spanStart } from "../index/spans.ts";
import { contentTerms } from "../index/terms.ts";
import { postingsOf } from "../index/vectors.ts";
import { matchEntities } from "./who.ts";
import { contains, keywordQuery } from "./match.ts";
import { dateClause, wordsAroundDate } from "../index/clause.ts";

const DEFAULT_LIMIT = 100;
/** Member sentences of an event looked at for one that answers the query (ownSentence). */
const MEMBERS_SCANNED = 32;
/** Entities a name query stands for (an ambiguous surname may name a few people). */
const MAX_ENTITIES = 3;

/** Events matching the options, oldest first. `english` gives known translations by sentence hash. */
export function timeline(
  index: CoreIndex,
  options: TimelineOptions,
  english: (hash: string) => string | undefined,
): TimelineEvent[] {
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const ev = index.events;
  const inRange = rangeTest(ev, options.from, options.to);
  const query = options.query?.trim();
  const entities = query ? matchEntities(index, query).slice(0, MAX_ENTITIES) : [];
  const terms = query ? queryTermIds(index, keywordQuery(index, query)) : undefined;
  // NaN means no limit; a fraction is cut down for a query (slice) and rounded up without one.
  const chosen = query
    ? queryEvents(index, terms, entities, inRange, Number.isNaN(limit) ? Infinity : Math.trunc(limit))
    : topEvents(ev.byImportance, inRange, Number.isNaN(limit) ? Infinity : Math.ceil(limit));
  chosen.sort((a, b) => a - b);
  const people = entities.filter((x) => index.entities[x]!.type === "person");
  const tells = !query ? undefined : people.length > 0 ? (s: number) => names(index, people, s) : keywordTest(index, terms, entities);

  const told = chosen.map((e) => {
    const event = ev.events[e]!;
    // An event of several sentences is told by its lead; for a query, by a sentence that answers it (names the person,
    // holds the words) when the lead does not.
    const own = tells ? ownSentence(index, e, tells) : undefined;
    if (own) {
      const en = own.whole ? english(index.sentences[own.sentence]!.hash) : undefined;
      return { sentence: own.sentence, event: { ...event, evidence: own.phrase, text: en === undefined ? { ar: own.text } : { ar: own.text, en } } };
    }
    const en = ev.whole[e] ? english(index.sentences[ev.representative[e]!]!.hash) : undefined;
    return { sentence: ev.representative[e]!, event: { ...event, text: en === undefined ? { ar: event.text.ar } : { ar: event.text.ar, en } } };
  });
  return apart(index, told);
}

/**
 * Events of one answer told by the same words (one sentence with two dates: «عقدت يوم 14 جانفي 2017، … فيما خصصت
 * الجلسة السادسة التي عقدت يوم 26 جانفي الماضي …») are each told by the clauses around their own date instead; the
 * first keeps its English, which is the whole sentence's.
 */
function apart(index: CoreIndex, told: readonly { sentence: number; event: TimelineEvent }[]): TimelineEvent[] {
  // (Only events of one sentence can repeat each other's words: a sentence number seen twice first, then the words.)
  const count = new Map<number, number>();
  for (const t of told) count.set(t.sentence, (count.get(t.sentence) ?? 0) + 1);
  if (count.size === told.length) return told.map((t) => t.event);
  const same = new Map<string, number>();
  for (const t of told) if (count.get(t.sentence)! > 1) same.set(t.event.text.ar, (same.get(t.event.text.ar) ?? 0) + 1);
  const first = new Set<string>();
  return told.map(({ sentence, event }) => {
    if (count.get(sentence)! < 2 || same.get(event.text.ar)! < 2) return event;
    const lead = !first.has(event.text.ar);
    first.add(event.text.ar);
    // With no clause of its own, the first telling keeps the sentence and the next ones the words around their date.
    const text = ownClause(index, sentence, event) ?? (lead ? undefined : nearDate(index, sentence, event));
    if (text === undefined || text === event.text.ar) return event;
    return { ...event, text: lead && event.text.en !== undefined ? { ar: text, en: event.text.en } : { ar: text } };
  });
}

/** The clauses of sentence s around the event's own date, away from its other dates (cached per index). */
const ownClauses = new WeakMap<CoreIndex, Map<string, string | null>>();

function ownClause(index: CoreIndex, s: number, event: TimelineEvent): string | undefined {
  const text = perIndex(ownClauses, index, `${s} ${event.date} ${event.end ?? ""} ${event.evidence}`, () => {
    const sentence = index.sentences[s]!;
    const mention = eventMention(sentence, event);
    const others = mention ? sentence.dates.filter((d) => d.date !== mention.date || d.end !== mention.end) : [];
    const clause = mention && others.length > 0 ? dateClause(sentence.text, mention.start, mention.endOffset, true, others) : undefined;
    return clause && !clause.whole ? clause.text : null;
  });
  return text ?? undefined;
}

/** The words of sentence s around the event's own date (see wordsAroundDate), if the sentence has that date. */
function nearDate(index: CoreIndex, s: number, event: TimelineEvent): string | undefined {
  const sentence = index.sentences[s]!;
  const mention = eventMention(sentence, event);
  return mention ? wordsAroundDate(sentence.text, mention.start) : undefined;
}

/** The date mention of `sentence` that tells `event` (its phrase and date). */
function eventMention(sentence: Sentence, event: TimelineEvent): DateMention | undefined {
  return sentence.dates.find((d) => d.phrase === event.evidence && d.date === event.date);
}

/** `compute()` for `key`, kept per index in `store` (at most MAX_CLAUSES entries: the map is emptied when full). */
function perIndex<K, V>(store: WeakMap<CoreIndex, Map<K, V>>, index: CoreIndex, key: K, compute: () => V): V {
  let cache = store.get(index);
  if (cache === undefined) store.set(index, (cache = new Map()));
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  if (cache.size >= MAX_CLAUSES) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * When event e's lead sentence does not answer the query (`tells`) but another of its sentences does (an event
 * reported by several articles, the person or the word in one of them), that sentence's clause around the same date.
 */
function ownSentence(index: CoreIndex, e: number, tells: (s: number) => boolean): OwnClause | undefined {
  const ev = index.events;
  // An event of one sentence was chosen for that sentence: it answers the query.
  if (ev.memberStart[e + 1]! - ev.memberStart[e]! < 2) return undefined;
  const lead = ev.representative[e]!;
  if (tells(lead)) return undefined;
  // The first sources only: an event of a hundred reports is told by one of its first (the cost stays flat as the
  // corpus grows).
  const end = Math.min(ev.memberStart[e + 1]!, ev.memberStart[e]! + MEMBERS_SCANNED);
  for (let k = ev.memberStart[e]!; k < end; k++) {
    const s = ev.memberSentences[k]!;
    if (s === lead || !tells(s)) continue;
    const own = memberClause(index, e, s);
    if (own) return own;
  }
  return undefined;
}

/**
 * The term ids of a query's content words, each once; undefined when the corpus never uses one of them (then no
 * sentence holds them all).
 */
function queryTermIds(index: CoreIndex, query: string): number[] | undefined {
  const ids: number[] = [];
  for (const term of contentTerms(query)) {
    const id = index.terms.termIds.get(term);
    if (id === undefined) return undefined;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Whether a sentence names one of the organisations or places the query matched, or holds every content word of it. */
function keywordTest(index: CoreIndex, ids: readonly number[] | undefined, entities: readonly number[]): (s: number) => boolean {
  // The rarest word first: most sentences fail on it.
  const lists = (ids ?? []).map((id) => postingsOf(index.terms.postings, id)).sort((a, b) => a.length - b.length);
  return (s) => names(index, entities, s) || (lists.length > 0 && inAll(lists, s));
}

/** Whether every (sorted) list holds s. */
function inAll(lists: readonly Int32Array[], s: number): boolean {
  for (let i = 0; i < lists.length; i++) if (!contains(lists[i]!, s)) return false;
  return true;
}

/** Whether sentence s names one of the entities. */
function names(index: CoreIndex, entities: readonly number[], s: number): boolean {
  for (const x of entities) if (contains(index.entitySentences[x]!, s)) return true;
  return false;
}

interface OwnClause {
  sentence: number;
  text: string;
  whole: boolean;
  phrase: string;
}

/** Member sentence s's clause around event e's date, computed once per index (names ask for the same events again). */
const clauses = new WeakMap<CoreIndex, Map<number, OwnClause | null>>();
/** Cached clauses per index, at most (each a short string). */
const MAX_CLAUSES = 20_000;

function memberClause(index: CoreIndex, e: number, s: number): OwnClause | undefined {
  // Sentences number fewer than 2^26: one safe integer keys the pair.
  const own = perIndex(clauses, index, e * 67_108_864 + s, () => {
    const event = index.events.events[e]!;
    const sentence = index.sentences[s]!;
    const mention = sentence.dates.find((d) => d.date === event.date && d.end === event.end);
    return mention ? { sentence: s, ...dateClause(sentence.text, mention.start, mention.endOffset), phrase: mention.phrase } : null;
  });
  return own ?? undefined;
}

/** Whether event e's span overlaps the inclusive bounds (`overlaps` with the bounds' spans computed once). */
function rangeTest(ev: EventIndex, from: string | undefined, to: string | undefined): (e: number) => boolean {
  if (from === undefined && to === undefined) return () => true;
  const lo = from === undefined ? undefined : spanStart(from);
  const hi = to === undefined ? undefined : spanEnd(to);
  const spans = ev.spans;
  return (e) => {
    const span = spans[e]!;
    return !((lo !== undefined && span.end < lo) || (hi !== undefined && span.start > hi));
  };
}

/** The first `limit` events of an importance-ordered list that pass `ok`. */
function topEvents(byImportance: ArrayLike<number>, ok: (e: number) => boolean, limit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < byImportance.length && out.length < limit; i++) {
    const e = byImportance[i]!;
    if (ok(e)) out.push(e);
  }
  return out;
}

/**
 * The `limit` most important events in range that a query selects. A person's name selects that person's
 * events. Any other query selects the events of sentences with every keyword, together with the events of
 * the organisations and places it names: «الانتخابات» is a topic as well as a word of «الهيئة العليا
 * المستقلة للانتخابات», and «الحكومة» names far more events than the entity of that name holds.
 */
function queryEvents(index: CoreIndex, terms: readonly number[] | undefined, entities: readonly number[], inRange: (e: number) => boolean, limit: number): number[] {
  if (limit === 0) return [];
  if (entities.length === 0) return keywordEvents(index, terms, inRange, limit);
  const named = entityEvents(index, entities, inRange, limit);
  if (entities.some((e) => index.entities[e]!.type === "person")) return named;
  // With `limit` events named already, a keyword event ranked below the last of them cannot be kept: the walk (most
  // important first) stops there, and the cost stays with the answer, not the corpus.
  const cutoff = named.length >= limit ? index.events.rank[named[limit - 1]!]! : Infinity;
  return mergeByRank(index, named, keywordEvents(index, terms, inRange, limit, cutoff), limit);
}

/** Two event lists in importance order, merged (each event once) and cut at `limit`. */
function mergeByRank(index: CoreIndex, a: readonly number[], b: readonly number[], limit: number): number[] {
  const rank = index.events.rank;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && rank[x]! <= rank[y]!)) {
      if (x === y) j++;
      out.push(x!);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** Each entity's events in importance order, sorted on first use (entityEvents is chronological). */
const byRankCache = new WeakMap<Int32Array, Int32Array>();

function entityEventsByRank(index: CoreIndex, entity: number): Int32Array {
  const list = index.entityEvents[entity]!;
  let sorted = byRankCache.get(list);
  if (sorted === undefined) {
    const rank = index.events.rank;
    sorted = Int32Array.from(list, (e) => rank[e]!).sort();
    for (let i = 0; i < sorted.length; i++) sorted[i] = index.events.byImportance[sorted[i]!]!;
    byRankCache.set(list, sorted);
  }
  return sorted;
}

/** The union of the entities' events, most important first, the first `limit` in range (a merge by rank). */
function entityEvents(index: CoreIndex, entities: readonly number[], inRange: (e: number) => boolean, limit: number): number[] {
  const lists = entities.map((e) => entityEventsByRank(index, e));
  if (lists.length === 1) return topEvents(lists[0]!, inRange, limit);
  const rank = index.events.rank;
  const at = lists.map(() => 0);
  const out: number[] = [];
  while (out.length < limit) {
    // The head with the best (lowest) rank; equal heads are one event, advanced together.
    let best = -1;
    let bestRank = Infinity;
    for (let k = 0; k < lists.length; k++) {
      if (at[k]! < lists[k]!.length) {
        const r = rank[lists[k]![at[k]!]!]!;
        if (r < bestRank) {
          bestRank = r;
          best = lists[k]![at[k]!]!;
        }
      }
    }
    if (best < 0) break;
    for (let k = 0; k < lists.length; k++) if (at[k]! < lists[k]!.length && lists[k]![at[k]!] === best) at[k]!++;
    if (inRange(best)) out.push(best);
  }
  return out;
}

/**
 * Events with a member sentence containing every content term of the query, most important first, the
 * first `limit` in range and ranked no lower than `cutoff`; [] if a term is unknown. Walks the events of the term
 * with the fewest.
 */
function keywordEvents(
  index: CoreIndex,
  ids: readonly number[] | undefined,
  inRange: (e: number) => boolean,
  limit: number,
  cutoff = Infinity,
): number[] {
  const { postings } = index.terms;
  if (ids === undefined || ids.length === 0) return [];
  const { termEventStart, termEvents, memberStart, memberSentences, rank } = index.events;
  let rarest = ids[0]!;
  for (const id of ids) if (termEventStart[id + 1]! - termEventStart[id]! < termEventStart[rarest + 1]! - termEventStart[rarest]!) rarest = id;
  const lists = ids.filter((id) => id !== rarest).map((id) => postingsOf(postings, id));
  const out: number[] = [];
  const end = termEventStart[rarest + 1]!;
  // Some member sentence must hold every term (the rarest one included: the event lists it for one of them).
  const all = lists.length === 0 ? [] : [postingsOf(postings, rarest), ...lists];
  for (let i = termEventStart[rarest]!; i < end && out.length < limit; i++) {
    const e = termEvents[i]!;
    if (rank[e]! > cutoff) break;
    if (!inRange(e)) continue;
    if (lists.length === 0) {
      out.push(e);
      continue;
    }
    for (let k = memberStart[e]!; k < memberStart[e + 1]!; k++) {
      if (inAll(all, memberSentences[k]!)) {
        out.push(e);
        break;
      }
    }
  }
  return out;
}
