/**
 * Output safety for model text that users will see: nothing may ping anyone, link anywhere or carry
 * markup that breaks the adapters' rendering.
 *
 * Decision: invisible characters are *sanitised* (removed: they carry no meaning a reader could miss),
 * everything else is *rejected* (the caller falls back to the offline answer). Rewriting a mention or a
 * link would show the reader a sentence the model did not write and the sources do not support, so a
 * rejected output is never repaired. Emphasis characters (* _ ~) are left to the renderers, which
 * escape all article-derived text anyway.
 */

/**
 * Bidi embeddings/overrides/isolates, zero-width characters and the BOM. LRM/RLM/ALM (U+200E, U+200F,
 * U+061C) are kept: they are legitimate in mixed Arabic/Latin text and cannot reorder whole runs.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** Removes invisible characters that could hide a mention ("@\u200Beveryone") or reorder the display. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** Each rule names the kind of problem, reported in the rejection reason ("unsafe:mention"). */
const RULES: readonly (readonly [kind: string, pattern: RegExp])[] = [
  // Discord mass pings; `@here` is matched alone since Discord pings on it even mid-word.
  ["mention", /@(?:everyone|here)/i],
  // Discord user/role/channel mentions <@123>, <@!123>, <@&123>, <#123>, also unterminated.
  ["mention", /<[@#][!&]?\d/],
  // Telegram @username mentions (also catches e-mail addresses, which a summary never needs).
  ["mention", /@[\p{L}\p{N}_]/u],
  // Discord markup in angle brackets: custom emoji <:x:1>, timestamps <t:1>, slash-command links.
  ["markup", /<[^\s<>]*[:@#][^\s<>]*>/],
  ["markdown_link", /\[[^\]\n]*\]\([^)\n]*\)/],
  ["html", /<\/?[a-z!][^>]*>/i],
  ["url", /\b[a-z][a-z0-9+.-]*:\/\/\S/i],
  ["url", /\bwww\.\S/i],
  ["url", /\b(?:discord\.gg|t\.me|discord(?:app)?\.com\/invite)\b/i],
  ["code", /`/],
  // Discord spoilers, and line-start headings / block quotes / list markers that reshape a reply.
  ["markdown_block", /\|\||^\s*(?:#{1,3}\s|>|-#\s)/m],
  ["control", /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/],
];

/** Returns the kind of the first unsafe construct in `text` ("mention", "url", ...), or undefined. */
export function findUnsafe(text: string): string | undefined {
  for (const [kind, pattern] of RULES) {
    if (pattern.test(text)) return kind;
  }
  return undefined;
}
