/**
 * Which sentences may be quoted as answers. Scraped pages keep some debris even after the loader's
 * cleaning (headings, captions, widgets, phone numbers, temperatures, category footers); answers must
 * never show it. The rules are general shapes of debris, not lists of strings from any corpus.
 */
import { wordCount } from "./terms.ts";
import { SPEECH_OPENER } from "./clause.ts";

/** Fewer words than this is a fragment, not a statement. */
export const MIN_WORDS = 6;

/** Sentences that end like statements (or quotations of them). */
const TERMINAL = /[.!?\u061F\u06D4"\u201D\u00BB)]\s*$/;

/**
 * True for text that is no statement at all: mostly digits or symbols (phone numbers, scores),
 * temperature and unit widgets, Latin-script chrome inside Arabic pages, lines that introduce a list
 * or link (ending with a colon).
 */
export function isBoilerplate(text: string): boolean {
  // One pass counts what three regex scans used to: non-space characters, digits, Arabic and Latin letters.
  let compact = 0;
  let digits = 0;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    compact++;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) digits++;
    else if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (compact === 0) return true;
  if (digits / compact > 0.3) return true;
  if (/°|℃|℉/.test(text)) return true;
  if (arabic > 0 && latin > arabic) return true;
  if (/[:：]\s*$/.test(text)) return true;
  if (/https?:\/\/|www\.|@\w/.test(text)) return true;
  return false;
}

/** The characters of the regex class \s (white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * True when a sentence may appear in a summary: a whole statement of at least MIN_WORDS words, not
 * debris, and not a heading (a short paragraph of its own with no closing punctuation).
 * `aloneInParagraph` says whether the sentence is its paragraph's only sentence; `words` is its word
 * count when the caller has already tokenised it.
 */
export function isStatement(text: string, aloneInParagraph: boolean, words: number = wordCount(text)): boolean {
  if (words < MIN_WORDS) return false;
  if (isBoilerplate(text)) return false;
  // Headings and captions: a lone short line with no closing punctuation.
  if (aloneInParagraph && words < 14 && !TERMINAL.test(text)) return false;
  return true;
}

/**
 * What can stand right after a speech verb when the sentence does not say who spoke: a preposition, a complementizer or
 * a colon («وأوضحت في تصريح للجوهرة، أن …», «وأضاف أن …», «وتابع: …»). Not a time word nor a quotation mark: the
 * speaker may follow them («أعلن اليوم الأحد الرئيس السابق X», «وأضاف "كيم" أن»).
 */
const EMPTY_SUBJECT =
  /^[\s،,]*(?:(?:في|فى|أن|ان|إن|أنه|انه|إنه|أنها|انها|إنها|أنهم|انهم|بأن|بان|بأنه|بانه|إلى|الى|لدى|خلال|على|عن|ايضا|أيضا|كذلك)(?=[\s،,.:]|$)|لل|لـ|[:\-–])/u;

/** Verbs that go on with the report before them, whoever they name («وأضاف X أن», «وتابع»). */
const GOES_ON = /^[\s"«(]*[وف]\s?(?:أضاف|أضافت|اضاف|اضافت|تابع|تابعت|أردف|أردفت|اردف|استطرد|استطردت|واصل|واصلت)(?=[\s،,:]|$)/u;
/** «وتم نقله إلى المستشفى», «وقد تم إيقافها»: a passive whose object pronoun points to someone named before. */
const POINTS_BACK = /^[\s"«(]*و\s?(?:قد\s+)?تم(?:ت)?\s+\S+(?:ه|ها|هما|هم)(?=[\s،,.]|$)/u;

/**
 * True for a statement that leans on the sentence before it: it reports someone's words without naming them
 * («وأوضحت في تصريح …، أن …»: who "she" is was said before), goes on with a report («وأضاف مراسل … أن …»), or points back
 * to someone with a pronoun («وتم نقله إلى المستشفى»). Alone, such a line reads poorly: a summary prefers another.
 */
export function leansOnBefore(text: string): boolean {
  if (GOES_ON.test(text) || POINTS_BACK.test(text)) return true;
  const verb = SPEECH_OPENER.exec(text);
  return verb !== null && EMPTY_SUBJECT.test(text.slice(verb[0].length));
}
