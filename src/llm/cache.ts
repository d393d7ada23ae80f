/**
 * The persistent translation cache: keyed by a hash of the normalised Arabic text and the model, so
 * the same sentence (whatever its diacritics, alef forms or digits) is translated once per model.
 */
import { createHash } from "node:crypto";
import type { Keyv } from "keyv";
import type { Logger } from "pino";
import { normalizeKey } from "../core/text/normalize.ts";

/** The store key of a translation: "llm:tr:" + sha256(model, normalizeKey(text)). */
export function translationKey(model: string, text: string): string {
  const hash = createHash("sha256").update(model).update("\u0000").update(normalizeKey(text)).digest("hex");
  return `llm:tr:${hash}`;
}

/** Reads and writes translations; a failing store is a miss (logged), never an error. */
export interface TranslationCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, english: string): Promise<void>;
}

export function createTranslationCache(store: Keyv, logger: Logger): TranslationCache {
  return {
    async get(key) {
      try {
        const value: unknown = await store.get(key);
        return typeof value === "string" ? value : undefined;
      } catch (error) {
        logger.warn({ err: String(error) }, "translation cache read failed");
        return undefined;
      }
    },
    async set(key, english) {
      try {
        // No TTL: a checked translation of a fixed text under a fixed model does not go stale.
        await store.set(key, english);
      } catch (error) {
        logger.warn({ err: String(error) }, "translation cache write failed");
      }
    },
  };
}
