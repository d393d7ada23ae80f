/**
 * Escaping for Telegram's HTML parse mode. Article text, queries and user names are hostile: every
 * piece of text goes through `escapeHtml`, every attribute through `escapeAttr`, and only http(s)
 * links become `<a href>` (Bot API "HTML style": escape &, <, > in text and " inside attributes).
 */

const HTML_SPECIAL = /[&<>]/;

/** Escapes text for an HTML message body. */
export function escapeHtml(text: string): string {
  // Most text (article sentences, names) holds none of the three: one scan instead of three replaces.
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes a double-quoted attribute value. */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/**
 * Article URLs come back in every answer that cites the article, and WHATWG URL parsing (percent-encoding the
 * Arabic paths) was a tenth of a /who's rendering: each distinct URL is parsed once. A pure function of its
 * input (not an answer cache); bounded, and emptied when full.
 */
const parsedUrls = new Map<string, string | null>();
const MAX_PARSED_URLS = 50_000;

/** The URL when it is an absolute http(s) URL without spaces, else undefined (no javascript:, no tg: links). */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  let safe = parsedUrls.get(url);
  if (safe === undefined) {
    safe = parseHttpUrl(url);
    if (parsedUrls.size >= MAX_PARSED_URLS) parsedUrls.clear();
    parsedUrls.set(url, safe);
  }
  return safe ?? undefined;
}

function parseHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `<b>` around escaped text. */
export function bold(text: string): string {
  return `<b>${escapeHtml(text)}</b>`;
}

/** `<i>` around escaped text. */
export function italic(text: string): string {
  return `<i>${escapeHtml(text)}</i>`;
}
