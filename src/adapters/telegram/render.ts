/**
 * Reply → Telegram HTML pages. Pure: no grammY, no I/O.
 *
 * A page is: bold title (intro on the first page), whole items (bold heading, text, [n] marks), the
 * sources those items cite as a numbered list "title — outlet, date" (linked when there is a URL),
 * the footer, and "Page k of n" when there are several. Every page is ≤ 4096 characters measured on
 * the HTML we send, which is never shorter than the text Telegram counts after entity parsing, so the
 * Bot API limit (message text 1-4096 characters after entities parsing) holds. Items longer than a
 * page are split on raw text before escaping (split.ts), so no page ends inside a tag or entity.
 */
import type { Citation, Reply, ReplyItem } from "../../core/reply.ts";
import type { Translator } from "../../i18n/index.ts";
import { isolateForeign } from "../shared/bidi.ts";
import { bold, escapeAttr, escapeHtml, italic, safeUrl } from "./html.ts";
import { splitToFit } from "./split.ts";

/** Bot API: message text is 1-4096 characters after entities parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;

// Caps on the escaped length of the fixed parts of a page (title, intro, footer, a source line), so that
// they always leave room for text whatever an article or a query holds. Real ones are far shorter.
const MAX_TITLE = 300;
const MAX_INTRO = 1200;
const MAX_FOOTER = 300;
const MAX_CITATION_TITLE = 250;
const MAX_CITATION_META = 120;
const MAX_URL = 300;
const MAX_CITES_PER_ITEM = 8;

interface Piece extends ReplyItem {
  /** A later part of an item split across pages: its heading says "(continued)". */
  continued: boolean;
}

/** Escapes `text`, cut (at a code point, with "…") so that the escaped result is at most `max` long. */
function escapeClipped(text: string, max: number): string {
  const whole = escapeHtml(text);
  if (whole.length <= max) return whole;
  let out = "";
  for (const ch of text) {
    const next = out + escapeHtml(ch);
    if (next.length > max - 1) break;
    out = next;
  }
  return `${out}…`;
}

/** Renders a reply into Telegram HTML pages (at least one), each within `limit` characters. */
export function renderPages(reply: Reply, t: Translator, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const lang = reply.lang;
  const iso = (text: string) => isolateForeign(text, lang);
  const byNumber = new Map<number, Citation>(reply.citations.map((c) => [c.n, c]));

  const citationLine = (c: Citation): string => {
    const title = escapeClipped(iso(c.title), MAX_CITATION_TITLE);
    const url = safeUrl(c.url);
    const linked = url && url.length <= MAX_URL ? `<a href="${escapeAttr(url)}">${title}</a>` : title;
    const meta = [c.source, c.date].filter((v): v is string => Boolean(v)).join(lang === "ar" ? "، " : ", ");
    return `${c.n}. ${linked}${meta ? ` — ${escapeClipped(iso(meta), MAX_CITATION_META)}` : ""}`;
  };
  // Paging measures candidate pages many times: render the fixed parts once.
  const lines = new Map<number, string>();
  const citation = (c: Citation): string => {
    let line = lines.get(c.n);
    if (line === undefined) lines.set(c.n, (line = citationLine(c)));
    return line;
  };

  const shownCites = (p: ReplyItem) => p.cites.filter((n) => byNumber.has(n)).slice(0, MAX_CITES_PER_ITEM);

  const piece = (p: Piece): string => {
    const heading = p.heading
      ? `<b>${escapeClipped(iso(p.heading), MAX_TITLE)}</b>${p.continued ? ` ${italic(t(lang, "telegram.continued"))}` : ""}\n`
      : "";
    const marks = shownCites(p).map((n) => `[${n}]`).join("");
    return `${heading}${escapeHtml(iso(p.text))}${marks ? ` ${marks}` : ""}`;
  };

  const title = `<b>${escapeClipped(iso(reply.title), MAX_TITLE)}</b>`;
  const firstHeader = reply.intro ? `${title}\n${escapeClipped(iso(reply.intro), MAX_INTRO)}` : title;
  const header = (first: boolean): string => (first ? firstHeader : title);
  const footer = reply.footer ? `<i>${escapeClipped(iso(reply.footer), MAX_FOOTER)}</i>` : "";

  // Every page lists the sources its own items cite; a reply without items lists its first few sources.
  const sources = (pieces: Piece[]): string => {
    const numbers = reply.items.length === 0
      ? reply.citations.slice(0, MAX_CITES_PER_ITEM).map((c) => c.n)
      : [...new Set(pieces.flatMap(shownCites))].sort((a, b) => a - b);
    if (numbers.length === 0) return "";
    return `${bold(t(lang, "telegram.sources"))}\n${numbers.map((n) => citation(byNumber.get(n)!)).join("\n")}`;
  };

  const assemble = (pieces: Piece[], index: number, total: number): string =>
    [
      header(index === 0),
      pieces.map(piece).join("\n\n"),
      sources(pieces),
      footer,
      total > 1 ? italic(t(lang, "telegram.page", { page: index + 1, pages: total })) : "",
    ]
      .filter((part) => part.length > 0)
      .join("\n\n");

  // While paging, the page count is unknown: reserve room for the widest "Page k of n" we could print.
  const reserve = Math.max(1000, reply.items.length * 4);
  const fits = (pieces: Piece[], index: number) => assemble(pieces, index, reserve).length <= limit;
  // A piece must fit alone on any page, the first one (which also holds the intro) included.
  const fitsAlone = (p: Piece) => fits([p], 0) && fits([p], 1);

  const pieces: Piece[] = [];
  for (const original of reply.items) {
    // An item citing so many sources that their list alone overflows a page keeps the first ones that fit.
    let item: ReplyItem = { ...original, cites: shownCites(original) };
    while (item.cites.length > 0 && !fitsAlone({ ...item, text: "", continued: true })) item = { ...item, cites: item.cites.slice(0, -1) };
    const whole: Piece = { ...item, continued: false };
    if (fitsAlone(whole)) {
      pieces.push(whole);
      continue;
    }
    const parts = splitToFit(item.text, (text) => fitsAlone({ ...item, text, continued: true }));
    parts.forEach((text, i) => pieces.push({ ...item, text, continued: i > 0 }));
  }

  const pages: Piece[][] = [];
  let current: Piece[] = [];
  for (const p of pieces) {
    if (current.length > 0 && !fits([...current, p], pages.length)) {
      pages.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages.map((ps, i) => assemble(ps, i, pages.length));
}
