/**
 * UI strings from locales/<lang>.json through i18next, which selects Arabic's six plural categories
 * (zero, one, two, few, many, other) with Intl.PluralRules: keys such as `articles_zero`, `articles_one`,
 * `articles_two`, `articles_few`, `articles_many`, `articles_other`.
 */
import i18next, { type i18n } from "i18next";
import { readFileSync } from "node:fs";
import { LOCALES_DIR } from "../paths.ts";
import type { Lang } from "../core/types.ts";

export type Translator = (lang: Lang, key: string, vars?: Record<string, unknown>) => string;

function loadLocale(lang: Lang): Record<string, unknown> {
  return JSON.parse(readFileSync(`${LOCALES_DIR}${lang}.json`, "utf8")) as Record<string, unknown>;
}

let shared: i18n | undefined;

/** Creates (once per process) the i18next instance and returns a translator bound to it. */
export function createTranslator(): Translator {
  if (!shared) {
    const instance = i18next.createInstance();
    void instance.init({
      initImmediate: false,
      resources: { en: { translation: loadLocale("en") }, ar: { translation: loadLocale("ar") } },
      lng: "en",
      fallbackLng: "en",
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<typeof instance.init>[0]);
    shared = instance;
  }
  const inst = shared;
  // Answers look up the same few strings many times (one per line of a long list); i18next's lookup with plural
  // resolution dominated a /who answer's time, so results for primitive variables are memoised (bounded).
  const memo = new Map<string, string>();
  // Strings without variables (headings, labels: most calls), by language then key: no key to build.
  const plain: Record<Lang, Map<string, string>> = { ar: new Map(), en: new Map() };
  return (lang, key, vars) => {
    if (vars === undefined) {
      const byKey = plain[lang];
      if (byKey !== undefined) {
        let out = byKey.get(key);
        if (out === undefined) {
          out = inst.t(key, { lng: lang }) as string;
          if (byKey.size >= 5000) byKey.clear();
          byKey.set(key, out);
        }
        return out;
      }
    }
    const values = vars ? Object.values(vars) : [];
    const cacheable = values.every((v) => typeof v === "number" || (typeof v === "string" && v.length <= 64));
    const memoKey = cacheable ? `${lang}\u0000${key}\u0000${vars ? JSON.stringify(vars) : ""}` : undefined;
    if (memoKey !== undefined) {
      const hit = memo.get(memoKey);
      if (hit !== undefined) return hit;
    }
    const out = inst.t(key, { lng: lang, ...(vars ?? {}) }) as string;
    if (memoKey !== undefined) {
      if (memo.size >= 5000) memo.clear();
      memo.set(memoKey, out);
    }
    return out;
  };
}
