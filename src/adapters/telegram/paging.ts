/**
 * Paging buttons. Telegram's callback_data is 1-64 bytes (Arabic letters take two), so buttons carry
 * only "pg:<reply id>:<page>"; the reply itself waits in the reply cache and is re-rendered on demand.
 */
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Lang } from "../../core/types.ts";
import type { Translator } from "../../i18n/index.ts";

/** Bot API limit on callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** Button data for page `page` (0-based) of the cached reply `id`. */
export function pageData(id: string, page: number): string {
  const data = `pg:${id}:${page}`;
  if (Buffer.byteLength(data, "utf8") > CALLBACK_DATA_LIMIT) throw new Error(`callback_data over ${CALLBACK_DATA_LIMIT} bytes: reply ids must be short`);
  return data;
}

/** Reads button data written by pageData; null for anything else. */
export function parsePageData(data: string): { id: string; page: number } | null {
  const m = /^pg:([A-Za-z0-9_-]{1,48}):(\d{1,5})$/.exec(data);
  return m ? { id: m[1]!, page: Number(m[2]) } : null;
}

/** Previous/Next buttons for page `page` of `total`; undefined when there is one page. */
export function pageKeyboard(id: string, page: number, total: number, lang: Lang, t: Translator): InlineKeyboardMarkup | undefined {
  if (total <= 1) return undefined;
  const row = [];
  if (page > 0) row.push({ text: t(lang, "telegram.previous"), callback_data: pageData(id, page - 1) });
  if (page < total - 1) row.push({ text: t(lang, "telegram.next"), callback_data: pageData(id, page + 1) });
  // Arabic reads right to left: "previous" belongs on the right of the row.
  if (lang === "ar") row.reverse();
  return { inline_keyboard: [row] };
}
