/**
 * How schedules read in /digest replies: "08:30 · Sun–Thu" (or the cron expression), times in the schedule's
 * own zone, outcomes of the last run. Pure; strings from locales/ (digest.*).
 */
import type { Lang } from "../core/types.ts";
import type { Translator } from "../i18n/index.ts";
import type { ScheduleView } from "./service.ts";
import type { Schedule } from "./types.ts";

const TIME_CRON = /^(\d{1,2}) (\d{1,2}) \* \* (\*|[0-6](?:,[0-6])*)$/;

function locale(lang: Lang): string {
  // Latin digits in both languages: times and ids are copied into commands, which read ASCII digits.
  return lang === "ar" ? "ar-u-nu-latn" : "en-GB";
}

/** Short weekday names in the reply language, Sunday first. */
function weekdayNames(lang: Lang): string[] {
  const f = new Intl.DateTimeFormat(locale(lang), { weekday: "short", timeZone: "UTC" });
  return [0, 1, 2, 3, 4, 5, 6].map((d) => f.format(new Date(Date.UTC(2024, 0, 7 + d)))); // 7 Jan 2024 was a Sunday
}

/** "08:30 · Sun, Mon, Tue" for schedules made from a time of day; "cron 0 8 * * 1-5" otherwise. */
export function describeWhen(s: Pick<Schedule, "cron">, lang: Lang, t: Translator): string {
  const m = TIME_CRON.exec(s.cron);
  if (!m) return t(lang, "digest.cronLabel", { cron: s.cron });
  const time = `${m[2]!.padStart(2, "0")}:${m[1]!.padStart(2, "0")}`;
  if (m[3] === "*") return t(lang, "digest.daily", { time });
  const names = weekdayNames(lang);
  const days = m[3]!.split(",").map((d) => names[Number(d)]!).join(lang === "ar" ? "، " : ", ");
  return t(lang, "digest.onDays", { time, days });
}

/** A date and time shown in a zone, in the reply language. */
export function formatInZone(at: Date | string, zone: string, lang: Lang): string {
  const d = typeof at === "string" ? new Date(at) : at;
  return new Intl.DateTimeFormat(locale(lang), { timeZone: zone, dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** The scope as shown to people. */
export function describeScope(s: Pick<Schedule, "scope">, lang: Lang, t: Translator): string {
  return s.scope.kind === "all" ? t(lang, "digest.scopeAll") : s.scope.text;
}

/** The lines /digest list shows for one schedule. */
export function describeView(v: ScheduleView, lang: Lang, t: Translator): string[] {
  const { schedule: s, status } = v;
  const tr = (key: string, vars?: Record<string, unknown>) => t(lang, key, vars);
  const lines = [
    `${describeWhen(s, lang, t)} · ${s.timezone}`,
    tr("digest.line.setup", { lang: tr(`digest.langName.${s.lang}`), scope: describeScope(s, lang, t), policy: tr(`digest.policy.${s.policy}`) }),
    s.paused ? tr("digest.line.paused") : v.nextRun ? tr("digest.line.next", { when: formatInZone(v.nextRun, s.timezone, lang) }) : tr("digest.line.noNext"),
    status.lastSentAt ? tr("digest.line.last", { when: formatInZone(status.lastSentAt, s.timezone, lang) }) : tr("digest.line.never"),
  ];
  if (status.lastError) {
    lines.push(tr("digest.line.failed", { when: formatInZone(status.lastError.at, s.timezone, lang), reason: status.lastError.reason.slice(0, 200) }));
  }
  return lines;
}
