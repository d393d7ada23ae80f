/**
 * The clause that carries a date. Arabic news sentences often run to a hundred words joined by commas;
 * a timeline entry wants the part around the date, grown to a readable length.
 */

/** Sentences up to this many words are shown whole. */
const WHOLE_MAX_WORDS = 45;
/** A clause window grows until it has this many words (or the sentence runs out). */
const MIN_WINDOW_WORDS = 18;
/** ...and stops growing before it passes this many. */
const MAX_WINDOW_WORDS = 45;
/**
 * A window still shorter than MIN_WINDOW_WORDS whose next clause is too long to take whole («وأوضحت الوزارة في
 * بلاغ لها اليوم الأحد، أن …») takes that clause's first words, up to this many in all: what was said, not only who.
 */
const FILLED_WORDS = 30;
/**
 * A clause that opens by pointing back («وذلك خلال ندوة صحفية اليوم», «مما …», «وهو ما …») says nothing alone: it
 * takes the clause before it even past MAX_WINDOW_WORDS, up to this many words.
 */
const DEPENDENT_MAX_WORDS = 80;
/** A window longer than this (a clause that runs on without a comma) is cut to the words around its date. */
const CUT_WORDS = 80;
const BEFORE_DATE_WORDS = 15;
const AFTER_DATE_WORDS = 30;
/**
 * A window that opens with what was said («أن مجلس الوزراء صادق …», after a comma) takes this many first words of the
 * clause before it, who said it («وأوضح وزير الشؤون الاجتماعية محمد الطرابلسي خلال… أن …»).
 */
const SPEAKER_WORDS = 8;
const REPORTED_OPENER = /^[\s"«(]*(?:أن|إن|ان|بأن|بان|أنه|انه|إنه|أنها|انها|إنها|بأنه|بانه)(?=\s)/u;
/** A clause that opens with a speech verb (past, present or participle), behind و/ف or «كما». */
export const SPEECH_OPENER =
  /^[\s"«(]*(?:[وف]\s?)?(?:كما\s+|قد\s+)?(?:قال|قالت|أكد|أكدت|اكد|اكدت|أكّد|أوضح|أوضحت|اوضح|أضاف|أضافت|اضاف|أشار|أشارت|اشار|كشف|كشفت|ذكر|ذكرت|صرح|صرحت|أعلن|أعلنت|اعلن|أفاد|أفادت|افاد|بين|بينت|بيّن|اعتبر|اعتبرت|لاحظ|لاحظت|شدد|شددت|نفى|نفت|تابع|تابعت|يقول|تقول|يؤكد|تؤكد)(?=[\s،,]|$)/u;
const DEPENDENT_OPENER = /^[\s"«(]*(?:و\s?)?(?:ذلك|هو ما|هي ما|مما|الذي|التي|الذين)(?=[\s،,]|$)/u;

const words = (s: string): number => (s.trim() ? s.trim().split(/\s+/).length : 0);

/**
 * The text to show for a date found at [start, end) of `sentence`: the sentence itself when short,
 * else the comma-delimited clauses around the date. `whole` says which. `cut: false` keeps a run-on clause whole (to
 * tell whether two dates share one).
 */
export function dateClause(
  sentence: string,
  start: number,
  end: number,
  cut = true,
  /** Where the sentence's other dates are: the window keeps out of their clauses, and a short sentence is cut too. */
  others: readonly { start: number }[] = [],
): { text: string; whole: boolean } {
  if (words(sentence) <= WHOLE_MAX_WORDS && others.length === 0) return { text: sentence, whole: true };
  // Clause boundaries: Arabic and Latin commas and semicolons (the date phrase itself has none inside
  // that matter: boundaries within it are skipped below).
  const bounds: number[] = [0];
  for (let i = 0; i < sentence.length; i++) {
    if (!"،,؛;".includes(sentence[i]!) || (i >= start && i < end)) continue;
    // Not a comma between digits: a decimal or thousands separator («4،058 مليون دينار»).
    if (/\d/.test(sentence[i - 1] ?? "") && /\d/.test(sentence[i + 1] ?? "")) continue;
    bounds.push(i + 1);
  }
  bounds.push(sentence.length);
  const clauses: string[] = [];
  let dateClauseAt = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    if (bounds[k]! <= start && start < bounds[k + 1]!) dateClauseAt = k;
    clauses.push(sentence.slice(bounds[k], bounds[k + 1]));
  }
  let lo = dateClauseAt;
  let hi = dateClauseAt;
  let count = words(clauses[lo]!);
  if (lo > 0 && DEPENDENT_OPENER.test(clauses[lo]!) && count + words(clauses[lo - 1]!) <= DEPENDENT_MAX_WORDS) {
    lo--;
    count += words(clauses[lo]!);
  }
  // A clause that holds another date is that date's, and so are those after it up to this one (what follows a date
  // tells its event); a clause after this one, before the next date, is this one's.
  const theirs = (k: number) => others.some((o) => bounds[k]! <= o.start && o.start < bounds[k + 1]!);
  const theirsBefore = (k: number) => others.some((o) => o.start < bounds[k + 1]!);
  // Grow to the left first: the subject and verb of an Arabic clause usually precede the date.
  while (count < MIN_WINDOW_WORDS && (lo > 0 || hi < clauses.length - 1)) {
    const left = lo > 0 && !theirsBefore(lo - 1) ? words(clauses[lo - 1]!) : Infinity;
    const right = hi < clauses.length - 1 && !theirs(hi + 1) ? words(clauses[hi + 1]!) : Infinity;
    if (count + left <= MAX_WINDOW_WORDS) {
      lo--;
      count += left;
    } else if (count + right <= MAX_WINDOW_WORDS) {
      hi++;
      count += right;
    } else break;
  }
  let text = clauses.slice(lo, hi + 1).join("");
  if (count < MIN_WINDOW_WORDS && hi < clauses.length - 1 && !theirs(hi + 1)) {
    const more = clauses.slice(hi + 1).join("").trim().split(/\s+/).slice(0, FILLED_WORDS - count);
    text = `${text.replace(/\s+$/, "")} ${more.join(" ")}`;
  }
  text = text.trim().replace(/^[،,؛;\s]+|[،,؛;\s]+$/g, "");
  // A run-on clause with no comma for a hundred words: the words around the date.
  if (cut && words(text) > CUT_WORDS) return aroundDate(sentence, start, bounds[lo]!, bounds[hi + 1]!);
  if (lo > 0) {
    // The attribution may run over several clauses («وقال وزير الداخلية، الهادي مجدوب في رده، إن …»): from the
    // nearest one that opens with a speech verb. A short one is taken whatever the window opens with.
    let from = lo - 1;
    while (from > 0 && !SPEECH_OPENER.test(clauses[from]!) && lo - from < 4) from--;
    const attributed = SPEECH_OPENER.test(clauses[from]!);
    const short = attributed && words(clauses.slice(from, lo).join("")) <= SPEAKER_WORDS;
    if (!short && !REPORTED_OPENER.test(text)) return { text: hi < clauses.length - 1 ? `${text}…` : text, whole: false };
    if (!attributed) from = lo - 1;
    const speaker = clauses.slice(from, lo).join("").trim().replace(/[،,؛;\s]+$/, "").split(/\s+/);
    const lead = speaker.slice(0, SPEAKER_WORDS).join(" ");
    return { text: `${lead}${speaker.length > SPEAKER_WORDS ? "…" : "،"} ${text}${hi < clauses.length - 1 ? "…" : ""}`, whole: false };
  }
  if (lo === 0 && hi === clauses.length - 1) return { text: sentence, whole: true };
  return { text: hi < clauses.length - 1 ? `${text}…` : text, whole: false };
}

/**
 * A sentence told again in one answer for another of its dates («أعلنت … الاثنين أنها ستطلب الأسبوع المقبل تنظيم استفتاء
 * … في نهاية 2018»), when no clause of its own holds that date: the few words around it, so that each line shows what
 * its date is about.
 */
export function wordsAroundDate(sentence: string, start: number): string {
  return aroundDate(sentence, start, 0, sentence.length, NEAR_BEFORE_WORDS, NEAR_AFTER_WORDS).text;
}
const NEAR_BEFORE_WORDS = 6;
const NEAR_AFTER_WORDS = 12;

/** The words of sentence[from, to) around the one at `at`: `before` words before it and `after` from it. */
function aroundDate(sentence: string, at: number, from: number, to: number, before = BEFORE_DATE_WORDS, after = AFTER_DATE_WORDS): { text: string; whole: boolean } {
  const spans = [...sentence.slice(from, to).matchAll(/\S+/g)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  const date = Math.max(0, spans.findIndex((w) => w.end > at));
  const a = Math.max(0, date - before);
  const b = Math.min(spans.length - 1, date + after - 1);
  const text = sentence.slice(spans[a]!.start, spans[b]!.end).replace(/^[،,؛;\s]+|[،,؛;\s]+$/g, "");
  return { text: `${a > 0 || from > 0 ? "…" : ""}${text}${b < spans.length - 1 || to < sentence.length ? "…" : ""}`, whole: false };
}
