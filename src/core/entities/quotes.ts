/**
 * Quote attribution in one sentence, with the article's running state: speech verb + speaker + quoted
 * span ("قال X إن "…""), "X: “…”", speakerless verbs ("وتابع:", "وأضافت") that refer back to the last
 * speaker (the last female speaker for a feminine verb), role references ("وأوضح رئيس الوزراء العراقي
 * أن") resolved to the person who holds that role in the article, and reported speech without quote
 * marks after إن/أن when the speaker is known. Where quoted words begin and end is quote-text.ts's.
 */
import type { QuoteMention } from "../types.ts";
import { SPEECH_PARTICIPLES, SPEECH_VERBS } from "./lexicon.ts";
import { isCloseQuote, isOpenQuote } from "./phrase.ts";
import { speechVerbKey } from "./people.ts";
import { COMPLEMENTIZER, NAME_MAX_WORDS, fullStop, quoteSpans, titleSpan, trimmed, type Span } from "./quote-text.ts";
import { foldKey, type Token } from "./tokenize.ts";
import { ORG_HEADS, ORG_HEADS_DEFINITE } from "./flags.ts";
import { matchHead } from "./roles.ts";
import type { SentenceWork, WorkMention } from "./work.ts";

/** Running state across the sentences of one article. */
export interface QuoteState {
  lastSpeaker?: { name: string; gender?: "f" | "m" };
  lastFemale?: string;
  lastMale?: string;
  /** People with roles in the article: English role → name (later entries win). */
  byRole: { roleEn: string; name: string; gender?: "f" | "m" }[];
  translateRole: (ar: string) => string;
}


const BETWEEN = "بين";
/** Words that open an adjunct between a speech verb and what follows: its people are not the speaker. */
const ADJUNCTS = new Set(["خلال", "أثناء", "عقب", "إثر", "اثر", "بعد", "قبل", "لقاء", "لقائه", "لقائها"].map(foldKey));
const RELATIVES = new Set(["التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"].map(foldKey));
/** Prepositions after which a speech verb's spelling is its verbal noun («على كشف», «في ذكر»). */
const NOUN_BEFORE = new Set(["على", "في", "من", "عن", "الى", "إلى", "مع", "بعد", "قبل", "حول"].map(foldKey));
/** Words before أن that make what follows the newsroom's note («مع العلم أن», «علما أن»). */
const NEWSROOM_NOTE = new Set(["العلم", "علما", "علمًا"].map(foldKey));
/** Words between إن/أن and a quotation that belong to the words said («أن الحكومة "ستواصل …"»), at most. */
const LEAD_IN_WORDS = 6;
/** Nouns a reported clause may hang from («على ضرورة أن», «أهمية أن»): they are part of what was said. */
const MODAL_NOUNS = new Set(["ضرورة", "أهمية", "اهمية", "وجوب", "حتمية"].map(foldKey));


/**
 * Bare «بين» inside a clause is "between" («انخفاض نسبة الفقر بين سنتي 2010 و2015»), not بيّن "explained", unless إن/أن
 * follows it; it is a verb at the start of a clause or behind و («وبين الوزير أن»).
 */
function betweenInClause(w: SentenceWork, i: number): boolean {
  const toks = w.toks;
  // (A token's key is its folded, unvowelled form: بيْن، بيّن and بين share it; وبين does not.)
  if (toks[i]!.key !== BETWEEN) return false;
  // "بين مناصر … و بيْن مندّد": a second «بين» of a pair is "between" too.
  for (let j = 0; j < i; j++) if (toks[j]!.key === BETWEEN) return true;
  const prev = toks[i - 1];
  if (prev === undefined || prev.kind === "p" || VERB_OPENERS.has(prev.key)) return false;
  // "النهضة بين الغنوشي أن": a person or an office right after it, then إن/أن, is its subject ("مفاوضات بين موكله صخر
  // الماطري، صهر الرئيس …، وهيئة الحقيقة" is between two parties).
  const subject = w.mentions.find((m) => m.type === "person" && m.t0 === i + 1) ?? w.roleAnaphors.find((r) => r.t0 === i + 1);
  if (subject && toks.slice(subject.t1, subject.t1 + 3).some((x) => COMPLEMENTIZER.has(x.key))) return false;
  return !COMPLEMENTIZER.has(toks[i + 1]?.key ?? "");
}

/** Words that open a new clause, the newsroom's: a speech verb after them is a new attribution. */
const CLAUSE_OPENERS = new Set(["و", "ف", "فيما", "بينما", "حين", "حيث", "كما", "ثم", "لكن", "ولكن", "بل", "اذ", "عندما", "وقد", "فقد", "قد", "كذلك", "بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها"].map(foldKey));

/** Words after which «بين» is the verb بيّن: "كما بين", "فقد بين". */
const VERB_OPENERS = new Set(["كما", "فقد", "وقد", "قد", "كذلك"].map(foldKey));

function isFeminineVerb(key: string): boolean {
  return (key.endsWith("ت") || key.endsWith("ه")) && (SPEECH_VERBS.has(key.slice(0, -1)) || SPEECH_PARTICIPLES.has(key.slice(0, -1)));
}


/** Finds the quotes of one sentence, updating `state`. */
export function findQuotes(w: SentenceWork, state: QuoteState): QuoteMention[] {
  const out: QuoteMention[] = [];
  const spans = quoteSpans(w);
  const { toks } = w;
  // Someone named inside quoted words (more than a name) is what they are about or whom they address, never the
  // speaker: «وذكر الوليد في تغريدة "الرئيس المنتخب دونالد ترامب مهما كانت الاختلافات …"».
  const quoted = (m: WorkMention) => spans.some((s) => s.close - s.open - 1 > NAME_MAX_WORDS && m.t0 > s.open && m.t0 < s.close);
  const speakers = w.mentions.filter((m) => m.type !== "place" && !quoted(m)).sort((a, b) => a.t0 - b.t0);
  let current: { name: string; gender?: "f" | "m" } | undefined;
  /** Whether current's gender is only the default for a man (no name list or verb said it). */
  let guessed = false;

  // Speech verbs inside a quotation are the speaker's words, not new attributions.
  const inQuote = new Uint8Array(toks.length);
  for (const s of spans) for (let k = s.open; k <= Math.min(s.close, toks.length - 1); k++) inQuote[k] = 1;
  const verbs: number[] = [];
  const within: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    // After a preposition it is a verbal noun («يعمل على كشف مواقع الألغام»), not a verb.
    if (inQuote[i] || speechVerbKey(toks[i]) === undefined || betweenInClause(w, i) || NOUN_BEFORE.has(toks[i - 1]?.key ?? "")) continue;
    // Inside words reported before it, with a subject of their own that is not a person («قالت الوزيرة إن التحريات
    // الأولية أوضحت عدم …»): part of what was said, not a new attribution.
    if (verbs.length > 0 && saidWithin(w, verbs.at(-1)!, i)) within.push(i);
    else verbs.push(i);
  }

  for (let vi = 0; vi < verbs.length; vi++) {
    const v = verbs[vi]!;
    const vkey = speechVerbKey(toks[v])!;
    const participle = SPEECH_PARTICIPLES.has(vkey) || SPEECH_PARTICIPLES.has(vkey.slice(0, -1));
    const fem = isFeminineVerb(vkey);
    // The clause of this verb runs to the next finite speech verb, past one of its own words («وأوضح سافرونكوف أن
    // تيلرسون تعهد بأن …»: what Tillerson pledged is part of what Safronkov explained).
    let limit = toks.length;
    for (let k = vi + 1; k < verbs.length; k++) {
      const kk = speechVerbKey(toks[verbs[k]!])!;
      if (!SPEECH_PARTICIPLES.has(kk) && !SPEECH_PARTICIPLES.has(kk.slice(0, -1)) && !reportedWithin(w, v, verbs[k]!)) {
        limit = verbs[k]!;
        break;
      }
    }
    // A verb reported inside another's words does not take over the clause: the participles after it («…، مشيرا إلى
    // أن …») are still the first speaker's.
    const nested = verbs.slice(0, vi).some((p) => reportedWithin(w, p, v));
    let speaker: { name: string; gender?: "f" | "m" } | undefined;
    // Whether this verb's speaker has a guessed gender; undefined when the speaker is the current one, kept.
    let nowGuessed: boolean | undefined = false;
    let after = v + 1;
    const m = participle ? undefined : (subjectAfter(w, v, speakers) ?? subjectBefore(w, v, speakers));
    // "بين الترجي و النجم": the preposition "between", not بيّن ("explained"), when a second party follows.
    if (m && vkey === BETWEEN && m.t0 > v && (toks[m.t1]?.key ?? "")[0] === "و") continue;
    if (m) {
      speaker = { name: m.surface };
      const g = m.gender ?? (fem ? "f" : m.type === "person" ? "m" : undefined);
      if (g) speaker.gender = g;
      nowGuessed = m.gender === undefined && !fem;
      after = m.t1;
    } else if (!participle) {
      const ra = w.roleAnaphors.find((r) => r.t0 === v + 1);
      if (ra) {
        const en = state.translateRole(ra.role);
        // "وشدد الوزير" after "محمد أنور معروف وزير تكنولوجيات الاتصال": the bare office is the head of the full one.
        const hit = [...state.byRole].reverse().find((p) => p.roleEn === en || (en !== "" && p.roleEn.startsWith(`${en} `)));
        if (hit) speaker = hit.gender ? { name: hit.name, gender: hit.gender } : { name: hit.name };
        after = ra.t1;
        if (!speaker) {
          remember(state, { name: "", gender: fem || ra.feminine ? "f" : "m" });
          current = undefined;
          continue;
        }
      } else if ((v === 0 || toks[v - 1]!.raw === ".") && pronounSubject(w, v)) {
        // Only a verb opening a sentence (or what the splitter left joined after a full stop) refers back ("وتابع:");
        // "لكنه قال" may mean a statement.
        const name = fem ? state.lastFemale : (state.lastMale ?? state.lastSpeaker?.name);
        if (name) speaker = { name, gender: fem ? "f" : "m" };
      } else if (current && /^[،,]$/.test(toks[v - 1]!.raw) && toks[v]!.key !== vkey && pronounSubject(w, v) && (fem ? current.gender === "f" || guessed : current.gender !== "f")) {
        // «قال X إن …، وأضاف أن …»: the same sentence's speaker goes on (the verb agreeing with them).
        speaker = current;
        nowGuessed = undefined;
      } else if (!pronounSubject(w, v)) {
        // An unnamed subject ("قال مسؤول دفاعي"): later "وأضاف" must not fall back to an older speaker.
        remember(state, { name: "", gender: fem ? "f" : "m" });
        current = undefined;
        continue;
      }
    } else if (vkey.endsWith("ه") && (current === undefined || current.gender === "m")) {
      // A woman's participle ("قائلة") after no speaker or a man: the woman just named, not the last (male) speaker
      // ("ميركل سألته قائلة"). After a body ("دعت المنظمة … مشيرة") it is the body's.
      // (Not one in a genitive: «ادعاءات مارين لوبان، مؤكدة» are the claims answered by someone else.)
      const woman = [...speakers].reverse().find((x) => x.type === "person" && x.t1 <= v && x.gender === "f" && opensClause(w, x, true));
      // A speaker taken for a man only by default is the woman the participle says («وترى منوبية أن … قائلة»).
      speaker = woman
        ? { name: woman.surface, gender: "f" }
        : current && guessed
          ? { name: current.name, gender: "f" }
          : state.lastFemale
            ? { name: state.lastFemale, gender: "f" }
            : undefined;
    } else {
      speaker = current ?? state.lastSpeaker;
      if (speaker === current) nowGuessed = undefined;
    }
    if (!speaker || speaker.name === "") continue;
    const outer = current;
    current = speaker;
    if (nowGuessed !== undefined) guessed = nowGuessed;
    // A quotation after a verb inside the words reported is not this verb's own («أن مهاجم نوتردام يحمل بطاقة تشير إلى
    // أنه …، وهتف "…"»).
    const spanLimit = Math.min(limit, within.find((x) => x > v) ?? limit);
    let span = spans.find((s) => !s.used && s.open >= after && s.open < spanLimit && !titleSpan(w, s));
    // Where the words said begin when a few words lead from إن/أن into the quotation («أن ذلك يعد "خبرا عاريا …"»).
    let from: number | undefined;
    if (span) {
      const c = complementizerAfter(w, after, span.open, spans);
      if (typeof c === "number" && c >= 0) {
        // «قالت X إن A، مضيفة أنه "B"»: the verb's words are A, up to the participle whose words the quotation is.
        const next = verbs.find((x) => x > c && x < span!.open);
        if (next !== undefined) {
          span = undefined;
          limit = next;
        } else if (span.open - c > 1 && span.open - c <= LEAD_IN_WORDS + 1 && !toks.slice(c + 1, span.open).some((t) => t.kind === "p")) {
          from = toks[c]!.end;
        }
      }
    }
    let q: QuoteMention | undefined;
    if (span) {
      span.used = true;
      q = trimmed(w, from ?? span.start, span.end);
    } else {
      const found = complementizerAfter(w, after, limit, spans);
      // «معتبرا أن "الأسد …"»: a quotation right after إن/أن is the words said.
      const c = typeof found === "number" && found >= 0 ? (spans.find((s) => s.open === found + 1 && !titleSpan(w, s)) ?? found) : found;
      // The verb's words are a quotation already attributed (to an earlier verb of the clause): nothing new is said.
      if (typeof c === "object") {
        if (!c.used) {
          c.used = true;
          q = trimmed(w, c.start, c.end);
        }
      } else if (c >= 0) {
        // Reported speech without marks ends at the clause's limit, or at a full stop the sentence splitter left inside
        // («… الحكومة". وتم صباح اليوم …»): what follows is the newsroom's next sentence.
        let stop = limit;
        for (let k = c + 1; k < limit && stop === limit; k++) if (!inQuote[k] && fullStop(w, toks[k]!)) stop = k + 1;
        const endTok = stop < toks.length ? toks[stop - 1] : undefined;
        const end = endTok && endTok.kind === "p" ? endTok.start : stop < toks.length ? toks[stop]!.start : w.text.length;
        // «مشددا على ضرورة أن يتقبل …»: what was said is the necessity, not the clause alone.
        const from = c > after && MODAL_NOUNS.has(toks[c - 1]!.key) ? toks[c - 1]!.start : toks[c]!.end;
        q = trimmed(w, from, end);
      }
    }
    // The same words reached again by a later participle of the same clause ("دعت … مشيرة إلى أن") are one quote; a
    // clause around a quotation already given («مؤكدا أن ذلك يعد "خبرا عاريا من الصحة"») replaces it.
    if (q && !out.some((o) => o.start === q!.start && o.end === q!.end)) {
      const inner = out.findIndex((o) => o.speaker === speaker!.name && o.start >= q!.start && o.end <= q!.end);
      q.speaker = speaker.name;
      if (inner >= 0) out.splice(inner, 1, q);
      else out.push(q);
    }
    if (nested && outer !== undefined) current = outer;
    else remember(state, speaker);
  }

  // "X: “…”" with no verb.
  for (const s of spans) {
    if (s.used) continue;
    const colon = toks[s.open - 1];
    if (!colon || colon.raw !== ":") continue;
    const m = speakers.find((x) => x.t1 === s.open - 1 && x.type === "person");
    if (!m) continue;
    const q = trimmed(w, s.start, s.end);
    if (q) {
      q.speaker = m.surface;
      out.push(q);
      remember(state, m.gender ? { name: m.surface, gender: m.gender } : { name: m.surface });
    }
  }
  return out;
}


function remember(state: QuoteState, speaker: { name: string; gender?: "f" | "m" }): void {
  state.lastSpeaker = speaker;
  if (speaker.gender === "f") state.lastFemale = speaker.name;
  else state.lastMale = speaker.name;
}

/** A person just before the verb: "وكان ...، محمد شياع السوداني، قد قال", "الكاظمي يؤكد". */
function subjectBefore(w: SentenceWork, v: number, speakers: WorkMention[]): WorkMention | undefined {
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
 * Whether speech verb u is reported inside the words of verb v: «v … أن X u», X a name right between (nothing else).
 */
function reportedWithin(w: SentenceWork, v: number, u: number): boolean {
  const m = w.mentions.find((x) => x.t1 === u && x.type !== "place");
  // (The أن is v's: after it, not v itself.)
  return m !== undefined && m.t0 - 1 > v && COMPLEMENTIZER.has(w.toks[m.t0 - 1]!.key);
}

/**
 * Whether speech verb u sits in the middle of the words verb v reports: an إن/أن of v's comes between them, and u is
 * neither written with و/ف (a new sentence: «… ، وأضاف») nor after punctuation, nor right after a name (reportedWithin
 * keeps that one as the named person's words), nor after a word that opens a clause of the newsroom's («فيما أعلن»,
 * «حسب ما أفاد»).
 */
function saidWithin(w: SentenceWork, v: number, u: number): boolean {
  const t = w.toks[u]!;
  const before = w.toks[u - 1];
  const key = speechVerbKey(t);
  // (A participle, «مؤكدا أن», goes on with the same speaker's words: the clause loop takes it.)
  // («حسب ما أفاد به», «وفقا لما أوردته»: the newsroom names its source.)
  if (!before || before.kind === "p" || CLAUSE_OPENERS.has(before.key) || before.key === "ما" || before.key === "لما" || t.key !== key || SPEECH_PARTICIPLES.has(key) || SPEECH_PARTICIPLES.has(key.slice(0, -1))) return false;
  if (w.mentions.some((m) => m.t1 === u && m.type !== "place")) return false;
  // (Not past a full stop the splitter left inside, nor past the close of a quotation: the words said have ended.)
  let said = false;
  for (let k = v + 1; k < u; k++) {
    const x = w.toks[k]!;
    if (fullStop(w, x) || isCloseQuote(x)) said = false;
    else if (COMPLEMENTIZER.has(x.key)) said = true;
  }
  return said;
}

/**
 * Whether a name opens its clause, as a subject does ("إدارة جو بايدن، قال" is a genitive, not a subject): after
 * punctuation, كان/قد or إن/أن («أن ميركل سألته»), with its office, or (`afterVerb`) after a woman's verb («وتراجعت
 * كربول … مؤكدة»; a word in ت but not a plural in ات: «ادعاءات مارين لوبان» is a genitive).
 */
function opensClause(w: SentenceWork, m: WorkMention, afterVerb = false): boolean {
  const before = w.toks[m.t0 - 1];
  if (!before || before.kind === "p" || m.role !== undefined) return true;
  const k = before.key;
  return /^(و?كان|و?كانت|ف?قد)$/.test(k) || COMPLEMENTIZER.has(k) || (afterVerb && /^و?.{2,}[^ا]ت$/.test(k));
}

/** A mention written behind the preposition ل ("لقناة", "لـ"العربي الجديد""): whom something is said to. */
function addressee(w: SentenceWork, m: WorkMention): boolean {
  const t = w.toks[m.t0]!;
  return /^ل/.test(t.raw) && !m.surface.startsWith("ل");
}

/** The mention right after the verb (behind its role phrase), before any إن/أن, colon or quote. */
function subjectAfter(w: SentenceWork, v: number, speakers: WorkMention[]): WorkMention | undefined {
  // Not behind ل: "قالت لقناة X" says it to X.
  const org = speakers.find((m) => m.type === "organization" && m.t0 === v + 1 && !addressee(w, m));
  for (const m of speakers) {
    if (m.t0 <= v || m.type !== "person") continue;
    if (m.t0 - v > 14) return org;
    for (let k = v + 1; k < m.t0; k++) {
      const t = w.toks[k]!;
      // A role phrase may hold a quoted name (عن كتلة "الصادقون"): quotes only stop a bare subject.
      if (COMPLEMENTIZER.has(t.key) || t.raw === ":" || (isOpenQuote(t) && m.role === undefined) || speechVerbKey(t) !== undefined) return undefined;
    }
    // A mention reached only through a role phrase is the subject; one after a plain noun is not, nor one in a
    // relative clause ("أعلن مدير المركز تبرؤه من الحملات التي تطال الزعيم الحبيب بورقيبة").
    if (m.t0 === v + 1) return m;
    if (m.role !== undefined || w.roleAnaphors.some((r) => r.t0 === v + 1)) {
      // Nor one met during an adjunct ("وأوضح الزامل، خلال لقاء برئيس الجمهورية الباجي قايد السبسي، أن").
      for (let k = v + 1; k < m.t0; k++) if (RELATIVES.has(w.toks[k]!.key) || ADJUNCTS.has(w.toks[k]!.key)) return org;
      return objectOfPreposition(w, v, m) ? org : m;
    }
    return org ?? (describedSubject(w, v, m) ? m : undefined);
  }
  return org;
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
function pronounSubject(w: SentenceWork, v: number): boolean {
  const t = w.toks[v + 1];
  if (!t) return true;
  if (t.kind === "p") return t.raw === ":" || isOpenQuote(t) || t.raw === "،" || t.raw === ",";
  return COMPLEMENTIZER.has(t.key) || /^(في|الي|خلال|لـ|ل|عن|امام|ل.+ين)$/.test(t.key) || t.key.startsWith("لصحاف") || t.key === "ايضا";
}

/**
 * Index of إن/أن after the speaker (within a few tokens, "لـ"العربي الجديد" إن" allowed), or the quotation met first
 * ("قائلا " بكيت ولم استطع أن …"": the words said are the quotation, not what follows an أن inside it).
 */
function complementizerAfter(w: SentenceWork, from: number, limit: number, spans: readonly Span[]): number | Span {
  // Within 12 words of the speaker; a quoted title between counts as one ("في برنامج "علاش هكا؟" على "الجوهرة أف أم" أن").
  let counted = 0;
  for (let k = from; k < limit && counted < 12; k++, counted++) {
    const t = w.toks[k]!;
    // «مع العلم أن …», «علما أن …»: the newsroom's own note, not what was said.
    if (COMPLEMENTIZER.has(t.key)) return NEWSROOM_NOTE.has(w.toks[k - 1]?.key ?? "") ? -1 : k;
    if (isOpenQuote(t)) {
      const span = spans.find((s) => s.open === k);
      if (span && !titleSpan(w, span)) return span;
      let j = k + 1;
      while (j < limit && j - k <= 8 && !isCloseQuote(w.toks[j])) j++;
      if (j < limit && isCloseQuote(w.toks[j])) k = j;
    }
  }
  return -1;
}
