/**
 * Entity analysis of one article: people, organisations, places, roles and quotes, sentence by
 * sentence, with the article as context so that a later "المحمداوي", "الوزير أوستن" or "وتابع:" refers
 * back. Three passes: (1) triggers, patterns and the lexicon; (2) surname-only references to the full
 * names found anywhere in the article; (3) quotes in reading order.
 */
import type { EntityMention, QuoteMention } from "../types.ts";
import { tokReadings, stripSurface, tokenize } from "./tokenize.ts";
import { NAME_PARTICLES, SURNAME_INDEX, dropAl } from "./lexicon.ts";
import { HARD_STOP, isArabicWord, nationalityOf } from "./phrase.ts";
import { findPeople, speechVerbKey } from "./people.ts";
import { findOrgsAndPlaces } from "./orgs-places.ts";
import { findQuotes } from "./quotes.ts";
import type { QuoteState } from "./quotes.ts";
import { matchHead } from "./roles.ts";
import { translateRole } from "./translate-role.ts";
import type { SentenceWork, WorkMention } from "./work.ts";

/** Analysis of one sentence: offsets are relative to the sentence. */
export interface SentenceEntities {
  mentions: EntityMention[];
  quotes: QuoteMention[];
}

/** Lexicon surnames usable as name tokens; nationality adjectives excluded ("السوداني"). */
const LEX_NAME_TOKENS = new Set([...SURNAME_INDEX.keys()].filter((k) => !k.includes(" ") && nationalityOf(k) === undefined));

/**
 * Finds people, organisations, places and quotes in the sentences of one article.
 * Never throws: a sentence that fails yields no mentions.
 */
export function analyseArticleEntities(sentences: string[]): SentenceEntities[] {
  const works: SentenceWork[] = sentences.map((text) => {
    const s = typeof text === "string" ? text : "";
    const toks = safe(() => tokenize(s), []);
    return { text: s, toks, keys: toks.map((t) => t.key), mentions: [], roleAnaphors: [] };
  });
  const opt = { isNameToken: (k: string) => LEX_NAME_TOKENS.has(k) };
  for (const w of works) {
    safe(() => findPeople(w, opt), undefined);
    safe(() => findOrgsAndPlaces(w), undefined);
  }
  const surnames = collectSurnames(works);
  for (const w of works) safe(() => addSurnameMentions(w, surnames), undefined);

  const state: QuoteState = { byRole: [], translateRole };
  const out: SentenceEntities[] = [];
  for (const w of works) {
    w.mentions.sort((a, b) => a.start - b.start);
    for (const m of w.mentions) {
      if (m.type === "person" && m.role) {
        const entry: QuoteState["byRole"][number] = { roleEn: safe(() => translateRole(m.role!), ""), name: m.surface };
        if (m.gender) entry.gender = m.gender;
        state.byRole.push(entry);
      }
    }
    const quotes = safe(() => findQuotes(w, state), []);
    out.push({ mentions: w.mentions.map(toMention), quotes });
  }
  return out;
}

function toMention(m: WorkMention): EntityMention {
  const e: EntityMention = { type: m.type, surface: m.surface, start: m.start, end: m.end };
  if (m.role) e.role = m.role;
  return e;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/**
 * Surname keys of the article's multi-word person names: the last word, with and without ال
 * ("العباسي" / "عباسي"), and particle + last word ("أبو رغيف"). Value: the gender if known.
 */
function collectSurnames(works: SentenceWork[]): Map<string, { gender?: "f" | "m" }> {
  const out = new Map<string, { gender?: "f" | "m" }>();
  for (const w of works) {
    for (const m of w.mentions) {
      if (m.type !== "person" || m.t1 - m.t0 < 2) continue;
      const last = w.keys[m.t1 - 1]!;
      const prev = w.keys[m.t1 - 2]!;
      const info = m.gender ? { gender: m.gender } : {};
      if (NAME_PARTICLES.has(prev)) {
        out.set(prev + " " + last, info);
        continue;
      }
      if (last.length < 3 || HARD_STOP.has(last)) continue;
      out.set(last, info);
      out.set(dropAl(last), info);
    }
  }
  for (const [k] of SURNAME_INDEX) if (!out.has(k)) out.set(k, {});
  return out;
}

/** Adds person mentions for surname-only references not covered by another mention. */
function addSurnameMentions(w: SentenceWork, surnames: Map<string, { gender?: "f" | "m" }>): void {
  const covered = new Uint8Array(w.toks.length);
  for (const m of w.mentions) for (let k = m.t0; k < m.t1; k++) covered[k] = 1;
  for (let i = 0; i < w.toks.length; i++) {
    const t = w.toks[i]!;
    if (covered[i] || !isArabicWord(t)) continue;
    for (const r of tokReadings(t)) {
      const next = w.keys[i + 1];
      let len = 0;
      let hit: { gender?: "f" | "m" } | undefined;
      if (next !== undefined && !covered[i + 1] && NAME_PARTICLES.has(r.key) && surnames.has(r.key + " " + next)) {
        hit = surnames.get(r.key + " " + next);
        len = 2;
      } else if (surnames.has(r.key)) {
        hit = surnames.get(r.key);
        len = 1;
      }
      if (!hit) continue;
      // A surname that is also a nationality ("السوداني") only as a subject or after a title.
      if (len === 1 && nationalityOf(r.key) !== undefined && !subjectPosition(w, i)) break;
      if (r.restoredAl) break;
      const s = stripSurface(t, r);
      const end = w.toks[i + len - 1]!.end;
      const m: WorkMention = { type: "person", surface: w.text.slice(s.start, end), start: s.start, end, t0: i, t1: i + len };
      if (hit.gender) m.gender = hit.gender;
      w.mentions.push(m);
      i += len - 1;
      break;
    }
  }
}

function subjectPosition(w: SentenceWork, i: number): boolean {
  const prev = w.toks[i - 1];
  if (!prev || prev.kind === "p") return true;
  if (speechVerbKey(prev) !== undefined) return true;
  const h = matchHead(w.toks, w.keys, i - 1);
  return h !== undefined && h.head.kind === "title";
}
