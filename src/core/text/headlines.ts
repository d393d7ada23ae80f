/**
 * Runs of other articles' headlines. News sites end some pages with their latest headlines, and some articles are
 * round-ups of the day's news: a paragraph of headlines written one after the other with no punctuation between them
 * ("مصدر عسكري ليبي ينفي مقتل أبو عياض المصادقة على مشروع تنقيح القانون الأساسي … تونس تتسلم 46 حافلة مستعملة من
 * فرنسا …"). Read as one sentence it is nonsense: a date in one headline dates the others, a name in one is said to do
 * what another says. The corpus holds the articles behind most of those headlines, so their titles show where each
 * headline starts and ends (the site writes them as it wrote the titles): a sentence holding two or more of them is
 * cut into its headlines, and those the corpus holds are left out (their articles say it, dated and in full); the rest
 * stay, one sentence each.
 */

/** Titles shorter than this many words are not looked for (a short title may be an ordinary phrase). */
const MIN_TITLE_WORDS = 4;

/** A title with its spaces made single and its ends trimmed of quotation marks and spaces. */
function clean(title: string): string {
  return title.replace(/\s+/g, " ").replace(/^[\s"'«»“”]+|[\s"'«»“”]+$/g, "");
}

/** FNV-1a of a text, as split() computes it character by character without making a string. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // (30 bits: a small integer to V8, not a boxed number.)
  return h & 0x3fffffff;
}

/** Whether a word ends at text[at]: the end, a space or punctuation. */
function wordEndsAt(text: string, at: number): boolean {
  return at >= text.length || /[\s.,:;!?،؛؟"'«»“”()…-]/.test(text[at]!);
}

export class HeadlineIndex {
  /** Titles as written with single spaces, by their first two words joined by one space. */
  private readonly byPair = new Map<string, string[]>();
  /** Hashes of those pairs: most pairs of words in a sentence are not one, and are passed over on this test. */
  private readonly pairs = new Set<number>();

  constructor(titles: Iterable<string>) {
    for (const title of titles) {
      const raw = clean(title);
      const words = raw.split(" ");
      if (words.length < MIN_TITLE_WORDS) continue;
      const pair = `${words[0]} ${words[1]}`;
      this.pairs.add(hashOf(pair));
      const list = this.byPair.get(pair);
      if (list === undefined) this.byPair.set(pair, [raw]);
      else if (!list.includes(raw)) list.push(raw);
    }
  }

  /**
   * The sentence cut at the headlines it runs together (two or more titles of the corpus as written, `ownTitle`
   * excepted), each piece trimmed and, when it is one of those titles, marked `headline`; the sentence alone when it
   * holds fewer.
   */
  split(sentence: string, ownTitle?: string): { text: string; headline: boolean }[] {
    const whole = [{ text: sentence, headline: false }];
    if (this.byPair.size === 0) return whole;
    // A sentence that ends with a full stop is no run of headlines (titles have none; one that ends with «..» is a
    // title's): nineteen sentences in twenty stop here.
    let e = sentence.length - 1;
    while (e > 0 && sentence.charCodeAt(e) <= 32) e--;
    if (sentence.charCodeAt(e) === 46 && sentence.charCodeAt(e - 1) !== 46) return whole;
    const own = ownTitle === undefined ? "" : clean(ownTitle);
    // Headlines: at a word that opens a title (its first two words, as written), the longest title written from there.
    const found: { start: number; end: number }[] = [];
    // FNV-1a over each word and over each pair of words one space apart, as the characters go by.
    let prev = -1;
    let from = -1;
    let word = 0;
    let pair = 0;
    let prevWord = 0;
    for (let i = 0; i <= sentence.length; i++) {
      const c = i < sentence.length ? sentence.charCodeAt(i) : 32;
      const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
      if (!space) {
        if (from < 0) {
          from = i;
          word = 0x811c9dc5;
          // A pair is two words with one space between them.
          prev = prev >= 0 && from >= 2 && sentence.charCodeAt(from - 1) === 32 && sentence.charCodeAt(from - 2) !== 32 ? prev : -1;
          pair = Math.imul(prevWord ^ 32, 0x01000193);
        }
        word = Math.imul(word ^ c, 0x01000193);
        pair = Math.imul(pair ^ c, 0x01000193);
      } else if (from >= 0) {
        const titles = prev >= 0 && this.pairs.has(pair & 0x3fffffff) ? this.byPair.get(sentence.slice(prev, i)) : undefined;
        let best: string | undefined;
        for (const t of titles ?? []) {
          if ((best === undefined || t.length > best.length) && t !== own && sentence.startsWith(t, prev) && wordEndsAt(sentence, prev + t.length)) best = t;
        }
        const last = found[found.length - 1];
        if (best !== undefined && (last === undefined || prev >= last.end)) {
          found.push({ start: prev, end: prev + best.length });
          // On after the headline: its last word is no next one's first.
          i = prev + best.length - 1;
          prev = -1;
          from = -1;
          continue;
        }
        prev = from;
        prevWord = word;
        from = -1;
      }
    }
    if (found.length < 2) return whole;
    // Each headline a piece, and what is between them (a headline of an article the corpus does not hold) another.
    const pieces: { text: string; headline: boolean }[] = [];
    const push = (a: number, b: number, headline: boolean) => {
      const text = sentence.slice(a, b).trim();
      if (text !== "") pieces.push({ text, headline });
    };
    push(0, found[0]!.start, false);
    found.forEach((f, n) => {
      push(f.start, f.end, true);
      push(f.end, found[n + 1]?.start ?? sentence.length, false);
    });
    return pieces;
  }
}
