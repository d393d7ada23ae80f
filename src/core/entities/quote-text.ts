/**
 * The text of quotations: where quoted spans open and close in a sentence, how the words said are trimmed (the
 * complementizer before them, the newsroom's "as he put it" and words left hanging after them), which quoted spans are
 * titles or names rather than words said, and which full stops end a sentence the splitter left joined. quotes.ts
 * decides who said them.
 */
import type { QuoteMention } from "../types.ts";
import { NAME_INDEX } from "./lexicon.ts";
import { ORG_HEADS } from "./flags.ts";
import { COMPLEMENTIZER, isCloseQuote, isOpenQuote } from "./phrase.ts";
import { foldKey } from "./tokenize.ts";
import type { SentenceWork } from "./work.ts";
import type { Token } from "./tokenize.ts";

/** A quoted span: the tokens of its marks (open, close) and the characters between them (start, end). */
export interface Span {
  open: number;
  close: number;
  start: number;
  end: number;
  used: boolean;
}

/** إن/أن and their forms with a pronoun or ب, folded: what follows is the words said (phrase.ts, where names read it too). */
export { COMPLEMENTIZER };
const MIN_WORDS = 3;

export function quoteSpans(w: SentenceWork): Span[] {
  const spans: Span[] = [];
  const { toks } = w;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isOpenQuote(t)) continue;
    // A straight quote glued to the word before it and followed by a space closes a name whose opening mark is missing
    // ("في تصريح للجوهرة اف ام" اليوم"): it opens nothing.
    if (t.raw === '"' && /[\p{L}\p{N}]/u.test(w.text[t.start - 1] ?? "") && /\s/.test(w.text[t.end] ?? " ")) continue;
    // Nor one right before a full stop or a comma ("… الجوالة) ". وأضاف"): it closes words whose opening mark was another.
    if (t.raw === '"' && /^[.،,؛;!?؟]/.test(w.text.slice(t.end, t.end + 1))) continue;
    const want = t.raw === "\u201C" || t.raw === "\u201E" ? "\u201D" : t.raw === "\u00AB" ? "\u00BB" : '"';
    let j = i + 1;
    while (j < toks.length && !(isCloseQuote(toks[j]) && toks[j]!.raw === want)) j++;
    const end = j < toks.length ? toks[j]!.start : w.text.length;
    let words = 0;
    for (let k = i + 1; k < j; k++) if (toks[k]!.kind === "w") words++;
    if (words >= MIN_WORDS) spans.push({ open: i, close: j, start: t.end, end, used: false });
    i = j;
  }
  return spans;
}

/** A preposition, conjunction or relative pronoun that ends a span cut short. */
const DANGLING = /\s+(?:في|من|على|الى|إلى|عن|مع|ب|ل|و|ثم|أو|او|الذي|التي|الذين|اللذين|اللتين|ما|لما|كما|فيما|بينما|حين|حيث|أن|ان|إن|وفق|وفقا|حسب|بحسب|وهو|وهي)$/u;
/** The newsroom's "as he put it" after the words said («…، وفق تعبيره», «" حسب قولها»). */
const AS_PUT = /[\s"'“”«»،,]*(?:وفق|حسب|بحسب|على حد|على حدّ)\s+(?:تعبيره|تعبيرها|تعبيرهم|قوله|قولها|قولهم)$/u;
/** "، (من) دون أن يكشف/يوضح …": the newsroom saying what a speaker did not reveal (a third person's verb). */
const NOT_SAYING = /[،,]\s*(?:من\s+)?(?:دون|غير)\s+(?:أن|ان)\s+[يت](?:كشف|وضح|حدد|ذكر|قدم|عطي|فصح|دلي|شير|فصل)/u;

/**
 * After that verb's stem, its object or a preposition (the speaker is who did not reveal: "يكشف تفاصيلها", "يشير الى
 * الوقت", "يحدد الموعد"), not a subject of its own ("توضح وزارة الداخلية الأسباب": someone else, and the speaker may be
 * the one saying so).
 */
function noSubjectAfter(rest: string): boolean {
  const words = rest.replace(/^[\u0621-\u064A]*/u, "").trim().split(/\s+/).map((x) => x.replace(/[^\u0621-\u064A]/gu, ""));
  const [w1 = "", w2 = ""] = words;
  if (w1 === "") return true;
  if (/^(?:إلى|الى|عن|في|على|لل|ل|ب)/u.test(w1) || /(?:ه|ها|هم|هما)$/u.test(w1)) return true;
  return w1.startsWith("ال") && !w2.startsWith("ال");
}

/** "، بحسب ما جاء في …", "، وفق ما نقلته …": the newsroom naming its source after reported words. */
const NEWSROOM_SOURCE = /[،,]\s*(?:و)?(?:بحسب|حسب|وفق|وفقا ل|طبقا ل)\s*ما\s+(?:جاء|ورد|أورد|اورد|نقل|ذكر|أفاد|افاد|نشر)/u;

/** Whether every quotation opened in `text` is closed in it. */
function outsideQuotes(text: string): boolean {
  const straight = text.split('"').length - 1;
  return straight % 2 === 0 && text.split("«").length === text.split("»").length && text.split("\u201C").length === text.split("\u201D").length;
}

/** Openings of the newsroom's own sentences. */
const EDITORIAL = /^(?:و)?(?:يشار|يذكر|تجدر الإشارة|تجدر الاشارة|للإشارة|للاشارة|للتذكير)(?=\s|$)/u;

/** Spaces, quote marks and punctuation at the edges of the words said. */
const EDGE = /[\s"'“”«»:،,.]/;

/** The words said between `start` and `end`, trimmed; undefined when too few are left or they are the newsroom's. */
export function trimmed(w: SentenceWork, start: number, end: number): QuoteMention | undefined {
  let s = start;
  let e = end;
  const text = w.text;
  const backOff = () => {
    while (e > s && EDGE.test(text[e - 1]!)) e--;
  };
  while (s < e && EDGE.test(text[s]!)) s++;
  // «" أن فتح التحقيق ...»: the complementizer before the words said is not theirs.
  const lead = /^(?:أن|إن|ان)\s+/.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  backOff();
  const put = AS_PUT.exec(text.slice(s, e));
  if (put) {
    e -= put[0].length;
    backOff();
  }
  // "… وافق على خطط للرد، من دون أن يكشف تفاصيلها": the newsroom's remark on what the speaker left out, outside any
  // quotation marks, is not the speaker's.
  // "… خلال الأشهر القادمة، بحسب ما جاء في حوار صحفي أدلى به": where the newsroom read it, not what was said.
  const source = NEWSROOM_SOURCE.exec(text.slice(s, e));
  if (source && source.index > 0 && outsideQuotes(text.slice(s, s + source.index))) {
    e = s + source.index;
    backOff();
  }
  const aside = NOT_SAYING.exec(text.slice(s, e));
  if (aside && aside.index > 0 && outsideQuotes(text.slice(s, s + aside.index)) && noSubjectAfter(text.slice(s + aside.index + aside[0].length, e))) {
    e = s + aside.index;
    backOff();
  }
  // A word left hanging where the words said were cut off ("… بعينه في", "لحزبه الجديد، الذي") is not theirs.
  for (let m = DANGLING.exec(text.slice(s, e)); m !== null && e - m[0].length > s; m = DANGLING.exec(text.slice(s, e))) {
    e -= m[0].length;
    backOff();
  }
  // A quotation inside the words said keeps its closing mark («ذلك يعد "خبرا عاريا من الصحة"»).
  const inner = text.slice(s, e);
  const closer = text[e];
  if (
    (closer === '"' && (inner.split('"').length - 1) % 2 === 1) ||
    (closer === "»" && inner.split("«").length > inner.split("»").length) ||
    (closer === "\u201D" && inner.split("\u201C").length > inner.split("\u201D").length)
  ) {
    e++;
  }
  // …and a quotation that opens them keeps its opening mark («إن "تلاعبا" وقع في ملف زروق»).
  const said = text.slice(s, e);
  let open = s - 1;
  while (open >= start && /\s/.test(text[open]!)) open--;
  const opener = open >= start ? text[open] : undefined;
  if (
    (opener === '"' && (said.split('"').length - 1) % 2 === 1) ||
    (opener === "«" && said.split("»").length > said.split("«").length) ||
    (opener === "\u201C" && said.split("\u201D").length > said.split("\u201C").length)
  ) {
    s = open;
  }
  const body = text.slice(s, e);
  // The newsroom's words ("يشار أن المقابلة ستنطلق …"), not the speaker's.
  if (EDITORIAL.test(body)) return undefined;
  if (body.split(/\s+/).length < MIN_WORDS) return undefined;
  return { speaker: "", text: body, start: s, end: e };
}

/**
 * Words before a quoted name that make it a title, not what was said: a newspaper, a channel, a programme, a
 * workshop, a meeting's title or slogan ("لصحيفة «فرانكفورتر…»", "مع شبكة "سي بي اس"", "حول "رجوع الإرهابيين"", "تحت
 * عنوان "المرأة التونسية حصن ضد الإرهاب"").
 */
const TITLE_NOUNS = new Set(
  ["صحيفة", "جريدة", "مجلة", "قناة", "شبكة", "إذاعة", "اذاعة", "موقع", "وكالة", "برنامج", "ورشة", "ندوة", "كتاب", "فيلم", "مسرحية", "مهرجان", "حملة", "مشروع", "مبادرة", "بعنوان", "عنوان", "شعار", "وسم", "هاشتاغ", "حول", "مراسل", "مراسلة", "مبعوث", "مبعوثة", "موفد", "موفدة", "موجات", "أثير"].map(foldKey),
);
/** Prepositions before a short quoted name: where or with whom something was said ("في اتصال هاتفي مع "الجوهرة أف أم""). */
const NAME_PREPOSITIONS = new Set(["مع", "على", "في", "عبر", "فيها", "عليها", "معها"].map(foldKey));
/** A quoted span this short after such a preposition is a name, not words said. */
export const NAME_MAX_WORDS = 4;

/**
 * A quoted span that names a title or whom it was said to ("لمراسل "الجوهرة أف أم""), an organisation after its
 * noun ("لحزب "حراك تونس الإرادة""), a name the lexicon knows whole (""هيومن رايتس ووتش""), or words the reported
 * speech follows ("على "الجوهرة أف أم" أن …").
 */
export function titleSpan(w: SentenceWork, s: Span): boolean {
  const inner = s.close - s.open - 1;
  const first = w.keys[s.open + 1];
  if (first !== undefined && inner > 0 && NAME_INDEX.match(first, w.keys, s.open + 1)?.len === inner) return true;
  // "على "الجوهرة أف أم" أن …": what was said follows the few quoted words, which name where it was said.
  if (inner <= NAME_MAX_WORDS && COMPLEMENTIZER.has(w.keys[s.close + 1] ?? "")) return true;
  // («تحت عنوان: "…"»: a colon may stand between the noun and its title.)
  const before = w.toks[s.open - 1]?.raw === ":" ? w.toks[s.open - 2] : w.toks[s.open - 1];
  if (!before || before.kind !== "w") return false;
  const k = before.key;
  const noun = (x: string): boolean => TITLE_NOUNS.has(x) || ORG_HEADS.has(x);
  if (before !== w.toks[s.open - 1] && !(TITLE_NOUNS.has(k) || (k.length > 3 && /^[لب]/.test(k) && TITLE_NOUNS.has(k.slice(1))))) return false;
  if (NAME_PREPOSITIONS.has(k) && inner <= NAME_MAX_WORDS) return true;
  return noun(k) || (k.length > 3 && /^[لب]/.test(k) && noun(k.slice(1))) || k === "لـ" || k === "ل";
}

/**
 * A full stop, not a decimal point («10.800», «جويلية .2016»), part of an ellipsis, an address or an abbreviation («م.د»,
 * «(ز.ناصر»).
 */
export function fullStop(w: SentenceWork, t: Token): boolean {
  if (t.kind !== "p" || !/^[.!?؟]$/.test(t.raw)) return false;
  const text = w.text;
  // «www.edunet.tn»: Latin letters or digits on both sides are an address or a number.
  if (/[\dA-Za-z.]/.test(text[t.end] ?? " ") || text[t.start - 1] === ".") return false;
  return !(/\p{L}/u.test(text[t.start - 1] ?? "") && !/\p{L}/u.test(text[t.start - 2] ?? " "));
}
