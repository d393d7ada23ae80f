/**
 * Entity analysis of one article: people, organisations, places, roles and quotes, sentence by
 * sentence, with the article as context so that a later "المحمداوي", "الوزير أوستن" or "وتابع:" refers
 * back. Three passes: (1) triggers, patterns and the lexicon; (2) surname-only references to the full
 * names found anywhere in the article; (3) quotes in reading order.
 */
import type { EntityMention, QuoteMention } from "../types.ts";
import { foldKey, keyBit, stripSurface, tokenizeWithKeys } from "./tokenize.ts";
import type { Token } from "./tokenize.ts";
import { FIRST_NAMES, NAME_PARTICLES, ROLE_MODIFIERS, SURNAME_INDEX, VENUES, compoundFirstNameAt, dropAl } from "./lexicon.ts";
import { familyNameWord } from "./names.ts";
import { HARD_STOP, PLACE_PREFIXES, isArabicWord, isComma, nationalityOf, roleHeadAt } from "./phrase.ts";
import { findPeople, speechVerbKey, verbToken } from "./people.ts";
import { findOrgsAndPlaces } from "./orgs-places.ts";
import { baseNotQaeda } from "./bases.ts";
import { bodyHead, findQuotes } from "./quotes.ts";
import type { QuoteState } from "./quotes.ts";
import { matchHead } from "./roles.ts";
import { F_SURNAME } from "./flags.ts";
import { translateRole } from "./translate-role.ts";
import { bodyLeaders, officesOfTheirBody } from "./leaders.ts";
import { knownAs } from "./known-as.ts";
import type { SentenceWork, WorkMention } from "./work.ts";

/** Analysis of one sentence: offsets are relative to the sentence. */
export interface SentenceEntities {
  mentions: EntityMention[];
  quotes: QuoteMention[];
}

/** Lexicon surnames usable as name tokens; nationality adjectives excluded ("السوداني"). */
const LEX_NAME_TOKENS = new Set([...SURNAME_INDEX.keys()].filter((k) => !k.includes(" ") && nationalityOf(k) === undefined));
/** The name-scan options do not depend on the article: one object, one closure. */
const OPT = { isNameToken: (k: string) => LEX_NAME_TOKENS.has(k) };

/**
 * Finds people, organisations, places and quotes in the sentences of one article.
 * Never throws: a sentence that fails yields no mentions. `tokens`, when given, receives each sentence's
 * tokens (undefined for a sentence that could not be tokenised), for the indexer to reuse.
 */
export function analyseArticleEntities(sentences: string[], tokens?: (readonly Token[] | undefined)[]): SentenceEntities[] {
  // Plain try/catch rather than a safe(() => ...) helper: a closure per sentence and stage was a
  // measurable share of the analysis (issue 6).
  const works: SentenceWork[] = [];
  for (const text of sentences) {
    const s = typeof text === "string" ? text : "";
    let keys: string[] = [];
    let toks: Token[];
    try {
      toks = tokenizeWithKeys(s, keys);
    } catch {
      toks = [];
      keys = [];
      tokens?.push(undefined);
      works.push({ text: s, toks, keys, mentions: [], roleAnaphors: [], namesakes: [] });
      continue;
    }
    tokens?.push(toks);
    works.push({ text: s, toks, keys, mentions: [], roleAnaphors: [], namesakes: [] });
  }
  for (const w of works) {
    try {
      findPeople(w, OPT);
    } catch {
      // A sentence that fails yields what was found before the failure.
    }
    try {
      findOrgsAndPlaces(w);
    } catch {
      // As above.
    }
  }
  completeNames(works);
  baseNotQaeda(works);
  const surnames = collectSurnames(works);
  let surnameSig = 0;
  for (const k of surnames.keys()) surnameSig |= keyBit(k);
  for (const w of works) {
    try {
      addSurnameMentions(w, surnames, surnameSig);
      apposedOffices(w);
      bodyLeaders(w);
      officesOfTheirBody(w);
      knownAs(w);
    } catch {
      // As above.
    }
  }

  const state: QuoteState = { byRole: [], translateRole };
  const out: SentenceEntities[] = [];
  for (const w of works) {
    w.mentions.sort(byStart);
    for (const m of w.mentions) {
      if (m.type !== "person") continue;
      for (const role of [m.formerRole, m.role]) {
        if (!role) continue;
        let roleEn = "";
        try {
          roleEn = translateRole(role);
        } catch {
          // No English role: the entry still names the person.
        }
        const entry: QuoteState["byRole"][number] = { roleEn, name: m.surface };
        if (m.gender) entry.gender = m.gender;
        state.byRole.push(entry);
      }
    }
    let quotes: QuoteMention[] = [];
    try {
      quotes = findQuotes(w, state);
    } catch {
      // No quotes for this sentence.
    }
    for (const m of w.mentions) {
      const head = bodyHead(w, m);
      if (head !== undefined) (state.bodies ??= new Map()).set(head, m.surface);
    }
    const mentions: EntityMention[] = [];
    for (const m of w.mentions) mentions.push(toMention(m));
    out.push({ mentions, quotes });
  }
  return out;
}

function byStart(a: WorkMention, b: WorkMention): number {
  return a.start - b.start;
}

function toMention(m: WorkMention): EntityMention {
  const e: EntityMention = { type: m.type, surface: m.surface, start: m.start, end: m.end };
  if (m.role) e.role = m.role;
  if (m.alias) e.alias = m.alias;
  return e;
}

type SurnameInfo = { gender?: "f" | "m" };
const ALLAH = foldKey("الله");
const MONTH_WORD = foldKey("شهر");
const LEX_SURNAME: SurnameInfo = {};

/**
 * A name cut short before a word the article names someone by alone ("فرناندو غراندي مارلاسكا … قال مارلاسكا إن": the
 * scanner stops before «مارلاسكا», which ends like an accusative): that word is its last. Not a first name (the next
 * person of a list), nor a word of a longer mention.
 */
function completeNames(works: SentenceWork[]): void {
  let lone: Set<string> | undefined;
  for (const w of works) {
    for (const m of w.mentions) {
      if (m.type !== "person" || m.t1 - m.t0 !== 1 || m.lexId !== undefined) continue;
      const k = w.keys[m.t0]!;
      if (!FIRST_NAMES.has(k)) (lone ??= new Set()).add(k);
    }
  }
  if (lone === undefined) return;
  for (const w of works) {
    for (const m of w.mentions) {
      if (m.type !== "person" || m.t1 - m.t0 < 2) continue;
      const next = w.toks[m.t1];
      if (!isArabicWord(next) || !lone.has(next.key) || next.start !== m.end + 1) continue;
      const other = w.mentions.find((o) => o !== m && o.t0 <= m.t1 && o.t1 > m.t1);
      if (other && !(other.type === "person" && other.t0 === m.t1 && other.t1 === m.t1 + 1)) continue;
      if (other) w.mentions.splice(w.mentions.indexOf(other), 1);
      m.t1++;
      m.end = next.end;
      m.surface = w.text.slice(m.start, m.end);
    }
  }
}

/**
 * Surname keys of the article's multi-word person names: the last word, with and without ال
 * ("العباسي" / "عباسي"), and particle + last word ("أبو رغيف"). Value: the gender if known. Lexicon
 * surnames (SURNAME_INDEX) count too, with no gender, but are looked up there rather than copied into
 * every article's map.
 */
function collectSurnames(works: SentenceWork[]): Map<string, SurnameInfo> {
  const out = new Map<string, SurnameInfo>();
  for (const w of works) {
    for (const m of w.namesakes.length === 0 ? w.mentions : [...w.mentions, ...w.namesakes]) {
      if (m.type !== "person" || m.t1 - m.t0 < 2) continue;
      const last = w.keys[m.t1 - 1]!;
      const prev = w.keys[m.t1 - 2]!;
      const info = m.gender ? { gender: m.gender } : {};
      // "أبو رغيف", and "نصر الله", "جاب الله": الله alone is no one's surname (nor له, its key without ال).
      if (NAME_PARTICLES.has(prev) || last === ALLAH) {
        out.set(prev + " " + last, info);
        continue;
      }
      // The tail of a compound name ("رضا شرف الدين", "محمد زين العابدين") is no surname alone: الدين is "religion".
      if (last.length < 3 || HARD_STOP.has(last) || compoundFirstNameAt(w.keys, m.t1 - 2)) continue;
      out.set(last, info);
      out.set(dropAl(last), info);
    }
  }
  return out;
}

/** The article's surname entry for `key`, else the lexicon's (`lex`: the word may be in SURNAME_INDEX). */
function surnameOf(surnames: Map<string, SurnameInfo>, key: string, lex: boolean): SurnameInfo | undefined {
  const hit = surnames.get(key);
  if (hit !== undefined) return hit;
  return lex && SURNAME_INDEX.has(key) ? LEX_SURNAME : undefined;
}

/** Adds person mentions for surname-only references not covered by another mention. */
function addSurnameMentions(w: SentenceWork, surnames: Map<string, SurnameInfo>, articleSig: number): void {
  const { toks, keys } = w;
  const covered = new Uint8Array(toks.length);
  for (const m of w.mentions) for (let k = m.t0; k < m.t1; k++) covered[k] = 1;
  for (const m of w.namesakes) for (let k = m.t0; k < m.t1; k++) covered[k] = 1;
  // Besides lexicon surnames and particles (their flag), only a word whose reading signature meets the
  // article's surnames can hit: the rest are skipped without a lookup.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (covered[i] || !isArabicWord(t)) continue;
    const lex = (t.flags & F_SURNAME) !== 0;
    if (!lex && (t.sig & articleSig) === 0) continue;
    const next = keys[i + 1];
    for (const r of t.readings) {
      let len = 1;
      let hit: SurnameInfo | undefined;
      // Particle + surname ("أبو رغيف"): particles carry F_SURNAME; X + الله ("نصر الله") too.
      if (next !== undefined && !covered[i + 1] && ((lex && NAME_PARTICLES.has(r.key)) || next === ALLAH)) {
        hit = surnameOf(surnames, r.key + " " + next, true);
        if (hit) len = 2;
      }
      hit ??= surnameOf(surnames, r.key, lex);
      if (!hit) continue;
      // A surname that is also a nationality ("السوداني") only as a subject or after a title.
      if (len === 1 && nationalityOf(r.key) !== undefined && !subjectPosition(w, i)) break;
      if (r.restoredAl) break;
      // «مقتل تاجر المخدرات مرعي الرمثان»: a surname only the lexicon knows, before a family name of its own, is someone
      // else's first name (not Samira Merai's surname).
      if (len === 1 && !surnames.has(r.key) && ownFamilyNameAfter(w, i, covered)) break;
      // A town or venue named after the person ("منزل بورقيبة", "نهج بلعيد") is no reference to them, nor a month
      // that bears the name ("شهر رمضان" beside "هاني رمضان").
      if (r.strip === 0 && (placeBefore(toks[i - 1]) || keys[i - 1] === MONTH_WORD)) break;
      // (Or its full name: «مدير مستشفى فرحات حشّاد لطفي بوبكر».)
      if (r.strip === 0 && !covered[i - 1] && FIRST_NAMES.has(keys[i - 1] ?? "") && placeBefore(toks[i - 2])) break;
      // Nor an office's adjective that is also the family name («المتحدث العسكري» beside «أبو علي العسكري»).
      if (r.strip === 0 && ROLE_MODIFIERS.has(r.key) && roleHeadAt(keys, i - 1)) break;
      const s = stripSurface(t, r);
      const end = toks[i + len - 1]!.end;
      const m: WorkMention = { type: "person", surface: w.text.slice(s.start, end), start: s.start, end, t0: i, t1: i + len };
      if (hit.gender) m.gender = hit.gender;
      // "قالت بسمة بلعيد": a first name of the article's surname, as the subject of a speech verb, is another member of
      // the family (the first name may also be a common word: بسمة is "a smile"), not the one named before.
      const first = toks[i - 1];
      const verb = speechVerbKey(toks[i - 2]);
      if (r.strip === 0 && verb !== undefined && first !== undefined && !covered[i - 1] && first.kind === "w" && FIRST_NAMES.has(first.key) && !NAME_PARTICLES.has(first.key)) {
        m.t0 = i - 1;
        m.start = first.start;
        m.surface = w.text.slice(first.start, end);
        if (verb.endsWith("ت")) m.gender = "f";
        else delete m.gender;
      }
      w.mentions.push(m);
      i += len - 1;
      break;
    }
  }
}

/**
 * A definite family name right after token `i`, not part of another mention. Not a nisba, of either gender, nor a word
 * of three letters: those are as often adjectives of the noun before («سياسة ماكرون الاقتصادية», «عمر ماكرون الشاب»).
 */
function ownFamilyNameAfter(w: SentenceWork, i: number, covered: Uint8Array): boolean {
  const t = w.toks[i + 1];
  if (!isArabicWord(t) || covered[i + 1] || !t.key.startsWith("ال") || t.key.length < 6 || /ي[هة]?$/.test(t.key)) return false;
  // After a verb the word after the subject is the verb's object: «قرر ماكرون الاستقالة».
  const prev = w.toks[i - 1];
  if (prev !== undefined && verbToken(prev)) return false;
  return familyNameWord(w.keys, t.key, i + 1);
}

/**
 * An office set off by commas right after a name the article's surnames found («زيارة ماكين، رئيس لجنة الخدمات المسلحة في
 * مجلس الشيوخ، هذه»): the office is that person's, as it is after a name found in the sentence. Only an office the
 * punctuation closes: one that runs on is read short («بوزيد، رئيس تحرير صحيفة …» read «رئيس») or is the object of
 * what the person did («وكلف، الشاهد، وزير النقل بتكثيف …»).
 */
function apposedOffices(w: SentenceWork): void {
  for (const r of w.roleAnaphors) {
    const after = w.toks[r.t1];
    if (!isComma(w.toks[r.t0 - 1]) || !(after === undefined || isComma(after) || after.raw === "." || after.raw === ")")) continue;
    const m = w.mentions.find((x) => x.type === "person" && x.t1 === r.t0 - 1 && x.role === undefined);
    if (m === undefined) continue;
    m.role = r.role;
    if (r.feminine) m.gender = "f";
  }
}

/**
 * Place-name prefixes that are also common words before a person's name: بن is inside names, منزل and دار
 * are a house ("منزل حفتر"), بئر is spelt like the first name بير.
 */
const NOT_PLACE_BEFORE_NAME = new Set(["بن", "منزل", "دار", "بئر"].map(foldKey));

/** A place-name prefix ("سيدي", "حمام") or a venue word ("نهج", "ضريح") as written just before a name. */
function placeBefore(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "w") return false;
  return VENUES.has(t.key) || (PLACE_PREFIXES.has(t.key) && !NOT_PLACE_BEFORE_NAME.has(t.key));
}

function subjectPosition(w: SentenceWork, i: number): boolean {
  const prev = w.toks[i - 1];
  if (!prev || prev.kind === "p") return true;
  if (speechVerbKey(prev) !== undefined) return true;
  const h = matchHead(w.toks, w.keys, i - 1);
  return h !== undefined && h.head.kind === "title";
}
