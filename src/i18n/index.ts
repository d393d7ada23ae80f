/**
 * UI strings from locales/<lang>.json through i18next, which selects Arabic's six plural categories
 * (zero, one, two, few, many, other) with Intl.PluralRules: keys such as `articles_zero`, `articles_one`,
 * `articles_two`, `articles_few`, `articles_many`, `articles_other`.
 */
import i18next, { type i18n } from "i18next";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lang } from "../core/types.ts";

export type Translator = (lang: Lang, key: string, vars?: Record<string, unknown>) => string;

const LOCALES_DIR = fileURLToPath(new URL("../../locales/", import.meta.url));

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
  return (lang, key, vars) => inst.t(key, { lng: lang, ...(vars ?? {}) }) as string;
}
