/**
 * discord.js's `escapeMarkdown(text, { maskedLink: true })`, in one scan for the text that needs nothing.
 *
 * escapeMarkdown runs a dozen whole-text passes, and its italic and underline passes use unbounded
 * lookbehinds (`(?<!<a?:.+|https?:\/\/\S*…)`) that re-read the line behind every position: on long article
 * text that was most of the Discord adapter's time. Here one scan notes which markdown characters occur, and
 * only the passes that can match one of them run, in escapeMarkdown's own order with discord.js's own
 * functions. A skipped pass is a no-op: each needs its character in its input, and a pass only adds
 * backslashes, so a character absent from the text is absent at every step. The result is the same string
 * (tests/adapters/discord/markdown.test.ts compares the two on hostile text).
 *
 * The italic and underline passes' lookbehinds only ever refuse a match after "<" (custom emoji "<:name:id>",
 * "</cmd:id>") or inside an "http(s)://" link, and their lookahead only before ">". Text holding none of these,
 * which is nearly all article text, gets the same passes without those guards: linear instead of re-reading the
 * line at every "_" (a sports page ruled with "____" took milliseconds).
 */
import {
  escapeBold,
  escapeCodeBlock,
  escapeEscape,
  escapeInlineCode,
  escapeItalic,
  escapeMaskedLink,
  escapeSpoiler,
  escapeStrikethrough,
  escapeUnderline,
} from "discord.js";

const MARKDOWN_SPECIAL = /[\\`*_~|[]/;
const BACKSLASH = 1;
const BACKTICK = 2;
const STAR = 4;
const UNDERSCORE = 8;
const TILDE = 16;
const PIPE = 32;
const BRACKET = 64;

/** A pair of markers ("**", "__") alternates: the first of a pair is escaped after its marker, the second before. */
function pairs(marker: string): (whole: string, match: string) => string {
  let idx = 0;
  return (_whole, match) => (match === marker + marker ? (++idx % 2 ? `\\${marker}${match}` : `${match}\\${marker}`) : `\\${marker}${match}`);
}

/** escapeItalic for text without "<", ">" or "http": its guards can never refuse a match there. */
function escapeItalicPlain(text: string): string {
  return text.replaceAll(/(?<=^|[^*])\*([^*]|\*\*|$)/g, pairs("*")).replaceAll(/(?<=^|[^_])_([^_]|__|$)/g, pairs("_"));
}

/** escapeUnderline for text without "<", ">" or "http". */
function escapeUnderlinePlain(text: string): string {
  let idx = 0;
  return text.replaceAll(/__(_)?/g, (_whole, match: string | undefined) => {
    if (match) return ++idx % 2 ? `${match}\\_\\_` : `\\_\\_${match}`;
    return "\\_\\_";
  });
}

const GUARDED = /[<>]|http/;

/** Same as discord.js `escapeMarkdown(text, { maskedLink: true })`. */
export function escapeMarkdownText(text: string): string {
  // Most text holds none of them: one native scan, without the loop below.
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x5c: seen |= BACKSLASH; break; // \
      case 0x60: seen |= BACKTICK; break; // `
      case 0x2a: seen |= STAR; break; // *
      case 0x5f: seen |= UNDERSCORE; break; // _
      case 0x7e: seen |= TILDE; break; // ~
      case 0x7c: seen |= PIPE; break; // |
      case 0x5b: seen |= BRACKET; break; // [
    }
  }
  if (seen === 0) return text;
  let res = text;
  const plain = (seen & (STAR | UNDERSCORE)) !== 0 && !GUARDED.test(text);
  if (seen & BACKSLASH) res = escapeEscape(res);
  if (seen & BACKTICK) res = escapeCodeBlock(escapeInlineCode(res));
  if (seen & (STAR | UNDERSCORE)) res = plain ? escapeItalicPlain(res) : escapeItalic(res);
  if (seen & STAR) res = escapeBold(res);
  if (seen & UNDERSCORE) res = plain ? escapeUnderlinePlain(res) : escapeUnderline(res);
  if (seen & TILDE) res = escapeStrikethrough(res);
  if (seen & PIPE) res = escapeSpoiler(res);
  if (seen & BRACKET) res = escapeMaskedLink(res);
  return res;
}
