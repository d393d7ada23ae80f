/**
 * Tolerant reading of a model's JSON: servers without structured output (or models that ignore it)
 * wrap JSON in code fences, prose or trailing commas. Pure.
 */

/** Parses the first JSON object or array in `text`; undefined when there is none. */
export function parseJsonLoose(text: string): unknown {
  const unfenced = text.replace(/```(?:json)?/gi, "").trim();
  const direct = tryParse(unfenced);
  if (direct !== undefined) return direct;
  const start = unfenced.search(/[[{]/);
  if (start < 0) return undefined;
  const close = unfenced[start] === "{" ? "}" : "]";
  const end = unfenced.lastIndexOf(close);
  if (end <= start) return undefined;
  const slice = unfenced.slice(start, end + 1);
  // A trailing comma before a closing bracket is the commonest near-miss.
  return tryParse(slice) ?? tryParse(slice.replace(/,\s*([}\]])/g, "$1"));
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Numbered strings from a loose reply: `{items:[{n, <field>}]}` (or `translations`/`results`, or a bare
 * array), or a map `{"1": "..."}`. Returns n → text; items without a usable n or text are dropped.
 */
export function numberedStrings(reply: unknown, field: string): Map<number, string> {
  const out = new Map<number, string>();
  const record = isRecord(reply) ? reply : undefined;
  const list = Array.isArray(reply)
    ? reply
    : [record?.["items"], record?.["translations"], record?.["results"]].find(Array.isArray);
  if (Array.isArray(list)) {
    list.forEach((item: unknown, i) => {
      if (typeof item === "string") {
        // A bare list of strings: position is the only numbering there is.
        out.set(i + 1, item);
        return;
      }
      if (!isRecord(item)) return;
      const n = Number(item["n"] ?? item["id"] ?? item["index"]);
      const value = item[field] ?? item["translation"] ?? item["text"];
      if (Number.isInteger(n) && typeof value === "string") out.set(n, value);
    });
    return out;
  }
  if (record) {
    for (const [key, value] of Object.entries(record)) {
      const n = Number(key);
      if (Number.isInteger(n) && typeof value === "string") out.set(n, value);
    }
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
