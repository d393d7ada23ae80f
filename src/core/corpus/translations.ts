/**
 * Reference translations shipped beside a corpus: one `<article id>.en.json` per article,
 *
 *   { "title": "<English title>",
 *     "sentences": { "<sentenceHash>": { "ar": "<Arabic sentence>", "en": "<English>" } } }
 *
 * where the keys are `sentenceHash(s.text)` for the sentences `splitSentences(fileText)` yields over
 * the whole article file. The Arabic is kept beside the English so the files can be re-keyed if
 * segmentation or the hash changes. The boilerplate cleaner removes list bullets ("- item"), so each
 * entry whose Arabic starts with one is also indexed under the hash of the bare sentence (alias keys;
 * the file's own keys win). Loading never throws: a malformed file or entry is reported in
 * `problems` and skipped.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { sentenceHash } from "../text/sentences.ts";

export interface ReferenceTranslations {
  /** English title by article id (file name without `.en.json`). */
  titles: Map<string, string>;
  /** English sentence by `sentenceHash` of the Arabic sentence. */
  sentences: Map<string, string>;
  problems: { file: string; reason: string }[];
}

/** One entry of a translation file's `sentences` object. */
export interface TranslationEntry {
  ar: string;
  en: string;
}

/** The shape of a `<id>.en.json` file. */
export interface TranslationFile {
  title?: string;
  sentences: Record<string, TranslationEntry>;
}

export const TRANSLATION_SUFFIX = ".en.json";

const HASH_RE = /^[0-9a-f]{16}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Loads every `*.en.json` in `dir`. A missing directory gives empty maps. A file that is not JSON or
 * not the expected shape is reported and skipped; a bad entry inside an otherwise good file is
 * reported and skipped, the rest of the file is kept. When two files translate the same sentence,
 * the first (in file-name order) wins.
 */
export async function loadReferenceTranslations(dir: string): Promise<ReferenceTranslations> {
  const titles = new Map<string, string>();
  const sentences = new Map<string, string>();
  const problems: { file: string; reason: string }[] = [];
  const aliases = new Map<string, string>();

  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") problems.push({ file: dir, reason: `cannot read directory: ${errorMessage(err)}` });
    return { titles, sentences, problems };
  }

  for (const name of names.filter((n) => n.endsWith(TRANSLATION_SUFFIX)).sort()) {
    const file = join(dir, name);
    const id = name.slice(0, -TRANSLATION_SUFFIX.length);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      problems.push({ file, reason: `not valid JSON: ${errorMessage(err)}` });
      continue;
    }
    if (!isObject(data)) {
      problems.push({ file, reason: "expected a JSON object with \"title\" and \"sentences\"" });
      continue;
    }
    if (data.title !== undefined && (typeof data.title !== "string" || data.title.trim() === "")) {
      problems.push({ file, reason: "\"title\" must be a non-empty string" });
      continue;
    }
    if (!isObject(data.sentences)) {
      problems.push({ file, reason: "\"sentences\" must be an object keyed by sentence hash" });
      continue;
    }
    if (typeof data.title === "string") titles.set(id, data.title.trim());
    let stale = 0;
    for (const [hash, entry] of Object.entries(data.sentences)) {
      if (!HASH_RE.test(hash)) {
        problems.push({ file, reason: `key "${hash}" is not a sentence hash (16 hex digits)` });
        continue;
      }
      if (!isObject(entry) || typeof entry.en !== "string" || entry.en.trim() === "") {
        problems.push({ file, reason: `sentence ${hash}: expected { "ar": string, "en": non-empty string }` });
        continue;
      }
      const en = entry.en.trim();
      if (!sentences.has(hash)) sentences.set(hash, en);
      if (typeof entry.ar === "string") {
        // A key that no longer matches its Arabic (the hash or normalisation changed): re-key from "ar".
        const rehash = sentenceHash(entry.ar);
        if (rehash !== hash) {
          stale++;
          if (!aliases.has(rehash)) aliases.set(rehash, en);
        }
      }
      // Alias: the same sentence as the cleaner hands it on, without a list bullet or trailing dash.
      if (typeof entry.ar === "string") {
        const bare = stripListMarks(entry.ar);
        if (bare !== entry.ar.trim() && bare !== "") {
          const alias = sentenceHash(bare);
          if (!aliases.has(alias)) aliases.set(alias, stripListMarks(en) || en);
        }
      }
    }
    if (stale > 0) {
      problems.push({ file, reason: `${stale} key(s) do not match the hash of their "ar" text: re-keyed from "ar"; regenerate the file` });
    }
  }
  for (const [hash, en] of aliases) if (!sentences.has(hash)) sentences.set(hash, en);
  return { titles, sentences, problems };
}

/** Leading list bullets ("- ", "• ") and trailing dashes removed: how cleaned paragraphs show list items. */
export function stripListMarks(text: string): string {
  return text
    .trim()
    .replace(/^(?:[-\u2013\u2014\u2022\u25CF\u25AA*\u00B7]\s+)+/, "")
    .replace(/\s*[-\u2013\u2014]+$/, "")
    .trim();
}

/** The English reference translation of one Arabic sentence, if any. */
export function lookupTranslation(refs: Pick<ReferenceTranslations, "sentences">, arabic: string): string | undefined {
  return refs.sentences.get(sentenceHash(arabic));
}

/** Number of white-space separated tokens that contain an Arabic letter. */
export function countArabicWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\u0621-\u064A\u0671-\u06D3]/.test(token)).length;
}

/**
 * A rough "is this real content?" test for sentences of raw scraped text: at least three Arabic words.
 * Weather widgets ("دمشق °C"), phone numbers, "اقرأ أيضاً:" and category footers fall below it.
 */
export function looksLikeContent(text: string): boolean {
  return countArabicWords(text) >= 3;
}
