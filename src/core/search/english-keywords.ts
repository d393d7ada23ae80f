/**
 * English words of a query read as the Arabic the articles write (english-keywords.json), so that /search, /timeline
 * and /summary asked in English find Arabic articles. Names are not read here: people, bodies and places are found by
 * their English names (index/entity-lookup.ts).
 */
import data from "./english-keywords.json" with { type: "json" };

const WORDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.words));
const FUNCTION_WORDS: ReadonlySet<string> = new Set(data.functionWords);
export const LATIN_WORD = /[A-Za-z][A-Za-z'’.-]*/g;

/** A word as the table keys it: lower case, without a possessive or trailing marks. */
function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, "").replace(/[.'’-]+$/, "");
}

/** The table's key for an English word: as written, then without a plural ending. */
function keyOf(word: string): string | undefined {
  const w = bare(word);
  for (const k of [w, w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, "")]) if (WORDS.has(k)) return k;
  return undefined;
}

/**
 * The query for a timeline or a summary, whose sentences must hold every word of it: each English word the table
 * knows becomes its first Arabic form, and Arabic words stay. English function words are left out, and so are the
 * words `drop` says the query may go without (a place it names: «Iraq withdrawal» asks for withdrawals, which the
 * sentences about them need not name). Undefined when the query has an English word that is none of these, or no
 * word the table knows: the query is then read as it is (a name, an office).
 */
export function arabicQuery(query: string, drop: (word: string) => boolean = () => false): string | undefined {
  let known = false;
  let unknown = false;
  const out = query.replace(LATIN_WORD, (word) => {
    const key = keyOf(word);
    if (key !== undefined) {
      known = true;
      return ` ${WORDS.get(key)![0]} `;
    }
    if (!FUNCTION_WORDS.has(bare(word)) && !drop(word)) unknown = true;
    return " ";
  });
  return known && !unknown ? out.replace(/\s+/g, " ").trim() : undefined;
}

/** Every Arabic form of the query's English words the table knows: /search ranks articles by any of them. */
export function arabicForms(query: string): string[] {
  const out = new Set<string>();
  for (const word of query.match(LATIN_WORD) ?? []) {
    const key = keyOf(word);
    if (key !== undefined) for (const form of WORDS.get(key)!) out.add(form);
  }
  return [...out];
}
