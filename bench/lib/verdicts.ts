/**
 * A person's judgement of the spot-check sample (bench/spot-check-verdicts.json): each line of spot-check.md
 * marked right or wrong, kept in the repository so that the next run marks the lines it still shows and
 * reports the sample's precision. A verdict is keyed by what was judged (the person's name and the mention shown;
 * the date's sentence, phrase and resolved date), so that a line the analysis now finds differently is shown
 * unjudged again rather than carrying an old verdict.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DateMention, Entity, Sentence } from "../../src/core/types.ts";
import { REPO } from "./corpus.ts";

export const VERDICTS_PATH = join(REPO, "bench/spot-check-verdicts.json");

export interface Verdict {
  ok: boolean;
  /** Why it is wrong (or what is doubtful): shown beside the mark. */
  why?: string;
}

export interface Verdicts {
  people: Record<string, Verdict>;
  dates: Record<string, Verdict>;
}

/** What picks a person for the sample: the name as found (so a change elsewhere does not move the sample). */
export function personKey(e: Entity): string {
  return e.name.ar;
}

/**
 * What a person's verdict judges: the name, and the mention the line shows (its sentence and surface). A line that
 * now shows another mention under the same name (the analysis found it differently) is unjudged again.
 */
export function personLineKey(e: Entity, sentenceId: string | undefined, surface: string | undefined): string {
  return `${e.name.ar} · ${sentenceId ?? "-"} ⟦${surface ?? ""}⟧`;
}

export function dateKey(sentence: Sentence, date: DateMention): string {
  return `${sentence.id} «${date.phrase}» ${date.date}${date.end ? `→${date.end}` : ""}`;
}

/** The verdicts file, or empty verdicts when there is none or it cannot be read as such. */
export async function readVerdicts(path = VERDICTS_PATH): Promise<Verdicts> {
  try {
    const raw = JSON.parse(await readFile(path, "utf8")) as Partial<Verdicts>;
    const valid = (r: unknown): Record<string, Verdict> =>
      typeof r === "object" && r !== null
        ? Object.fromEntries(Object.entries(r).filter(([, v]) => typeof (v as Verdict | null)?.ok === "boolean")) as Record<string, Verdict>
        : {};
    return { people: valid(raw.people), dates: valid(raw.dates) };
  } catch {
    return { people: {}, dates: {} };
  }
}

/** The box of one line: ✔, ✘ (with why), or ☐ unjudged. */
export function box(v: Verdict | undefined): string {
  if (v === undefined) return "☐";
  return v.ok ? (v.why ? `✔ (${v.why})` : "✔") : `✘ (${v.why ?? "wrong"})`;
}

/** Right, wrong and unjudged counts of the lines shown. */
export function tally(list: (Verdict | undefined)[]): { right: number; wrong: number; unjudged: number } {
  let right = 0;
  let wrong = 0;
  for (const v of list) {
    if (v === undefined) continue;
    if (v.ok) right++;
    else wrong++;
  }
  return { right, wrong, unjudged: list.length - right - wrong };
}

/**
 * The n items whose keys hash lowest (FNV-1a, seeded): a sample that stays put when the analysis changes elsewhere
 * (an item found differently, added or dropped changes only its own place), so the verdicts written for it keep applying.
 */
export function stableSample<T>(items: readonly T[], keyOf: (item: T) => string, n: number, seed: number): T[] {
  const hash = (s: string): number => {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .map((x) => ({ ...x, h: hash(x.key) }))
    .sort((a, b) => a.h - b.h || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, n)
    .map((x) => x.item);
}
