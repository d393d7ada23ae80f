/**
 * Token-level helpers shared by the role, name and organisation scanners: what a token "is" (stop word,
 * nationality, definite noun, place...) and the scanner of an Arabic genitive complement
 * ("الدفاع العراقي", "لجنة الأمن والدفاع في البرلمان العراقي", "عن كتلة "الصادقون"").
 */
import type { Token } from "./tokenize.ts";
import { cliticReadings, tokReadings } from "./tokenize.ts";
import { AMBIGUOUS_FIRST, CONSTRUCTS, FEMININE_HEAD, FIRST_NAMES, NAME_INDEX, NATIONALITY, PHRASE_ONLY_HEADS, ROLE_HEADS, STOP, TERMS, TIME_WORDS, VENUES, compoundFirstNameAt, dropAl, withYaVariants } from "./lexicon.ts";
import stopData from "./data/stopwords.json" with { type: "json" };
import rolesData from "./data/roles.json" with { type: "json" };
import { foldKey } from "./tokenize.ts";
import { F_ARABIC, F_HEAD, F_LEX, F_PHRASE_HEAD, ORG_HEADS, ORG_HEADS_DEFINITE, flagsOf, tokFlags } from "./flags.ts";

/** Particles, verbs and time words: never inside a role complement or a name. */
export const HARD_STOP = withYaVariants(
  [...stopData.particles, ...stopData.verbs, ...stopData.participles, ...stopData.time].map(foldKey),
);
HARD_STOP.delete("");

const OPEN_QUOTES = new Set(['"', "\u201C", "\u00AB", "\u201E"]);
const CLOSE_QUOTES = new Set(['"', "\u201D", "\u00BB"]);
/** Heads of outlets («صحيفة», «قناة»…), by key without the article: what follows is the outlet's name, then maybe its country. */
export const OUTLET_HEADS: ReadonlySet<string> = new Set(["صحيفة", "جريدة", "قناة", "شبكة", "وكالة", "إذاعة", "مجلة", "موقع"].map(foldKey));
/** «العام» and «العامة»: "general" after an office's noun, "the year" elsewhere. */
const GENERAL = new Set(["العام", "العامة"].map(foldKey));
/** Words that make «العام» a year: "العام الماضي", "العام المقبل". */
const YEAR_DIRECTION = new Set(["الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم", "الفارط", "الدراسي", "الجامعي"].map(foldKey));
/** إن/أن and their forms with a pronoun or ب, folded: what follows is the words said. */
export const COMPLEMENTIZER = new Set(["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"]);
/** «باسم»: "in the name of" (the spokesperson's), and the first name Basim. */
export const BASM = foldKey("باسم");
/** Prepositions that may open a prepositional phrase inside a complement. */
const PREPOSITIONS = new Set(["في", "عن", "لدي", "من", "مع", "لدى"].map(foldKey));
const LADA = foldKey("لدى");
const MA3A = foldKey("مع");
/** «وشؤون»: "and … affairs", an office's second portfolio. */
const AND_AFFAIRS = foldKey("وشؤون");
const MINISTRY = new Set([foldKey("وزارة")]);
/** Plural nouns of authorities and services, which a body's name never joins with و: another party. */
const OTHER_PARTIES = new Set(["السلطات", "الأجهزة", "الجهات", "المصالح", "الأطراف"].map(foldKey));
const RELATIONS = new Set(["العلاقة", "العلاقات"].map(foldKey));
const ELECTIONS = new Set(["للانتخابات", "للرئاسية", "للتشريعية", "للبلدية"].map(foldKey));
const PARTY = new Set([foldKey("حزب")]);
/** «تنظيم» (a group; mostly "organising"): it heads a body's name only before the name itself (see scanComplement). */
export const GROUP = foldKey("تنظيم");
/** Verbal nouns تفاعل (تفاوض), تفعيل (تنظيم), استفعال (استقبال), افتعال (اجتماع), on the key without its article. */
// (And تفعّل of a root in ي, "التخلي", "التصدي", "التبني": what is done, not a name's word.)
const VERBAL_NOUN = /^(ت[^اوي]ا[^ا][^اويه]|ت[^اوي][^اوي]ي[^اويه]|است[^اوي][^اوي]ا[^اويه]|ا[^اوي]ت[^اوي]ا[^اويه]|ت[^اوي][^اوي]ي)$/;
/** Adverbs that date an office and belong to the role: "رئيس الكنفدرالية السويسرية سابقا، سامويل شميدت". */
const OFFICE_ADVERBS = new Set(["سابقا", "حاليا"].map(foldKey));
/** "المنتهية مهامه" (outgoing): the term of the office whose end the role states; it closes the role. */
export const OFFICE_TERMS: ReadonlySet<string> = new Set(["مهامه", "مهامها", "ولايته", "ولايتها", "عهدته", "عهدتها"].map(foldKey));
export const ENDED: ReadonlySet<string> = new Set(["المنتهية", "المنتهي"].map(foldKey));

export function isOpenQuote(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "p" && OPEN_QUOTES.has(t.raw);
}
export function isCloseQuote(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "p" && CLOSE_QUOTES.has(t.raw);
}
export function isComma(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "p" && (t.raw === "،" || t.raw === "," || t.raw === "\u060C");
}

/** True for an Arabic word (not a number, not Latin, not punctuation). */
export function isArabicWord(t: Token | undefined): t is Token {
  // Decided once per distinct word (flags.ts): reading the key here cost a memory access per call.
  return t !== undefined && (t.flags & F_ARABIC) !== 0;
}

/** Nationality adjective, possibly with clitics ("الأميركية", "للعراقيين"). */
export function nationalityOf(key: string): string | undefined {
  const direct = NATIONALITY.get(key);
  if (direct !== undefined) return direct;
  // The nisba ي written ى, as Egyptian texts do ("المصرى", "الأرجنتينى").
  if (key.length >= 4 && key.endsWith("ى")) return nationalityOf(`${key.slice(0, -1)}ي`);
  for (const r of cliticReadings(key)) {
    if (r.strip === 0) continue;
    const n = NATIONALITY.get(r.key);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** Definite noun or adjective, alone or after a clitic (ال…، لل…، وال…، بال…). */
export function isDefinite(key: string, raw?: string): boolean {
  if (key.length <= 3) return false;
  // "ألينا", "إلهام": a hamza on the alef means the word does not start with the article.
  if (raw !== undefined && /^[\u0623\u0625\u0622]/.test(raw)) return false;
  if (key.startsWith("ال")) return true;
  if (key.startsWith("لل")) return true;
  return /^[وفبك]ال/.test(key) || /^[وف]لل/.test(key);
}

/** Length in tokens of a lexicon place or organisation starting at `i`, else 0. */
export function lexiconSpanAt(toks: readonly Token[], keys: readonly string[], i: number, types: readonly string[]): number {
  const t = toks[i];
  if (!isArabicWord(t) || !(tokFlags(t) & F_LEX)) return 0;
  for (const r of tokReadings(t)) {
    const m = NAME_INDEX.match(r.key, keys, i);
    if (m && types.includes(m.value.type)) return m.len;
  }
  return 0;
}

/** True when a role head starts at `i` (ignores the article and clitics). */
export function roleHeadAt(keys: readonly string[], i: number): boolean {
  const k = keys[i];
  if (k === undefined) return false;
  const f = flagsOf(k);
  if ((f & F_HEAD) === 0) return false;
  if ((f & F_PHRASE_HEAD) === 0) return true;
  // A head that is one only with the words after it («ولي العهد») is read there only when they follow («فولي» is a name's).
  for (const r of cliticReadings(k)) {
    const base = dropAl(r.key);
    if (!PHRASE_ONLY_HEADS.has(base)) {
      if (ROLE_HEADS.has(base) || FEMININE_HEAD.has(base)) return true;
    } else if (ROLE_HEADS.match(base, keys, i) !== undefined) return true;
  }
  return false;
}

/** Options of the complement scanner. */
export interface ComplementOptions {
  /** Tokens that are known names in this article: the complement stops before them. */
  isNameToken?: (key: string) => boolean;
  /** Stop before a rank/title head (الجنرال، اللواء): the caller reads it as a title. */
  stopAtTitle?: (i: number) => boolean;
  max?: number;
  /** The word before `j` is a construct noun: a quoted name may follow at once (كتلة "الصادقون"). */
  afterConstruct?: boolean;
  /**
   * An organisation's name: after a known place in it ("اتحاد بن قردان") only its adjectives and ل-phrases go on
   * ("جامعة تونس المنار"); an indefinite word or a preposition is the sentence's ("اتحاد بن قردان من التأهل").
   */
  organisation?: boolean;
}

/**
 * Scans a genitive complement from token `j`; returns the index just past it (j when empty).
 * Accepts definite nouns and adjectives, nationality adjectives, coordination with و + definite,
 * prepositional phrases (في/عن + definite, construct or place; لل…), construct nouns followed by a
 * genitive, places after a construct or preposition, and a quoted short name after a construct.
 */
const FI = foldKey("في");
/** Where a body is, after في in its name: a parliament, a government, a capital, a region (or, bare, a city's: «مدينة X»). */
const WHERE_BODIES_ARE: ReadonlySet<string> = new Set(
  ["البرلمان", "الحكومة", "العاصمة", "المنطقة", "الجهة", "الولاية", "المدينة", "البلاد", "الإقليم", "المحافظة", "الجنوب", "الشمال", "الوسط", "الساحل", "الخارج", "المهجر"].map(foldKey),
);

/** A state or a government in construct after في: «وزارة الصحة في حكومة الوفاق», «القيادة العامة في دولة الإمارات». */
const STATES: ReadonlySet<string> = new Set(["حكومة", "دولة", "جمهورية", "مملكة", "إمارة", "سلطنة"].map(foldKey));

/** A place's adjective after it: a nisba («الشمالية», «الجنوبي», «الكبرى»). */
const PLACE_ADJECTIVE = /^ال.{3,}(ي|يه|ى)$/;
/** «العاصمة» after a place: the capital («تونس العاصمة»). */
const CAPITAL: ReadonlySet<string> = new Set(["العاصمة"].map(foldKey));

export function scanComplement(toks: readonly Token[], keys: readonly string[], j: number, opt: ComplementOptions = {}): number {
  const max = opt.max ?? 10;
  let end = j;
  let count = 0;
  let prevConstruct = opt.afterConstruct === true;
  /** An organisation's name reached a known place (see ComplementOptions.organisation). */
  let afterPlace = false;
  /** …reached through في/عن ("في تونس"). */
  let inPlace = false;
  /** The complement opened with a known organisation's whole name. */
  let afterKnownBody = false;
  while (end < toks.length && count < max) {
    const t = toks[end]!;
    if (afterKnownBody && isArabicWord(t) && nationalityOf(t.key) === undefined) break;
    // (Nor ب + a definite noun: "اتحاد بن قردان بالملعب الأولمبي" is where the club played.)
    // (Nor لل after في + a place: "مؤسسة "صلتك" في تونس للإطلاع على" is what the visit is for; "شركة تونس للطرقات
    // السيارة" is a name.)
    if (afterPlace && isArabicWord(t) && (PREPOSITIONS.has(t.key) || t.key.startsWith("بال") || (inPlace && t.key.startsWith("لل")) || (!isDefinite(t.key, t.raw) && nationalityOf(t.key) === undefined))) break;
    // (After في + a place, only the place's adjective: «المفوضية العليا للانتخابات في العراق النتائج» announced the results.)
    if (inPlace && isArabicWord(t) && nationalityOf(t.key) === undefined && !PLACE_ADJECTIVE.test(t.key) && !CAPITAL.has(t.key)) break;
    if (t.kind === "p") {
      // كتلة "الصادقون": a short quoted name closes a construct.
      if (prevConstruct && isOpenQuote(t)) {
        let k = end + 1;
        while (k < toks.length && k - end <= 5 && !isCloseQuote(toks[k]) && toks[k]!.kind !== "p") k++;
        if (k < toks.length && isCloseQuote(toks[k]) && k > end + 1) {
          end = k + 1;
          count++;
          prevConstruct = false;
          continue;
        }
      }
      break;
    }
    if (!isArabicWord(t)) break;
    const key = t.key;
    // A second «باسم» ("in the name of") is the first name Basim: "المتحدث باسم الحكومة العراقية باسم العوادي".
    if (key === BASM && end > j && keys[j - 1] === BASM) break;
    // A known organisation or place of several words is the complement whole, clitic and all: "للاتحاد العام
    // التونسي للشغل" (العام alone would read "the year" and end the role).
    const known = lexiconSpanAt(toks, keys, end, ["place", "organization"]);
    // An organisation's name ends where a second one is coordinated: "وزارة السياحة والخطوط التونسية", "اتحاد
    // الصناعة والتجارة والاتحاد العام التونسي للشغل".
    // ("وزارة الأمن الداخلي والسلطات الفيدرالية": and the authorities, a second party.)
    if (opt.organisation === true && end > j && key[0] === "و" && (ORG_HEAD_DEFINITE_ANY.has(key.slice(1)) || OTHER_PARTIES.has(key.slice(1)) || (known > 1 && lexiconSpanAt(toks, keys, end, ["organization"]) === known))) break;
    if (opt.organisation === true && end === j + 1 && secondBody(keys, j)) break;
    if (known > 1) {
      afterPlace = opt.organisation === true && lexiconSpanAt(toks, keys, end, ["place"]) === known;
      // A known outlet named in full after its head («صحيفة ديلي ميل البريطانية الخبر»): only its country may follow.
      afterKnownBody = opt.organisation === true && end === j && OUTLET_HEADS.has(dropAl(keys[j - 1] ?? "")) && lexiconSpanAt(toks, keys, end, ["organization"]) === known;
      end += known;
      count += known;
      prevConstruct = false;
      continue;
    }
    // "نادي الهجر السعودي مع المدرب التونسي": what is done with someone, not the body's name; nor, with another office,
    // the office's («رئيس الوزراء مع الرئيس الفرنسي إيمانويل ماكرون»). ("وزارة العلاقة مع الهيئات الدستورية", «الوزير
    // المكلف بالعلاقات مع البرلمان», «القيادي المستقيل مع الاتحاد الوطني الحر» are.)
    if (key === MA3A && !RELATIONS.has(keys[end - 1] ?? "") && !RELATIONS.has(keys[end - 1]?.slice(1) ?? "") && (opt.organisation === true || roleHeadAt(keys, end + 1))) break;
    if (opt.organisation === true) {
      // Nor a bare head before a preposition ("قوانين منظمة في الغرض": منظمة is "regulating" there).
      if (end === j && PREPOSITIONS.has(key)) break;
      // "تهيب وزارة الداخلية بالجماهير": a ministry is nowhere in particular; ب after its name is what it addresses, unless
      // it names the government or state it belongs to ("وزارة الدفاع بحكومة الوفاق", "وزارة العدل بالجمهورية التونسية").
      // (Not another ministry: «التقت وزارة الصحة بوزارة المالية».)
      const behindBa = dropAl(key.slice(1));
      if (end > j && key[0] === "ب" && MINISTRY.has(dropAl(keys[j - 1] ?? "")) && lexiconSpanAt(toks, keys, end, ["place", "organization"]) === 0 && (!CONSTRUCTS.has(behindBa) || MINISTRY.has(behindBa))) break;
      // "الاتحاد المحلي للشغل بالنفيضة والسلطات المحلية": after where the body is, و adds another party.
      if (end > j && key[0] === "و" && keys.slice(j, end).some((k) => k.startsWith("ب"))) break;
      // "رفض وزارة التعليم العالي التفاوض": a definite verbal noun right after the name is what the body does (after a
      // construct noun it is the name's: "حزب التحرير", "جبهة التحرير").
      if (end > j && !prevConstruct && key.startsWith("ال") && VERBAL_NOUN.test(key.slice(2)) && nationalityOf(key) === undefined) break;
      // "حزب المسار للانتخابات الرئاسية": the elections a party runs in are not its name (an election authority's are:
      // "الهيئة المستقلة للانتخابات").
      if (end > j && ELECTIONS.has(key) && PARTY.has(dropAl(keys[j - 1] ?? ""))) break;
    }
    // "وزارة الشباب و الرياضة": و written apart from the definite noun it joins.
    if (key === "و" && end > j && looseConjunct(toks, keys, end + 1, opt)) {
      end += 2;
      count += 2;
      prevConstruct = false;
      continue;
    }
    // "المتحدث باسم القائد العام للقوات المسلحة": العام after an office's noun is "general", not "the year".
    if (GENERAL.has(key) && end > j && roleHeadAt(keys, end - 1) && !YEAR_DIRECTION.has(keys[end + 1] ?? "")) {
      end++;
      count++;
      prevConstruct = false;
      continue;
    }
    // «وزير الخارجية وشؤون المغتربين»: an office's second portfolio, «و» + «شؤون» and its definite genitive.
    if (opt.organisation !== true && end > j && key === AND_AFFAIRS && isArabicWord(toks[end + 1]) && isDefinite(keys[end + 1]!, toks[end + 1]!.raw) && !HARD_STOP.has(keys[end + 1]!)) {
      end += 2;
      count += 2;
      prevConstruct = false;
      continue;
    }
    if (HARD_STOP.has(key) || TIME_WORDS.has(key)) {
      if (PREPOSITIONS.has(key)) {
        // A body's name takes عن only after its ل-phrase, a participle or a verbal noun ("للدفاع عن حقوق الإنسان", "المعطلين
        // عن العمل", "منظمة الدفاع عن المستهلك"):
        // "المجلس الوطني التأسيسي عن دائرة تونس" is a seat for a constituency.
        if (opt.organisation === true && key === AN && (!takesAn(keys[end - 1] ?? "") || keys[end + 1] === CONSTITUENCY)) break;
        // في/عن + object: only when the object is itself complement material.
        const next = toks[end + 1];
        if (!isArabicWord(next)) break;
        const nk = next.key;
        const placeLen = lexiconSpanAt(toks, keys, end + 1, ["place", "organization"]);
        if (placeLen > 0) {
          afterPlace = opt.organisation === true && lexiconSpanAt(toks, keys, end + 1, ["place"]) === placeLen;
          inPlace = afterPlace;
          end += 1 + placeLen;
          count += 1 + placeLen;
          prevConstruct = false;
          continue;
        }
        // "النائب عن كتلة صادقون حسن سالم": a body's noun and one name-like word that a comma or a first name closes
        // (as below, after a construct).
        if (NAMED_BODIES.has(nk) && orgNameClosed(toks, keys, end + 2, opt)) {
          end += 3;
          count += 3;
          prevConstruct = false;
          continue;
        }
        // A body's name goes on after في only to where it is («في البرلمان», «في العاصمة»), not to what it does or when
        // («وزارة الفلاحة في المخطط الخماسي», «كتلة الحزب في الوقت الراهن», «حركة الجيل الجديد في المرتبة الثالثة»).
        if (opt.organisation === true && key === FI && !WHERE_BODIES_ARE.has(nk) && !WHERE_BODIES_ARE.has(`ال${nk}`) && !STATES.has(nk)) break;
        // "كاتب الدولة لدى وزير النقل", "المستشار لدى رئيس الحكومة": the office the role is attached to is part of it.
        const attachedTo = key === LADA && roleHeadAt(keys, end + 1);
        if ((isDefinite(nk, next.raw) && !HARD_STOP.has(nk) && !TIME_WORDS.has(nk) && !opt.isNameToken?.(nk)) || CONSTRUCTS.has(nk) || attachedTo) {
          end += 2;
          count += 2;
          prevConstruct = CONSTRUCTS.has(nk);
          continue;
        }
      }
      break;
    }
    if (opt.stopAtTitle?.(end)) break;
    // A venue's namesake is the venue's name, not the next person: «رئيس قسم الإنعاش بمستشفى فرحات حشاد بسوسة».
    if (FIRST_NAMES.has(key) && end > j && isVenueWord(toks[end - 1], false, false) && isArabicWord(toks[end + 1]) && !FIRST_NAMES.has(keys[end + 1]!)) {
      end += 2;
      count += 2;
      prevConstruct = false;
      continue;
    }
    // A definite first name ("الرئيس الباجي قائد السبسي") or a lexicon person starts the name.
    // (Not one that opens an office of two words: "المتحدث باسم الأمين العام للأمم المتحدة" speaks for the Secretary-General.)
    if (FIRST_NAMES.has(key) && !AMBIGUOUS_FIRST.has(key) && !((ROLE_HEADS.match(dropAl(key), keys, end)?.len ?? 0) >= 2)) break;
    // And a compound first name, whatever its first word ("نور الدين", "زين العابدين").
    if (compoundFirstNameAt(keys, end, key)) break;
    // So does an ambiguous one ("الحبيب": also "the beloved") before an indefinite name word: "الزعيم الحبيب
    // بورقيبة" (an adjective of the definite head would be definite itself).
    if (AMBIGUOUS_FIRST.has(key) && key.startsWith("ال") && nameWordAt(toks, keys, end + 1, opt)) break;
    // And behind و, a next person's: "سمير بالطيب وزير الفلاحة والصيد البحري والمهدي بن غربية الوزير المكلف …".
    if (key[0] === "و" && end > j && ((FIRST_NAMES.has(key.slice(1)) && !AMBIGUOUS_FIRST.has(key.slice(1))) || (AMBIGUOUS_FIRST.has(key.slice(1)) && key.startsWith("وال"))) && nameWordAt(toks, keys, end + 1, opt)) break;
    if (tokFlags(t) & F_LEX && NAME_INDEX.match(key, keys, end)?.value.type === "person") break;
    if (opt.isNameToken?.(key)) break;
    if (nationalityOf(key) !== undefined) {
      end++;
      count++;
      prevConstruct = false;
      continue;
    }
    // ب + a one-word known place ("المدير الجهوي للصحة بنابل"): where the office is, whatever follows (a comma and a
    // name, a compound first name).
    if (known === 1 && end > j && opt.organisation !== true && key[0] === "ب" && !key.startsWith("بال") && lexiconSpanAt(toks, keys, end, ["place"]) === 1) {
      end++;
      count++;
      prevConstruct = false;
      continue;
    }
    // After a construct noun, a one-word known place or organisation too (longer ones were taken above).
    if (prevConstruct && known === 1) {
      afterPlace = opt.organisation === true && lexiconSpanAt(toks, keys, end, ["place"]) === 1;
      end++;
      count++;
      prevConstruct = false;
      continue;
    }
    if (OFFICE_TERMS.has(key) && end > j && ENDED.has(keys[end - 1]!)) {
      end++;
      count++;
      break;
    }
    // "وزير الخارجية سابقا": the adverb closes a role; an organisation's name ends before it.
    if (OFFICE_ADVERBS.has(key) && end > j && opt.organisation === true) break;
    if (OFFICE_ADVERBS.has(key) && end > j) {
      end++;
      count++;
      break;
    }
    if (isDefinite(key, t.raw)) {
      // After an organisation's name, an office ("منظمة التحرير الفلسطينية السفير …") or a word that refers back to it
      // ("مركز الحرس المذكور") belongs to the sentence.
      // (Not a role noun that is also an adjective of the name: الإعلامي "media", المحافظ "conservative", الناشطة "active".)
      if (opt.organisation === true && end > j && ((roleHeadAt(keys, end) && !ADJECTIVE_HEADS.has(key)) || AFTER_NAME_ADJECTIVES.has(key))) break;
      // After a ل-phrase ("للاتصالات"), a verbal noun (الانطلاق، الاستثمار، الدخول) starts the sentence's next clause: the
      // words after such a phrase that are the name's are its adjectives (للقضاة الشبان، للتعليم العالي).
      if (opt.organisation === true && end > j && keys[end - 1]!.startsWith("لل") && /^ال(ان|است|ا.ت|..و.$)/.test(key) && !/(ي|ى|يه|يين|يون)$/.test(key)) break;
      // و + definite coordinates only after complement material ("الأمن والدفاع").
      if ((key[0] === "و" || key[0] === "ف") && end === j) break;
      // "للسنة الثانية", "للعام الجاري": a time phrase, not the name's.
      if (key.startsWith("لل") && TIME_WORDS.has(`ال${key.slice(2)}`)) break;
      // "مؤسس حركة إلى الأمام الوسطية والذي حصل": a relative pronoun behind و ends it, as it does bare.
      if ((key[0] === "و" || key[0] === "ف") && HARD_STOP.has(key.slice(1))) break;
      end++;
      count++;
      prevConstruct = false;
      continue;
    }
    // "المدير الجهوي للتجارة بطبرقة هشام المحواشي": ب + a place, then a person's name, closes the role.
    // (Not ب + a verbal noun: "رئيس البرلمان الأوروبي بإستدعاء مارين لوبان" is what he did to her.)
    if (key[0] === "ب" && !key.startsWith("بال") && key.length >= 3 && end > j && !VERBAL_NOUN.test(key.slice(1))) {
      const len = PLACE_PREFIXES.has(key.slice(1)) ? 2 : 1;
      if ((len === 2 || key.length >= 4) && firstNameAt(keys, end + len)) {
        end += len;
        count += len;
        prevConstruct = false;
        continue;
      }
    }
    // "الهيئة الوطنية لمكافحة الفساد": ل + verbal noun + definite object names what an organisation does.
    if (key[0] === "ل" && key[1] !== "ل" && key.length >= 5 && orgSoFar(keys, j, end)) {
      const next = toks[end + 1];
      if (isArabicWord(next) && isDefinite(next.key, next.raw) && !HARD_STOP.has(next.key) && !TIME_WORDS.has(next.key) && !opt.isNameToken?.(next.key)) {
        end += 2;
        count += 2;
        prevConstruct = false;
        continue;
      }
      // «الاتحاد الوطني لنقابات قوات الأمن», «الجامعة العامة لأعوان وزارة الصحة»: ل + a noun, then an indefinite plural or
      // a construct noun with its definite genitive.
      const after = toks[end + 2];
      if (isArabicWord(next) && (pluralInConstruct(next.key) || CONSTRUCTS.has(next.key)) && isArabicWord(after) && genitiveOfPlural(after.key, after.raw) && !HARD_STOP.has(after.key) && !TIME_WORDS.has(after.key)) {
        end += 3;
        count += 3;
        prevConstruct = false;
        continue;
      }
    }
    // "جمعية أولياء التلاميذ", "نقابة مصدري المحاصيل", "جامعة أصحاب المخابز": after a construct noun, an indefinite plural in
    // construct with its definite genitive is who the body is of.
    if (prevConstruct && pluralInConstruct(key)) {
      const next = toks[end + 1];
      if (isArabicWord(next) && genitiveOfPlural(next.key, next.raw) && !HARD_STOP.has(next.key) && !TIME_WORDS.has(next.key) && !FIRST_NAMES.has(next.key) && !opt.isNameToken?.(next.key)) {
        end++;
        count++;
        continue;
      }
    }
    // "ووزير الدولة الأردني للشؤون القانونية رئيس الجمهورية الباجي قائد السبسي": after a closed complement, a whole office
    // written bare (رئيس الجمهورية, رئيس الحكومة) is someone else's, the text having dropped its «إلى».
    if (opt.organisation !== true && end > j && (flagsOf(key) & F_HEAD) !== 0 && !key.startsWith("ال") && isDefinite(keys[end - 1]!, toks[end - 1]!.raw) && ROLE_HEADS.match(key, keys, end)?.value.fixed === true) break;
    // «رئيس مجلس السيادة الانتقالي قائد الجيش»: after a body's adjective, an office written bare with its definite
    // genitive is the person's second office, not the body's name.
    if (opt.organisation === true && end > j && !prevConstruct && !key.startsWith("ال") && (flagsOf(key) & F_HEAD) !== 0 && roleHeadAt(keys, end) && isDefinite(keys[end - 1]!, toks[end - 1]!.raw) && isArabicWord(toks[end + 1]) && isDefinite(keys[end + 1]!, toks[end + 1]!.raw)) break;
    const bare = behindLamOrBa(key, CONSTRUCTS);
    // "رئيس شبكة دستورنا، جوهر بن مبارك", "رئيس جمعية أوفياء كمال العيادي": an organisation noun and one name-like word
    // that a comma or a first name closes is the organisation with its name.
    if (NAMED_BODIES.has(behindLamOrBa(key, NAMED_BODIES)) && orgNameClosed(toks, keys, end + 1, opt)) {
      end += 2;
      count += 2;
      prevConstruct = false;
      continue;
    }
    // «تنظيم» (a group; also "organising") is a body's noun only before the body's name: a quoted one or one the lexicon
    // knows («زعيم تنظيم "داعش"», «تنظيم القاعدة»), not «لجنة تنظيم الاحتفال».
    const group = bare === GROUP && (isOpenQuote(toks[end + 1]) || lexiconSpanAt(toks, keys, end + 1, ["organization"]) > 0);
    // In an office, an outlet named after its kind («مؤسس موقع فيسبوك», «المدير العام لإذاعة شمس اف ام»); a body's name
    // does not run on into one («وزارة الأمن الداخلي في موقع الحادث»).
    const outlet = opt.organisation !== true && !key.startsWith("ب") && OUTLET_HEADS.has(key[0] === "ل" ? key.slice(1) : key);
    if (CONSTRUCTS.has(bare) || group || outlet) {
      const next = toks[end + 1];
      const followed =
        (isArabicWord(next) && (isDefinite(next.key, next.raw) || CONSTRUCTS.has(next.key) || lexiconSpanAt(toks, keys, end + 1, ["place", "organization"]) > 0 || (pluralInConstruct(next.key) && genitiveOfPlural(keys[end + 2] ?? "", toks[end + 2]?.raw ?? "")))) ||
        isOpenQuote(next);
      // "لشركة نقل تونس": a construct noun, an indefinite noun in construct with it, and a known place or body after that
      // (whatever else the noun may be: نقل is also a verb).
      const chain =
        !followed &&
        isArabicWord(next) &&
        next.key.length >= 3 &&
        !PREPOSITIONS.has(next.key) &&
        !TIME_WORDS.has(next.key) &&
        !FIRST_NAMES.has(next.key) &&
        !AMBIGUOUS_FIRST.has(next.key) &&
        !opt.isNameToken?.(next.key) &&
        !/^[وبلف]/.test(next.key) &&
        lexiconSpanAt(toks, keys, end + 2, ["place", "organization"]) > 0;
      // «رئيس حكومة تصريف الأعمال», «هيئة تنظيم الاتصالات»: a construct noun, a verbal noun in construct with it, and that
      // noun's definite object.
      const after = toks[end + 2];
      const masdar =
        !followed && !chain && isArabicWord(next) && VERBAL_NOUN.test(next.key) && isArabicWord(after) && isDefinite(after.key, after.raw) &&
        !HARD_STOP.has(after.key) && !TIME_WORDS.has(after.key) && !FIRST_NAMES.has(after.key) && !opt.isNameToken?.(after.key) && nationalityOf(after.key) === undefined;
      if (masdar) {
        end += 3;
        count += 3;
        prevConstruct = false;
        continue;
      }
      if (!followed && !chain) break;
      end += chain ? 2 : 1;
      count += chain ? 2 : 1;
      prevConstruct = true;
      continue;
    }
    break;
  }
  // A trailing construct or preposition without its object is not part of the complement ("… بإدارة" before a name).
  while (end > j && (CONSTRUCTS.has(behindLamOrBa(toks[end - 1]!.key, CONSTRUCTS)) || PREPOSITIONS.has(toks[end - 1]!.key) || toks[end - 1]!.key === "و")) end--;
  return end;
}

/**
 * The shape of a plural noun in construct, without its article: a sound plural's ي (مصدري، موظفي), أفعال/أفعلاء (أولياء،
 * أصحاب، أطباء) or فعّال (عمال، تجار).
 */
function pluralInConstruct(key: string): boolean {
  if (key.startsWith("ال") || key[0] === "و" || key[0] === "ب" || key[0] === "ل" || FIRST_NAMES.has(key) || AMBIGUOUS_FIRST.has(key)) return false;
  return (key.length >= 4 && key.endsWith("ي")) || (key.length >= 5 && key.length <= 6 && key[0] === "ا" && (key[3] === "ا" || key[4] === "ا")) || (key.length === 4 && key[2] === "ا");
}

const AN = foldKey("عن");
/** Verbal nouns of the فِعال/فَعْل shapes that name what a body does with عن ("الدفاع عن", "البحث عن"). */
const AN_NOUNS = new Set(["الدفاع", "البحث", "الكشف", "التخلي"].map(foldKey));
/** Whether a body's name goes on with عن after `prev`: a ل-phrase, a participle (الم…), or a verbal noun. */
function takesAn(prev: string): boolean {
  return /^(ل|الم)/.test(prev) || AN_NOUNS.has(prev) || (prev.startsWith("ال") && VERBAL_NOUN.test(prev.slice(2)));
}
const CONSTITUENCY = foldKey("دائرة");

/** Adjectives of bodies that are not nisbas or participles ("الاتحاد العام", "المجلس الأعلى", "الهيئة العليا"). */
export const BODY_ADJECTIVES = new Set(["العام", "العامة", "الأعلى", "العليا", "الكبرى", "الأكبر", "الأول", "الأولى", "الحر", "الحرة", "الأحمر"].map(foldKey));

/**
 * «تنضم حركة الشعب لحكومة الوحدة الوطنية»: after a head in construct with one definite noun, a whole name («حركة
 * الشعب», «مجلس النواب»), ل + another body's head is what the sentence does with that body. (After an adjective it
 * names an organ of the body: «الهيئة السياسية لحزب …», «المجلس الوطني للحركة», «كتلة الحرة لحركة مشروع تونس».)
 */
function secondBody(keys: readonly string[], j: number): boolean {
  const head = keys[j - 1] ?? "";
  const noun = keys[j]!;
  const next = keys[j + 1] ?? "";
  if (!ORG_HEADS.has(head) || !noun.startsWith("ال") || nationalityOf(noun) !== undefined || /(ي|يه|يين|يون)$/.test(noun) || noun.startsWith("الم") || BODY_ADJECTIVES.has(noun)) return false;
  if (next[0] !== "ل") return false;
  const body = next.startsWith("لل") ? next.slice(2) : next.slice(1);
  return ORG_HEADS.has(body) || GOVERNMENT.has(body);
}

/** Bodies that are no organisation's head but are named as one after ل: «لحكومة الوحدة الوطنية». */
const GOVERNMENT = new Set(["حكومة", "برلمان"].map(foldKey));

/** A definite noun after a separate و that is more of the same name, not another body, office or person. */
function looseConjunct(toks: readonly Token[], keys: readonly string[], k: number, opt: ComplementOptions): boolean {
  const t = toks[k];
  if (!isArabicWord(t) || !isDefinite(t.key, t.raw) || HARD_STOP.has(t.key) || TIME_WORDS.has(t.key) || FIRST_NAMES.has(t.key) || opt.isNameToken?.(t.key)) return false;
  if (roleHeadAt(keys, k)) return false;
  if (opt.organisation === true && (ORG_HEAD_DEFINITE_ANY.has(t.key) || lexiconSpanAt(toks, keys, k, ["organization"]) > 1)) return false;
  // Written apart, و joins clauses as often as words: only two terms of one name ("الشباب و الرياضة").
  return TERMS.match(keys[k - 2] ?? "", keys, k - 2) !== undefined && TERMS.match(t.key, keys, k) !== undefined;
}

/** The definite genitive after such a plural: not a nisba surname ("لاعبه فراس الجليدي" is a name). */
function genitiveOfPlural(key: string, raw: string): boolean {
  return isDefinite(key, raw) && !key.endsWith("ي");
}

/** `key` without a clitic ل or ب when only that form is in `words` ("لشبكة", "بإدارة"); else `key`. */
function behindLamOrBa(key: string, words: ReadonlySet<string>): string {
  return !words.has(key) && (key[0] === "ل" || key[0] === "ب") && words.has(key.slice(1)) ? key.slice(1) : key;
}

/**
 * Adjectives that point back to something already named, or qualify the office before the name ("رئيس الاتحاد الدولي …
 * السابق"), or open a clause about it ("قرار وزارة التربية المتعلق بـ", "وكالة أعماق التابعة لـ", "صحيفة المغرب الصادرة بالفرنسية"): never part of an
 * organisation's name.
 */
const AFTER_NAME_ADJECTIVES: ReadonlySet<string> = new Set(
  ["المذكور", "المذكورة", "المعني", "المعنية", "المعروف", "المعروفة", "المقرب", "المقربة", "المنعقد", "المنعقدة", "السابق", "السابقة", "الأسبق", "المكلف", "المكلفة", "المتعلق", "المتعلقة", "التابع", "التابعة", "المكون", "المكونة", "الصادر", "الصادرة"].map(foldKey),
);

/** Role nouns that are also adjectives an organisation's name may end in. */
const ADJECTIVE_HEADS: ReadonlySet<string> = new Set(
  ["المحافظ", "المحافظة", "الناشط", "الناشطة", "الإعلامي", "الإعلامية", "السياسي", "السياسية", "العسكري", "العسكرية", "الأمني", "الأمنية", "الفني", "الفنية", "القانوني", "القانونية", "الاقتصادي", "الاقتصادية", "الطبي", "الطبية", "المعارض", "المعارضة", "الأكاديمي", "الأكاديمية"].map(foldKey),
);

/** An organisation head with the article ("الاتحاد", "الرابطة", "الوزارة"): after و it starts another organisation. */
const ORG_HEAD_DEFINITE_ANY: ReadonlySet<string> = new Set([...ORG_HEADS_DEFINITE, ...[...ORG_HEADS].map((h) => `ال${h}`)]);

/** First words of place names that take a second word ("بن عروس", "سيدي بوزيد", "منزل بورقيبة"). */
export const PLACE_PREFIXES = new Set(rolesData.placePrefixes.map(foldKey));

/**
 * A venue word, bare or after a clitic ("بمستشفى"); with `definite`, its definite form too, for a venue with an adjective
 * before a name ("بالمستشفى الجامعي الهادي شاكر": the hospital's name; "مدير المستشفى توفيق الفارح" is its director);
 * with `dual`, a dual in construct too («ملعبي فرحات حشاد وعزيز تاج» are two stadiums).
 */
export function isVenueWord(t: Token | undefined, definite = false, dual = true): boolean {
  if (!t || t.kind !== "w") return false;
  for (const r of tokReadings(t)) {
    if (r.restoredAl) continue;
    if (VENUES.has(r.key) || (definite && r.key.startsWith("ال") && VENUES.has(dropAl(r.key)))) return true;
    if (dual && r.key.length >= 5 && r.key.endsWith("ي") && VENUES.has(r.key.slice(0, -1))) return true;
  }
  return false;
}

/** Does a person's name start at `i`: an unambiguous first name, or an ambiguous one before بن or a nisba? */
function firstNameAt(keys: readonly string[], i: number): boolean {
  const k = keys[i];
  if (k === undefined || !FIRST_NAMES.has(k)) return false;
  if (!AMBIGUOUS_FIRST.has(k)) return true;
  const next = keys[i + 1] ?? "";
  return next === "بن" || (next.startsWith("ال") && next.endsWith("ي") && next.length > 4);
}

/** Does the complement read so far (keys[j..end)) contain an organisation noun (هيئة، الهيئة، لجنة...)? */
function orgSoFar(keys: readonly string[], j: number, end: number): boolean {
  for (let k = Math.max(0, j - 1); k < end; k++) {
    const key = keys[k]!;
    if (ORG_NOUNS.has(key) || ORG_NOUNS.has(dropAl(key))) return true;
  }
  return false;
}

/** Organisation nouns after which ل + verbal noun belongs to the name (not portfolios: "وزير الخارجية لبحث"). */
const ORG_NOUNS = new Set(rolesData.orgNouns.map(foldKey));

/** The STOP list re-exported for the name scanner. */
export { STOP };

/** Nouns of bodies that a one-word name may follow («شبكة دستورنا», «كتلة صادقون»): ORG_NOUNS and parties' words. */
const NAMED_BODIES: ReadonlySet<string> = new Set([...ORG_NOUNS, ...["كتلة", "حزب", "حركة", "تيار", "جبهة", "ائتلاف"].map(foldKey)]);

/**
 * One name-like word at `k`, not a first name, that a comma or a first name closes: a body's name after its noun. (A first
 * name that is also a word, «حسن», closes it when a name word and «إن»/«أن» or punctuation follow: «كتلة صادقون حسن سالم إن».)
 */
function orgNameClosed(toks: readonly Token[], keys: readonly string[], k: number, opt: { isNameToken?: (key: string) => boolean }): boolean {
  if (FIRST_NAMES.has(keys[k] ?? "") || !nameWordAt(toks, keys, k, opt)) return false;
  // (Or what the person said: «رئيسة كتلة إرادة إن …».)
  if (isComma(toks[k + 1]) || firstNameAt(keys, k + 1) || COMPLEMENTIZER.has(keys[k + 1] ?? "")) return true;
  const after = toks[k + 3];
  return AMBIGUOUS_FIRST.has(keys[k + 1] ?? "") && nameWordAt(toks, keys, k + 2, opt) && (after === undefined || after.kind === "p" || COMPLEMENTIZER.has(after.key));
}


/**
 * An indefinite word that can be part of a name: no particle, verb, time word or other listed common word,
 * no organisation noun, role or nationality, no tanwin, no conjunction, and not shaped like an imperfect
 * or future verb.
 */
function nameWordAt(toks: readonly Token[], keys: readonly string[], i: number, opt: { isNameToken?: (key: string) => boolean }): boolean {
  const t = toks[i];
  if (!isArabicWord(t)) return false;
  const k = t.key;
  if (opt.isNameToken?.(k) || FIRST_NAMES.has(k)) return true;
  if (k.length < 3 || isDefinite(k, t.raw) || /[\u064B-\u064D]/.test(t.raw)) return false;
  if (HARD_STOP.has(k) || STOP.has(k) || TIME_WORDS.has(k) || CONSTRUCTS.has(k) || nationalityOf(k) !== undefined) return false;
  if (roleHeadAt(keys, i) || k[0] === "و" || /^س?[يتن]/.test(k)) return false;
  return true;
}
