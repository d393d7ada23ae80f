/**
 * Tokenisation for search and counting: Arabic words, Latin words (with their digits: "mate9", "covid19")
 * and digit runs, each a normalised key (`normalizeKey`: no diacritics or tatweel, one alef, ة→ه, ى→ي,
 * Latin lower case, ASCII digits). Punctuation, symbols and white space separate tokens.
 *
 * Also the Arabic stop-word set (function words: prepositions, conjunctions, pronouns, auxiliaries),
 * shared by search, summaries and the timeline.
 */
import { normalizeKey } from "./normalize.ts";

/** Arabic letter runs, or Latin letter/digit runs, or digit runs (normalizeKey has made digits ASCII). */
const TOKEN = /[\u0621-\u064A\u0671-\u06D3]+|[a-z0-9\u00DF-\u024F]+/g;

/** Splits text into normalised tokens, in order. Stop words are kept: callers filter with `isStopword`. */
export function tokenize(text: string): string[] {
  return tokenizeKey(normalizeKey(text));
}

/** tokenize of a text whose `normalizeKey` the caller already has. */
export function tokenizeKey(key: string): string[] {
  return key.match(TOKEN) ?? [];
}

/**
 * Arabic function words, as written; `STOPWORDS` holds their normalised keys. Includes the forms with
 * the conjunction و attached ("وفي", "والتي") because clitics are not stripped before this check.
 */
const ARABIC_FUNCTION_WORDS = `
في من على إلى الى عن مع عند لدى منذ حتى خلال بين حول دون ضد نحو عبر لدى قبل بعد فوق تحت أمام وراء
و ف ب ك ل ثم أو أم بل لكن لكنّ لكنه لكنها إذ إذا اذا لو لولا كي لكي لأن لان حيث بينما كما مثل
أن إن أنّ إنّ أنه أنها انه انها إنه إنها بأن بان لأنه كأن
هو هي هم هن هما أنا نحن أنت أنتم انت انتم نحن
هذا هذه ذلك تلك هؤلاء أولئك هنا هناك هنالك ذاك
الذي التي الذين اللذين اللتين اللواتي اللاتي ما ماذا من متى أين كيف لماذا كم أي أيّ
كان كانت كانوا يكون تكون يكونون ليس ليست لم لن لا قد لقد سوف ما زال لايزال يزال تزال
كل كلا بعض غير سوى أيضا أيضاً فقط جدا جداً ذات نفس عدة وفق وفقا حسب بحسب
له لها لهم لهن به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه اليه إليها اليها عنه عنها
وفي ومن وعلى وإلى والى وعن ومع وهو وهي وهم وهذا وهذه وذلك والتي والذي والذين وكان وكانت وقد ولا ولم ولن وأن وإن وما وكل
فقد فإن فان بأنه بانه كما لما مما عما فيما بما إلا الا أما اما إما
`;

/** Normalised keys of Arabic function words plus a few English ones (queries may be English). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...ARABIC_FUNCTION_WORDS.split(/\s+/).filter(Boolean).map(normalizeKey),
  ..."a an the of in on at to for and or by with from is are was were be as that this it its".split(" "),
]);

/** True for a function word (the argument is a token from `tokenize`, i.e. already normalised). */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
