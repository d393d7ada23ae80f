/**
 * Readers for the parts of a date expression, each working on the token array from one index and
 * returning what it read and the index just past it (or null): day numbers and day ranges, month
 * names (with "شهر" and the combined forms "يوليو/تموز"), and the year part after a month.
 */
import { MONTHS, type Calendar, type MonthName } from "./months.ts";
import { readOrdinalDay } from "./numbers.ts";
import type { Token } from "./tokens.ts";
import {
  AD_SUFFIX, AH_SUFFIX, BETWEEN, FIRST, MONTH_WORD, OF, RANGE_JOINERS, RELATIVE, THIS, UNTIL, UNTIL_NOUN, WEEKDAYS, YEAR_WORDS, type Direction,
} from "./words.ts";

/** Gregorian years accepted without a Hijri marker (issue 2: 1900–2100). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Hijri years read without هـ only after a Hijri month name. */
const MIN_HIJRI = 1300;
/** ≈ MAX_YEAR: a larger number after a Hijri month is a count ("رمضان 1587 زيارة"), not a year. */
const MAX_HIJRI = 1524;

const CLITICS = "وبلف";

/** A day number or a day range ("22 و23"). */
export interface DaySpan {
  day: number;
  /** Characters of a clitic before the day word ("وغرة"), outside the phrase. */
  shift?: number;
  /** Last day of a range, absent for a single day. */
  lastDay?: number;
  next: number;
  /**
   * The first day (or run of days) of a list ("أيام 23 و25 و30 سبتمبر": three days, not a range 25→30): where the month
   * the list shares is read. The phrase is the first item alone; the other items are read from their own tokens.
   */
  monthAt?: number;
}

/** A month name as read, with what stood around it. */
export interface MonthRead {
  month: number;
  calendar: Calendar;
  strict: 0 | 1 | 2;
  /** Preceded by "شهر". */
  monthWord: boolean;
  /** Two names of the same month: "يوليو/تموز", "أغسطس (آب)". */
  combined: boolean;
  /** Folded offset where the month expression starts (after a clitic such as و). */
  start: number;
  next: number;
}

/** The year part after a month: an explicit year, or a year relative to publication. */
export interface YearRead {
  year?: number;
  hijri: boolean;
  /** "من العام الماضي" → -1, "للعام الجاري" → 0 … */
  rel?: Direction;
  next: number;
}

/** True when tokens[i] is a digit run that can be a day (1–31, at most two digits, not a decimal or time). */
function isDayNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.num < 1 || t.num > 31 || t.raw.length > 2) return false;
  const after = tokens[i + 1];
  // "10:30", "3.5", "27/1/2024" (read by the numeric-date rule), "5%" are not day numbers here.
  if (after !== undefined && after.start === t.end && /^[:.,/%٪]$/.test(after.raw)) {
    const next = tokens[i + 2];
    if (after.raw === "%" || after.raw === "٪" || (next !== undefined && next.num >= 0 && next.start === after.end)) {
      return false;
    }
  }
  const before = tokens[i - 1];
  if (before !== undefined && before.end === t.start && /^[:.,/]$/.test(before.raw)) return false;
  return true;
}

/** Reads a day: digits 1–31, an ordinal word ("الخامس عشر"), or "أول" (the first). */
export function readDay(tokens: readonly Token[], i: number): { day: number; next: number; shift?: number } | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.num >= 0) return isDayNumber(tokens, i) ? { day: t.num, next: i + 1 } : null;
  if (FIRST.has(t.key)) return { day: 1, next: i + 1 };
  // "وغرة مارس": the first of the month after a conjunction or preposition.
  if (t.key.length > 3 && "وفبل".includes(t.key[0]!) && FIRST.has(t.key.slice(1))) return { day: 1, next: i + 1, shift: 1 };
  return readOrdinalDay(tokens, i);
}

/** Reads a day or a range of days in one month: "22 و23", "3 إلى 5", "3-5", "الخامس والسادس". */
export function readDaySpan(tokens: readonly Token[], i: number): DaySpan | null {
  const first = readDay(tokens, i);
  if (first === null) return null;
  const shift = first.shift === undefined ? {} : { shift: first.shift };
  const joiner = tokens[first.next];
  // "7 و8", "7 إلى 9", and with the second day's weekday between: "7 والأربعاء 8", "7 و الأربعاء 8".
  let after: number | null = null;
  const joined = rangeJoinerEnd(tokens, first.next, true);
  if (joined !== null) after = joined + (WEEKDAYS.has(tokens[joined]?.key ?? "") ? 1 : 0);
  else if (joiner !== undefined && joiner.key.startsWith("و") && WEEKDAYS.has(joiner.key.slice(1))) after = first.next + 1;
  // "أيام 17 ،18 و19 فيفري", "10، 11 و12 مارس": a comma between listed days joins them as و does.
  else if (isComma(joiner)) after = first.next + 1;
  if (after !== null) {
    const second = readDay(tokens, after);
    const and = joiner!.key === "و" || isComma(joiner);
    // "23 و25": two days of a list, unless the days are consecutive ("يومي 22 و23") or "بين" opens a range.
    if (second !== null && and && second.day > first.day + 1 && !BETWEEN.has(tokens[i - 1]?.key ?? "")) {
      let monthAt = second.next;
      for (let more = readListedDay(tokens, monthAt); more !== null; more = readListedDay(tokens, monthAt)) monthAt = more;
      return { day: first.day, next: first.next, monthAt, ...shift };
    }
    if (second !== null && second.day > first.day && (!isComma(joiner) || second.day === first.day + 1)) {
      // "3 و4 و5 مارس": a run of consecutive days is one range.
      let last = second;
      for (let more = listedDayAt(tokens, last.next); more !== null && more.day === last.day + 1; more = listedDayAt(tokens, last.next)) last = more;
      // "3 و4 و7 مارس": the range is the first item of a list; the month comes after the list.
      let monthAt = last.next;
      for (let more = readListedDay(tokens, monthAt); more !== null; more = readListedDay(tokens, monthAt)) monthAt = more;
      return { day: first.day, lastDay: last.day, next: last.next, ...(monthAt > last.next ? { monthAt } : {}), ...shift };
    }
  }
  return { day: first.day, next: first.next, ...shift };
}

/** A comma, Arabic or Latin. */
export function isComma(t: Token | undefined): boolean {
  return t !== undefined && (t.raw === "،" || t.raw === ",");
}

/** The day listed after و or a comma at tokens[i], if any. */
function listedDayAt(tokens: readonly Token[], i: number): { day: number; next: number } | null {
  const t = tokens[i];
  return t !== undefined && (t.key === "و" || isComma(t)) ? readDay(tokens, i + 1) : null;
}

/**
 * Past a range joiner at tokens[at] ("إلى", "حتى", "-", "إلى غاية", "لغاية"; "و" only when `and`), or null.
 */
export function rangeJoinerEnd(tokens: readonly Token[], at: number, and: boolean): number | null {
  const t = tokens[at];
  if (t === undefined) return null;
  if (UNTIL.has(t.key)) return at + 1;
  if (!RANGE_JOINERS.has(t.key) || (!and && t.key === "و")) return null;
  return t.key !== "و" && UNTIL_NOUN.has(tokens[at + 1]?.key ?? "") ? at + 2 : at + 1;
}

/** Past a further "و DAY" of a list at tokens[i], or null. */
function readListedDay(tokens: readonly Token[], i: number): number | null {
  return listedDayAt(tokens, i)?.next ?? null;
}

/** Reads one month name at tokens[i]; `plainAb` admits "اب" without madda (only after "أغسطس/"). */
function readMonthName(
  tokens: readonly Token[],
  i: number,
  plainAb: boolean,
): { name: MonthName; start: number; next: number } | null {
  const t = tokens[i];
  if (t === undefined || t.num >= 0) return null;
  const tries: [key: string, raw: string, shift: number][] = [[t.key, t.raw, 0]];
  if (t.key.length > 3 && CLITICS.includes(t.key[0]!)) tries.push([t.key.slice(1), t.raw.slice(1), 1]);
  for (const [key, raw, shift] of tries) {
    const entries = MONTHS.get(key);
    if (entries === undefined) continue;
    for (const name of entries) {
      if (name.exact !== undefined && raw !== name.exact && !(plainAb && shift === 0)) continue;
      if (name.tail === undefined) return { name, start: t.start + shift, next: i + 1 };
      const second = tokens[i + 1];
      if (second !== undefined && name.tail.includes(second.key)) return { name, start: t.start + shift, next: i + 2 };
    }
  }
  return null;
}

/** Reads a month expression: ["شهر"] name [("/" | "-" | "(") name [")"]]. */
export function readMonth(tokens: readonly Token[], i: number): MonthRead | null {
  let j = i;
  const lead = tokens[i];
  const monthWord = lead !== undefined && MONTH_WORD.has(lead.key);
  if (monthWord) j++;
  const first = readMonthName(tokens, j, false);
  if (first === null) return null;
  let next = first.next;
  let combined = false;
  const sep = tokens[next];
  if (sep !== undefined && (sep.raw === "/" || sep.raw === "-" || sep.raw === "(" || sep.raw === "\\")) {
    const second = readMonthName(tokens, next + 1, true);
    if (second !== null && second.name.month === first.name.month && second.name.calendar === first.name.calendar) {
      combined = true;
      next = second.next;
      if (sep.raw === "(" && tokens[next]?.raw === ")") next++;
    }
  }
  const { month, calendar, strict } = first.name;
  return {
    month,
    calendar,
    strict,
    monthWord,
    combined,
    // "وشهر"/"لشهر": the phrase starts after the clitic.
    start: monthWord && lead !== undefined ? lead.start + (lead.key === "شهر" ? 0 : 1) : first.start,
    next,
  };
}

/** Reads a four-digit year number and its optional era suffix at tokens[i]. */
export function readYearNumber(
  tokens: readonly Token[],
  i: number,
  calendar: Calendar,
): { year: number; hijri: boolean; marked: boolean; next: number } | null {
  const t = tokens[i];
  if (t === undefined || t.raw.length !== 4 || t.num < 0) return null;
  const after = tokens[i + 1];
  // Part of a longer number run ("00963 2024 …") or of a numeric date ("2024-01-27").
  if (after !== undefined && after.num >= 0) return null;
  const before = tokens[i - 1];
  if (before !== undefined && before.num >= 0) return null;
  // «6ر2020 م د»: the Tunisian decimal mark ر between digits makes one amount (2020.6 million dinars), not a year.
  const whole = tokens[i - 2];
  if (before !== undefined && before.raw === "ر" && before.end === t.start && whole !== undefined && whole.num >= 0 && whole.end === before.start) return null;
  let next = i + 1;
  let hijri = calendar === "hijri";
  let marked = false;
  if (after !== undefined && AH_SUFFIX.has(after.key)) {
    hijri = true;
    marked = true;
    next++;
  } else if (after !== undefined && AD_SUFFIX.has(after.key)) {
    if (calendar === "hijri") return null;
    marked = true;
    next++;
  }
  const y = t.num;
  if (hijri ? y < 1 || y > MAX_HIJRI || (!marked && y < MIN_HIJRI) : y < MIN_YEAR || y > MAX_YEAR) return null;
  return { year: y, hijri, marked, next };
}

/**
 * Reads the year part after a month: ["من"] [عام|العام|سنة|للعام…] [الجاري…] ["/"] YYYY [م|هـ],
 * or ["من"] (العام|السنة) (الماضي|الجاري|المقبل…), or ["من"] هذا العام.
 */
export function readYearPart(tokens: readonly Token[], i: number, calendar: Calendar): YearRead | null {
  let j = i;
  if (tokens[j] !== undefined && OF.has(tokens[j]!.key)) j++;
  const t = tokens[j];
  if (t === undefined) return null;
  if (THIS.has(t.key) && tokens[j + 1] !== undefined && YEAR_WORDS.has(tokens[j + 1]!.key)) {
    if (calendar === "gregorian") return { hijri: false, rel: 0, next: j + 2 };
    // "شعبان لهذا العام 1438هـ": the year stated after "this year" is the Hijri month's year; with none, this year's.
    const num = readYearNumber(tokens, j + 2, calendar);
    if (num === null) return { hijri: true, rel: 0, next: j + 2 };
    return !num.hijri ? null : { year: num.year, hijri: true, next: num.next };
  }
  let rel: Direction | undefined;
  if (YEAR_WORDS.has(t.key)) {
    j++;
    const r = tokens[j] === undefined ? undefined : RELATIVE.get(tokens[j]!.key);
    if (r !== undefined) {
      rel = r;
      j++;
    }
  }
  if (tokens[j]?.raw === "/" && j > i) j++;
  const num = readYearNumber(tokens, j, calendar);
  if (num !== null) {
    if (calendar === "gregorian" && num.hijri) return null; // a Gregorian month with a Hijri year
    return { year: num.year, hijri: num.hijri, next: num.next };
  }
  if (rel !== undefined) {
    // Drop a dangling "/" we may have stepped over.
    const end = tokens[j - 1]?.raw === "/" ? j - 1 : j;
    return { hijri: calendar === "hijri", rel, next: end };
  }
  return null;
}
