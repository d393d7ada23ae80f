/**
 * Reply → Discord embeds, one embed per page, within Discord's embed limits
 * (discord.com/developers/docs/resources/message#embed-object-embed-limits): title 256, description 4096,
 * 25 fields of name 256 / value 1024, footer 2048, 6000 characters in all. Pages hold whole items (shared
 * paginateItems); the sources of a page are the citations its items refer to. Text from articles and
 * queries is markdown-escaped; the other script's runs are wrapped in Unicode isolates.
 */
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Citation, Reply } from "../../core/reply.ts";
import type { Lang } from "../../core/types.ts";
import { formatDate } from "../../core/dates/format.ts";
import type { Translator } from "../../i18n/index.ts";
import { isolateForeign } from "../shared/bidi.ts";
import { memoCitation } from "../shared/citation-memo.ts";
import { paginateItems, splitLong } from "../shared/pages.ts";
import { escapeMarkdownText } from "./markdown.ts";

/** Characters of items a page holds: with the intro (≤ 1000) the description stays under Discord's 4096. */
export const ITEMS_BUDGET = 2800;
const INTRO_MAX = 1000;
const TITLE_MAX = 256;
const FOOTER_MAX = 300;
const FIELD_MAX = 1024;
const EMBED_TOTAL = 6000;
const CITATION_TITLE_MAX = 150;
/** Sources marked on one item (a /who's roles item stands on every article that mentions the person). */
const MAX_CITES_PER_ITEM = 8;
const COLOR_OK = 0x1f6feb;
const COLOR_PROBLEM = 0xd29922;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Markdown-escaped, then the foreign script isolated (isolates are not markdown, so order is safe). */
function safeIn(text: string, lang: Lang): string {
  // maskedLink: an article's "[text](url)" must stay text, not become a disguised link.
  return isolateForeign(escapeMarkdownText(text), lang);
}

function safe(text: string, reply: Reply): string {
  return safeIn(text, reply.lang);
}

/** A URL safe inside "(...)": parentheses and spaces percent-encoded (encodeURIComponent keeps "(" and ")"). */
function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** A citation as one line: "[n] [title](url) — outlet, date". */
export function citationLine(c: Citation, reply: Reply): string {
  return `[${c.n}] ${citationBody(c, reply.lang)}`;
}

/** A citation after its number: the title (a masked link when there is a URL), then outlet and date. */
const citationBody = memoCitation((c, lang) => {
  // Brackets would end the masked link early; a backslash keeps them literal.
  const title = safeIn(clip(c.title, CITATION_TITLE_MAX), lang).replace(/(?<!\\)[[\]]/g, (m) => `\\${m}`);
  const link = c.url && /^https?:\/\//.test(c.url) ? `[${title}](${linkTarget(c.url)})` : title;
  const meta = [c.source ? safeIn(c.source, lang) : null, c.date ? formatDate(c.date, "day", lang) : null].filter(Boolean).join(lang === "ar" ? "، " : ", ");
  return `${link}${meta ? ` — ${meta}` : ""}`;
});

/**
 * Packs lines into fields of ≤ 1024 characters within `budget` characters in all; drops what does not fit. Lines
 * are rendered as they are packed (`lineAt`): a first page may list hundreds of sources of which a few fit.
 */
function sourceFields(count: number, lineAt: (i: number) => string, name: string, budget: number, more: (n: number) => string): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = "";
  let used = 0;
  for (let i = 0; i < count; i++) {
    const line = clip(lineAt(i), FIELD_MAX);
    const fieldName = fields.length === 0 ? name : "\u200b";
    const cost = value ? line.length + 1 : line.length + fieldName.length;
    if (used + cost > budget - 40 || fields.length >= 24) {
      if (value) fields.push({ name: fields.length === 0 ? name : "\u200b", value });
      value = "";
      const rest = more(count - i);
      const last = fields[fields.length - 1];
      if (last && last.value.length + rest.length + 1 <= FIELD_MAX) last.value += `\n${rest}`;
      return fields;
    }
    if (value && value.length + 1 + line.length > FIELD_MAX) {
      fields.push({ name: fields.length === 0 ? name : "\u200b", value });
      value = line;
      used += line.length + 1;
    } else {
      value = value ? `${value}\n${line}` : line;
      used += cost;
    }
  }
  if (value) fields.push({ name: fields.length === 0 ? name : "\u200b", value });
  return fields;
}

/** A reply laid out into pages: how many, and any one page's embed, built only when asked for. */
export interface EmbedLayout {
  readonly count: number;
  page(index: number): APIEmbed;
}

/** All pages of a reply, each a single embed within the limits. Always at least one page. */
export function renderPages(reply: Reply, t: Translator): APIEmbed[] {
  const layout = layoutPages(reply, t);
  return Array.from({ length: layout.count }, (_, i) => layout.page(i));
}

/**
 * Lays a reply out into pages: every item, the title, intro and footer are escaped once; a page's embed (and
 * the citation lines it lists, each rendered once per reply) is built only when that page is asked for.
 */
export function layoutPages(reply: Reply, t: Translator): EmbedLayout {
  const { lang } = reply;
  // Headings repeat (every "Mentioned in" of a /who, the dates of a timeline): each is escaped and isolated once.
  const headings = new Map<string, string>();
  const headingLine = (heading: string): string => {
    let line = headings.get(heading);
    if (line === undefined) headings.set(heading, (line = `**${safe(heading, reply)}**\n`));
    return line;
  };
  const rendered = reply.items.map((item) => {
    const heading = item.heading ? headingLine(item.heading) : "";
    const marks = item.cites.slice(0, MAX_CITES_PER_ITEM).map((n) => `[${n}]`).join("");
    // The leading newline makes the blank line between items part of the item, so paginateItems (which
    // counts one newline between items) measures exactly what is sent.
    return `\n${heading}${safe(item.text, reply)}${marks ? ` ${marks}` : ""}`;
  });
  const pages = reply.items.length > 0 ? paginateItems(reply, (_item, i) => rendered[i]!, ITEMS_BUDGET) : [[]];
  // Which item each piece came from: paginateItems splits an item exactly as splitLong does.
  const owner = rendered.flatMap((r, i) => splitLong(r, ITEMS_BUDGET).map(() => i));
  /**
   * A page's pieces with the heading shown once over consecutive items that share it (every "Mentioned in" of a
   * /who): the later ones become lines under the first. Only shorter than what was paginated, so it still fits.
   */
  const underHeadings = (pieces: string[], first: number): string[] =>
    pieces.map((piece, k) => {
      const item = reply.items[owner[first + k]!];
      const prev = k > 0 ? owner[first + k - 1]! : -1;
      const heading = item?.heading ? `\n${headingLine(item.heading)}` : "";
      if (!heading || prev < 0 || prev === owner[first + k] || reply.items[prev]?.heading !== item!.heading || !piece.startsWith(heading)) return piece;
      return piece.slice(heading.length);
    });
  // Where each page's pieces start in `owner`.
  const firstPiece: number[] = [];
  let pieceCount = 0;
  for (const pieces of pages) {
    firstPiece.push(pieceCount);
    pieceCount += pieces.length;
  }
  const citedAnywhere = new Set(reply.items.flatMap((it) => it.cites));
  const uncited = reply.citations.filter((c) => !citedAnywhere.has(c.n)).map((c) => c.n);
  const title = clip(safe(reply.title, reply), TITLE_MAX);
  const intro = reply.intro ? clip(safe(reply.intro, reply), INTRO_MAX) : "";
  const footerText = reply.footer ? safe(reply.footer, reply) : "";
  const sourcesName = t(lang, "discord.sources");
  const lines = new Map<Citation, string>();
  const line = (c: Citation): string => {
    let l = lines.get(c);
    if (l === undefined) lines.set(c, (l = citationLine(c, reply)));
    return l;
  };

  return {
    count: pages.length,
    page(p) {
      const pieces = pages[p]!;
      const items = new Set(pieces.map((_, k) => owner[firstPiece[p]! + k]!));
      const cites = new Set([...items].flatMap((i) => reply.items[i]?.cites.slice(0, MAX_CITES_PER_ITEM) ?? []));
      if (p === 0) for (const n of uncited) cites.add(n);
      const description = [p === 0 ? intro : "", underHeadings(pieces, firstPiece[p]!).join("\n").trim()].filter(Boolean).join("\n\n");
      const label = pages.length > 1 ? t(lang, "discord.page", { page: p + 1, pages: pages.length }) : "";
      const footer = clip([footerText, label].filter(Boolean).join(" · "), FOOTER_MAX);
      const listed = reply.citations.filter((c) => cites.has(c.n));
      const room = EMBED_TOTAL - title.length - description.length - footer.length;
      const fields = sourceFields(listed.length, (i) => line(listed[i]!), sourcesName, room, (n) => t(lang, "discord.moreSources", { count: n }));
      return {
        title,
        ...(description ? { description } : {}),
        ...(fields.length ? { fields } : {}),
        ...(footer ? { footer: { text: footer } } : {}),
        color: reply.status === "ok" ? COLOR_OK : COLOR_PROBLEM,
      };
    },
  };
}
