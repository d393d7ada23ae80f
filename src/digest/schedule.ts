/**
 * Schedule arithmetic, pure: times of day and days of the week → cron, cron validation, IANA zones, and the
 * fire times of a cron expression in a zone — computed exactly as node-cron 4 fires them, so that "next run",
 * catch-up after a restart and the period keys agree with what the armed task does:
 * - day-of-month AND day-of-week must both match (node-cron, unlike Vixie cron's OR);
 * - a wall time that does not exist on a spring-forward day (02:30 in New York on the second Sunday of March)
 *   does not fire that day; a wall time that occurs twice on a fall-back day fires once;
 * - a period is identified by its local wall time ("2024-11-03T01:30"), so the two instants of a repeated
 *   hour can never count as two periods.
 */
import { parse as parseCron } from "node-cron";

/** Every digest's cron fires at most this often (issue 4). */
export const MIN_GAP_MINUTES = 15;

export type Invalid = { ok: false; key: string; vars?: Record<string, unknown> };
export type Valid<T> = { ok: true; value: T };
export type Result<T> = Valid<T> | Invalid;

const invalid = (key: string, vars?: Record<string, unknown>): Invalid => ({ ok: false, key, ...(vars ? { vars } : {}) });

/** Arabic-Indic and Persian digits → ASCII, so "٠٨:٣٠" reads as "08:30". */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b|\uff1a/g, ":");
}

/** "08:30", "8:30" → {hour, minute}; anything else (24:00, 8h30, 08:60) → null. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(asciiDigits(text.trim()));
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

const DAY_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DAY_WORDS: Record<string, number[]> = {
  daily: [0, 1, 2, 3, 4, 5, 6],
  all: [0, 1, 2, 3, 4, 5, 6],
  "*": [0, 1, 2, 3, 4, 5, 6],
  weekdays: [1, 2, 3, 4, 5],
  weekend: [0, 6],
};

function dayNumber(token: string): number | undefined {
  const t = token.toLowerCase();
  if (/^[0-7]$/.test(t)) return Number(t) % 7;
  return DAY_NAMES[t.slice(0, 3)] !== undefined && /^[a-z]{3,9}$/.test(t) ? DAY_NAMES[t.slice(0, 3)] : undefined;
}

/**
 * Days of the week: "sun-thu" (ranges wrap: "fri-sun"), "mon,wed,fri", "weekdays", "weekend", "daily", or
 * cron numbers 0-7 (0 and 7 are Sunday). Returns sorted day numbers (0 = Sunday), or null when unreadable.
 */
export function parseDays(text: string): number[] | null {
  const raw = asciiDigits(text.trim().toLowerCase());
  if (DAY_WORDS[raw]) return DAY_WORDS[raw]!;
  const days = new Set<number>();
  for (const part of raw.split(",")) {
    const range = part.split("-");
    if (range.length === 1) {
      const d = dayNumber(range[0]!);
      if (d === undefined) return null;
      days.add(d);
    } else if (range.length === 2) {
      const from = dayNumber(range[0]!);
      const to = dayNumber(range[1]!);
      if (from === undefined || to === undefined) return null;
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === to) break;
      }
    } else return null;
  }
  return days.size ? [...days].sort((a, b) => a - b) : null;
}

/** The 5-field cron of a time of day on some days of the week. */
export function cronFromTime(time: { hour: number; minute: number }, days: number[]): string {
  const dow = days.length === 7 ? "*" : days.join(",");
  return `${time.minute} ${time.hour} * * ${dow}`;
}

interface Fields {
  minute: number[];
  hour: number[];
  dayOfMonth: number[];
  month: number[];
  dayOfWeek: number[];
}

/**
 * Parses a 5-field cron expression with node-cron's own parser (names, ranges, steps, lists). Refused: a
 * seconds field (digests are per minute), and the Quartz-style L / W / # forms, whose fire times this
 * module does not compute.
 */
export function parseCronFields(expr: string): Result<Fields> {
  const text = expr.trim().replace(/\s+/g, " ");
  if (text.split(" ").length !== 5) return invalid("digest.errors.cronFields", { value: text.slice(0, 60) });
  let parsed: ReturnType<typeof parseCron>;
  try {
    parsed = parseCron(text);
  } catch (err) {
    return invalid("digest.errors.cronSyntax", { value: text.slice(0, 60), detail: (err as Error).message.slice(0, 80) });
  }
  const numeric = (v: (number | string)[]): v is number[] => v.every((x) => typeof x === "number");
  if (!numeric(parsed.dayOfMonth) || !numeric(parsed.dayOfWeek)) return invalid("digest.errors.cronSpecial", { value: text.slice(0, 60) });
  return {
    ok: true,
    value: { minute: parsed.minute, hour: parsed.hour, dayOfMonth: parsed.dayOfMonth, month: parsed.month, dayOfWeek: parsed.dayOfWeek.map((d) => d % 7) },
  };
}

/** The canonical name of an IANA zone ("asia/baghdad" → "Asia/Baghdad"), or undefined when Intl does not know it. */
export function canonicalZone(zone: string): string | undefined {
  const z = zone.trim();
  if (!z || z.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: z }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAY: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Wall-clock parts of an instant in a zone. */
export function localParts(ms: number, zone: string): LocalParts {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit", weekday: "short",
    });
    formatters.set(zone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  return {
    year: Number(p.year), month: Number(p.month), day: Number(p.day),
    hour: Number(p.hour) % 24, minute: Number(p.minute), second: Number(p.second), weekday: WEEKDAY[p.weekday!] ?? 0,
  };
}

function offsetMs(ms: number, zone: string): number {
  const p = localParts(ms, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant of a local wall time, resolved as node-cron resolves it (same offsets, same choice in a fold). */
function wallToInstant(y: number, mo: number, d: number, h: number, mi: number, zone: string): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi, 0);
  const first = offsetMs(guess, zone);
  const c1 = guess - first;
  const second = offsetMs(c1, zone);
  if (second === first) return c1;
  const c2 = guess - second;
  const readsBack = (c: number) => {
    const p = localParts(c, zone);
    return p.year === y && p.month === mo && p.day === d && p.hour === h && p.minute === mi;
  };
  if (readsBack(c1)) return c1;
  if (readsBack(c2)) return c2;
  return Math.max(c1, c2);
}

function matches(f: Fields, p: LocalParts): boolean {
  return f.minute.includes(p.minute) && f.hour.includes(p.hour) && f.dayOfMonth.includes(p.day) && f.month.includes(p.month) && f.dayOfWeek.includes(p.weekday);
}

// Far enough for "29 February" patterns (every 4 years, 8 across a century gap); beyond it: never fires.
const MAX_DAYS = 366 * 8;

/** The first fire time strictly after `after`, or null when the expression never fires. */
export function nextFire(fields: Fields, zone: string, after: Date): Date | null {
  const base = Math.floor(after.getTime() / 1000) * 1000;
  const start = localParts(base, zone);
  const hours = [...fields.hour].sort((a, b) => a - b);
  const minutes = [...fields.minute].sort((a, b) => a - b);
  let day = new Date(Date.UTC(start.year, start.month - 1, start.day));
  for (let i = 0; i < MAX_DAYS; i++, day = new Date(day.getTime() + 86_400_000)) {
    const y = day.getUTCFullYear();
    const mo = day.getUTCMonth() + 1;
    const d = day.getUTCDate();
    if (!fields.month.includes(mo) || !fields.dayOfMonth.includes(d) || !fields.dayOfWeek.includes(day.getUTCDay())) continue;
    for (const h of hours) {
      if (i === 0 && h < start.hour) continue;
      for (const mi of minutes) {
        // On the first day only times later than `after` (node-cron's lower bound, in wall-clock seconds).
        if (i === 0 && h * 3600 + mi * 60 <= start.hour * 3600 + start.minute * 60 + start.second) continue;
        const ts = wallToInstant(y, mo, d, h, mi, zone);
        if (ts > base && matches(fields, localParts(ts, zone))) return new Date(ts);
      }
    }
  }
  return null;
}

/** Fire times in (from, to], in order. */
export function firesBetween(fields: Fields, zone: string, from: Date, to: Date, max = 10_000): Date[] {
  const out: Date[] = [];
  for (let t = nextFire(fields, zone, from); t && t <= to && out.length < max; t = nextFire(fields, zone, t)) out.push(t);
  return out;
}

/**
 * The smallest gap, in minutes, between consecutive fire times over the week after `from` (in that zone, so
 * DST shifts count). Infinity when it fires at most once in that week. Stops early below `floor`.
 */
export function minGapMinutes(fields: Fields, zone: string, from: Date, floor = MIN_GAP_MINUTES): number {
  const end = new Date(from.getTime() + 7 * 86_400_000);
  let min = Infinity;
  let prev = nextFire(fields, zone, from);
  for (let t = prev && nextFire(fields, zone, prev); prev && t && t <= end; prev = t, t = nextFire(fields, zone, t)) {
    min = Math.min(min, (t.getTime() - prev.getTime()) / 60_000);
    if (min < floor) break;
  }
  return min;
}

/** The latest fire time in [windowStart, now], if any: the run a catch-up may still deliver. */
export function lastFireWithin(fields: Fields, zone: string, windowStart: Date, now: Date): Date | undefined {
  let last: Date | undefined;
  for (let t = nextFire(fields, zone, new Date(windowStart.getTime() - 1000)); t && t <= now; t = nextFire(fields, zone, t)) last = t;
  return last;
}

/** A period's identity: the local wall time of the fire ("2024-03-10T08:30"). */
export function slotKey(at: Date, zone: string): string {
  const p = localParts(at.getTime(), zone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/**
 * Checks a cron expression for a digest in a zone: parses, fires at all, and never twice within
 * MIN_GAP_MINUTES over the week after `now`. Returns the normalised expression.
 */
export function validateCron(expr: string, zone: string, now: Date): Result<string> {
  const parsed = parseCronFields(expr);
  if (!parsed.ok) return parsed;
  const text = expr.trim().replace(/\s+/g, " ");
  if (!nextFire(parsed.value, zone, now)) return invalid("digest.errors.cronNever", { value: text });
  const gap = minGapMinutes(parsed.value, zone, now);
  if (gap < MIN_GAP_MINUTES) return invalid("digest.errors.tooOften", { value: text, gap: Math.round(gap), min: MIN_GAP_MINUTES });
  return { ok: true, value: text };
}

/** Next fire of a stored schedule's cron (already validated), or null. */
export function nextRun(cron: string, zone: string, after: Date): Date | null {
  const parsed = parseCronFields(cron);
  return parsed.ok ? nextFire(parsed.value, zone, after) : null;
}
