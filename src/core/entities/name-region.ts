/**
 * Where a person's name was written, for its English: بن is Ben in the Maghreb and bin in the Mashriq (see
 * transliterate). Royals are named the Gulf's way wherever they are written.
 */
import type { Sentence } from "../types.ts";
import { monthRegion } from "../dates/months.ts";

/** What the vote reads of a person's mention: its article and the office said with it. */
interface Mention {
  articleId: string;
  role?: string;
}

/**
 * Titles of royalty («الأمير فيصل», «الملك سلمان», «ولي العهد»): a royal is named by a first name and a chain of fathers,
 * the Gulf's way (bin, not the Maghreb's Ben), and is referred to by that first name alone.
 */
export const ROYAL_ROLE = /^(?:[وفبل]|لل)?(?:ال)?(?:أمير|امير|أميرة|اميرة|ملك|ملكة|ولي العهد)(?:\s|$)/;

/**
 * Whether a person's name was written in the Maghreb (its English spells بن as Ben), from the month names its articles
 * write (monthRegion: جانفي, جوان against يونيو, تموز): the articles that say win; when none of them names a month, the
 * corpus's articles that do.
 */
export function maghrebVote(sentences: readonly Sentence[]): (list: readonly Mention[]) => boolean {
  const byArticle = new Map<string, number>();
  for (const s of sentences) {
    for (const d of s.dates ?? []) {
      const r = monthRegion(d.phrase);
      if (r !== 0) byArticle.set(s.articleId, (byArticle.get(s.articleId) ?? 0) + r);
    }
  }
  let corpus = 0;
  for (const v of byArticle.values()) corpus += Math.sign(v);
  return (list) => {
    // A royal's name is the Gulf's wherever it is written.
    if (list.some((o) => o.role !== undefined && ROYAL_ROLE.test(o.role.trim()))) return false;
    let vote = 0;
    const seen = new Set<string>();
    for (const o of list) {
      if (seen.has(o.articleId)) continue;
      seen.add(o.articleId);
      vote += Math.sign(byArticle.get(o.articleId) ?? 0);
    }
    return (vote !== 0 ? vote : corpus) > 0;
  };
}
