/**
 * Who says the words a speech verb introduces: the person or body right after it (behind an office or a description),
 * or right before it; the tests that keep a name that is not the subject from being taken for it (a name behind ل or
 * a preposition, in a relative clause or an adjunct, someone the description is about). Used by quotes.ts.
 */
import { isOpenQuote, roleHeadAt } from "./phrase.ts";
import { speechVerbKey } from "./people.ts";
import { SPEECH_PARTICIPLES, SPEECH_VERBS } from "./lexicon.ts";
import { COMPLEMENTIZER } from "./quote-text.ts";
import { foldKey, type Token } from "./tokenize.ts";
import { ORG_HEADS, ORG_HEADS_DEFINITE } from "./flags.ts";
import { matchHead } from "./roles.ts";
import type { SentenceWork, WorkMention } from "./work.ts";

/** Words that open an adjunct between a speech verb and what follows: its people are not the speaker. */
const ADJUNCTS = new Set(["خلال", "أثناء", "عقب", "إثر", "اثر", "بعد", "قبل", "لقاء", "لقائه", "لقائها"].map(foldKey));
const RELATIVES = new Set(["التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"].map(foldKey));

/** A speech verb in the feminine («قالت», «مؤكدة»). */
export function isFeminineVerb(key: string): boolean {
  return (key.endsWith("ت") || key.endsWith("ه")) && (SPEECH_VERBS.has(key.slice(0, -1)) || SPEECH_PARTICIPLES.has(key.slice(0, -1)));
}

/** A person just before the verb: "وكان ...، محمد شياع السوداني، قد قال", "الكاظمي يؤكد". */
export function subjectBefore(w: SentenceWork, v: number, speakers: WorkMention[]): WorkMention | undefined {
  const m = [...speakers].reverse().find((x) => x.type === "person" && x.t1 <= v);
  if (!m || !opensClause(w, m)) return undefined;
  for (let k = m.t1; k < v; k++) {
    const t = w.toks[k]!;
    if (!(t.raw === "،" || t.raw === "," || t.key === "قد" || t.key === "لقد")) return undefined;
  }
  // A verb after its subject agrees with it: «مارين لوبان كشف» or «… والد مرشحة الرئاسة مارين لوبان، رأى» is a man's
  // verb after a woman's name, someone else's words.
  const vkey = speechVerbKey(w.toks[v])!;
  const fem = isFeminineVerb(vkey);
  // (The feminine of «رأى» is «رأت».)
  const hasFeminine = SPEECH_VERBS.has(`${vkey}ت`) || (/[يى]$/.test(vkey) && SPEECH_VERBS.has(`${vkey.slice(0, -1)}ت`));
  if ((m.gender === "f" && !fem && hasFeminine) || (m.gender === "m" && fem)) return undefined;
  return m;
}

/**
 * Whether a name opens its clause, as a subject does ("إدارة جو بايدن، قال" is a genitive, not a subject): after
 * punctuation, كان/قد or إن/أن («أن ميركل سألته»), with its office, or (`afterVerb`) after a woman's verb («وتراجعت
 * كربول … مؤكدة»; a word in ت but not a plural in ات: «ادعاءات مارين لوبان» is a genitive).
 */
export function opensClause(w: SentenceWork, m: WorkMention, afterVerb = false): boolean {
  const before = w.toks[m.t0 - 1];
  if (!before || before.kind === "p" || m.role !== undefined) return true;
  const k = before.key;
  return /^(و?كان|و?كانت|ف?قد)$/.test(k) || COMPLEMENTIZER.has(k) || (afterVerb && /^و?.{2,}[^ا]ت$/.test(k));
}

/**
 * Whether a named person is the subject of their clause as written, their office included: the office or the name opens
 * the clause («هاجمت النائبة X … الوزيرة Y معتبرة»: X after the verb is; Y, after X's words, is its object).
 */
export function subjectOfClause(w: SentenceWork, m: WorkMention): boolean {
  let first = m.t0;
  const at = m.role === undefined ? -1 : w.text.lastIndexOf(m.role, m.start);
  if (at >= 0) while (first > 0 && w.toks[first - 1]!.start >= at) first--;
  return opensClause(w, { ...m, t0: first, role: undefined }, true);
}

/** A mention written behind the preposition ل ("لقناة", "لـ"العربي الجديد""): whom something is said to. */
export function addressee(w: SentenceWork, m: WorkMention): boolean {
  const t = w.toks[m.t0]!;
  return /^ل/.test(t.raw) && !m.surface.startsWith("ل");
}

/** The mention right after the verb (behind its role phrase), before any إن/أن, colon or quote. */
export function subjectAfter(w: SentenceWork, v: number, speakers: WorkMention[]): WorkMention | undefined {
  // Not behind ل: "قالت لقناة X" says it to X.
  const org = speakers.find((m) => m.type === "organization" && m.t0 === v + 1 && !addressee(w, m));
  for (const m of speakers) {
    if (m.t0 <= v || m.type !== "person") continue;
    if (m.t0 - v > 14) return org;
    // Behind ل/ب written on the name ("أكد لبنس أنه"): whom it was said to, not who said it.
    if (m.t0 === v + 1 && behindClitic(w, m)) return org;
    // «والوزير السابق في حكومة الحبيب الصيد لزهر العكرمي»: a name governed by a noun of the office phrase (whose government),
    // right before another name, is part of the office; the next name is the subject.
    if (m.t0 > v + 1 && GOVERNING_NOUNS.has(w.keys[m.t0 - 1]!) && speakers.some((x) => x.type === "person" && x.t0 === m.t1)) continue;
    for (let k = v + 1; k < m.t0; k++) {
      const t = w.toks[k]!;
      // A role phrase may hold a quoted name (عن كتلة "الصادقون"): quotes only stop a bare subject.
      if (COMPLEMENTIZER.has(t.key) || t.raw === ":" || (isOpenQuote(t) && m.role === undefined) || speechVerbKey(t) !== undefined) return undefined;
    }
    // A mention reached only through a role phrase is the subject; one after a plain noun is not, nor one in a
    // relative clause ("أعلن مدير المركز تبرؤه من الحملات التي تطال الزعيم الحبيب بورقيبة").
    if (m.t0 === v + 1) return m;
    if (m.role !== undefined || w.roleAnaphors.some((r) => r.t0 === v + 1)) {
      // "ودعت الهيئة أيضا الوزير مهدي بن غربية الى التوقف": after a verb of urging and its own subject, the office holder is
      // the one urged.
      if (URGE.has(speechVerbKey(w.toks[v]) ?? "") && definiteBetween(w, v, m)) return org;
      // "دعا وزير الخارجية الفلسطيني نظيره البريطاني بوريس جونسن": the counterpart named after an office is not who spoke.
      for (let k = v + 1; k < m.t0; k++) if (/^[لو]?نظير(ه|ته|تها|ها|هم)$/.test(w.toks[k]!.raw)) return org;
      // Nor one met during an adjunct ("وأوضح الزامل، خلال لقاء برئيس الجمهورية الباجي قايد السبسي، أن").
      for (let k = v + 1; k < m.t0; k++) if (RELATIVES.has(w.toks[k]!.key) || ADJUNCTS.has(w.toks[k]!.key)) return org;
      return objectOfPreposition(w, v, m) ? org : m;
    }
    return org ?? (describedSubject(w, v, m) ? m : undefined);
  }
  return org;
}

/** Nouns whose genitive names whose they are: a government, an administration, a reign («حكومة الحبيب الصيد»). */
const GOVERNING_NOUNS = new Set(["حكومة", "إدارة", "عهد", "نظام", "ولاية", "فترة", "حقبة"].map(foldKey));

/** Verbs of urging someone (دعا، طالب، حث، ناشد): the person after their subject is urged, not speaking. */
const URGE = new Set(["دعا", "دعت", "طالب", "طالبت", "حث", "حثت", "ناشد", "ناشدت"].map(foldKey));

/**
 * A definite noun of its own between the verb and the mention's office (the verb's subject): "ودعت الهيئة أيضا الوزير X".
 * The office is found in the text (its words, a rank or a comma may follow it before the name); without one, the words
 * up to the name are read.
 */
function definiteBetween(w: SentenceWork, v: number, m: WorkMention): boolean {
  // An office right after the verb opens its subject ("دعا رئيس أركان الجيش … الفريق أحمد قايد صالح، القوات إلى").
  if (roleHeadAt(w.keys, v + 1) || w.roleAnaphors.some((r) => r.t0 === v + 1)) return false;
  const from = w.toks[v]!.end;
  const at = m.role === undefined ? -1 : w.text.indexOf(m.role, from);
  const stop = at >= 0 && at < m.start ? at : m.start;
  for (let k = v + 1; k < w.toks.length && w.toks[k]!.start < stop; k++) {
    const t = w.toks[k]!;
    if (t.kind === "w" && t.key.startsWith("ال") && t.key.length > 3) return true;
  }
  return false;
}

/** Is the mention's first word written behind the preposition ل or ب ("لبنس", "بترامب")? */
function behindClitic(w: SentenceWork, m: WorkMention): boolean {
  const t = w.toks[m.t0]!;
  return m.start > t.start && (t.raw[0] === "ل" || t.raw[0] === "ب");
}

/** Words that make the name after them someone else than the one described: kin, counsel, followers, the dead. */
const OTHER_PERSON = new Set(
  [
    "شقيق", "شقيقة", "أخ", "أخت", "اخ", "اخت", "والد", "والدة", "أب", "أم", "ابن", "ابنة", "نجل", "نجلة", "زوج", "زوجة", "أرملة",
    "عم", "عمة", "خال", "خالة", "حفيد", "حفيدة", "جد", "جدة", "صديق", "صديقة", "عائلة", "أسرة", "أهل", "أقارب", "محامي", "محامية",
    "أنصار", "انصار", "مناصرو", "أتباع", "غالبية", "أغلب", "معظم", "بعض", "مستشار", "مستشارة", "مساعد", "مساعدة", "حملة", "مكتب",
    "الشهيد", "الشهيدة", "الضحية", "الفقيد", "الفقيدة", "الراحل", "الراحلة", "المرحوم", "المرحومة", "المتهم", "المتهمة", "القتيل",
    "الموقوف", "اللاعب", "اللاعبة", "الرئيس", "الوزير",
  ].map(foldKey),
);
/** Standalone prepositions: a name after one is its object («مصادر مقربة من الرئيس X أن»). */
const PREPOSITIONS = new Set(["من", "عن", "على", "الى", "إلى", "في", "مع", "لدى", "حول", "ضد", "باسم", "بإسم"].map(foldKey));
/** A word behind ل that names whom something was said to: a correspondent, an outlet. */
const ADDRESSEE = /^ل(?:ـ|م(?:راسل|بعوث)|(?:ل)?(?:جوهر|صحف|صحاف|اعلام|قناه|اذاع|وكال|موقع|جريد))/;
/** Most words a description may run to before the name it describes. */
const DESCRIPTION_WORDS = 6;

/**
 * Whether the office before the name is the object of a preposition after the verb («قالت مصادر مقربة من الرئيس محمد
 * علي إن»: the sources speak). Not when an office opens the subject («الناطق الرسمي باسم المحكمة … ومساعد وكيل
 * الجمهورية X»), nor when a comma sets the name beside the whole description («واوضحت منسقة الأيام … لدى وزير
 * الفلاحة، نوال جباس، ان»).
 */
function objectOfPreposition(w: SentenceWork, v: number, m: WorkMention): boolean {
  const toks = w.toks;
  if (m.role === undefined || matchHead(toks, w.keys, v + 1) !== undefined) return false;
  const first = toks[v + 1]!.start;
  const roleAt = w.text.slice(first, m.start).indexOf(m.role);
  if (roleAt <= 0) return false;
  // The tokens before the office, and whether the last of them is a comma and the only punctuation.
  let end = v + 1;
  while (toks[end]!.start < first + roleAt) end++;
  const comma = (t: Token | undefined) => t?.raw === "،" || t?.raw === ",";
  let apposed = comma(toks[end - 1]) || comma(toks[m.t0 - 1]);
  for (let k = v + 1; apposed && k < end - 1; k++) if (toks[k]!.kind === "p") apposed = false;
  if (apposed) return false;
  // («أكد كل من X و Y»: both, not "from".)
  for (let k = v + 1; k < end; k++) if (PREPOSITIONS.has(toks[k]!.key) && toks[k - 1]!.key !== "كل") return true;
  return false;
}

/**
 * «قال الطبيب فيليب هودسو إن», «قالت أستاذة علوم التغذية بالمعهد الوطني للتغذية ليلى علوان "إن …"»: a description the
 * lexicon does not know as an office, then the name, then the words said (إن/أن, a colon or a quotation). Not when the
 * name belongs to a noun inside the description («أرملة الشهيد محمد البراهمي», «مصدر مطلع لمراسلنا X»), nor a body's
 * («صحيفة خبر ترك»), nor after a preposition, a relative, an adjunct or an adverb («مخاطبا زوكربيرغ»).
 */
function describedSubject(w: SentenceWork, v: number, m: WorkMention): boolean {
  const toks = w.toks;
  if (m.t0 - v - 1 > DESCRIPTION_WORDS) return false;
  for (let k = v + 1; k < m.t0; k++) {
    const t = toks[k]!;
    const bare = t.key.startsWith("ال") ? t.key.slice(2) : t.key;
    if (t.kind !== "w" || PREPOSITIONS.has(t.key) || RELATIVES.has(t.key) || ADJUNCTS.has(t.key) || COMPLEMENTIZER.has(t.key)) return false;
    if (OTHER_PERSON.has(t.key) || OTHER_PERSON.has(bare) || ORG_HEADS.has(t.key) || ORG_HEADS.has(bare) || ORG_HEADS_DEFINITE.has(t.key)) return false;
    // Behind ل: whom it was said to («لمراسلة الجوهرة»); an indefinite accusative: how («مخاطبا», «موجها»).
    if (ADDRESSEE.test(t.key) || /^[^ا].{2,}ا$/.test(t.key) || speechVerbKey(t) !== undefined) return false;
  }
  let next = m.t1;
  if (toks[next]?.raw === "،" || toks[next]?.raw === ",") next++;
  const t = toks[next];
  return t !== undefined && (COMPLEMENTIZER.has(t.key) || t.raw === ":" || isOpenQuote(t));
}

/** A verb with no subject: followed by إن/أن, a colon, a quote, a preposition or the end. */
export function pronounSubject(w: SentenceWork, v: number): boolean {
  const t = w.toks[v + 1];
  if (!t) return true;
  if (t.kind === "p") return t.raw === ":" || isOpenQuote(t) || t.raw === "،" || t.raw === ",";
  return COMPLEMENTIZER.has(t.key) || /^(في|الي|خلال|لـ|ل|عن|امام|ل.+ين)$/.test(t.key) || t.key.startsWith("لصحاف") || t.key === "ايضا";
}
