/**
 * Renders a normalised date ("YYYY", "YYYY-MM", "YYYY-MM-DD", optionally with a range end) for
 * people: "27 January 2024", "January 2024", "2024", "22–23 July 2024" in English; "27 يناير 2024",
 * "يناير 2024", "22–23 يوليو 2024" in Arabic.
 *
 * Arabic output uses Latin digits and the Egyptian/Gulf month names: both are read across the Arab
 * world and match most of the corpus; bidi isolation is the renderer's job (src/i18n), not ours.
 * Ranges collapse what the two ends share: "22–23 July 2024", "30 July – 2 August 2024",
 * "30 December 2023 – 2 January 2024", "January–March 2024", "2023–2024".
 */
import type { DatePrecision } from "../types.ts";
import { MONTHS_AR, MONTHS_EN } from "./months.ts";

interface Parts {
  year: string;
  month?: number;
  day?: number;
}

function parse(date: string): Parts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (m === null) return null;
  const parts: Parts = { year: m[1]! };
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    parts.month = month;
  }
  if (m[3] !== undefined) parts.day = Number(m[3]);
  return parts;
}

function monthName(month: number, lang: "ar" | "en"): string {
  return (lang === "ar" ? MONTHS_AR : MONTHS_EN)[month] ?? "";
}

/** One date at a precision, no range. */
function single(p: Parts, precision: DatePrecision, lang: "ar" | "en"): string {
  if (precision === "year" || p.month === undefined) return p.year;
  const my = `${monthName(p.month, lang)} ${p.year}`;
  if (precision === "month" || p.day === undefined) return my;
  return `${p.day} ${my}`;
}

/**
 * Formats a date for display. Malformed input is returned unchanged (display must never throw).
 * `end`, when given and different from `date`, makes a range with an en dash.
 */
export function formatDate(date: string, precision: DatePrecision, lang: "ar" | "en", end?: string): string {
  // A long answer formats hundreds of dates, mostly the same few: each distinct one is worked out once.
  const key = `${lang}${precision}${date}|${end ?? ""}`;
  let out = formatted.get(key);
  if (out === undefined) {
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, (out = format(date, precision, lang, end)));
  }
  return out;
}

/** Formatted dates by language, precision, date and end; cleared when full (a corpus has a few thousand dates). */
const formatted = new Map<string, string>();
const MAX_FORMATTED = 20_000;

function format(date: string, precision: DatePrecision, lang: "ar" | "en", end?: string): string {
  const a = parse(date);
  if (a === null) return date;
  const b = end === undefined || end === date ? null : parse(end);
  if (b === null) return single(a, precision, lang);
  if (precision === "year" || a.month === undefined || b.month === undefined) return `${a.year}–${b.year}`;
  if (precision === "month" || a.day === undefined || b.day === undefined) {
    if (a.year === b.year) return `${monthName(a.month, lang)}–${monthName(b.month, lang)} ${a.year}`;
    return `${single(a, "month", lang)} – ${single(b, "month", lang)}`;
  }
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthName(a.month, lang)} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${monthName(a.month, lang)} – ${b.day} ${monthName(b.month, lang)} ${a.year}`;
  return `${single(a, "day", lang)} – ${single(b, "day", lang)}`;
}
