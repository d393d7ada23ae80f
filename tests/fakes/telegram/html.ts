/**
 * Telegram's HTML parse mode, as the Bot API applies it (modelled on tdlib's parse_html): tags are
 * checked against the supported set and must balance; `&lt; &gt; &amp; &quot;` and numeric
 * entities are decoded; an unknown `&name;` stays literal text (tdlib keeps it). The result is the
 * visible text whose length the 4096 limit applies to (UTF-16 code units, like entity offsets).
 */

/** Tags Telegram accepts in parse_mode HTML (Bot API "Formatting options"). */
const SUPPORTED = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "span", "a", "code", "pre",
  "blockquote", "tg-emoji",
]);

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** Thrown with the text Telegram puts after "Bad Request: can't parse entities: ". */
export class HtmlParseError extends Error {}

export interface ParsedHtml {
  text: string;
  /** Tags seen, in order, with their attributes (for assertions on links). */
  tags: { name: string; attrs: Record<string, string> }[];
}

function byteOffset(s: string, i: number): number {
  return Buffer.byteLength(s.slice(0, i), "utf8");
}

function decodeEntity(src: string, i: number): { text: string; next: number } {
  const semi = src.indexOf(";", i);
  if (semi > i && semi - i <= 12) {
    const body = src.slice(i + 1, semi);
    if (body in NAMED) return { text: NAMED[body]!, next: semi + 1 };
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (num) {
      const code = num[1]!.startsWith("x") ? parseInt(num[1]!.slice(1), 16) : parseInt(num[1]!, 10);
      if (code > 0 && code <= 0x10ffff) return { text: String.fromCodePoint(code), next: semi + 1 };
    }
  }
  return { text: "&", next: i + 1 };
}

function parseAttrs(raw: string, tag: string, at: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let rest = raw.trim();
  while (rest.length > 0) {
    const m = /^([a-zA-Z][a-zA-Z0-9_-]*)\s*(=\s*("([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?\s*/.exec(rest);
    if (!m) throw new HtmlParseError(`Empty attribute name in the tag "${tag}" at byte offset ${at}`);
    const value = m[4] ?? m[5] ?? m[6] ?? "";
    attrs[m[1]!.toLowerCase()] = decodeAll(value);
    rest = rest.slice(m[0].length);
  }
  return attrs;
}

function decodeAll(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    if (s[i] === "&") {
      const d = decodeEntity(s, i);
      out += d.text;
      i = d.next;
    } else out += s[i++];
  }
  return out;
}

/** Parses Telegram HTML; throws HtmlParseError with Telegram's wording on malformed input. */
export function parseTelegramHtml(src: string): ParsedHtml {
  let text = "";
  const stack: string[] = [];
  const tags: ParsedHtml["tags"] = [];
  for (let i = 0; i < src.length; ) {
    const ch = src[i]!;
    if (ch === "&") {
      const d = decodeEntity(src, i);
      text += d.text;
      i = d.next;
      continue;
    }
    if (ch !== "<") {
      text += ch;
      i++;
      continue;
    }
    const at = byteOffset(src, i);
    const close = src.indexOf(">", i);
    if (close < 0) throw new HtmlParseError(`Unclosed start tag at byte offset ${at}`);
    const inner = src.slice(i + 1, close);
    if (inner.startsWith("/")) {
      const name = inner.slice(1).trim().toLowerCase();
      const open = stack.pop();
      if (open === undefined) throw new HtmlParseError(`Unexpected end tag at byte offset ${at}`);
      if (name !== "" && name !== open) {
        throw new HtmlParseError(`Unmatched end tag at byte offset ${at}, expected "</${open}>", found "</${name}>"`);
      }
    } else {
      const m = /^([a-zA-Z][a-zA-Z0-9-]*)([\s\S]*)$/.exec(inner);
      if (!m) throw new HtmlParseError(`Unsupported start tag at byte offset ${at}`);
      const name = m[1]!.toLowerCase();
      if (!SUPPORTED.has(name)) throw new HtmlParseError(`Unsupported start tag "${name}" at byte offset ${at}`);
      const attrs = parseAttrs(m[2]!.replace(/\/$/, ""), name, at);
      if (name === "a" && attrs.href === undefined) {
        throw new HtmlParseError(`Tag "a" must have attribute "href" at byte offset ${at}`);
      }
      if (name === "span" && attrs.class !== "tg-spoiler") {
        throw new HtmlParseError(`Tag "span" must have class "tg-spoiler" at byte offset ${at}`);
      }
      stack.push(name);
      tags.push({ name, attrs });
    }
    i = close + 1;
  }
  if (stack.length > 0) throw new HtmlParseError(`Can't find end tag corresponding to start tag "${stack.at(-1)}"`);
  return { text, tags };
}
