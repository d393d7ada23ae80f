/**
 * A citation's rendered text (title, link, outlet and date; not its number) depends only on the article and the
 * answer's language, and the same articles are cited by answer after answer: a /who of a prominent person cites
 * hundreds. Each renderer memoises it here: a pure function of its input (not an answer cache), bounded, emptied
 * when full, keyed by the title and checked against the other fields.
 */
import type { Citation } from "../../core/reply.ts";
import type { Lang } from "../../core/types.ts";

const MAX_ENTRIES = 20_000;

type Fields = Pick<Citation, "title" | "source" | "date" | "url">;

/** Memoises `render(c, lang)` by the citation's fields and the language. */
export function memoCitation(render: (c: Fields, lang: Lang) => string): (c: Fields, lang: Lang) => string {
  const byLang = { ar: new Map<string, Fields & { text: string }>(), en: new Map<string, Fields & { text: string }>() };
  return (c, lang) => {
    const memo = byLang[lang];
    const hit = memo.get(c.title);
    if (hit !== undefined && hit.source === c.source && hit.date === c.date && hit.url === c.url) return hit.text;
    const text = render(c, lang);
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(c.title, { title: c.title, source: c.source, date: c.date, url: c.url, text });
    return text;
  };
}
