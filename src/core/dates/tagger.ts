/**
 * The Arabic temporal tagger: finds dates in news text and returns them normalised, with precision,
 * the exact phrase and its offsets.
 *
 * How it works: the text is folded (tokens.ts) and tokenised once; every token that can start a date
 * expression (a digit run, a month name, a weekday, a relative word: one Set lookup decides) is handed
 * to the rules (rules.ts for written dates, relative.ts for dates relative to publication), each of
 * which reads forward from there. Overlapping candidates are resolved by keeping the longest (then the
 * most precise); mentions are returned in text order. No regex runs per month or per position.
 */
import type { DateMention } from "../types.ts";
import type { Candidate, PubContext } from "./candidate.ts";
import { parsePublished, toDayNumber } from "./calendar.ts";
import { MONTHS } from "./months.ts";
import { relativeMonth, relativeWeek, relativeYear, today, tomorrow, weekday, yearEdge, yesterday } from "./relative.ts";
import { dayMonth, monthOnly, numericDate, yearOnly, type Rule } from "./rules.ts";
import { fold, tokenize, wordKey } from "./tokens.ts";
import * as W from "./words.ts";

/** Options of one tagging call. */
export interface TagContext {
  /** Publication date (YYYY-MM-DD, or ISO 8601): relative expressions are resolved against it. */
  published?: string | null;
}

const RULES: readonly Rule[] = [
  numericDate, dayMonth, monthOnly, yearOnly, today, yesterday, tomorrow, weekday, relativeMonth, relativeWeek,
  relativeYear, yearEdge,
];

/** Keys of every word that can start a rule; digit runs always can. */
const ANCHORS: ReadonlySet<string> = (() => {
  const set = new Set<string>([...MONTHS.keys(), ...W.WEEKDAYS.keys()]);
  for (const group of [
    W.YEAR_WORDS, W.YEAR_DUAL, W.MONTH_WORD, W.THE_MONTH, W.THE_WEEK, W.DAY_WORDS, W.THIS, W.TODAY, W.YESTERDAY,
    W.TOMORROW, W.FIRST, W.AFTER, W.YEAR_END, W.YEAR_START,
  ]) {
    for (const k of group) set.add(k);
  }
  for (const w of "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي الواحد العشرين الثلاثين".split(" ")) {
    set.add(wordKey(w));
  }
  set.add("يوم");
  return set;
})();

const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

function isAnchor(key: string): boolean {
  // One leading clitic (و، ف، ب، ل) may stand before any anchor word: "وآب", "والخميس", "لعام".
  return ANCHORS.has(key) || (key.length > 2 && "وفبل".includes(key[0]!) && ANCHORS.has(key.slice(1)));
}

/** Keeps the longest, then most precise, of overlapping candidates; returns them in text order. */
function selectCandidates(cands: Candidate[]): Candidate[] {
  cands.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision] || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of cands) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toPubContext(published: string | null | undefined): PubContext | null {
  const ymd = parsePublished(published);
  return ymd === null ? null : { ...ymd, dayNumber: toDayNumber(ymd.year, ymd.month, ymd.day) };
}

/**
 * Finds the dates in `text`. Relative expressions (اليوم، أمس، الثلاثاء، الشهر الماضي، "27 يناير" without a
 * year…) are resolved against `ctx.published` and marked `relative: true`; without a publication date
 * they are skipped. Never throws: bad input gives an empty list.
 */
export function tagDates(text: string, ctx?: TagContext): DateMention[] {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    const pub = toPubContext(ctx?.published);
    const folded = fold(text);
    const tokens = tokenize(folded.text);
    const cands: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.num < 0 && !isAnchor(t.key)) continue;
      for (const rule of RULES) {
        const c = rule(tokens, i, pub);
        if (c !== null) cands.push(c);
      }
    }
    return selectCandidates(cands).map((c) => {
      const start = folded.origin[c.start]!;
      const endOffset = folded.origin[c.end - 1]! + 1;
      const mention: DateMention = {
        date: c.date,
        precision: c.precision,
        phrase: text.slice(start, endOffset),
        start,
        endOffset,
        relative: c.relative,
        calendar: c.hijri ? "hijri" : "gregorian",
      };
      if (c.last !== undefined) mention.end = c.last;
      return mention;
    });
  } catch {
    // The tagger is a best-effort annotator: a bug on one odd text must not stop indexing a corpus.
    return [];
  }
}
