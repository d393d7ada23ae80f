/**
 * The check every model-written summary passes before anyone sees it. Pure.
 *
 * - Citations: markers [n] or [n, m] (Latin or Arabic-Indic digits) must refer to sentences 1..N of
 *   the prompt; at least one is required. Markers are renumbered [1], [2]... in order of appearance.
 * - Facts: the text before each marker (back to the previous marker) is a claim; every number and every
 *   month name in a claim must appear in the sentences that claim cites. Text after the last marker
 *   may not state a number.
 * - Safety: see safety.ts (invisible characters removed, mentions/links/markup rejected).
 * - Shape: not empty, in the requested language, not far over the word budget.
 */
import { isMostlyArabic, toLatinDigits } from "../core/text/normalize.ts";
import type { Lang } from "../core/types.ts";
import { monthsIn, sourceNumbers, unsupportedNumber } from "./numbers.ts";
import { findUnsafe, stripInvisible } from "./safety.ts";
import type { Citation, SourceSentence } from "./types.ts";

export type CheckResult = { ok: true; text: string; citations: Citation[] } | { ok: false; reason: string };

export interface CheckOptions {
  lang: Lang;
  maxWords?: number;
}

/** A marker group: [3], [3, 7], [٣،٧]. Matched after digits are made Latin. */
const MARKER = /\[\s*(\d{1,3}(?:\s*[,،]\s*\d{1,3})*)\s*\]/g;
/** Only punctuation and spaces: such a stretch between two markers joins them ("[1][2]", "[1], [2]"). */
const NO_CONTENT = /^[\s\p{P}]*$/u;

interface Claim {
  text: string;
  cited: Set<number>;
}

/** Checks `output` against the numbered `sources` (marker n = sources[n-1]). */
export function checkSummary(output: string, sources: readonly SourceSentence[], opts: CheckOptions): CheckResult {
  // Digits are made Latin only inside markers: the summary keeps the digits the model chose.
  let text = stripInvisible(output).trim().replace(/\[[^\]\n]{1,40}\]/g, (m) => toLatinDigits(m));
  const fenced = /^```[a-z]*\n([\s\S]*?)\n```$/.exec(text);
  if (fenced) text = fenced[1]!.trim();
  if (text === "") return fail("empty");

  const unsafe = findUnsafe(text);
  if (unsafe) return fail(`unsafe:${unsafe}`);

  if (opts.lang === "en" && isMostlyArabic(text)) return fail("wrong_language");
  if (opts.lang === "ar" && !isMostlyArabic(text)) return fail("wrong_language");
  const words = text.replace(MARKER, " ").split(/\s+/).filter(Boolean).length;
  const budget = opts.maxWords ?? 120;
  if (words > Math.ceil(budget * 1.5) + 10) return fail(`too_long:${words}`);

  const claims: Claim[] = [];
  const groups: { start: number; end: number; numbers: number[] }[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    const numbers = m[1]!.split(/[,،]/).map((s) => Number(s.trim()));
    for (const n of numbers) {
      if (!Number.isInteger(n) || n < 1 || n > sources.length) return fail(`citation_out_of_range:${n}`);
    }
    const between = text.slice(last, m.index);
    const previous = claims.at(-1);
    if (previous && NO_CONTENT.test(between)) {
      for (const n of numbers) previous.cited.add(n);
    } else {
      claims.push({ text: between, cited: new Set(numbers) });
    }
    groups.push({ start: m.index, end: m.index + m[0].length, numbers });
    last = m.index + m[0].length;
  }
  if (claims.length === 0) return fail("no_citations");

  const trailing = text.slice(last);
  const uncited = unsupportedNumber(trailing, new Set());
  if (uncited !== undefined) return fail(`uncited_number:${uncited}`);
  if (monthsIn(trailing, true).size > 0) return fail("uncited_date");

  for (const claim of claims) {
    const cited = [...claim.cited].map((n) => sources[n - 1]!.text);
    const number = unsupportedNumber(claim.text, sourceNumbers(cited));
    if (number !== undefined) return fail(`number_not_in_sources:${number}`);
    const allowed = monthsIn(cited.join("\n"), false);
    for (const month of monthsIn(claim.text, true)) {
      if (!allowed.has(month)) return fail(`month_not_in_sources:${month}`);
    }
  }

  return renumber(text, groups, sources);
}

/** Rewrites markers as [1], [2]... by first appearance; identical groups share a number. */
function renumber(
  text: string,
  groups: { start: number; end: number; numbers: number[] }[],
  sources: readonly SourceSentence[],
): CheckResult {
  const byKey = new Map<string, Citation>();
  let out = "";
  let last = 0;
  for (const g of groups) {
    const ids = [...new Set(g.numbers)].sort((a, b) => a - b);
    const key = ids.join(",");
    let citation = byKey.get(key);
    if (!citation) {
      const cited = ids.map((n) => sources[n - 1]!);
      citation = {
        marker: byKey.size + 1,
        sentenceIds: cited.map((s) => s.id),
        articles: [...new Set(cited.map((s) => s.article))],
      };
      byKey.set(key, citation);
    }
    out += `${text.slice(last, g.start)}[${citation.marker}]`;
    last = g.end;
  }
  out += text.slice(last);
  return { ok: true, text: out, citations: [...byKey.values()] };
}

function fail(reason: string): CheckResult {
  return { ok: false, reason };
}
