/**
 * Inline options in free text, the same on every platform: `--lang en`, `lang:en`, `--from 2024-01-01`,
 * `--to …`, `--limit 5`, `--article <id>`. Telegram and the console have no structured options, and Discord users
 * type them too.
 */
import { toLatinDigits } from "../core/text/normalize.ts";

export interface ParsedFlags {
  text: string;
  lang?: string;
  from?: string;
  to?: string;
  limit?: string;
  article?: string;
  /** Flags given with no value or an unknown flag name, for a clear message. */
  problems: string[];
}

const KNOWN = new Set(["lang", "from", "to", "limit", "article"]);

/** Pulls known flags out of the text; the rest (the query) is returned trimmed, spaces collapsed. */
export function parseFlags(input: string): ParsedFlags {
  const out: ParsedFlags = { text: "", problems: [] };
  const rest: string[] = [];
  // Long dashes come from phone keyboards that "smart"-replace "--".
  const tokens = input.replace(/[\u2014\u2013]/g, "--").split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    let name: string | undefined;
    let value: string | undefined;
    const long = /^--([a-z]+)(?:=(.*))?$/i.exec(tok);
    const colon = /^([a-z]+):(.+)$/i.exec(tok);
    if (long) {
      name = long[1]!.toLowerCase();
      value = long[2] ?? (tokens[i + 1] && !tokens[i + 1]!.startsWith("--") ? tokens[++i] : undefined);
      if (!KNOWN.has(name)) {
        out.problems.push(`--${name}`);
        continue;
      }
    } else if (colon && KNOWN.has(colon[1]!.toLowerCase())) {
      name = colon[1]!.toLowerCase();
      value = colon[2];
    }
    if (!name) {
      rest.push(tok);
      continue;
    }
    if (value === undefined || value === "") {
      out.problems.push(`--${name}`);
      continue;
    }
    (out as unknown as Record<string, string>)[name] = value;
  }
  out.text = rest.join(" ").trim();
  return out;
}

/** A date as the options take it (YYYY, YYYY-MM or YYYY-MM-DD); checked for being a real date later. */
const DATE_WORD = /^\d{4}(?:-\d{1,2}){0,2}$/;
/** Words before the first and the last date of a period written in the text, in Arabic or English. */
const FROM_WORDS = new Set(["من", "منذ", "from", "since"]);
const TO_WORDS = new Set(["إلى", "الى", "حتى", "لغاية", "to", "until", "till"]);

/**
 * A period written in words instead of flags («داعش من 2024-01-01 إلى 2024-03-31», «since 2023»): its dates, and the
 * text without them. Only a word of the list followed by a date (digits, Arabic-Indic ones too) is taken.
 */
export function writtenRange(text: string): { text: string; from?: string; to?: string } {
  const tokens = text.split(/\s+/).filter(Boolean);
  const rest: string[] = [];
  const out: { text: string; from?: string; to?: string } = { text: "" };
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.toLowerCase();
    const next = tokens[i + 1] === undefined ? undefined : toLatinDigits(tokens[i + 1]!);
    const key = FROM_WORDS.has(word) ? "from" : TO_WORDS.has(word) ? "to" : undefined;
    if (key !== undefined && next !== undefined && DATE_WORD.test(next) && out[key] === undefined) {
      out[key] = next;
      i++;
      continue;
    }
    rest.push(tokens[i]!);
  }
  out.text = rest.join(" ");
  return out;
}
