/**
 * Rules for dates written out in full or in part: numeric dates (27/1/2024, 2024-01-27), a day (or
 * day range) with a month ("يومي 22 و23 يوليو/تموز الحالي", "العاشر من شهر تشرين الأول المقبل"),
 * a month ("أغسطس 2023", "مارس الماضي"), and a year ("عام 2017", "2017م", "في 2014", "1445هـ").
 * Each rule reads from one token index and returns a candidate or null; the tagger keeps the longest.
 */
import type { Candidate, PubContext } from "./candidate.ts";
import { fromDayNumber, isValidDay, isoDay, isoMonth, isoOfDayNumber, isoYear, toDayNumber, weekdayOf, type Ymd } from "./calendar.ts";
import { hijriMonthSpan, hijriToGregorian, hijriYearSpan } from "./hijri.ts";
import { hijriYearOfDay, hijriYearOfMonth } from "./resolve.ts";
import { movesADate } from "./ranges.ts";
import { MAX_YEAR, MIN_YEAR, isComma, rangeJoinerEnd, readDay, readDaySpan, readMonth, readYearNumber, readYearPart, type YearRead } from "./parse.ts";
import type { Calendar } from "./months.ts";
import { nearestWeekday, yearByWeekday, yearOfDay, yearOfMonth } from "./resolve.ts";
import type { Token } from "./tokens.ts";
import {
  AGREEING, BETWEEN, DAY_WORDS, EVENT_NAMED_AFTER_DATE, FUTURE_TRIGGERS, NAMED_AFTER_DATE, PERIOD_PARTS, RANGE_OPENERS, MONTH_TRIGGERS, OF, RANGE_JOINERS, RELATIVE, STRICT_MONTH_TRIGGERS, WEEKDAYS,
  TODAY, TOMORROW, TOMORROW_NOUN, YESTERDAY, YEAR_DUAL, YEAR_TRIGGERS, YEAR_WORDS, type Direction,
} from "./words.ts";

/** A rule: reads a date expression starting at tokens[i]. */
export type Rule = (tokens: readonly Token[], i: number, pub: PubContext | null) => Candidate | null;

const SEPARATORS = new Set(["/", "-", "."]);

/** True when the token before index `i` is one of `words`. */
function prevIn(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && words.has(prev.key);
}

/** After a month: a year part ("2024", "عام 2024", "1445هـ"), else a direction word (الماضي/الجاري/المقبل). */
function readYearOrDirection(tokens: readonly Token[], at: number, calendar: Calendar): { yearPart: YearRead | null; dir: Direction | null; next: number } {
  const yearPart = readYearPart(tokens, at, calendar);
  if (yearPart !== null) return { yearPart, dir: null, next: yearPart.next };
  const rel = tokens[at] === undefined ? undefined : RELATIVE.get(tokens[at]!.key);
  return rel !== undefined ? { yearPart: null, dir: rel, next: at + 1 } : { yearPart: null, dir: null, next: at };
}

/** 27/1/2024, 27-01-2024, 27.1.2024 (day first, as written in Arabic news) and 2024-01-27. */
export const numericDate: Rule = (tokens, i) => {
  const [a, s1, b, s2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (a === undefined || s1 === undefined || b === undefined || s2 === undefined || c === undefined) return null;
  if (a.num < 0 || b.num < 0 || c.num < 0 || !SEPARATORS.has(s1.raw) || s2.raw !== s1.raw) return null;
  if (s1.start !== a.end || b.start !== s1.end || s2.start !== b.end || c.start !== s2.end) return null;
  // Part of a longer chain (a version number, an IP address): not a date.
  const before = tokens[i - 1];
  const after = tokens[i + 5];
  if (before !== undefined && before.end === a.start && (before.num >= 0 || SEPARATORS.has(before.raw))) return null;
  const beyond = tokens[i + 6];
  if (after !== undefined && after.start === c.end && SEPARATORS.has(after.raw) && beyond !== undefined && beyond.num >= 0 && beyond.start === after.end) {
    return null;
  }
  let year: number;
  let month: number;
  let day: number;
  if (a.raw.length === 4 && b.raw.length <= 2 && c.raw.length <= 2) [year, month, day] = [a.num, b.num, c.num];
  else if (c.raw.length === 4 && a.raw.length <= 2 && b.raw.length <= 2) [year, month, day] = [c.num, b.num, a.num];
  else return null;
  if (year < MIN_YEAR || year > MAX_YEAR || !isValidDay(year, month, day)) return null;
  return { start: a.start, end: c.end, date: isoDay(year, month, day), precision: "day", relative: false, hijri: false };
};

/** Words before a date looked at for a verb of moving it. */
const MOVED_WORDS = 6;

/**
 * [يوم|يومي|اليوم] [weekday] [،] DAY [و|إلى|- DAY] [من] [شهر] MONTH[/MONTH] [year part | relative].
 * The weekday and يوم are kept in the phrase so that "الخميس 27 يناير" is one mention, not two.
 */
export const dayMonth: Rule = (tokens, i, pub) => {
  const first = tokens[i];
  if (first === undefined) return null;
  let j = i;
  if (DAY_WORDS.has(first.key)) j++;
  const weekdayNamed = tokens[j] === undefined ? undefined : WEEKDAYS.get(tokens[j]!.key);
  if (weekdayNamed !== undefined) j++;
  if (j > i && isComma(tokens[j])) j++;
  // "يوم الاثنين الموافق (لـ) 26 جوان": the weekday and its date are one mention.
  if (weekdayNamed !== undefined && tokens[j] !== undefined && AGREEING.has(tokens[j]!.key)) {
    j++;
    if (tokens[j]?.key === "ل") j++;
  }
  const span = readDaySpan(tokens, j);
  if (span === null) return null;
  if (j === i && namedAfterDate(tokens, i)) return null;
  // An ordinal after a part of a period ("النصف الثاني من رمضان", "الدور الأول من شهر مارس") counts parts, not days.
  if (j === i && first.num < 0 && prevIn(tokens, i, PERIOD_PARTS)) return null;
  let k = span.monthAt ?? span.next;
  if (tokens[k] !== undefined && OF.has(tokens[k]!.key)) k++;
  const month = readMonth(tokens, k);
  if (month === null) return null;
  let end = month.next;
  const { yearPart, dir, next } = readYearOrDirection(tokens, end, month.calendar);
  end = next;
  const startOffset = first.start + (j === i ? (span.shift ?? 0) : 0);
  // A listed day's phrase is its own words: the month after the list is shared with the other days.
  const endOffset = tokens[(span.monthAt === undefined ? end : span.next) - 1]!.end;

  if (month.calendar === "hijri") {
    let hijriYear: number;
    let relative = false;
    const nearby = yearPart === null ? hijriYearNearby(tokens, end) : null;
    if (yearPart?.year !== undefined) hijriYear = yearPart.year;
    else if (nearby !== null) hijriYear = nearby; // "… من شهر شعبان، لهذا العام 1438هـ"
    else {
      // "20 رمضان" without a year: the Hijri year that puts it closest to, and not after, publication
      // (or per الماضي/الجاري/المقبل), as for Gregorian dates.
      if (pub === null || yearPart !== null) return null;
      const resolved = hijriYearOfDay(span.day, month.month, pub, dir);
      if (resolved === null) return null;
      hijriYear = resolved;
      relative = true;
    }
    const g = hijriToGregorian(hijriYear, month.month, span.day);
    if (g === null) return null;
    // The Umm al-Qura table and the announced (sighted) month may differ by a day: a weekday named
    // with the date picks between them; farther off, the table's date stays and is flagged.
    let shift = 0;
    let conflict = false;
    if (weekdayNamed !== undefined) {
      const n = dayNumberOf(g);
      const fitted = nearestWeekday(n, weekdayNamed, HIJRI_REACH);
      if (fitted === null) conflict = true;
      else shift = fitted - n;
    }
    const cand: Candidate = {
      start: startOffset, end: endOffset, date: isoOfDayNumber(dayNumberOf(g) + shift), precision: "day", relative, hijri: true,
    };
    if (conflict && span.lastDay === undefined) cand.weekdayConflict = true;
    if (span.lastDay !== undefined) {
      const g2 = hijriToGregorian(hijriYear, month.month, span.lastDay);
      if (g2 === null) return null;
      cand.last = isoOfDayNumber(dayNumberOf(g2) + shift);
    }
    return cand;
  }

  // "من 3 سبتمبر إلى 20 أكتوبر 2018": a range across months, the second end carrying the year; not after a verb of moving a
  // date («تأجيل الجلسة من 5 ماي إلى 12 جوان»: the old date and the new).
  const moved = movesADate(tokens.slice(Math.max(0, i - MOVED_WORDS), i).map((t) => t.raw).join(" ") + " ");
  const across = yearPart === null && dir === null && span.lastDay === undefined && !moved ? acrossMonths(tokens, end, month.month, span.day) : null;
  if (across !== null) {
    const future = prevIn(tokens, i, FUTURE_TRIGGERS);
    const range = acrossYears(span.day, month.month, across, pub, future);
    if (range !== null) {
      const cand: Candidate = {
        start: startOffset, end: tokens[across.next - 1]!.end, date: range.date, last: range.last, precision: "day", relative: range.relative, hijri: false,
      };
      if (across.yearPart === null && across.dir === null && !future && weekdayNamed === undefined) cand.yearless = true;
      return cand;
    }
  }

  let year: number | null;
  let relative = false;
  if (yearPart?.year !== undefined) year = yearPart.year;
  else {
    if (pub === null) return null; // needs the publication date to place it
    if (j === i && dir === null && prevWithClitic(tokens, i, EVENT_NAMED_AFTER_DATE)) return null; // "لثورة 14 جانفي"
    relative = true;
    if (yearPart?.rel !== undefined) year = pub.year + yearPart.rel;
    else if (dir === null && weekdayNamed !== undefined) {
      // "الجمعة 17 فيفري": the named weekday picks the year (a fixture list looks ahead).
      year = yearByWeekday(span.day, month.month, weekdayNamed, pub) ?? yearOfDay(span.day, month.month, pub, dir, false);
    } else year = yearOfDay(span.day, month.month, pub, dir, prevIn(tokens, i, FUTURE_TRIGGERS));
  }
  if (year === null || !isValidDay(year, month.month, span.day)) return null;
  const cand: Candidate = {
    start: startOffset, end: endOffset, date: isoDay(year, month.month, span.day), precision: "day", relative, hijri: false,
  };
  if (yearPart === null && dir === null && weekdayNamed === undefined && !prevIn(tokens, i, FUTURE_TRIGGERS)) cand.yearless = true;
  if (span.lastDay !== undefined) {
    if (!isValidDay(year, month.month, span.lastDay)) return null;
    cand.last = isoDay(year, month.month, span.lastDay);
  } else if (weekdayNamed !== undefined && weekdayOf(toDayNumber(year, month.month, span.day)) !== weekdayNamed) {
    // A stale year («الثلاثاء 10 جانفي 2016» in an article of 12 January 2017): the weekday fits the same
    // day in the publication year, within weeks of publication, so that is the date meant. Otherwise a
    // date written with a year is what the source says, even beside a wrong weekday (a typo): kept as
    // written, with the disagreement flagged; but «اليوم الثلاثاء 15 جوان» in an article of Tuesday 16 June
    // is the publication day ("today" and the weekday agree on it): the day number is the typo.
    const fixed = yearPart?.year !== undefined && pub !== null ? staleYearFix(span.day, month.month, year, weekdayNamed, pub) : null;
    if (fixed !== null) cand.date = isoDay(fixed, month.month, span.day);
    else {
      const meant = pub === null ? null : relativeDayTypo(span.day, month.month, year, weekdayNamed, pub, relativeDayBefore(tokens, i));
      if (meant !== null) cand.date = isoOfDayNumber(meant);
      else cand.weekdayConflict = true;
    }
  }
  return cand;
};

/** How far from publication a date whose stale year is corrected may lie (days). */
const STALE_YEAR_REACH = 45;

/**
 * The publication year, when `year` is one off it and the named weekday falls on day/month of the
 * publication year within STALE_YEAR_REACH days of publication; null otherwise.
 */
function staleYearFix(day: number, month: number, year: number, weekday: number, pub: PubContext): number | null {
  if (Math.abs(year - pub.year) !== 1 || !isValidDay(pub.year, month, day)) return null;
  const n = toDayNumber(pub.year, month, day);
  return weekdayOf(n) === weekday && Math.abs(n - pub.dayNumber) <= STALE_YEAR_REACH ? pub.year : null;
}

/** How far (in days) a day number said to be today, tomorrow or yesterday may be from that day and still be its typo. */
const TODAY_TYPO_REACH = 10;

/**
 * Today, tomorrow or yesterday written just before the phrase, as days from publication: «اليوم الثلاثاء …»
 * (اليوم opens the phrase), «غدا الجمعة …», «يوم غد الجمعة …», «أمس الخميس …»; null without one.
 */
function relativeDayBefore(tokens: readonly Token[], i: number): number | null {
  if (TODAY.has(tokens[i]!.key)) return 0;
  const prev = tokens[i - 1];
  if (prev === undefined) return null;
  if (TOMORROW.has(prev.key) || TOMORROW_NOUN.has(prev.key)) return 1;
  if (YESTERDAY.has(prev.key)) return -1;
  return null;
}

/**
 * "<today|tomorrow|yesterday> <weekday> <date>" where the written date contradicts the weekday: that relative day
 * (as a day number) when it is the weekday, in the written month and year, within TODAY_TYPO_REACH days of the
 * written day («اليوم الثلاثاء 15 جوان» in an article of Tuesday 16 June; «يوم غد الجمعة 23 فيفري» in an article
 * of Thursday 23 February), or on the written day number a month off. Null otherwise.
 */
function relativeDayTypo(day: number, month: number, year: number, weekday: number, pub: PubContext, offset: number | null): number | null {
  if (offset === null) return null;
  const n = pub.dayNumber + offset;
  if (weekdayOf(n) !== weekday) return null;
  const meant = fromDayNumber(n);
  if (meant.year === year && meant.month === month) return Math.abs(meant.day - day) <= TODAY_TYPO_REACH ? n : null;
  // The same day number in the next or previous month: the month is the typo («اليوم الخميس 24 أكتوبر» on Thursday 24 November).
  return meant.day === day && Math.abs(meant.year * 12 + meant.month - (year * 12 + month)) === 1 ? n : null;
}

/** True when the token before index `i`, behind one clitic (و، ف، ب، ل) or not, is one of `words`. */
function prevWithClitic(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const k = tokens[i - 1]?.key;
  return k !== undefined && (words.has(k) || (k.length > 3 && "وفبل".includes(k[0]!) && words.has(k.slice(1))));
}

/** A place named after a date before tokens[i]: "نهج 18 جانفي", "بالمدرسة الإعدادية 20 مارس". */
function namedAfterDate(tokens: readonly Token[], i: number): boolean {
  if (prevWithClitic(tokens, i, NAMED_AFTER_DATE)) return true;
  // One adjective between: "المدرسة الإعدادية", "المعهد النموذجي".
  const prev = tokens[i - 1];
  return prev !== undefined && /^ال.+(يه|ي)$/.test(prev.key) && prevWithClitic(tokens, i - 1, NAMED_AFTER_DATE);
}

/** The second end of a range across Gregorian months: "إلى 20 أكتوبر [2018 | من العام المقبل]". */
interface SecondEnd {
  day: number;
  month: number;
  yearPart: YearRead | null;
  /** A direction after the second end ("من 22 جويلية إلى 5 أوت المقبلين"): the whole range's. */
  dir: Direction | null;
  next: number;
}

/**
 * Reads "إلى|حتى|- DAY [من] MONTH [year part | direction]" at tokens[at]: another Gregorian month than `firstMonth`, or the
 * same month repeated with a later day ("من 25 أوت إلى 28 أوت 2017").
 */
function acrossMonths(tokens: readonly Token[], at: number, firstMonth: number, firstDay: number): SecondEnd | null {
  // "و" joins two dates ("3 سبتمبر و20 أكتوبر"), not the ends of a range.
  const joined = rangeJoinerEnd(tokens, at, false);
  if (joined === null) return null;
  const day = readDay(tokens, joined);
  if (day === null) return null;
  let k = day.next;
  if (tokens[k] !== undefined && OF.has(tokens[k]!.key)) k++;
  const month = readMonth(tokens, k);
  if (month === null || month.calendar !== "gregorian" || (month.month === firstMonth && day.day <= firstDay)) return null;
  const { yearPart, dir, next } = readYearOrDirection(tokens, month.next, "gregorian");
  return { day: day.day, month: month.month, yearPart, dir, next };
}

/**
 * Years of both ends: the second end's written (or relative) year, the first end in the same year or,
 * when its month comes later ("من 20 ديسمبر إلى 5 جانفي 2018"), the year before; with no year at all,
 * the first end is placed as a lone date would be and the second follows it.
 */
function acrossYears(
  day: number,
  month: number,
  second: SecondEnd,
  pub: PubContext | null,
  future: boolean,
): { date: string; last: string; relative: boolean } | null {
  let lastYear: number;
  let firstYear: number;
  let relative = true;
  if (second.yearPart?.hijri) return null;
  if (second.yearPart?.year !== undefined) {
    lastYear = second.yearPart.year;
    relative = false;
    firstYear = month <= second.month ? lastYear : lastYear - 1;
  } else if (second.yearPart?.rel !== undefined) {
    if (pub === null) return null;
    lastYear = pub.year + second.yearPart.rel;
    firstYear = month <= second.month ? lastYear : lastYear - 1;
  } else {
    if (pub === null || second.yearPart !== null) return null;
    const y = yearOfDay(day, month, pub, second.dir, future);
    if (y === null) return null;
    firstYear = y;
    lastYear = month <= second.month ? y : y + 1;
  }
  if (!isValidDay(firstYear, month, day) || !isValidDay(lastYear, second.month, second.day)) return null;
  if (toDayNumber(lastYear, second.month, second.day) <= toDayNumber(firstYear, month, day)) return null;
  return { date: isoDay(firstYear, month, day), last: isoDay(lastYear, second.month, second.day), relative };
}

/** How far (in days) a named weekday may move a Hijri date off the Umm al-Qura table. */
const HIJRI_REACH = 1;
/** How many tokens after a Hijri day and month a stated Hijri year ("1438هـ") is looked for. */
const HIJRI_YEAR_LOOKAHEAD = 6;

function dayNumberOf(d: Ymd): number {
  return toDayNumber(d.year, d.month, d.day);
}

/**
 * A Hijri year marked هـ/هجري a few words after a Hijri day and month that has none of its own
 * ("التاسع والعشرين من شهر شعبان لهذا العام 1438هـ"): the text's year beats a guess from publication.
 */
function hijriYearNearby(tokens: readonly Token[], from: number): number | null {
  const last = Math.min(tokens.length, from + HIJRI_YEAR_LOOKAHEAD);
  for (let k = from; k < last; k++) {
    const t = tokens[k]!;
    if (t.raw === "." || t.raw === "؟" || t.raw === "!") return null;
    if (t.num < 0 || t.raw.length !== 4) continue;
    const y = readYearNumber(tokens, k, "gregorian");
    if (y !== null && y.hijri && y.marked) return y.year;
  }
  return null;
}

/** Does the context make a month name without a day a month? See months.ts for `strict`. */
function monthContextOk(
  tokens: readonly Token[],
  i: number,
  month: { strict: 0 | 1 | 2; combined: boolean; monthWord: boolean; calendar: Calendar },
  hasYear: boolean,
  hasRel: boolean,
): boolean {
  if (hasYear) return true;
  // (A Hijri month with its direction is one: «رمضان الماضي», «شهر شوال المقبل».)
  if (month.strict === 2) return hasRel && month.calendar === "hijri";
  if (month.combined || month.monthWord || hasRel) return true;
  return month.strict === 0 ? prevIn(tokens, i, MONTH_TRIGGERS) : prevIn(tokens, i, STRICT_MONTH_TRIGGERS);
}

/** [شهر] MONTH[/MONTH] [year part | relative]: month precision. */
export const monthOnly: Rule = (tokens, i, pub) => {
  const month = readMonth(tokens, i);
  if (month === null) return null;
  // The month of an event named after its day ("ثورة 25 جانفي"): no more a date than the day is.
  if (tokens[i - 1] !== undefined && tokens[i - 1]!.num > 0 && tokens[i - 1]!.num <= 31 && prevWithClitic(tokens, i - 1, EVENT_NAMED_AFTER_DATE)) return null;
  let end = month.next;
  const { yearPart, dir, next } = readYearOrDirection(tokens, end, month.calendar);
  end = next;
  if (!monthContextOk(tokens, i, month, yearPart?.year !== undefined, dir !== null || yearPart?.rel !== undefined)) {
    return null;
  }
  const start = month.start;
  const endOffset = tokens[end - 1]!.end;
  if (month.calendar === "hijri") {
    // «رمضان الماضي», «شوال المقبل», «رمضان من العام الماضي»: the month relative to publication.
    const hijriYear = yearPart?.year ?? (pub === null ? null : hijriYearOfMonth(month.month, pub, yearPart?.rel ?? dir, yearPart?.rel !== undefined));
    if (hijriYear === null) return null;
    const span = hijriMonthSpan(hijriYear, month.month);
    if (span === null) return null;
    const cand: Candidate = {
      start, end: endOffset, date: isoMonth(span.first.year, span.first.month), precision: "month", relative: yearPart?.year === undefined, hijri: true,
    };
    const last = isoMonth(span.last.year, span.last.month);
    if (last !== cand.date) cand.last = last;
    return cand;
  }
  let year: number;
  let relative = false;
  if (yearPart?.year !== undefined) year = yearPart.year;
  else {
    if (pub === null) return null;
    relative = true;
    year = yearPart?.rel !== undefined ? pub.year + yearPart.rel : yearOfMonth(month.month, pub, dir, prevIn(tokens, i, FUTURE_TRIGGERS));
  }
  const cand: Candidate = { start, end: endOffset, date: isoMonth(year, month.month), precision: "month", relative, hijri: false };
  if (yearPart === null && dir === null && !prevIn(tokens, i, FUTURE_TRIGGERS)) cand.yearless = true;
  return cand;
};

/** Candidate for a year read as Gregorian or Hijri (a Hijri year spans two Gregorian years). */
function yearCandidate(start: number, end: number, year: number, hijri: boolean): Candidate | null {
  if (!hijri) return { start, end, date: isoYear(year), precision: "year", relative: false, hijri: false };
  const span = hijriYearSpan(year);
  if (span === null) return null;
  const cand: Candidate = { start, end, date: isoYear(span.first.year), precision: "year", relative: false, hijri: true };
  if (span.last.year !== span.first.year) cand.last = isoYear(span.last.year);
  return cand;
}

/**
 * "من 2014 إلى 2017", "بين 2011 و2015", "2014-2017": a year range read at its first year (the
 * preposition before it is part of the phrase only as context, not of the dates).
 */
function yearRange(tokens: readonly Token[], i: number, first: { year: number; hijri: boolean; next: number }): Candidate | null {
  if (first.hijri || first.next !== i + 1) return null;
  const joiner = tokens[i + 1];
  if (joiner === undefined || !RANGE_JOINERS.has(joiner.key)) return null;
  const glued = joiner.raw === "-" && joiner.start === tokens[i]!.end;
  if (!glued && !prevIn(tokens, i, RANGE_OPENERS)) return null;
  const second = readYearNumber(tokens, i + 2, "gregorian");
  if (second === null || second.hijri || second.year <= first.year) return null;
  return {
    start: tokens[i]!.start, end: tokens[second.next - 1]!.end, date: isoYear(first.year), last: isoYear(second.year), precision: "year", relative: false, hijri: false,
  };
}

/**
 * Years: "عامي 2014 و2017" and "من 2014 إلى 2017" (ranges), "عام 2017" / "العام الجاري 2021" / "سنة 1445 هـ", "2017م",
 * "1445هـ", and a bare four-digit year after a temporal preposition ("في 2014", "منذ 2003").
 */
export const yearOnly: Rule = (tokens, i) => {
  const t = tokens[i];
  if (t === undefined) return null;
  if (YEAR_DUAL.has(t.key)) {
    const a = readYearNumber(tokens, i + 1, "gregorian");
    if (a === null || a.hijri || !RANGE_JOINERS.has(tokens[a.next]?.key ?? "")) return null;
    const b = readYearNumber(tokens, a.next + 1, "gregorian");
    if (b === null || b.hijri || b.year <= a.year) return null;
    // "انتخابه في عامي 2006 و2008": two years, each its own date, unless they follow each other or «بين» makes them the
    // ends of a period ("بين عامي 2001 و2010").
    if (tokens[a.next]!.key === "و" && b.year > a.year + 1 && !BETWEEN.has(tokens[i - 1]?.key ?? "") && !BETWEEN.has(tokens[i - 2]?.key ?? "")) {
      return yearCandidate(t.start, tokens[a.next - 1]!.end, a.year, false);
    }
    return {
      start: t.start, end: tokens[b.next - 1]!.end, date: isoYear(a.year), last: isoYear(b.year), precision: "year", relative: false, hijri: false,
    };
  }
  const yearWord = YEAR_WORDS.has(t.key) ? 0 : t.key.length > 3 && "وفب".includes(t.key[0]!) && YEAR_WORDS.has(t.key.slice(1)) ? 1 : -1;
  if (yearWord >= 0) {
    let j = i + 1;
    if (tokens[j] !== undefined && RELATIVE.get(tokens[j]!.key) === 0) j++; // "العام الجاري 2021"
    if (tokens[j]?.raw === "/") j++;
    const y = readYearNumber(tokens, j, "gregorian");
    if (y === null) return null;
    return yearCandidate(t.start + yearWord, tokens[y.next - 1]!.end, y.year, y.hijri);
  }
  if (t.num < 0) return null;
  const y = readYearNumber(tokens, i, "gregorian");
  if (y === null) return null;
  const range = yearRange(tokens, i, y);
  if (range !== null) return range;
  // The second of two years listed after «عامي» ("في عامي 2006 و2008") is a year of its own.
  const listed = tokens[i - 1]?.key === "و" && (tokens[i - 2]?.num ?? -1) >= 0 && YEAR_DUAL.has(tokens[i - 3]?.key ?? "");
  if (!y.marked && !listed && !prevIn(tokens, i, YEAR_TRIGGERS)) return null;
  return yearCandidate(t.start, tokens[y.next - 1]!.end, y.year, y.hijri);
};
