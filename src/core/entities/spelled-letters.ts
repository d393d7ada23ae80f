/**
 * Latin acronyms spelt out in Arabic letters' names: «بي إف إم» is BFM, «سي إن إن» CNN, «إم بي سي» MBC. A run of two
 * names of letters or more is the acronym. Some names are also Arabic words («أن», «أم», «أو», «في», «كي»): a run
 * needs one name that is no word, and «في» (in) is V only after «تي» (TV).
 */
const LETTERS: Record<string, string> = {
  "بي": "B", "سي": "C", "دي": "D", "إي": "E", "إف": "F", "اف": "F", "جي": "G", "إتش": "H", "اتش": "H", "آي": "I",
  "جاي": "J", "كي": "K", "إم": "M", "ام": "M", "إن": "N", "ان": "N", "أو": "O", "كيو": "Q", "آر": "R", "ار": "R",
  "إس": "S", "اس": "S", "تي": "T", "يو": "U", "في": "V", "دبليو": "W", "إكس": "X", "اكس": "X", "واي": "Y", "زد": "Z",
};
/** Names of letters that are also words: a run of these alone is words. */
const WORDS = new Set(["إم", "ام", "إن", "ان", "أو", "كي", "في"]);
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

/** The acronym spelt out by the words from `k` on («بي», «إف», «إم» → BFM) and how many words it takes, if any. */
export function acronymAt(words: readonly string[], k: number): { en: string; len: number } | undefined {
  const run: string[] = [];
  for (let j = k; j < words.length; j++) {
    const w = words[j]!.replace(DIACRITICS, "");
    if (LETTERS[w] === undefined || (w === "في" && run[run.length - 1] !== "تي")) break;
    run.push(w);
  }
  if (run.length < 2 || run.every((w) => WORDS.has(w))) return undefined;
  return { en: run.map((w) => LETTERS[w]).join(""), len: run.length };
}
