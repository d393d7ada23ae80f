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
import { daysInMonth, isValidDay, isoOfDayNumber, parsePublished, toDayNumber, weekdayOf } from "./calendar.ts";
import { MONTHS } from "./months.ts";
import { upcomingWeekday } from "./resolve.ts";
import { dayOfRelativeMonth, daysAgo, relativeMonth, relativeWeek, relativeYear, today, tomorrow, weekday, weekend, yearEdge, yesterday } from "./relative.ts";
import { dayMonth, monthOnly, numericDate, yearOnly, type Rule } from "./rules.ts";
import { fillSamePeriod, samePeriod } from "./same-period.ts";
import { joinRange, nearMoved, shareYear } from "./ranges.ts";
import { YEAR_PARTS, yearPart } from "./year-parts.ts";
import { SEASONS, season } from "./seasons.ts";
import { AGO_UNITS, monthsYearsAgo } from "./ago.ts";
import { fold, originalOffset, tokenize, wordKey } from "./tokens.ts";
import * as W from "./words.ts";

/** Options of one tagging call. */
export interface TagContext {
  /** Publication date (YYYY-MM-DD, or ISO 8601): relative expressions are resolved against it. */
  published?: string | null;
  /** The last date of the text before this one (an earlier sentence of the article): what «من نفس الشهر» refers to when the text names no date before it. */
  before?: Pick<DateMention, "date" | "end" | "relative">;
  /**
   * Years of the days the article has written out in full so far, by month and day ("01-26" → "1978"), filled in as the
   * sentences are tagged: a later «26 جانفي» with no year, direction or weekday is that day again, not this year's.
   */
  years?: Map<string, string>;
}

const RULES: readonly Rule[] = [
  numericDate, dayMonth, monthOnly, yearOnly, today, yesterday, tomorrow, weekday, relativeMonth, relativeWeek,
  relativeYear, yearEdge, weekend, samePeriod, dayOfRelativeMonth, daysAgo, yearPart, season, monthsYearsAgo,
];

/**
 * Keys of every token a rule may start at (plus digit runs). A rule is only tried there: one Set
 * lookup per token in a window.
 */
const STARTERS: ReadonlySet<string> = (() => {
  const set = new Set<string>([...MONTHS.keys(), ...W.WEEKDAYS.keys(), ...YEAR_PARTS.keys(), ...SEASONS.keys(), ...AGO_UNITS.keys()]);
  for (const group of [
    W.YEAR_WORDS, W.YEAR_DUAL, W.MONTH_WORD, W.THE_MONTH, W.THE_WEEK, W.DAY_WORDS, W.TODAY, W.YESTERDAY,
    W.TOMORROW, W.TOMORROW_NOUN, W.FIRST, W.YEAR_END, W.YEAR_START, W.YEAR_LATE, W.YEAR_MID, W.DAYS_BACK,
  ]) {
    for (const k of group) set.add(k);
  }
  for (const w of "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي الواحد العشرين الثلاثين يوم".split(" ")) {
    set.add(wordKey(w));
  }
  return set;
})();

/**
 * Words that locate a date: every date expression contains one. Day numbers, ordinals, يوم and أول
 * are not here (they are common and never a date alone): the window around a month name reaches
 * back to them. "هذا" and "بعد" neither: the rules for "هذا العام" and "بعد غد" look back to them.
 */
const LOCATOR_WORDS: readonly string[] = [
  ...new Set(
    [
      ...W.WEEKDAYS.keys(), ...W.YEAR_WORDS, ...W.YEAR_DUAL, ...W.THE_MONTH, ...W.THE_WEEK, ...W.TODAY,
      ...W.YESTERDAY, ...W.TOMORROW, ...W.TOMORROW_NOUN, ...W.DAYS_BACK, ...SEASONS.keys(), ...AGO_UNITS.keys(),
    ].filter((k) => !MONTHS.has(k)),
  ),
];

const LETTERS = "\\u0621-\\u064A\\u0671-\\u06D3";
const LETTER_CLASS: Record<string, string> = { "ا": "[اأإآٱ]", "ي": "[يى]", "ه": "[هة]" };

/**
 * A regex alternation of key words, factored as a trie ("ج(?:ان(?:في)|وان|…)") so the engine tests a
 * first letter once instead of trying every word; each letter is the class of spellings keyed to it.
 */
function trieAlternation(words: Iterable<string>): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (child === undefined) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    // Longer continuations first: the word boundary after the match must hold for the longest word.
    const branches = [...node.next].map(([ch, child]) => (LETTER_CLASS[ch] ?? ch) + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * One combined regex over the folded text (the letter classes stand for wordKey, so the whole text
 * never needs keying) finds every place a date can be: a month name (group 1), another
 * locator word, each as a whole word with one optional clitic, or a four-digit number (which every
 * numeric date contains).
 * Only windows around these are tokenised (issue 6: the analysis must run at ≥ 5 MB/s).
 */
const LOCATOR_RE = new RegExp(
  // "(?:^|[^letters])" rather than a look-behind: irregexp scans much faster with a consuming prefix.
  `(?:^|[^${LETTERS}])(?:[وفبل]?(${trieAlternation(MONTHS.keys())})|[وفبل]?(?:${trieAlternation(LOCATOR_WORDS)}))(?![${LETTERS}])` +
    `|[0-9]{4}(?![0-9])`,
  "g",
);
/**
 * Window around a locator, in characters: before a month name far enough for "يوم الجمعة 17 من شهر",
 * before anything else one or two words (the look-back of the rules), after it the longest tail
 * ("/ كانون الثاني من العام الماضي", "الجاري/2021 م").
 */
const BEFORE_MONTH = 50;
const BEFORE_OTHER = 25;
const AFTER = 45;

function isStarter(key: string): boolean {
  // One leading clitic (و، ف، ب، ل) may stand before a starter word: "وآب", "والخميس", "لعام".
  return STARTERS.has(key) || (key.length > 2 && "وفبل".includes(key[0]!) && STARTERS.has(key.slice(1)));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Text windows [from, to) around the locators, merged when they overlap, cut at white space. */
function locatorWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  LOCATOR_RE.lastIndex = 0;
  for (let m = LOCATOR_RE.exec(text); m !== null; m = LOCATOR_RE.exec(text)) {
    let from = Math.max(0, m.index - (m[1] !== undefined ? BEFORE_MONTH : BEFORE_OTHER));
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = Math.min(text.length, m.index + m[0].length + AFTER);
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** How far back a future verb is looked for before a bare weekday, in characters (a clause of a few words). */
const FUTURE_REACH = 80;

/**
 * A future verb or planning word (words.ts FUTURE_VERBS, behind و/ف or not) in the same sentence, shortly before `at`,
 * with no past verb of a relative clause between it and `at` ("من المنتظر أن … المباراة التي دارت يوم الأحد").
 */
function futureBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - FUTURE_REACH);
  let clause = text.slice(from, at);
  const stop = Math.max(clause.lastIndexOf("."), clause.lastIndexOf("؟"), clause.lastIndexOf("!"), clause.lastIndexOf("?"));
  if (stop >= 0) clause = clause.slice(stop + 1);
  const words = clause.split(/[\s،,:؛"«»()]+/);
  // Behind و/ف, and with an object pronoun ("ستحتضنها", "سيستضيفهم").
  const has = (set: ReadonlySet<string>, key: string): boolean => {
    const bare = key[0] === "و" || key[0] === "ف" ? key.slice(1) : key;
    return set.has(key) || set.has(bare) || (bare.length > 5 && /(ها|هم|ه)$/.test(bare) && set.has(bare.replace(/(ها|هم|ه)$/, "")));
  };
  for (let k = words.length - 1; k >= 0; k--) {
    const raw = words[k]!;
    // "على أن يبدأ": what is agreed or required is ahead.
    if (wordKey(raw) === "ان" && k > 0 && /^[وف]?علي$/.test(wordKey(words[k - 1]!))) return true;
    if (raw.length < 3) continue;
    const key = wordKey(raw);
    if (has(W.FUTURE_VERBS, key)) return true;
    if (has(W.PAST_EVENT_VERBS, key)) return false;
  }
  return false;
}

/** «"روسيا اليوم"», «"تونس اليوم"»: اليوم closing a quoted name of two words (a channel, a paper) is no date. */
function quotedNameEnd(text: string, c: Candidate): boolean {
  if (!/^[وفب]?اليوم$/.test(text.slice(c.start, c.end)) || !/^["”»]/.test(text.slice(c.end, c.end + 1))) return false;
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf("«"), before.lastIndexOf("“"));
  const words = open < 0 ? [] : before.slice(open + 1).trim().split(/\s+/).filter(Boolean);
  return words.length === 1;
}

/** How long before publication a planned day or month may lie and still be the one meant ("كان من المقرر أن تصل يوم 31 جانفي"). */
const PLANNED_PAST_DAYS = 30;

/** Day number of the last day a candidate covers (its range end, the end of its month). */
function lastDayOf(c: Candidate): number {
  const iso = c.last ?? c.date;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return toDayNumber(y, m, iso.length > 7 ? Number(iso.slice(8, 10)) : daysInMonth(y, m));
}

/** The same day or month (and range end) a year later ("2017-01-01" → "2018-01-01"); 29 February has none and stays. */
function nextYear(c: Candidate): void {
  const shift = (iso: string): string | null => {
    const y = Number(iso.slice(0, 4)) + 1;
    const md = iso.slice(4);
    return md === "-02-29" && !isValidDay(y, 2, 29) ? null : `${y}${md}`;
  };
  const date = shift(c.date);
  const last = c.last === undefined ? undefined : shift(c.last);
  if (date === null || last === null) return;
  c.date = date;
  if (last !== undefined) c.last = last;
}

/** What joins the days of an enumeration: و, أو, ثم, maybe after a comma. (A comma alone is apposition: "اليوم، الجمعة".) */
const ENUMERATION_JOINT = /^[،,]?\s*(و|او|أو|ثم)$/;

/**
 * A bare weekday joined to the day before it ("غدا الأحد وبعد غد الاثنين والثلاثاء", "يومي السبت والأحد") is the first
 * such weekday after that day, not the one before publication: an enumeration of days runs forward. Two bare weekdays
 * on consecutive days are one span of two days ("يومي السبت والأحد"): `prev` takes `c` in, and true says `c` is gone.
 */
function followEnumeration(text: string, prev: Candidate, c: Candidate): boolean {
  const last = prev.last ?? prev.date;
  if (prev.precision !== "day" || last.length !== 10 || !ENUMERATION_JOINT.test(text.slice(prev.end, c.start).trim())) return false;
  const after = toDayNumber(Number(last.slice(0, 4)), Number(last.slice(5, 7)), Number(last.slice(8, 10)));
  const day = after + 1 + ((c.weekday! - weekdayOf(after + 1) + 7) % 7);
  c.date = isoOfDayNumber(day);
  if (prev.weekday === undefined || day !== after + 1) return false;
  prev.last = c.date;
  prev.end = c.end;
  return true;
}

const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;
/** Harakat, tanwin, superscript alef and tatweel. */
const TRAILING_MARK = /[\u064B-\u065F\u0670\u0640]/;

/**
 * «أعلن بايدن في تموز 2021 انتهاء المهمة بحلول نهاية العام»: «العام» with no word of direction, after a date the sentence
 * wrote with its year, is that year. Changes `c` in place.
 */
function theYearNamed(prev: Candidate, c: Candidate): void {
  if (prev.relative || prev.same !== undefined) return;
  const year = (prev.last ?? prev.date).slice(0, 4);
  c.date = year + c.date.slice(4);
  c.relative = false;
  delete c.theYear;
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

/** A date of an earlier text as the candidate a same-period phrase borrows from. */
function antecedent(before: TagContext["before"]): Pick<Candidate, "date" | "last" | "relative"> | undefined {
  return before === undefined ? undefined : { date: before.date, relative: before.relative, ...(before.end !== undefined ? { last: before.end } : {}) };
}

/** Last publication date read: a corpus is tagged sentence by sentence, with one date per article. */
let lastPublished: string | null | undefined;
let lastPub: PubContext | null = null;

function toPubContext(published: string | null | undefined): PubContext | null {
  if (published === lastPublished) return lastPub;
  const ymd = parsePublished(published);
  lastPublished = published;
  lastPub = ymd === null ? null : { ...ymd, dayNumber: toDayNumber(ymd.year, ymd.month, ymd.day) };
  return lastPub;
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
    const cands: Candidate[] = [];
    for (const [from, to] of locatorWindows(folded.text)) {
      const tokens = tokenize(folded.text, from, to);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.num < 0 && !isStarter(t.key)) continue;
        for (const rule of RULES) {
          const c = rule(tokens, i, pub);
          if (c !== null) cands.push(c);
        }
      }
    }
    let prev: Candidate | undefined;
    const kept: Candidate[] = [];
    for (const c of selectCandidates(cands)) {
      if (quotedNameEnd(folded.text, c)) continue;
      if (c.same !== undefined && !fillSamePeriod(c, prev ?? antecedent(ctx?.before))) continue;
      if (c.weekday !== undefined && pub !== null && futureBefore(folded.text, c.start)) c.date = isoOfDayNumber(upcomingWeekday(c.weekday, pub));
      if (c.weekday !== undefined && prev !== undefined && followEnumeration(folded.text, prev, c)) continue;
      if (prev !== undefined) shareYear(folded.text, prev, c);
      if (prev !== undefined && c.theYear) theYearNamed(prev, c);
      if (prev !== undefined) nearMoved(folded.text, prev, c);
      if (prev !== undefined && joinRange(folded.text, prev, c)) continue;
      kept.push(c);
      prev = c;
    }
    const years = ctx ? (ctx.years ??= new Map()) : new Map<string, string>();
    return kept.map((c) => {
      // (Not in a future clause: «ستعقد الهيئة جلسة يوم 26 جانفي» is the coming one.)
      const written = c.yearless && c.precision === "day" && c.last === undefined && !futureBefore(folded.text, c.start) ? years.get(c.date.slice(5)) : undefined;
      if (written !== undefined) {
        // «الإضراب العام يوم 26 جانفي 1978 … يوم 26 جانفي»: the day the article dated before.
        c.date = `${written}${c.date.slice(4)}`;
        c.relative = false;
        delete c.yearless;
      } else if (c.precision === "day" && !c.relative && c.last === undefined) years.set(c.date.slice(5), c.date.slice(0, 4));
      // "سيدخل القانون حيز التنفيذ في 1 جانفي", "سيتم … في شهر أفريل": in a future clause, a day or month without a year
      // that its latest occurrence puts more than PLANNED_PAST_DAYS before publication is the next one.
      if (c.yearless && pub !== null && pub.dayNumber - lastDayOf(c) > PLANNED_PAST_DAYS && futureBefore(folded.text, c.start)) nextYear(c);
      const start = originalOffset(folded, c.start);
      let endOffset = originalOffset(folded, c.end - 1) + 1;
      // Marks folded away after the last letter still belong to the phrase: "هـ", "غداً".
      while (endOffset < text.length && TRAILING_MARK.test(text[endOffset]!)) endOffset++;
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
      if (c.weekdayConflict) mention.weekdayConflict = true;
      return mention;
    });
  } catch {
    // The tagger is a best-effort annotator: a bug on one odd text must not stop indexing a corpus.
    return [];
  }
}
