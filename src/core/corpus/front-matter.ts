/**
 * Front matter of a corpus file: an optional block at the very top,
 *
 *     ---
 *     title: ...
 *     published: 2024-07-25
 *     ---
 *
 * made of `key: value` lines (blank lines and `#` comments allowed). Values may be quoted. A block that is
 * never closed, or holds a line that is not `key: value`, is an error value, not an exception.
 */

/** Parsed front matter: lower-cased keys; `body` is the text after the block, `bodyLine` its 1-based line. */
export interface FrontMatter {
  meta: Record<string, string>;
  body: string;
  bodyLine: number;
}

/** Why the front matter could not be read, with the 1-based line. */
export interface FrontMatterError {
  line: number;
  reason: string;
}

const KEY_VALUE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

/** Splits a file's text into front matter and body. Text without a leading `---` has empty meta. */
export function parseFrontMatter(text: string): FrontMatter | FrontMatterError {
  if (!/^---[ \t]*\r?\n/.test(text)) return { meta: {}, body: text, bodyLine: 1 };
  const lines = text.split("\n");
  // An unclosed block is reported as such, not as its first prose line "not being key: value".
  if (!lines.slice(1).some((l) => /^---\s*$/.test(l))) return { line: 1, reason: "front matter: opening --- is never closed" };
  const meta: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (/^---\s*$/.test(line)) {
      return { meta, body: lines.slice(i + 1).join("\n"), bodyLine: i + 2 };
    }
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = KEY_VALUE.exec(line);
    if (!m) return { line: i + 1, reason: `front matter: line is not "key: value": ${line.slice(0, 60)}` };
    meta[m[1]!.toLowerCase()] = unquote(m[2]!.trim());
  }
  return { line: 1, reason: "front matter: opening --- is never closed" };
}

/** Type guard for the error branch of `parseFrontMatter`. */
export function isFrontMatterError(r: FrontMatter | FrontMatterError): r is FrontMatterError {
  return "reason" in r;
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1);
  }
  return v;
}
