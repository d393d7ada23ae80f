/**
 * Reads the arguments of "/digest add", pure:
 *   add 08:30 Asia/Baghdad days:sun-thu scope:داعش policy:skip
 *   add cron:0 8 * * 1-5 Europe/Berlin scope:all policy:notice
 * The time (HH:MM, Arabic digits accepted) and the zone (an IANA name, or zone:<name>) may come in any order;
 * `cron:` takes the five fields that follow it; `scope:` takes every following word up to the next option, time
 * or zone. The language comes from the dispatcher (`lang:ar` is read there, as for every command).
 */
import type { Lang } from "../core/types.ts";
import type { DigestScope, EmptyPolicy } from "./types.ts";
import { canonicalZone, cronFromTime, parseDays, parseTimeOfDay, validateCron, type Result } from "./schedule.ts";

/** A validated schedule, before it is tied to a chat. */
export interface ScheduleDraft {
  cron: string;
  timezone: string;
  lang: Lang;
  scope: DigestScope;
  policy: EmptyPolicy;
}

/** Longest scope text: a name or a few keywords. */
export const MAX_SCOPE = 100;

const ALL_WORDS = new Set(["all", "everything", "*", "الكل", "كل", "الجميع"]);
const OPTION = /^(days|scope|policy|cron|zone|tz|time):(.*)$/i;

function looksLikeZone(token: string): boolean {
  return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(token) || /^(UTC|GMT|Etc\/\S+)$/i.test(token);
}

/** Parses the words after "add" into a draft, or the localisable reason it cannot. */
export function parseAddArgs(words: string[], lang: Lang, now: Date): Result<ScheduleDraft> {
  let time: string | undefined;
  let zone: string | undefined;
  let days: string | undefined;
  let cron: string | undefined;
  let policy: EmptyPolicy = "skip";
  const scopeWords: string[] = [];
  let inScope = false;

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const opt = OPTION.exec(word);
    if (opt) {
      inScope = false;
      const name = opt[1]!.toLowerCase();
      const value = opt[2]!;
      if (name === "cron") {
        // The expression has spaces: "cron:0 8 * * 1-5" arrives as "cron:0" and four more words.
        // Up to four more fields, stopping early at a zone or an option, so a short expression is reported as such.
        const rest: string[] = [];
        for (let k = i + 1; k < words.length && rest.length < 4 && !looksLikeZone(words[k]!) && !OPTION.test(words[k]!); k++) rest.push(words[k]!);
        cron = [value, ...rest].join(" ").trim();
        i += rest.length;
      } else if (name === "scope") {
        inScope = true;
        if (value) scopeWords.push(value);
      } else if (!value) return { ok: false, key: "digest.errors.emptyOption", vars: { option: name } };
      else if (name === "days") days = value;
      else if (name === "zone" || name === "tz") zone = value;
      else if (name === "time") time = value;
      else if (name === "policy") {
        const p = value.toLowerCase();
        if (p !== "skip" && p !== "notice") return { ok: false, key: "digest.errors.badPolicy", vars: { value: value.slice(0, 20) } };
        policy = p;
      }
      continue;
    }
    if (!time && parseTimeOfDay(word)) time = word;
    else if (!zone && looksLikeZone(word)) zone = word;
    else if (inScope) scopeWords.push(word);
    else if (/^\d{1,2}[:.h]\d{1,2}$/.test(word) || /^[٠-٩]{1,2}:[٠-٩]{2}$/.test(word)) time = word; // an invalid time, reported below
    else return { ok: false, key: "digest.errors.unknownWord", vars: { value: word.slice(0, 40) } };
  }

  if (!zone) return { ok: false, key: "digest.errors.missingZone" };
  const timezone = canonicalZone(zone);
  if (!timezone) return { ok: false, key: "digest.errors.badZone", vars: { value: zone.slice(0, 64) } };

  let expr: string;
  if (cron !== undefined) {
    if (time || days) return { ok: false, key: "digest.errors.cronAndTime" };
    expr = cron;
  } else {
    if (!time) return { ok: false, key: "digest.errors.missingTime" };
    const t = parseTimeOfDay(time);
    if (!t) return { ok: false, key: "digest.errors.badTime", vars: { value: time.slice(0, 20) } };
    const d = days === undefined ? [0, 1, 2, 3, 4, 5, 6] : parseDays(days);
    if (!d) return { ok: false, key: "digest.errors.badDays", vars: { value: (days ?? "").slice(0, 40) } };
    expr = cronFromTime(t, d);
  }
  const checked = validateCron(expr, timezone, now);
  if (!checked.ok) return checked;

  const scopeText = scopeWords.join(" ").replace(/^["'«“]|["'»”]$/g, "").trim();
  if (scopeWords.length > 0 && !scopeText) return { ok: false, key: "digest.errors.emptyOption", vars: { option: "scope" } };
  if (scopeText.length > MAX_SCOPE) return { ok: false, key: "digest.errors.scopeTooLong", vars: { max: MAX_SCOPE } };
  const scope: DigestScope = !scopeText || ALL_WORDS.has(scopeText.toLowerCase()) ? { kind: "all" } : { kind: "query", text: scopeText };
  return { ok: true, value: { cron: checked.value, timezone, lang, scope, policy } };
}
