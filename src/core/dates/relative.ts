/**
 * Rules for expressions that only have a meaning against the publication date: اليوم، أمس، أول أمس،
 * غدا، بعد غد، weekdays ("يوم الثلاثاء"، "السبت الماضي"، "الأحد المقبل")، الشهر/الأسبوع/العام with
 * الماضي/الجاري/المقبل، هذا العام، and "نهاية العام" / "مطلع العام". Without a publication date none of
 * them fires. Directions and spans are decided in resolve.ts.
 */
import type { Candidate } from "./candidate.ts";
import { isValidDay, isoDay, isoMonth, isoOfDayNumber, isoYear } from "./calendar.ts";
import { readDaySpan } from "./parse.ts";
import { dayOfWeekday, nearestWeekday, weekSpan, weekendSpan } from "./resolve.ts";
import type { Rule } from "./rules.ts";
import { wordKey, type Token } from "./tokens.ts";
import {
  AFTER, DAY_PARTS, DAY_WORDS, FIRST, NOT_TODAY_AFTER, NOT_TODAY_BEFORE, NOT_WEEKDAY_AFTER, NOT_WEEKDAY_BEFORE, OF, RELATIVE, THE_MONTH,
  THE_WEEK, THIS, TODAY, TOMORROW, TOMORROW_NOUN, WEEKDAYS, YEAR_END, YEAR_LATE, YEAR_MID, YEAR_START, YEAR_WORDS, YESTERDAY, type Direction,
} from "./words.ts";

const CLITICS = "وفب";
const MONDAY = wordKey("الاثنين");

/** Key of a token with one leading clitic (و، ف، ب) removed when the bare word is in `words`. */
function stripped(t: Token, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): { key: string; shift: number } | null {
  if (words.has(t.key)) return { key: t.key, shift: 0 };
  if (t.key.length > 3 && CLITICS.includes(t.key[0]!) && words.has(t.key.slice(1))) return { key: t.key.slice(1), shift: 1 };
  return null;
}

function dayCandidate(start: number, end: number, dayNumber: number): Candidate {
  return { start, end, date: isoOfDayNumber(dayNumber), precision: "day", relative: true, hijri: false };
}

/** Index after an optional weekday at tokens[j] ("أمس الأربعاء", "اليوم الخميس"). */
function skipWeekday(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  return t !== undefined && WEEKDAYS.has(t.key) ? j + 1 : j;
}

/** How far (in days) a named weekday may move "اليوم/أمس/غدا + weekday" off publication ± offset. */
const WEEKDAY_REACH = 2;

/**
 * "اليوم الأحد", "أمس الإثنين": a day counted from publication, with the weekday at tokens[end - 1]
 * when `end` is past `j` (see skipWeekday). When the two disagree the article was usually stamped
 * after midnight or written before the day it names was over, so the weekday wins: the nearest day
 * on it within WEEKDAY_REACH of publication ± offset; farther off, the counted day stays and the
 * disagreement is flagged.
 */
function countedDay(start: number, tokens: readonly Token[], j: number, end: number, dayNumber: number): Candidate {
  const c = dayCandidate(start, tokens[end - 1]!.end, dayNumber);
  if (end === j) return c;
  const named = WEEKDAYS.get(tokens[end - 1]!.key)!;
  const day = nearestWeekday(dayNumber, named, WEEKDAY_REACH);
  if (day === null) c.weekdayConflict = true;
  else if (day !== dayNumber) c.date = isoOfDayNumber(day);
  return c;
}

/** اليوم [weekday] — not "اليوم التالي", "اليوم العالمي", "ذلك اليوم". */
export const today: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  if (pub === null || t === undefined) return null;
  const w = stripped(t, TODAY);
  if (w === null) return null;
  if (i > 0 && NOT_TODAY_BEFORE.has(tokens[i - 1]!.key)) return null;
  const next = tokens[i + 1];
  if (next !== undefined && NOT_TODAY_AFTER.has(next.key)) return null;
  const end = skipWeekday(tokens, i + 1);
  return countedDay(t.start + w.shift, tokens, i + 1, end, pub.dayNumber);
};

/** أمس / الأمس / البارحة [weekday]; أول أمس, أول من أمس, أمس الأول → two days back. */
export const yesterday: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  if (pub === null || t === undefined) return null;
  const f = stripped(t, FIRST);
  if (f !== null) {
    let j = i + 1;
    if (tokens[j] !== undefined && OF.has(tokens[j]!.key)) j++;
    if (tokens[j] === undefined || !YESTERDAY.has(tokens[j]!.key)) return null;
    const end = skipWeekday(tokens, j + 1);
    return countedDay(t.start + f.shift, tokens, j + 1, end, pub.dayNumber - 2);
  }
  const w = stripped(t, YESTERDAY);
  if (w === null) return null;
  const next = tokens[i + 1];
  if (next !== undefined && FIRST.has(next.key.replace(/^ال/, ""))) {
    return dayCandidate(t.start + w.shift, next.end, pub.dayNumber - 2); // "أمس الأول"
  }
  const end = skipWeekday(tokens, i + 1);
  return countedDay(t.start + w.shift, tokens, i + 1, end, pub.dayNumber - 1);
};

/** غدا [weekday]; بعد غد / بعد غدا → two days ahead (read at غد, looking back for بعد). */
export const tomorrow: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  if (pub === null || t === undefined) return null;
  const prev = tokens[i - 1];
  if ((TOMORROW_NOUN.has(t.key) || TOMORROW.has(t.key)) && prev !== undefined) {
    const a = stripped(prev, AFTER);
    // "بعد غد [الخميس]": its weekday too, or it would be read alone as the last such day; but not a weekday that
    // opens a written date ("بعد غد الخميس 28 ماي": the date rule reads it).
    if (a !== null) {
      let end = skipWeekday(tokens, i + 1);
      if (isDayNumber(tokens[end])) end = i + 1;
      return countedDay(prev.start + a.shift, tokens, i + 1, end, pub.dayNumber + 2);
    }
  }
  // "يوم غد [الأحد]": the noun غد after يوم is tomorrow too; with a written date after the weekday ("يوم غد
  // الجمعة 23 فيفري") the date rule reads the whole.
  const day = TOMORROW_NOUN.has(t.key) && prev !== undefined ? stripped(prev, DAY_WORD) : null;
  if (day !== null) {
    const end = skipWeekday(tokens, i + 1);
    // A written date ("يوم غد الجمعة 23 فيفري") or a direction ("يوم غد الخميس الماضي", a slip) after the weekday:
    // the other rules read it.
    if (end > i + 1 && (isDayNumber(tokens[end]) || RELATIVE.has(tokens[end]?.key ?? ""))) return null;
    return countedDay(prev!.start + day.shift, tokens, i + 1, end, pub.dayNumber + 1);
  }
  // "غد الثلاثاء", "صباح غد": the noun غد before its weekday, or after a part of the day, is tomorrow too (alone it
  // may be the future: "من أجل غد أفضل").
  if (TOMORROW_NOUN.has(t.key)) {
    const end = skipWeekday(tokens, i + 1);
    const part = prev !== undefined ? stripped(prev, DAY_PARTS) : null;
    if (end === i + 1 && part === null) return null;
    if (end > i + 1 && (isDayNumber(tokens[end]) || RELATIVE.has(tokens[end]?.key ?? ""))) return null;
    return countedDay(part !== null ? prev!.start + part.shift : t.start, tokens, i + 1, end, pub.dayNumber + 1);
  }
  const w = stripped(t, TOMORROW);
  if (w === null) return null;
  const end = skipWeekday(tokens, i + 1);
  return countedDay(t.start + w.shift, tokens, i + 1, end, pub.dayNumber + 1);
};

/** "يوم" before a weekday or غد (one set, not one per call). */
const DAY_WORD = new Set(["يوم"]);

/** A day of the month written in digits: the weekday before it belongs to that date ("والأحد 19 فيفري"). */
function isDayNumber(t: Token | undefined): boolean {
  return t !== undefined && t.num >= 1 && t.num <= 31;
}

/** [يوم] WEEKDAY [الماضي|المقبل|…]: see resolve.ts for the direction of a bare weekday. */
export const weekday: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  if (pub === null || t === undefined) return null;
  let j = i;
  const lead = stripped(t, DAY_WORD);
  if (lead !== null) j++;
  const wt = tokens[j];
  if (wt === undefined) return null;
  const w = stripped(wt, WEEKDAYS);
  if (w === null) return null;
  // With a clitic too: "بسوق الأحد" (at the Sunday market, a place name).
  if (i > 0 && stripped(tokens[i - 1]!, NOT_WEEKDAY_BEFORE) !== null) return null;
  const next = tokens[j + 1];
  if (next !== undefined && NOT_WEEKDAY_AFTER.has(next.key)) return null;
  // "يومي السبت والأحد 18 و19 فيفري": the weekdays name the written dates, which the date rule reads.
  if (isDayNumber(next) || (next !== undefined && stripped(next, WEEKDAYS) !== null && isDayNumber(tokens[j + 2]))) return null;
  // "المواطنين التونسيين الاثنين": after a definite plural or dual, الاثنين is "the two".
  const before = tokens[j - 1];
  if (w.key === MONDAY && before !== undefined && /^ال.*(ين|ان)$/.test(before.key)) return null;
  let end = j + 1;
  const dir = next === undefined ? undefined : RELATIVE.get(next.key);
  if (dir !== undefined) end++;
  const start = lead !== null ? t.start + lead.shift : wt.start + w.shift;
  const named = WEEKDAYS.get(w.key)!;
  // «ليل الخميس الجمعة», «ليلة الجمعة على السبت»: a night, from one day to the next.
  const night = dir === undefined ? nightTo(tokens, i, j, named) : 0;
  if (night > 0) {
    const first = dayOfWeekday(named, pub, null);
    const c = dayCandidate(start, tokens[night - 1]!.end, first);
    c.last = isoOfDayNumber(first + 1);
    return c;
  }
  const c = dayCandidate(start, tokens[end - 1]!.end, dayOfWeekday(named, pub, dir ?? null));
  if (dir === undefined) c.weekday = named;
  return c;
};

/** «ليل», «ليلة» before a night's first day; «على» between its two days. */
const NIGHT = new Set(["ليل", "ليلة"].map(wordKey));
const ONTO = wordKey("على");

/**
 * After «ليل/ليلة» and a weekday at `j`, the next day's weekday (behind «على» or not): the end of the night's phrase, else
 * 0. («ليلة الخميس إلى الجمعة» is read as a range by the range rule.)
 */
function nightTo(tokens: readonly Token[], i: number, j: number, named: number): number {
  if (!NIGHT.has(tokens[i - 1]?.key ?? "")) return 0;
  let k = j + 1;
  // «ليلة الجمعة على السبت», «ليلة الثلاثاء/الأربعاء», «ليل الأحد-الاثنين».
  if (tokens[k]?.key === ONTO || tokens[k]?.raw === "/" || tokens[k]?.raw === "-") k++;
  const second = tokens[k] === undefined ? undefined : WEEKDAYS.get(tokens[k]!.key);
  return second !== undefined && second === (named + 1) % 7 ? k + 1 : 0;
}

/**
 * Reads "(الشهر|الأسبوع|العام|السنة) REL" at tokens[i], or the unit preceded by "هذا/هذه" (looked up
 * backwards, so the common word هذا need not start a rule): the direction and where it starts/ends.
 */
function readUnit(
  tokens: readonly Token[],
  i: number,
  units: ReadonlySet<string>,
): { dir: Direction; start: number; next: number; hasThis: boolean } | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const u = stripped(t, units);
  if (u === null) return null;
  const prev = tokens[i - 1];
  const th = prev === undefined ? null : stripped(prev, THIS);
  if (th !== null && u.shift === 0) return { dir: 0, start: prev!.start + th.shift, next: i + 1, hasThis: true };
  const n = tokens[i + 1];
  const dir = n === undefined ? undefined : RELATIVE.get(n.key);
  if (dir === undefined) return null;
  return { dir, start: t.start + u.shift, next: i + 2, hasThis: false };
}

/** الشهر الماضي/الجاري/المقبل، هذا الشهر → month precision. */
export const relativeMonth: Rule = (tokens, i, pub) => {
  if (pub === null) return null;
  const u = readUnit(tokens, i, THE_MONTH);
  if (u === null) return null;
  const index = pub.year * 12 + (pub.month - 1) + u.dir;
  const date = isoMonth(Math.floor(index / 12), (index % 12) + 1);
  return { start: u.start, end: tokens[u.next - 1]!.end, date, precision: "month", relative: true, hijri: false };
};

/**
 * «يوم 21 من الشهر الجاري», «بين 3 و5 من الشهر المقبل», «يوم 9 من هذا الشهر» → that day (or days) of the month the
 * publication date makes it.
 */
export const dayOfRelativeMonth: Rule = (tokens, i, pub) => {
  const first = tokens[i];
  if (pub === null || first === undefined) return null;
  const dayWord = DAY_WORDS.has(first.key);
  const span = readDaySpan(tokens, dayWord ? i + 1 : i);
  if (span === null || span.monthAt !== undefined || !OF.has(tokens[span.next]?.key ?? "")) return null;
  const u = readUnit(tokens, span.next + 1, THE_MONTH) ?? readUnit(tokens, span.next + 2, THE_MONTH);
  if (u === null) return null;
  const index = pub.year * 12 + (pub.month - 1) + u.dir;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  if (!isValidDay(year, month, span.day) || (span.lastDay !== undefined && !isValidDay(year, month, span.lastDay))) return null;
  return {
    start: first.start + (dayWord ? 0 : (span.shift ?? 0)), end: tokens[u.next - 1]!.end, date: isoDay(year, month, span.day),
    ...(span.lastDay !== undefined ? { last: isoDay(year, month, span.lastDay) } : {}), precision: "day", relative: true, hijri: false,
  };
};

/** الأسبوع الماضي/الجاري/المقبل، هذا الأسبوع → a day range (resolve.ts: weekSpan). */
export const relativeWeek: Rule = (tokens, i, pub) => {
  if (pub === null) return null;
  const u = readUnit(tokens, i, THE_WEEK);
  if (u === null) return null;
  const [first, last] = weekSpan(pub, u.dir);
  return {
    start: u.start, end: tokens[u.next - 1]!.end, date: isoOfDayNumber(first), last: isoOfDayNumber(last), precision: "day", relative: true, hijri: false,
  };
};

/**
 * «نهاية الأسبوع الماضي/الحالي/المقبل», «نهاية هذا الأسبوع» → the weekend, a day range (resolve.ts: weekendSpan), not
 * the whole week. A bare «نهاية الأسبوع» is left alone: it is as often the weekend in general («عطلة نهاية الأسبوع») or
 * the one just past as the coming one.
 */
export const weekend: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  const edge = t === undefined ? null : stripped(t, YEAR_END);
  if (pub === null || edge === null) return null;
  const u = readUnit(tokens, i + 1, THE_WEEK) ?? readUnit(tokens, i + 2, THE_WEEK);
  if (u === null || u.start !== tokens[i + 1]!.start) return null;
  const [first, last] = weekendSpan(pub, u.dir);
  return {
    start: t!.start + edge.shift, end: tokens[u.next - 1]!.end, date: isoOfDayNumber(first), last: isoOfDayNumber(last), precision: "day", relative: true, hijri: false,
  };
};

const THE_YEAR = new Set([...YEAR_WORDS].filter((k) => k.startsWith("ال") || k.startsWith("لل")));

/**
 * العام/السنة الماضي(ة)/الجاري/المقبل، هذا العام → year precision. After a definite noun "العام" is the
 * adjective "general" ("الأمين العام المقبل" is the next secretary-general), so that is skipped.
 */
export const relativeYear: Rule = (tokens, i, pub) => {
  if (pub === null) return null;
  const u = readUnit(tokens, i, THE_YEAR);
  if (u === null) return null;
  const prev = tokens[i - 1];
  if (!u.hasThis && prev !== undefined && prev.key.startsWith("ال")) return null;
  return { start: u.start, end: tokens[u.next - 1]!.end, date: isoYear(pub.year + u.dir), precision: "year", relative: true, hijri: false };
};

/** Months (first, last) of «أواخر» and «منتصف» a year, and of its end as a time («نهاية العام الماضي»). */
const LATE_MONTHS: readonly [number, number] = [10, 12];
const MID_MONTHS: readonly [number, number] = [6, 7];
const LAST_MONTH: readonly [number, number] = [12, 12];
/** Words that make the end of a year a point in time: by, until, before, after, from, with, not beyond. */
const BY_A_TIME = new Set(["بحلول", "حتى", "وحتى", "قبل", "بعد", "من", "مع", "لغاية", "غاية", "إلى", "الى", "موعد", "يتجاوز", "لايتجاوز", "تتجاوز"].map(wordKey));

/** «عام», «سنة» without the article: before a year's number («نهاية عام 2026»). */
const A_YEAR = new Set(["عام", "سنة"].map(wordKey));
/** «العام», «السنة» as written after نهاية/مطلع, without a clitic. */
const THE_BARE_YEAR = new Set(["العام", "السنة"].map(wordKey));

/**
 * نهاية العام [الجاري|المقبل…|YYYY] and نهاية YYYY → 31 December as a deadline (day precision, issue 2: "بحلول نهاية
 * العام"), December as a time (month precision: «في نهاية 2022»);
 * مطلع/بداية/أوائل العام [...] and مطلع YYYY → January (month precision: the first weeks, not a day); أواخر → October
 * to December, منتصف/أواسط → June to July (ranges of months).
 */
export const yearEdge: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (t === undefined || n === undefined) return null;
  // (Also behind a clitic: «بنهاية عام 2026», «وبداية العام».)
  const edge = stripped(t, YEAR_END) ?? stripped(t, YEAR_START) ?? stripped(t, YEAR_LATE) ?? stripped(t, YEAR_MID);
  if (edge === null) return null;
  // The end of a year is its last day as a deadline («بحلول نهاية العام», «قبل نهاية 2026», «بنهاية العام»); as when
  // something happened («دعا في كلمة نهاية العام الماضي»), its last month.
  const prev = tokens[i - 1];
  const deadline = edge.shift > 0 ? t.key[0] === "ب" : prev !== undefined && prev.end + 2 >= t.start && BY_A_TIME.has(prev.key);
  const isEnd = YEAR_END.has(edge.key) && deadline;
  const span = YEAR_LATE.has(edge.key) ? LATE_MONTHS : YEAR_MID.has(edge.key) ? MID_MONTHS : YEAR_END.has(edge.key) && !isEnd ? LAST_MONTH : undefined;
  /** The candidate's date (and last month) in year `year`. */
  const at = (year: number): Pick<Candidate, "date" | "last" | "precision"> =>
    span !== undefined ? { date: isoMonth(year, span[0]), ...(span[1] > span[0] ? { last: isoMonth(year, span[1]) } : {}), precision: "month" } : isEnd ? { date: isoDay(year, 12, 31), precision: "day" } : { date: isoMonth(year, 1), precision: "month" };
  const from = t.start + edge.shift;
  // «نهاية 2026», «مطلع 2025», «نهاية عام 2026»: the year's number right after the word, or after «عام/سنة».
  const k = A_YEAR.has(n.key) ? i + 2 : i + 1;
  const y = tokens[k];
  const afterY = tokens[k + 1];
  if (y !== undefined && y.raw.length === 4 && y.num >= 1900 && y.num <= 2100 && !(afterY !== undefined && afterY.num >= 0) && n.start > t.end) {
    return { start: from, end: y.end, ...at(y.num), relative: false, hijri: false };
  }
  if (!THE_YEAR.has(n.key)) return null;
  let end = i + 2;
  let year: number | null = null;
  let relative = false;
  const after = tokens[end];
  // "بداية العام الدراسي": a school, fiscal or judicial year, not the calendar year.
  if (after !== undefined && after.key.startsWith("ال") && !RELATIVE.has(after.key)) return null;
  const dir = after === undefined ? undefined : RELATIVE.get(after.key);
  if (dir !== undefined) end++;
  const num = tokens[end];
  const following = tokens[end + 1];
  if (num !== undefined && num.raw.length === 4 && num.num >= 1900 && num.num <= 2100 && !(following !== undefined && following.num >= 0)) {
    year = num.num;
    end++;
  }
  if (year === null) {
    if (pub === null) return null;
    year = pub.year + (dir ?? 0);
    relative = true;
  }
  const c: Candidate = { start: from, end: tokens[end - 1]!.end, ...at(year), relative, hijri: false };
  // (Not «بداية للعام»: "a start for the year", said of the current one.)
  if (relative && dir === undefined && THE_BARE_YEAR.has(n.key)) c.theYear = true;
  return c;
};

/** «قبل» (before) and «منذ» (since), before a count of days back from publication. */
const AGO = new Set(["قبل", "منذ"].map(wordKey));
/** «يومين» (two days) and «أيام» (days, after a count). */
const TWO_DAYS = wordKey("يومين");
const DAYS = wordKey("أيام");
/** Counts of days written as words, three to ten. */
const DAY_COUNTS = new Map(["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"].map((w, n) => [wordKey(w), n + 3]));
/**
 * Words after which the count is from another moment than publication («قبل يومين من الانتخابات») or only a guess at
 * it («قبل يومين أو ثلاثة من التصويت»).
 */
const FROM_ANOTHER = new Set(["من", "على", "عن", "أو"].map(wordKey));

/**
 * «قبل يومين», «منذ ثلاثة أيام», «قبل 5 أيام»: so many days before publication (up to ten). Not «… من/على» something
 * else ("قبل يومين من الانتخابات": counted from the elections).
 */
export const daysAgo: Rule = (tokens, i, pub) => {
  const t = tokens[i];
  if (pub === null || t === undefined) return null;
  let days: number;
  let at: number;
  if (t.key === TWO_DAYS) {
    days = 2;
    at = i - 1;
  } else if (t.key === DAYS) {
    const n = tokens[i - 1];
    const count = n === undefined ? undefined : n.num >= 0 ? n.num : DAY_COUNTS.get(n.key);
    if (count === undefined || count < 3 || count > 10) return null;
    days = count;
    at = i - 2;
  } else return null;
  const before = tokens[at];
  const ago = before === undefined ? null : stripped(before, AGO);
  if (ago === null) return null;
  if (FROM_ANOTHER.has(tokens[i + 1]?.key ?? "")) return null;
  return dayCandidate(before!.start + ago.shift, t.end, pub.dayNumber - days);
};
