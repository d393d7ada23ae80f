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
  if (seen & BACKSLASH) res = escapeEscape(res);
  if (seen & BACKTICK) res = escapeCodeBlock(escapeInlineCode(res));
  if (seen & (STAR | UNDERSCORE)) res = escapeItalic(res);
  if (seen & STAR) res = escapeBold(res);
  if (seen & UNDERSCORE) res = escapeUnderline(res);
  if (seen & TILDE) res = escapeStrikethrough(res);
  if (seen & PIPE) res = escapeSpoiler(res);
  if (seen & BRACKET) res = escapeMaskedLink(res);
  return res;
}
