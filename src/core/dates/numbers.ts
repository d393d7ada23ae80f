/**
 * Day numbers written as Arabic ordinal words: الأول … العاشر، الحادي عشر … التاسع عشر، العشرين،
 * الحادي والعشرين … الثلاثين، الحادي والثلاثين. Also the Tunisian spacing "و العشرين".
 */
import type { Token } from "./tokens.ts";
import { wordKey } from "./tokens.ts";

const UNITS = new Map<string, number>(
  (
    [
      ["الأول", 1], ["الحادي", 1], ["الواحد", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4],
      ["الخامس", 5], ["السادس", 6], ["السابع", 7], ["الثامن", 8], ["التاسع", 9],
    ] as const
  ).map(([w, n]) => [wordKey(w), n]),
);
const TENS = new Map<string, number>([
  [wordKey("العاشر"), 10],
  [wordKey("العشرين"), 20],
  [wordKey("الثلاثين"), 30],
]);
const TEEN = new Set([wordKey("عشر"), wordKey("عشرة")]);

/** A day number read from tokens: its value and the index just past its last token. */
export interface DayWord {
  day: number;
  next: number;
}

/** Reads an ordinal day word at tokens[i] ("الخامس عشر" → 15), or null. */
export function readOrdinalDay(tokens: readonly Token[], i: number): DayWord | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const key = t.key;
  const ten = TENS.get(key);
  if (ten !== undefined) return ten === 10 ? { day: 10, next: i + 1 } : { day: ten, next: i + 1 };
  const unit = UNITS.get(key);
  if (unit === undefined) return null;
  const n1 = tokens[i + 1];
  if (n1 !== undefined && TEEN.has(n1.key)) return { day: 10 + unit, next: i + 2 };
  // "والعشرين" as one token, or "و العشرين" as two.
  if (n1 !== undefined && n1.key.startsWith("و")) {
    const tens = TENS.get(n1.key.slice(1));
    if (tens !== undefined && tens > 10) return combine(unit, tens, i + 2);
  }
  const n2 = tokens[i + 2];
  if (n1 !== undefined && n1.key === "و" && n2 !== undefined) {
    const tens = TENS.get(n2.key);
    if (tens !== undefined && tens > 10) return combine(unit, tens, i + 3);
  }
  if (key === wordKey("الحادي") || key === wordKey("الواحد")) return null; // only in compounds
  return { day: unit, next: i + 1 };
}

function combine(unit: number, tens: number, next: number): DayWord | null {
  const day = unit + tens;
  return day <= 31 ? { day, next } : null;
}
