/**
 * Cuts a text that cannot fit one Telegram message into pieces that each fit: at sentence boundaries
 * first, then at word boundaries, and only for a "word" longer than a page, between code points (never
 * inside a surrogate pair). It works on raw text, before escaping, so no piece can end inside an HTML
 * entity or tag: the caller's `fits` measures the piece as it will be sent.
 */
import { splitSentences } from "../../core/text/sentences.ts";

type Level = "sentence" | "word";

function sentenceUnits(text: string): string[] {
  const spans = splitSentences(text);
  if (spans.length <= 1) return [text];
  // Each unit runs to the start of the next sentence, so the separators (spaces, newlines) are kept.
  return spans.map((s, i) => text.slice(i === 0 ? 0 : s.start, spans[i + 1]?.start ?? text.length));
}

function wordUnits(text: string): string[] {
  return text.split(/(?<=\s)/);
}

/** Longest prefixes (in code points) that fit, found by binary search: a "word" longer than a page. */
function hardCut(text: string, fits: (piece: string) => boolean): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let lo = 1; // at least one code point per piece, so the loop always ends
    let hi = chars.length - i;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fits(chars.slice(i, i + mid).join(""))) lo = mid;
      else hi = mid - 1;
    }
    out.push(chars.slice(i, i + lo).join(""));
    i += lo;
  }
  return out;
}

function pack(units: string[], fits: (piece: string) => boolean, level: Level): string[] {
  const out: string[] = [];
  let current = "";
  for (const unit of units) {
    if (fits((current + unit).trim())) {
      current += unit;
      continue;
    }
    if (current.trim()) out.push(current.trim());
    current = "";
    if (fits(unit.trim())) {
      current = unit;
      continue;
    }
    const pieces = level === "sentence" ? pack(wordUnits(unit), fits, "word") : hardCut(unit.trim(), fits);
    out.push(...pieces.slice(0, -1));
    // Keep the unit's trailing whitespace: the pieces are trimmed, the next unit must not glue on.
    current = (pieces.at(-1) ?? "") + (/\s+$/.exec(unit)?.[0] ?? "");
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Splits `text` into trimmed pieces for which `fits` holds (sentence, then word, then code point boundaries). */
export function splitToFit(text: string, fits: (piece: string) => boolean): string[] {
  if (fits(text)) return [text];
  return pack(sentenceUnits(text), fits, "sentence");
}
