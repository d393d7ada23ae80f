/**
 * Name lookup for entities: exact names, whole words and word prefixes, in Arabic (normalizeKey, with
 * and without the article ال) and English (case-insensitive, "al-" particles ignored), over each
 * entity's Arabic name, English name and aliases. Built once; every query is a few map lookups and a
 * binary search.
 *
 * Prominence = mentions × distinct articles: a name repeated in one article ranks below a name that
 * many outlets carry, and both rank above a passing mention.
 */
import type { Entity } from "../types.ts";
import { tokenize } from "../text/tokenize.ts";
import { hasArabic } from "../text/normalize.ts";
import { arabicSoundKey, arabicSoundKeys, latinSoundKey, usableSoundKey } from "./sound-key.ts";
import { distance } from "fastest-levenshtein";

/** How well a query matched an entity: the whole name, every word, or word prefixes. */
export type MatchTier = 3 | 2 | 1;

export interface EntityMatch {
  entity: number;
  tier: MatchTier;
  /** Found by the sound of its Arabic name only (a Latin spelling no English name holds). */
  bySound?: true;
}

export interface EntityLookup {
  /** Prominence by entity index. */
  prominence: Float64Array;
  /** Entity indices, most prominent first. */
  ranked: Int32Array;
  /** Entities matching a name query, best first; only the best tier present is returned. */
  find(query: string): EntityMatch[];
  /** Entities with a name or a word of a name starting with the prefix, most prominent first. */
  suggest(prefix: string, limit: number): number[];
}

/** Latin particles that do not identify anyone ("al-Kadhimi" is found by "Kadhimi"). */
const LATIN_PARTICLES = new Set(["al", "el", "al-", "bin", "ibn", "abu", "the"]);
/** Stop scanning a prefix range after this many keys (a one-letter prefix matches half the corpus). */
const PREFIX_SCAN_MAX = 4000;
/** How much of a query found by sound may differ (edit distance per letter) from the English name it finds. */
const SOUND_GAP = 0.45;
/** Query words shorter than this only match whole words, never as prefixes. */
const MIN_PREFIX_CHARS = 3;

/** Normalised words of a name; for Arabic words also the form without the article. */
function nameWords(name: string): string[] {
  return tokenize(name).filter((w) => !LATIN_PARTICLES.has(w));
}

function withoutArticle(word: string): string | undefined {
  return word.startsWith("ال") && word.length >= 5 ? word.slice(2) : undefined;
}

/** The lookup's tables as plain data (a snapshot stores them; `lookupFrom` answers from them). */
export interface EntityLookupData {
  prominence: Float64Array;
  ranked: Int32Array;
  /** Whole normalised names (and their article-less forms) → entities, in insertion order. */
  exact: Map<string, number[]>;
  /** Single name words → entities. */
  words: Map<string, number[]>;
  /** Every word-start suffix of every name key, sorted, with its entity. */
  startKeys: string[];
  startEntities: Int32Array;
}

/** Builds the lookup over entities (indices are positions in `entities`). */
export function buildEntityLookup(entities: readonly Entity[]): EntityLookup {
  return lookupFrom(buildEntityLookupData(entities), soundOkFor(entities));
}

/**
 * Which entities a Latin query may find by sound alone (sound-key.ts): people and places, whose names are spelt every
 * which way. An organisation's name is mostly common nouns, whose keys any query meets («قناة» is G N, as Jhinaoui).
 */
export function soundOkFor(entities: readonly Entity[]): (entity: number) => boolean {
  return (e) => entities[e]?.type !== "organization";
}

/** The lookup tables of the entities. */
export function buildEntityLookupData(entities: readonly Entity[]): EntityLookupData {
  const prominence = Float64Array.from(entities, (e) => e.mentions * Math.max(1, e.articles.length));
  const ranked = Int32Array.from(
    entities.map((_, i) => i).sort((a, b) => prominence[b]! - prominence[a]! || a - b),
  );

  const exact = new Map<string, Set<number>>();
  const words = new Map<string, Set<number>>();
  // Every word-start suffix of every name key, sorted: prefix search by binary search.
  const starts: { key: string; entity: number }[] = [];
  const add = (map: Map<string, Set<number>>, key: string, e: number): void => {
    const set = map.get(key);
    if (set) set.add(e);
    else map.set(key, new Set([e]));
  };

  entities.forEach((entity, e) => {
    const names = new Set([entity.name.ar, entity.name.en, ...entity.aliases].filter((n) => n && n.trim()));
    for (const name of names) {
      const ws = nameWords(name);
      if (ws.length === 0) continue;
      add(exact, ws.join(" "), e);
      const bare = ws.map((w) => withoutArticle(w) ?? w);
      add(exact, bare.join(" "), e);
      ws.forEach((w, i) => {
        add(words, w, e);
        const b = withoutArticle(w);
        if (b) add(words, b, e);
        starts.push({ key: ws.slice(i).join(" "), entity: e });
        if (b) starts.push({ key: [b, ...ws.slice(i + 1)].join(" "), entity: e });
      });
    }
  });
  starts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entity - b.entity));
  // Queried only by iteration: arrays (insertion order, as the sets iterated) hold the same for less memory.
  const exactLists = new Map<string, number[]>();
  for (const [key, set] of exact) exactLists.set(key, [...set]);
  exact.clear();
  const wordLists = new Map<string, number[]>();
  for (const [key, set] of words) wordLists.set(key, [...set]);
  words.clear();
  const startKeys = starts.map((s) => s.key);
  const startEntities = Int32Array.from(starts, (s) => s.entity);
  starts.length = 0;
  return { prominence, ranked, exact: exactLists, words: wordLists, startKeys, startEntities };
}

/** The lookup answering from its tables. */
export function lookupFrom(data: EntityLookupData, soundOk: (entity: number) => boolean): EntityLookup {
  const { prominence, ranked, exact: exactLists, words: wordLists, startKeys, startEntities } = data;

  const byPrefix = (prefix: string): Set<number> => {
    const out = new Set<number>();
    let lo = 0;
    let hi = startKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (startKeys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < startKeys.length && n < PREFIX_SCAN_MAX; i++, n++) {
      if (!startKeys[i]!.startsWith(prefix)) break;
      out.add(startEntities[i]!);
    }
    return out;
  };

  const byProminence = (a: number, b: number): number => prominence[b]! - prominence[a]! || a - b;

  const find = (query: string): EntityMatch[] => {
    const qs = nameWords(query);
    if (qs.length === 0) return [];
    const full = qs.join(" ");
    const bareFull = qs.map((w) => withoutArticle(w) ?? w).join(" ");
    const whole = new Set([...(exactLists.get(full) ?? []), ...(exactLists.get(bareFull) ?? [])]);
    if (whole.size > 0) return [...whole].sort(byProminence).map((entity) => ({ entity, tier: 3 as const }));

    // Every query word must be a word of the entity's names (tier 2) or, failing that, a prefix of one.
    let all: Set<number> | undefined;
    for (const q of qs) {
      const hits = new Set([...(wordLists.get(q) ?? []), ...(wordLists.get(withoutArticle(q) ?? "") ?? [])]);
      all = all === undefined ? hits : new Set([...all].filter((e) => hits.has(e)));
      if (all.size === 0) break;
    }
    if (all && all.size > 0) return [...all].sort(byProminence).map((entity) => ({ entity, tier: 2 as const }));

    let some: Set<number> | undefined;
    for (const q of qs) {
      const hits = new Set([...(wordLists.get(q) ?? [])]);
      if (q.length >= MIN_PREFIX_CHARS) {
        for (const e of byPrefix(q)) hits.add(e);
        const b = withoutArticle(q);
        if (b) for (const e of byPrefix(b)) hits.add(e);
      }
      some = some === undefined ? hits : new Set([...some].filter((e) => hits.has(e)));
      if (some.size === 0) break;
    }
    if (some && some.size > 0) return [...some].sort(byProminence).map((entity) => ({ entity, tier: 1 as const }));
    return bySound(query).map((entity) => ({ entity, tier: 1 as const, bySound: true as const }));
  };

  // A Latin query that no English name holds, by the sound of the Arabic names ("Bourguiba" for «بورقيبة», whose
  // English the index spelt Bourqiba): every query word's sound key is a word's of the name, or the whole query's is
  // the whole name's ("Abderrahmane"). Built on first use from the Arabic names.
  let sounds: { words: Map<string, Set<number>>; whole: Map<string, Set<number>>; latin: Map<number, string[]> } | undefined;
  const soundTables = () => {
    if (sounds) return sounds;
    sounds = { words: new Map(), whole: new Map(), latin: new Map() };
    const add = (map: Map<string, Set<number>>, key: string, list: readonly number[]) => {
      let set = map.get(key);
      if (set === undefined) map.set(key, (set = new Set()));
      for (const e of list) set.add(e);
    };
    for (const [name, all] of exactLists) {
      const list = all.filter(soundOk);
      if (list.length === 0) continue;
      if (!hasArabic(name)) {
        // The English words of each entity: the matches are ranked by how close the query is to them.
        for (const e of list) {
          const ws = sounds.latin.get(e);
          if (ws === undefined) sounds.latin.set(e, name.split(" "));
          else ws.push(...name.split(" "));
        }
        continue;
      }
      const words = name.split(" ");
      for (const w of words) for (const k of arabicSoundKeys(w)) if (usableSoundKey(k)) add(sounds.words, k, list);
      for (const whole of [words.map(arabicSoundKey).join(""), words.map((w) => arabicSoundKeys(w).at(-1)!).join("")]) {
        if (usableSoundKey(whole)) add(sounds.whole, whole, list);
      }
    }
    return sounds;
  };
  const bySound = (query: string): number[] => {
    if (hasArabic(query) || !/[a-z]/i.test(query)) return [];
    const raw = query.split(/[^A-Za-z]+/).filter(Boolean);
    // Every word must sound like a word of the name ("Slim Riahi" is not «الدولة الإسلامية» for its «Slim»), and one
    // at least must say more than one letter's class ("Ali" alone is L).
    const rawKeys = raw.map(latinSoundKey);
    const keys = rawKeys.filter((k, i) => k !== "" && !LATIN_PARTICLES.has(raw[i]!.toLowerCase()));
    const { words, whole } = soundTables();
    const out = new Set<number>(whole.get(rawKeys.join("")) ?? []);
    if (!keys.some(usableSoundKey)) return [...out];
    let all: Set<number> | undefined;
    for (const k of keys) {
      const hits = words.get(k) ?? new Set<number>();
      all = all === undefined ? new Set(hits) : new Set([...all].filter((e) => hits.has(e)));
      if (all.size === 0) break;
    }
    for (const e of all ?? []) out.add(e);
    // Closest English spelling first ("Smith": Samith before al-Samati), then the most prominent.
    const qs = raw.map((w) => w.toLowerCase()).filter((w) => !LATIN_PARTICLES.has(w));
    const gap = new Map<number, number>();
    for (const e of out) {
      const ws = sounds!.latin.get(e) ?? [];
      gap.set(e, qs.reduce((sum, q) => sum + Math.min(q.length, ...ws.map((w) => distance(q, w))), 0));
    }
    // A sound alike spelt far apart is someone else («Kazemi» is not «خزامة», Khazama): at most about two letters in five
    // may differ from the English the index gave the name.
    const letters = qs.reduce((n, q) => n + q.length, 0);
    return [...out].filter((e) => gap.get(e)! <= SOUND_GAP * letters).sort((a, b) => gap.get(a)! - gap.get(b)! || byProminence(a, b));
  };

  const suggest = (prefix: string, limit: number): number[] => {
    const qs = nameWords(prefix);
    if (qs.length === 0) return Array.from(ranked.subarray(0, limit));
    const key = qs.join(" ");
    const hits = byPrefix(key);
    const b = withoutArticle(qs[0]!);
    if (b) for (const e of byPrefix([b, ...qs.slice(1)].join(" "))) hits.add(e);
    return [...hits].sort(byProminence).slice(0, limit);
  };

  return { prominence, ranked, find, suggest };
}
