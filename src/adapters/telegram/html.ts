/**
 * Escaping for Telegram's HTML parse mode. Article text, queries and user names are hostile: every
 * piece of text goes through `escapeHtml`, every attribute through `escapeAttr`, and only http(s)
 * links become `<a href>` (Bot API "HTML style": escape &, <, > in text and " inside attributes).
 */

/** Escapes text for an HTML message body. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes a double-quoted attribute value. */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/** The URL when it is an absolute http(s) URL without spaces, else undefined (no javascript:, no tg: links). */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
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
