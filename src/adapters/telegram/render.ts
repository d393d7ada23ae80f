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
import { memoCitation } from "../shared/citation-memo.ts";
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

/** A citation after its number: the title (linked when there is a URL), then outlet and date. */
const citationBody = memoCitation((c, lang) => {
  const title = escapeClipped(isolateForeign(c.title, lang), MAX_CITATION_TITLE);
  const url = safeUrl(c.url);
  const linked = url && url.length <= MAX_URL ? `<a href="${escapeAttr(url)}">${title}</a>` : title;
  const meta = [c.source, c.date].filter((v): v is string => Boolean(v)).join(lang === "ar" ? "، " : ", ");
  return `${linked}${meta ? ` — ${escapeClipped(isolateForeign(meta, lang), MAX_CITATION_META)}` : ""}`;
});

/** A reply laid out into pages: how many, and any one page's HTML, assembled only when asked for. */
export interface PageLayout {
  readonly count: number;
  page(index: number): string;
}

interface Piece {
  /** The item's shown citation numbers (known, at most MAX_CITES_PER_ITEM). */
  cites: number[];
  /** The piece as sent: heading, escaped and isolated text, [n] marks. */
  html: string;
  /** Its heading line with the newline after it ("" without a heading): html begins with it. */
  head: string;
}

/** A piece on its page; `under` when it follows one with the same heading and is shown as a line under it. */
interface Placed {
  piece: Piece;
  under: boolean;
}

/** Renders a reply into Telegram HTML pages (at least one), each within `limit` characters. */
export function renderPages(reply: Reply, t: Translator, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const layout = layoutPages(reply, t, limit);
  return Array.from({ length: layout.count }, (_, i) => layout.page(i));
}

/**
 * Lays a reply out into pages. Every item, heading and citation is escaped and isolated once; candidate
 * pages are measured by adding lengths (exactly the length `page` would assemble), never by building them.
 */
export function layoutPages(reply: Reply, t: Translator, limit = TELEGRAM_TEXT_LIMIT): PageLayout {
  const lang = reply.lang;
  const iso = (text: string) => isolateForeign(text, lang);
  const byNumber = new Map<number, Citation>(reply.citations.map((c) => [c.n, c]));

  const citationLine = (c: Citation): string => `${c.n}. ${citationBody(c, lang)}`;
  const lines = new Map<number, string>();
  const citation = (n: number): string => {
    let line = lines.get(n);
    if (line === undefined) lines.set(n, (line = citationLine(byNumber.get(n)!)));
    return line;
  };

  const shownCites = (p: ReplyItem) => p.cites.filter((n) => byNumber.has(n)).slice(0, MAX_CITES_PER_ITEM);
  const continuedMark = ` ${italic(t(lang, "telegram.continued"))}`;
  // Headings repeat (every "Mentioned in" of a /who, the dates of a timeline): each is escaped and isolated once.
  const headings = new Map<string, string>();
  const headingHtml = (heading: string): string => {
    let html = headings.get(heading);
    if (html === undefined) headings.set(heading, (html = `<b>${escapeClipped(iso(heading), MAX_TITLE)}</b>`));
    return html;
  };
  const marksOf = (cites: number[]): string => {
    const marks = cites.map((n) => `[${n}]`).join("");
    return marks ? ` ${marks}` : "";
  };
  /** marksOf(cites).length, without building it: " [1][23]" is 1 + (2 + digits) per number. */
  const marksLength = (cites: number[]): number => {
    let length = cites.length > 0 ? 1 : 0;
    for (const n of cites) length += 2 + String(n).length;
    return length;
  };
  /** `head` is the rendered heading line ("" without a heading); `body` the escaped, isolated text. */
  const pieceHtml = (head: string, body: string, cites: number[]): string => `${head}${body}${marksOf(cites)}`;

  const title = `<b>${escapeClipped(iso(reply.title), MAX_TITLE)}</b>`;
  const firstHeader = reply.intro ? `${title}\n${escapeClipped(iso(reply.intro), MAX_INTRO)}` : title;
  const header = (first: boolean): string => (first ? firstHeader : title);
  const footer = reply.footer ? `<i>${escapeClipped(iso(reply.footer), MAX_FOOTER)}</i>` : "";
  const sourcesHeading = bold(t(lang, "telegram.sources"));
  const labels = new Map<string, string>();
  const pageLabel = (index: number, total: number): string => {
    if (total <= 1) return "";
    const key = `${index}/${total}`;
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = italic(t(lang, "telegram.page", { page: index + 1, pages: total }))));
    return label;
  };
  // While paging, the page count is unknown: reserve room for the widest "Page k of n" we could print.
  const reserve = Math.max(1000, reply.items.length * 4);
  /** pageLabel(index, total).length, by index for total = reserve (asked for a few times per item while paging). */
  const reservedLabels: number[] = [];
  const labelLength = (index: number, total: number): number => {
    if (total !== reserve) return pageLabel(index, total).length;
    return (reservedLabels[index] ??= pageLabel(index, total).length);
  };

  // The length of a page, part by part as `assemble` joins them: non-empty parts separated by "\n\n".
  // `itemsLength` is the joined pieces' length, `sourcesLength` the sources block's (0 when it has none).
  const pageLength = (index: number, total: number, itemsLength: number, sourcesLength: number): number => {
    // Written out rather than looped over an array: this runs a few times per item.
    const headerLength = header(index === 0).length;
    const label = labelLength(index, total);
    const length = headerLength + itemsLength + sourcesLength + footer.length + label;
    const parts = (headerLength > 0 ? 1 : 0) + (itemsLength > 0 ? 1 : 0) + (sourcesLength > 0 ? 1 : 0) + (footer.length > 0 ? 1 : 0) + (label > 0 ? 1 : 0);
    return length + 2 * Math.max(0, parts - 1);
  };
  /** The sources block's length for these citation numbers (each counted once), 0 without any. */
  const sourcesLength = (cites: readonly number[]): number => {
    let length = 0;
    if (cites.length === 1) length = 1 + citation(cites[0]!).length;
    else for (const n of new Set(cites)) length += 1 + citation(n).length;
    return length === 0 ? 0 : sourcesHeading.length + length;
  };

  /** Whether a piece of `length` characters citing `cites` fits a page by itself (first page or any other). */
  const fitsAlone = (length: number, cites: number[]): boolean => {
    const src = sourcesLength(cites);
    return pageLength(0, reserve, length, src) <= limit && pageLength(1, reserve, length, src) <= limit;
  };

  const pieces: Piece[] = [];
  for (const original of reply.items) {
    const heading = original.heading ? headingHtml(original.heading) : "";
    const head = heading ? `${heading}\n` : "";
    // The heading line of an item's second and later parts: "heading (continued)".
    const continuedLength = heading ? heading.length + continuedMark.length + 1 : 0;
    // An item citing so many sources that their list alone overflows a page keeps the first ones that fit.
    let cites = shownCites(original);
    while (cites.length > 0 && !fitsAlone(continuedLength + marksLength(cites), cites)) cites = cites.slice(0, -1);
    const whole = pieceHtml(head, escapeHtml(iso(original.text)), cites);
    if (fitsAlone(whole.length, cites)) {
      pieces.push({ cites, html: whole, head });
      continue;
    }
    const headContinued = heading ? `${heading}${continuedMark}\n` : "";
    const parts = splitToFit(original.text, (text) => fitsAlone(pieceHtml(headContinued, escapeHtml(iso(text)), cites).length, cites));
    parts.forEach((text, i) => pieces.push({ cites, html: pieceHtml(i > 0 ? headContinued : head, escapeHtml(iso(text)), cites), head: i > 0 ? headContinued : head }));
  }

  // Greedy packing with running totals: the joined pieces' length and the set of sources with their lines' length.
  // Consecutive items under one heading (every "Mentioned in" of a /who) show it once, as lines under it.
  const pages: Placed[][] = [];
  let current: Placed[] = [];
  let itemsLength = 0;
  let cited = new Set<number>();
  let citedLength = 0;
  /** What a piece adds to the page's items: its separator and html, without its heading when it goes under the last. */
  const added = (p: Piece, under: boolean): number => (under ? 1 + p.html.length - p.head.length : (current.length > 0 ? 2 : 0) + p.html.length);
  for (const p of pieces) {
    let under = p.head !== "" && current.at(-1)?.piece.head === p.head;
    if (current.length > 0) {
      let extra = 0;
      if (p.cites.length === 1) {
        if (!cited.has(p.cites[0]!)) extra = 1 + citation(p.cites[0]!).length;
      } else for (const n of new Set(p.cites)) if (!cited.has(n)) extra += 1 + citation(n).length;
      const total = citedLength + extra;
      const candidate = pageLength(pages.length, reserve, itemsLength + added(p, under), total === 0 ? 0 : sourcesHeading.length + total);
      if (candidate > limit) {
        pages.push(current);
        current = [];
        itemsLength = 0;
        cited = new Set();
        citedLength = 0;
        under = false;
      }
    }
    itemsLength += added(p, under);
    for (const n of p.cites) {
      if (!cited.has(n)) {
        cited.add(n);
        citedLength += 1 + citation(n).length;
      }
    }
    current.push({ piece: p, under });
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);

  // Every page lists the sources its own items cite; a reply without items lists its first few sources.
  const sources = (ps: Placed[]): string => {
    const numbers = reply.items.length === 0
      ? reply.citations.slice(0, MAX_CITES_PER_ITEM).map((c) => c.n)
      : [...new Set(ps.flatMap((p) => p.piece.cites))].sort((a, b) => a - b);
    if (numbers.length === 0) return "";
    return `${sourcesHeading}\n${numbers.map(citation).join("\n")}`;
  };
  const total = pages.length;
  return {
    count: total,
    page(index) {
      const ps = pages[index]!;
      const items = ps.map((p, i) => (p.under ? `\n${p.piece.html.slice(p.piece.head.length)}` : `${i > 0 ? "\n\n" : ""}${p.piece.html}`)).join("");
      return [header(index === 0), items, sources(ps), footer, pageLabel(index, total)]
        .filter((part) => part.length > 0)
        .join("\n\n");
    },
  };
}
