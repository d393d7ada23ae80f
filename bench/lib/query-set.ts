/**
 * A fixed, realistic set of queries drawn from the corpus itself (seeded): names the core found (Arabic,
 * English, surname alone, and a few unknown names), frequent and mid-frequency words, phrases from headlines
 * and article ids. Drawn from the smallest corpus of the growth series, so every query exists at every size.
 */
import type { Core } from "../../src/core/core.ts";
import type { Article } from "../../src/core/types.ts";
import { rng, shuffle } from "./stats.ts";

export interface QuerySet {
  names: string[];
  english: string[];
  surnames: string[];
  unknown: string[];
  /** Offices said of the corpus's people («وزير الدفاع», "Minister of Defense"), for /who with an office. */
  offices: string[];
  frequent: string[];
  midFrequency: string[];
  phrases: string[];
  articleIds: string[];
}

const WORD = /^[\u0621-\u064A]{3,}$/;

export function drawQueries(core: Core, articles: readonly Article[], seed: number, normalizeKey: (s: string) => string, isStopword: (k: string) => boolean): QuerySet {
  const ranked = core.who(undefined, { limit: 80 });
  const people = ranked.filter((e) => e.type === "person");
  const names = ranked.slice(0, 20).map((e) => e.name.ar);
  const english = ranked.filter((e) => /[A-Za-z]/.test(e.name.en)).slice(0, 8).map((e) => e.name.en);
  const surnames = people
    .map((e) => e.name.ar.split(/\s+/))
    .filter((w) => w.length >= 2)
    .slice(0, 6)
    .map((w) => w.at(-1)!);
  const unknown = ["زيد المجهولي", "Nonexistent Person", "قمر الزمان الغريب"];
  // The first two words of each prominent person's main office, and the office in English.
  const offices = [...new Set(people.flatMap((e) => e.roles.slice(0, 1)).flatMap((r) => [r.ar.split(/\s+/).slice(0, 2).join(" "), r.en]))].slice(0, 20);

  // Document frequency of surface words (punctuation trimmed), function words excluded.
  const df = new Map<string, number>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const p of a.paragraphs) for (const w of p.split(/\s+/)) {
      const word = w.replace(/^[^\u0621-\u064A]+|[^\u0621-\u064A]+$/g, "");
      if (WORD.test(word) && !isStopword(normalizeKey(word))) seen.add(word);
    }
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const byDf = [...df.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w);
  const frequent = byDf.slice(0, 12);
  const midFrequency = byDf.slice(200, 212);

  // Two or three consecutive content words of random headlines.
  const random = rng(seed);
  const phrases: string[] = [];
  for (const a of shuffle(articles, seed)) {
    if (phrases.length >= 10) break;
    const words = a.title.split(/\s+/).filter((w) => WORD.test(w) && !isStopword(normalizeKey(w)));
    if (words.length < 3) continue;
    const len = random() < 0.5 ? 2 : 3;
    const at = Math.floor(random() * (words.length - len + 1));
    phrases.push(words.slice(at, at + len).join(" "));
  }
  const articleIds = shuffle(articles, seed + 1).slice(0, 20).map((a) => a.id);
  return { names, english, surnames, unknown, offices, frequent, midFrequency, phrases, articleIds };
}
