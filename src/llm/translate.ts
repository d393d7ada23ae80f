/**
 * Batched, cached, checked translation of Arabic sentences into English.
 *
 * Each distinct text (by normalised key) is looked up in the cache; the misses go to the model in
 * numbered JSON batches. A translation is kept (and cached) only when it passes `checkTranslation`;
 * otherwise that text stays `undefined` and the caller shows what it has offline.
 */
import type { Logger } from "pino";
import { hasArabic, isMostlyArabic, normalizeKey } from "../core/text/normalize.ts";
import type { TranslationCache } from "./cache.ts";
import { translationKey } from "./cache.ts";
import type { ChatRunner } from "./chat.ts";
import { toLlmError } from "./errors.ts";
import { numberedStrings, parseJsonLoose } from "./json.ts";
import { sourceNumbers, unsupportedNumber } from "./numbers.ts";
import { TRANSLATION_FORMAT, translationPrompt, promptMessages } from "./prompts.ts";
import { findUnsafe, stripInvisible } from "./safety.ts";

export interface TranslatorDeps {
  runner: ChatRunner;
  cache: TranslationCache;
  model: string;
  logger: Logger;
  batchSize: number;
  overallTimeoutMs: number;
}

/** Builds `translate(texts, glossary)`; see Llm.translate. */
export function createTranslate(deps: TranslatorDeps) {
  return async function translate(
    texts: string[],
    glossary?: Map<string, string>,
  ): Promise<(string | undefined)[]> {
    const result: (string | undefined)[] = texts.map(() => undefined);
    // Distinct texts to translate, each with every position it fills.
    const pending = new Map<string, { text: string; positions: number[] }>();
    texts.forEach((text, i) => {
      // Nothing Arabic in it (a number, a Latin name): it is its own English.
      if (!hasArabic(text)) {
        result[i] = text;
        return;
      }
      const key = translationKey(deps.model, text);
      const entry = pending.get(key);
      if (entry) entry.positions.push(i);
      else pending.set(key, { text, positions: [i] });
    });

    const misses: { key: string; text: string; positions: number[] }[] = [];
    await Promise.all(
      [...pending].map(async ([key, entry]) => {
        const cached = await deps.cache.get(key);
        if (cached !== undefined) for (const i of entry.positions) result[i] = cached;
        else misses.push({ key, ...entry });
      }),
    );
    if (misses.length === 0) return result;

    const signal = AbortSignal.timeout(deps.overallTimeoutMs);
    const batches: (typeof misses)[] = [];
    for (let i = 0; i < misses.length; i += deps.batchSize) batches.push(misses.slice(i, i + deps.batchSize));

    await Promise.all(
      batches.map(async (batch) => {
        const prompt = translationPrompt(
          batch.map((m, i) => ({ n: i + 1, ar: m.text })),
          relevantGlossary(glossary, batch.map((m) => m.text)),
        );
        let reply: string;
        try {
          reply = await deps.runner.complete({
            op: "translate",
            messages: promptMessages(prompt),
            responseFormat: TRANSLATION_FORMAT,
            signal,
          });
        } catch (error) {
          deps.logger.warn({ reason: toLlmError(error, signal).reason, texts: batch.length }, "translation fell back");
          return;
        }
        const byNumber = numberedStrings(parseJsonLoose(reply), "en");
        let rejected = 0;
        for (const [i, miss] of batch.entries()) {
          const english = byNumber.get(i + 1);
          const problem = english === undefined ? "missing" : checkTranslation(miss.text, english, glossary);
          if (problem !== undefined || english === undefined) {
            rejected++;
            deps.logger.debug({ reason: problem, n: i + 1 }, "translation rejected");
            continue;
          }
          const clean = stripInvisible(english).trim();
          for (const p of miss.positions) result[p] = clean;
          await deps.cache.set(miss.key, clean);
        }
        if (rejected > 0) deps.logger.warn({ rejected, texts: batch.length }, "some translations rejected");
      }),
    );
    return result;
  };
}

/**
 * Why a translation cannot be used, or undefined when it can: it must be English, safe to display,
 * state no number the Arabic does not, and use the glossary's English form for every glossary name
 * the Arabic contains. Pure.
 */
export function checkTranslation(
  arabic: string,
  english: string,
  glossary?: ReadonlyMap<string, string>,
): string | undefined {
  const text = stripInvisible(english).trim();
  if (text === "") return "empty";
  const unsafe = findUnsafe(text);
  if (unsafe) return `unsafe:${unsafe}`;
  if (isMostlyArabic(text)) return "not_english";
  const number = unsupportedNumber(text, sourceNumbers([arabic]));
  if (number !== undefined) return `number_not_in_source:${number}`;
  const folded = foldLatin(text);
  for (const [ar, en] of relevantGlossary(glossary, [arabic]) ?? []) {
    if (!folded.includes(foldLatin(en))) return `glossary_name_missing:${en}`;
  }
  return undefined;
}

/** The glossary entries whose Arabic name occurs in one of `texts` (keeps prompts short). */
function relevantGlossary(
  glossary: ReadonlyMap<string, string> | undefined,
  texts: readonly string[],
): Map<string, string> | undefined {
  if (!glossary || glossary.size === 0) return undefined;
  const keys = texts.map(normalizeKey);
  const out = new Map<string, string>();
  for (const [ar, en] of glossary) {
    const k = normalizeKey(ar);
    if (k !== "" && keys.some((t) => t.includes(k))) out.set(ar, en);
  }
  return out.size > 0 ? out : undefined;
}

/** Lower case, letters and digits only, single spaces: "al-Sisi" and "Al Sisi" compare equal. */
function foldLatin(text: string): string {
  return ` ${text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}
