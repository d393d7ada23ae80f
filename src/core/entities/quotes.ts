/**
 * Quote attribution in one sentence, with the article's running state: speech verb + speaker + quoted
 * span ("قال X إن "…""), "X: “…”", speakerless verbs ("وتابع:", "وأضافت") that refer back to the last
 * speaker (the last female speaker for a feminine verb), role references ("وأوضح رئيس الوزراء العراقي
 * أن") resolved to the person who holds that role in the article, and reported speech without quote
 * marks after إن/أن when the speaker is known. Where quoted words begin and end is quote-text.ts's; who the subject of a
 * verb is, quote-subject.ts's.
 */
import type { QuoteMention } from "../types.ts";
import { FIRST_NAMES, SAYING_NOUNS, SPEECH_PARTICIPLES } from "./lexicon.ts";
import { F_PEOPLE, ORG_HEADS, tokFlags } from "./flags.ts";
import { isCloseQuote, isComma, isOpenQuote } from "./phrase.ts";
import { speechVerbKey } from "./people.ts";
import { RANKS } from "./roles.ts";
import { COMPLEMENTIZER, NAME_MAX_WORDS, fullStop, quoteSpans, titleSpan, trimmed, type Span } from "./quote-text.ts";
import { foldKey, tokReadings, type Token } from "./tokenize.ts";
import { isFeminineVerb, opensClause, pronounSubject, subjectAfter, subjectBefore, subjectOfClause } from "./quote-subject.ts";
import type { SentenceWork, WorkMention } from "./work.ts";

/** Running state across the sentences of one article. */
export interface QuoteState {
  lastSpeaker?: { name: string; gender?: "f" | "m" };
  lastFemale?: string;
  lastMale?: string;
  /** People with roles in the article: English role → name (later entries win). */
  byRole: { roleEn: string; name: string; gender?: "f" | "m" }[];
  /** Bodies named in the article so far, by the head they were named with («وزارة» → «وزارة الزراعة»; later ones win). */
  bodies?: Map<string, string>;
  translateRole: (ar: string) => string;
}


const BETWEEN = "بين";
/** Prepositions after which a speech verb's spelling is its verbal noun («على كشف», «في ذكر»). */
const NOUN_BEFORE = new Set(["على", "في", "من", "عن", "الى", "إلى", "مع", "بعد", "قبل", "حول"].map(foldKey));
/** Words before أن that make what follows the newsroom's note («مع العلم أن», «علما أن»). */
const NEWSROOM_NOTE = new Set(["العلم", "علما", "علمًا"].map(foldKey));
/** «قوله», «قولها», «قولهم». */
const SAYING = new Set(SAYING_NOUNS.map(foldKey));
const FROM = foldKey("عن");

/** Is the word at `i` («قوله») right after a person named behind «عن» (with the office before the name)? */
function reportedFrom(w: SentenceWork, i: number): boolean {
  const m = w.mentions.find((x) => x.type === "person" && x.t1 === i);
  if (m === undefined) return false;
  for (let k = m.t0 - 1; k >= 0 && k >= m.t0 - 10; k--) {
    const t = w.toks[k]!;
    if (t.key === FROM) return true;
    if (t.kind === "p" && !isComma(t) && t.raw !== "(" && t.raw !== ")") return false;
    if (speechVerbKey(t) !== undefined) return false;
  }
  return false;
}

/** Words before أن that make it a condition, a time or a purpose («شرط أن», «بعد أن», «قبل أن»), not what was said. */
const NOT_SAID_BEFORE = new Set(["شرط", "بشرط", "شريطة", "بعد", "قبل", "دون", "بدون", "عوض", "بدل", "بدلا", "بمجرد", "منذ", "كي", "لكي", "ريثما"].map(foldKey));
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

/** «كتب», «كتبت» (wrote), also «books». */
const WROTE = new Set(["كتب", "كتبت"].map(foldKey));

/** An indefinite adjective after «كتب» («كتب أخرى», «كتب مدرسية»): the noun «books», not the verb. */
function bookAdjective(t: Token): boolean {
  return t.kind === "w" && !t.key.startsWith("ال") && /[يىه]$/.test(t.key) && !FIRST_NAMES.has(t.key) && (tokFlags(t) & F_PEOPLE) === 0;
}

/** Words that open a new clause, the newsroom's: a speech verb after them is a new attribution. */
const CLAUSE_OPENERS = new Set(["و", "ف", "فيما", "بينما", "حين", "حيث", "كما", "ثم", "لكن", "ولكن", "بل", "اذ", "عندما", "وقد", "فقد", "قد", "كذلك", "بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها"].map(foldKey));

/** Words after which «بين» is the verb بيّن: "كما بين", "فقد بين". */
const VERB_OPENERS = new Set(["كما", "فقد", "وقد", "قد", "كذلك"].map(foldKey));


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
    // «قوله» is a verb of its own only after «عن» + the person quoted («نقلت الوكالة عن الوزير X قوله إن»); after a verb
    // of saying («وأضاف الوزير قوله», «مضيفا قوله») it is that verb's.
    if (SAYING.has(speechVerbKey(toks[i])!) && !reportedFrom(w, i)) continue;
    // "وغرد قائلا:", "وكتب قائلا": with no subject of its own, the participle right after it says whose words they are
    // (the sentence's subject, «تعهد المتحدث … خالد أبا الخيل …، وغرد قائلا»).
    const next = toks[i + 1];
    if (next !== undefined && SPEECH_PARTICIPLES.has(next.key)) continue;
    // «بحواسيب وكتب أخرى»: books and an adjective, not "and wrote".
    if (WROTE.has(speechVerbKey(toks[i])!) && next !== undefined && bookAdjective(next)) continue;
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
    /** The man the clause's verb has for its subject, when a subjectless «و» + verb goes on with him. */
    let clauseSubject: WorkMention | undefined;
    // Whether this verb's speaker has a guessed gender; undefined when the speaker is the current one, kept.
    let nowGuessed: boolean | undefined = false;
    let after = v + 1;
    const m = participle ? undefined : (subjectAfter(w, v, speakers) ?? subjectBefore(w, v, speakers));
    const body = m === undefined && !participle ? bodyNamedBefore(w, v, state) : undefined;
    // "بين الترجي و النجم": the preposition "between", not بيّن ("explained"), when a second party follows.
    if (m && vkey === BETWEEN && m.t0 > v && (toks[m.t1]?.key ?? "")[0] === "و") continue;
    if (m) {
      speaker = { name: m.surface };
      const g = m.gender ?? (fem ? "f" : m.type === "person" ? "m" : undefined);
      if (g) speaker.gender = g;
      nowGuessed = m.gender === undefined && !fem;
      after = m.t1;
    } else if (body !== undefined) {
      // «وقالت الوزارة في بيان إن»: the ministry named before.
      speaker = { name: body };
      if (fem) speaker.gender = "f";
      after = v + 2;
    } else if (!participle) {
      const ra = w.roleAnaphors.find((r) => r.t0 === v + 1);
      if (ra) {
        const en = state.translateRole(ra.role);
        // "وشدد الوزير" after "محمد أنور معروف وزير تكنولوجيات الاتصال": the bare office is the head of the full one; and
        // "وأضاف المعتمد" after "المعتمد الأول بولاية سوسة" the head of a ranked one (First Delegate).
        const want = en.replace(RANKED, "");
        const sameOffice = (p: QuoteState["byRole"][number]): boolean => {
          const office = p.roleEn.replace(RANKED, "");
          return office === want || (want !== "" && office.startsWith(`${want} `));
        };
        const hit = [...state.byRole].reverse().find(sameOffice) ?? [...state.byRole].reverse().find((p) => sameOfficeOfCountry(want, p.roleEn.replace(RANKED, "")));
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
      } else if (current === undefined && !fem && toks[v]!.key !== vkey && pronounSubject(w, v) && (clauseSubject = verbSubjectBefore(w, v, speakers)) !== undefined) {
        // «وتفقد … عبد الفتاح البرهان القوات، وقال في كلمة: "…"»: «و» + a verb with no subject of its own, after a clause
        // whose verb a man is the subject of, goes on with him.
        speaker = { name: clauseSubject.surface, gender: "m" };
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
      // (The clause's subject before its object: «هاجمت النائبة X … الوزيرة Y معتبرة» is X's opinion.)
      const women = [...speakers].reverse().filter((x) => x.type === "person" && x.t1 <= v && x.gender === "f" && opensClause(w, x, true));
      const woman = women.find((x) => subjectOfClause(w, x)) ?? women[0];
      // A speaker taken for a man only by default is the woman the participle says («وترى منوبية أن … قائلة»).
      speaker = woman
        ? { name: woman.surface, gender: "f" }
        : current && guessed
          ? { name: current.name, gender: "f" }
          : state.lastFemale
            ? { name: state.lastFemale, gender: "f" }
            : undefined;
    } else {
      // A man's participle with no speaker yet in this sentence: the man it names as its clause's subject, right after
      // the clause's verb («في المقابل، انتقد النائب … عارف الحمامي بعض فقرات القانون، معتبرا»), before an earlier
      // sentence's speaker.
      const own = current === undefined ? verbSubjectBefore(w, v, speakers) : undefined;
      speaker = own ? { name: own.surface, gender: "m" } : (current ?? state.lastSpeaker);
      if (speaker === current) nowGuessed = undefined;
    }
    if (!speaker || speaker.name === "") continue;
    const outer = current;
    current = speaker;
    if (nowGuessed !== undefined) guessed = nowGuessed;
    // A quotation after a verb inside the words reported is not this verb's own («أن مهاجم نوتردام يحمل بطاقة تشير إلى
    // أنه …، وهتف "…"»).
    const spanLimit = Math.min(limit, within.find((x) => x > v) ?? limit);
    // A finite verb's إن/أن may come after a long aside («وقال X خلال لقائه Y في بغداد يوم … إن»); a participle's comes
    // right after it («مؤكدا أن»), and one further away is another clause's («معلومات مؤكدة … موضحا أن»).
    const reach = participle ? PARTICIPLE_REACH : VERB_REACH;
    let span = spans.find((s) => !s.used && s.open >= after && s.open < spanLimit && !titleSpan(w, s));
    // Where the words said begin when a few words lead from إن/أن into the quotation («أن ذلك يعد "خبرا عاريا …"»).
    let from: number | undefined;
    if (span) {
      const c = complementizerAfter(w, after, span.open, spans, reach);
      if (typeof c === "number" && c >= 0) {
        // «قالت X إن A، مضيفة أنه "B"»: the verb's words are A, up to the participle whose words the quotation is.
        const next = verbs.find((x) => x > c && x < span!.open);
        if (next !== undefined) {
          span = undefined;
          limit = next;
        } else if (span.open - c > 1 && span.open - c <= LEAD_IN_WORDS + 1 && !toks.slice(c + 1, span.open).some((t) => t.kind === "p")) {
          from = toks[c]!.end;
        } else if (span.open - c > LEAD_IN_WORDS + 1) {
          // Far into the words reported, a quotation is part of them («أن الموقوف صادر في شأنه حكم … موضوعها "الانضمام
          // …"»: the charge's wording, not what the ministry said).
          span = undefined;
        }
      }
    }
    let q: QuoteMention | undefined;
    if (span) {
      span.used = true;
      q = trimmed(w, from ?? span.start, span.end);
    } else {
      const found = complementizerAfter(w, after, limit, spans, reach);
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
        // (Quotations inside the words said are theirs: no later verb takes them.)
        if (q) for (const s of spans) if (s.start >= q.start && s.end <= q.end) s.used = true;
      }
    }
    // The same words reached again by a later participle of the same clause ("دعت … مشيرة إلى أن") are one quote; a
    // clause around a quotation already given («مؤكدا أن ذلك يعد "خبرا عاريا من الصحة"») replaces it.
    if (q && !out.some((o) => o.start === q!.start && o.end === q!.end)) {
      const inner = out.findIndex((o) => o.speaker === speaker!.name && o.start >= q!.start && o.end <= q!.end);
      q.speaker = speaker.name;
      if (inner >= 0) out.splice(inner, 1, q);
      else {
        // «… إن A، موضحا أنه B»: the words before the participle are A alone, its own words are B (not A running into B
        // and B again).
        const running = participle ? out.findIndex((o) => o.speaker === speaker!.name && o.start < toks[v]!.start && o.end > toks[v]!.start) : -1;
        if (running >= 0) {
          let k = v - 1;
          while (k >= 0 && toks[k]!.kind === "p") k--;
          const cut = k >= 0 ? trimmed(w, out[running]!.start, toks[k]!.end) : undefined;
          if (cut && cut.end > cut.start) out.splice(running, 1, { ...cut, speaker: speaker.name });
        }
        out.push(q);
      }
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


/** The English of a rank before an office (roles.ts RANKS: "First Delegate"). */
const RANKED = new RegExp(`^(${[...new Set(RANKS.values())].join("|")}) `);

/** The heads of bodies («وزارة», «حركة», «هيئة»…) as the definite word that refers back to one («الوزارة»), by that word's key. */
const DEFINITE_BODY_HEADS = new Map([...ORG_HEADS].map((h) => [`ال${h}`, h]));

/** The head a body's name opens with («وزارة الزراعة», «الهيئة العليا …»: وزارة, هيئة), or undefined. */
export function bodyHead(w: SentenceWork, m: WorkMention): string | undefined {
  if (m.type !== "organization") return undefined;
  for (const r of tokReadings(w.toks[m.t0]!)) {
    if (ORG_HEADS.has(r.key)) return r.key;
    const bare = DEFINITE_BODY_HEADS.get(r.key);
    if (bare !== undefined) return bare;
  }
  return undefined;
}

/**
 * «وقالت الوزارة في بيان إن»: a body's head alone, definite, right after the verb, refers back to the body of that kind
 * last named in the article (earlier in this sentence, or before it); its full name as written there.
 */
function bodyNamedBefore(w: SentenceWork, v: number, state: QuoteState): string | undefined {
  const next = w.toks[v + 1];
  const head = next === undefined || next.kind !== "w" ? undefined : DEFINITE_BODY_HEADS.get(next.key);
  if (head === undefined || w.mentions.some((m) => m.t0 <= v + 1 && v + 1 < m.t1)) return undefined;
  for (let k = w.mentions.length - 1; k >= 0; k--) {
    const m = w.mentions[k]!;
    if (m.t1 <= v && bodyHead(w, m) === head) return m.surface;
  }
  return state.bodies?.get(head);
}

function remember(state: QuoteState, speaker: { name: string; gender?: "f" | "m" }): void {
  state.lastSpeaker = speaker;
  if (speaker.gender === "f") state.lastFemale = speaker.name;
  else state.lastMale = speaker.name;
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

/** Words between the speaker and the إن/أن of a finite verb of saying, at most, and of a participle. */
const VERB_REACH = 24;
const PARTICIPLE_REACH = 12;

/**
 * Index of إن/أن after the speaker (within a few tokens, "لـ"العربي الجديد" إن" allowed), or the quotation met first
 * ("قائلا " بكيت ولم استطع أن …"": the words said are the quotation, not what follows an أن inside it).
 */
function complementizerAfter(w: SentenceWork, from: number, limit: number, spans: readonly Span[], reach: number): number | Span {
  // Within `reach` words of the speaker; a quoted title between counts as one ("في برنامج "علاش هكا؟" على "الجوهرة أف أم" أن").
  let counted = 0;
  for (let k = from; k < limit && counted < reach; k++, counted++) {
    const t = w.toks[k]!;
    // «مع العلم أن …», «علما أن …»: the newsroom's own note, not what was said.
    if (COMPLEMENTIZER.has(t.key)) {
      // «شدد على مساندة التحركات شرط أن تكون سلمية»: أن after a condition or a time word opens no words said.
      if (NOT_SAID_BEFORE.has(w.toks[k - 1]?.key ?? "")) return -1;
      return NEWSROOM_NOTE.has(w.toks[k - 1]?.key ?? "") ? -1 : k;
    }
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

/**
 * «رئيس الوزراء العراقي» (Iraqi Prime Minister) after «رئيس وزراء جمهورية العراق» (Prime Minister of the Republic of
 * Iraq): the office with its nationality is the one of that country, when the country's name begins as the nationality
 * does (Iraqi, Iraq; Tunisian, Tunisia; Egyptian, Egypt). Others («Lebanese», «French») are not guessed.
 */
function sameOfficeOfCountry(want: string, office: string): boolean {
  const m = /^([A-Z][a-z]+) (.+)$/.exec(want);
  if (!m) return false;
  const stem = m[1]!.replace(/(ian|an|i|n)$/, "");
  if (stem.length < 4) return false;
  const rest = m[2]!;
  return (office === rest || office.startsWith(`${rest} `)) && new RegExp(`\\b(of|in) (the )?(Republic of |Kingdom of |State of )?${stem}`).test(office);
}

/**
 * The person right after the verb that opens the clause (at the sentence's start or after a comma: «في المقابل، انتقد
 * النائب X …»), their office included, before token `v`; not a woman (a man's participle follows).
 */
function verbSubjectBefore(w: SentenceWork, v: number, speakers: readonly WorkMention[]): WorkMention | undefined {
  const people = speakers.filter((x) => x.type === "person" && x.t1 <= v && x.gender !== "f");
  if (people.length !== 1) return undefined;
  const m = people[0]!;
  let first = m.t0;
  const at = m.role === undefined ? -1 : w.text.lastIndexOf(m.role, m.start);
  if (at >= 0) while (first > 0 && w.toks[first - 1]!.start >= at) first--;
  const verb = w.toks[first - 1];
  const before = w.toks[first - 2];
  return verb !== undefined && verb.kind === "w" && (before === undefined || before.kind === "p") ? m : undefined;
}
