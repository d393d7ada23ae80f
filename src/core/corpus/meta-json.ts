/**
 * meta.json beside corpus files (the seeds' format): `{ "articles": { "<file name>": { title, source,
 * source_en, published, published_precision, url, lang } } }`. A flat object keyed by file name is
 * accepted too.
 */

/** Metadata of one article as found in meta.json or front matter (all optional, all strings). */
export interface RawMeta {
  title?: string;
  source?: string;
  source_en?: string;
  published?: string;
  published_precision?: string;
  url?: string;
  lang?: string;
}

const KEYS = ["title", "source", "source_en", "published", "published_precision", "url", "lang"] as const;

/** Keeps the known keys whose values are non-empty strings (null in JSON means "unknown"). */
export function pickMeta(value: unknown): RawMeta {
  const out: RawMeta = {};
  if (value === null || typeof value !== "object") return out;
  const record = value as Record<string, unknown>;
  for (const key of KEYS) {
    const v = record[key];
    if (typeof v === "string" && v.trim() !== "") out[key] = v.trim();
  }
  return out;
}

/** Parses meta.json text into a map from file name to metadata; an error value when it is not JSON. */
export function parseMetaJson(text: string): Map<string, RawMeta> | { reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { reason: `meta.json is not valid JSON: ${(e as Error).message}` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { reason: "meta.json is not an object" };
  const root = data as Record<string, unknown>;
  const entries = root.articles !== null && typeof root.articles === "object" ? root.articles : root;
  const out = new Map<string, RawMeta>();
  for (const [name, value] of Object.entries(entries as Record<string, unknown>)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) out.set(name, pickMeta(value));
  }
  return out;
}
