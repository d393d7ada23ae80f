/**
 * Organisations and places in one sentence: lexicon forms (longest match, clitics allowed on the first
 * token: "للولايات المتحدة", "بالأردن") and patterns: an organisation head (وزارة، وكالة، هيئة، مجلس،
 * حركة، كتلة، جماعة، حزب...) followed by its complement; a place after محافظة/مدينة/ولاية.
 */
import { tokReadings, foldKey, stripSurface } from "./tokenize.ts";
import type { Token } from "./tokenize.ts";
import { COMMON_WORD_NAMES, FIRST_NAMES, NAME_INDEX, STOP, TIME_WORDS } from "./lexicon.ts";
import stopData from "./data/stopwords.json" with { type: "json" };
import { BODY_ADJECTIVES, GROUP, HARD_STOP, isArabicWord, isCloseQuote, isDefinite, isOpenQuote, nationalityOf, scanComplement } from "./phrase.ts";
import type { SentenceWork, WorkMention } from "./work.ts";
import { F_LEX, F_ORG, F_ORGS_PLACES, F_PLACE_HEAD, ORG_HEADS, ORG_HEADS_DEFINITE, PLACE_HEADS, tokFlags } from "./flags.ts";

const LEADERSHIP = foldKey("قيادة");
const POSTED = new Set(["سفارة", "بعثة", "قنصلية"].map(foldKey));
/** حركة/الحركة before what moves or its kind is a flow or a reshuffle ("حركة المرور", "الحركة القضائية"), not a movement. */
const MOVEMENT = foldKey("حركة");
const FLOWS = new Set(stopData.flows.map(foldKey));
/** Head → words after it that make it a common noun (stopwords.json "notAfterHead": "قيادة السيارة", "مركز الاقتراع"). */
const NOT_AFTER = new Map(Object.entries(stopData.notAfterHead).map(([head, words]) => [foldKey(head), new Set(words.map(foldKey))]));
/** What a command («قيادة») commands: behind ل, before anything else, «قيادة» is "to lead". */
const COMMANDED: ReadonlySet<string> = new Set(["الجيش", "القوات", "الأركان", "العمليات", "الحرس", "الشرطة", "الأمن", "المنطقة", "الحركة", "التحالف", "الثورة"].map(foldKey));
/** Head → the only words after which it names a body (stopwords.json "onlyBeforeHead": "جهاز المخابرات"). */
const ONLY_BEFORE = new Map(Object.entries(stopData.onlyBeforeHead).map(([head, words]) => [foldKey(head), new Set(words.map(foldKey))]));
/** Generic adjectives after a definite head that do not make a name ("المجلس الجديد"). */
const GENERIC = new Set(
  ["الجديد", "الجديدة", "المذكور", "المذكورة", "نفسه", "نفسها", "الأخرى", "الحاكم", "المعني", "المعنية", "ذاته", "ذاتها", "المنعقد", "المنعقدة", "الآلية", "الحالي", "الحالية", "السابق", "السابقة", "المختص", "المختصة", "المعنيين", "المعنيتين"].map(foldKey),
);
const FEDERATION = foldKey("جامعة");
const MISSION = foldKey("بعثة");
const MISSION_ADJECTIVES = new Set(["الأممية", "الأوروبية", "الدولية", "الأفريقية", "الإفريقية", "العربية", "الدبلوماسية"].map(foldKey));
const FEDERATION_ADJECTIVES = new Set(["العامة", "الوطنية", "الجهوية", "الدولية", "الملكية", "النقابية"].map(foldKey));

/**
 * Whether the word after a definite head names a body: a nationality, a nisba ("المجلس الجهوي"), a participle
 * ("الهيئة المستقلة"), or an adjective of bodies; not another noun ("الحركة الموقف", "الاتحاد السيد").
 */
function bodyAdjective(k: string): boolean {
  if (GENERIC.has(k) || !k.startsWith("ال")) return false;
  // (A nationality in the dual describes two people, not the body: «فريق القيادة التونسيان الدولي مصباح الصانعي و…».)
  if (k.endsWith("يان") && nationalityOf(k) !== undefined) return false;
  return nationalityOf(k) !== undefined || /(ي|ى|يه|يين|يون)$/.test(k) || (k.startsWith("الم") && !MIM_NOUNS.has(k)) || BODY_ADJECTIVES.has(k);
}

/** Nouns in «الم…» that are no participle: «ومنعت المحكمة المرأة» (the court barred the woman). */
const MIM_NOUNS: ReadonlySet<string> = new Set(["المرأة", "المرء", "الماء", "المال", "الملف", "المواطن", "المواطنين", "المتهم", "المتهمين", "المتهمة"].map(foldKey));

function mention(w: SentenceWork, type: "organization" | "place", t0: number, t1: number, start: number, lexId?: string): WorkMention {
  const end = w.toks[t1 - 1]!.end;
  const m: WorkMention = { type, surface: w.text.slice(start, end), start, end, t0, t1 };
  if (lexId) m.lexId = lexId;
  return m;
}

/** A definite Arabic word, behind a clitic or not (الدول، للثقافة، بالمنطقة، والإفريقية); not a particle (إلى، التي). */
function definiteWord(t: Token | undefined): boolean {
  return t !== undefined && isArabicWord(t) && isDefinite(t.key, t.raw) && !HARD_STOP.has(t.key);
}

const DEMONSTRATIVES = new Set(["هذه", "هذا", "تلك", "ذلك", "هاته", "هذي"].map(foldKey));

/** Whether the one-word name at token `i` (folded `key`) reads as the ordinary word there (see the caller). */
function commonWordHere(w: SentenceWork, i: number, key: string): boolean {
  const t = w.toks[i]!;
  const conj = /^[وف]/.test(t.key) && t.key !== key;
  const nisba = /يه?$/.test(key);
  if (definiteWord(w.toks[i - 1]) && (!conj || nisba)) return true;
  if (!conj && placeWord(w, i - 1)) return true;
  if (t.key.startsWith("بال") || DEMONSTRATIVES.has(w.keys[i - 1] ?? "")) return true;
  const next = w.keys[i + 1];
  return next !== undefined && next.startsWith("ال") && definiteWord(w.toks[i + 1]) && nationalityOf(next) === undefined;
}

/** A one-word known place at token `k` ("مصر"). */
function placeWord(w: SentenceWork, k: number): boolean {
  const key = w.keys[k];
  if (key === undefined) return false;
  const m = NAME_INDEX.match(key, w.keys, k);
  return m !== undefined && m.len === 1 && m.value.type === "place";
}

/** Finds organisations and places; appends to `w.mentions` (people are found before and win overlaps). */
export function findOrgsAndPlaces(w: SentenceWork): void {
  const { toks } = w;
  const found: WorkMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isArabicWord(t)) {
      i++;
      continue;
    }
    const f = tokFlags(t) & F_ORGS_PLACES;
    if (f === 0) {
      i++;
      continue;
    }
    // Lexicon first (longest form): "وزارة الدفاع الأميركية" is a known entity, not a pattern.
    let done = false;
    for (const r of f & F_LEX ? tokReadings(t) : []) {
      const m = NAME_INDEX.match(r.key, w.keys, i);
      if (!m || m.value.type === "person") continue;
      // A clitic reading of a short word is too weak ("فمالي" is not Mali): require 4+ letters.
      if (r.strip > 0 && r.key.length < 4) continue;
      // Nor a body's short name behind ف right after a word: «ميناء فارنا» is the port of Varna, not «… so IRNA». (A place
      // may open a clause there: «طالما لم تعالج هذه الهشاشة فتونس لن تتقدم».)
      if (r.strip > 0 && m.len === 1 && m.value.type === "organization" && t.key[0] === "ف" && r.key.length < 5 && isArabicWord(toks[i - 1])) continue;
      // A one-word definite name that is also a common word ("العربية" Arabic, "الحرة" free, "القاعدة" a base) is
      // that word where the grammar says so: an adjective agreeing with the definite noun or the place before it
      // ("الدول العربية", "جمهورية مصر العربية"; behind و only when it reads as one: "الأوروبية والعربية", not
      // "الجمهوري والنهضة"), a manner behind ب ("بالعربية"), a noun after a demonstrative or before its own
      // adjective ("هذه القاعدة", "القاعدة العسكرية"; a nationality or a relative pronoun after it proves nothing).
      if (m.len === 1 && COMMON_WORD_NAMES.has(r.key) && commonWordHere(w, i, r.key)) continue;
      const s = stripSurface(t, r);
      const mm = mention(w, m.value.type as "organization" | "place", i, i + m.len, s.start, m.value.id);
      if (r.restoredAl) mm.surface = s.surface + w.text.slice(t.end, mm.end);
      found.push(mm);
      i += m.len;
      done = true;
      break;
    }
    if (done) continue;
    const orgEnd = f & F_ORG ? orgPatternAt(w, i) : i;
    if (orgEnd > i) {
      const r = tokReadings(t).find((x) => ORG_HEADS.has(x.key) || ORG_HEADS_DEFINITE.has(x.key));
      const s = r ? stripSurface(t, r) : { start: t.start, surface: t.raw };
      const mm = mention(w, "organization", i, orgEnd, s.start);
      if (r?.restoredAl) mm.surface = s.surface + w.text.slice(t.end, mm.end);
      found.push(mm);
      i = orgEnd;
      continue;
    }
    const placeEnd = f & F_PLACE_HEAD ? placePatternAt(w, i) : i;
    if (placeEnd > i + 1) {
      found.push(mention(w, "place", i + 1, placeEnd, toks[i + 1]!.start));
      i = placeEnd;
      continue;
    }
    i++;
  }
  for (const m of found) {
    if (!w.mentions.some((p) => p.t0 < m.t1 && m.t0 < p.t1)) w.mentions.push(m);
  }
}

/** End of an organisation pattern starting at `i` (head + complement), or `i`. */
function orgPatternAt(w: SentenceWork, i: number): number {
  const t = w.toks[i]!;
  for (const r of tokReadings(t)) {
    const indefinite = ORG_HEADS.has(r.key);
    const definite = !indefinite && ORG_HEADS_DEFINITE.has(r.key);
    if (!indefinite && !definite) continue;
    const head = definite ? r.key.slice(2) : r.key;
    const next = w.keys[i + 1] ?? "";
    // "بقيادة الحكم X": led by someone, not a command; "لقيادة الفريق": to lead it (not before an armed body's noun:
    // "التابعة لقيادة الجيش").
    if (r.key === LEADERSHIP && t.key !== r.key && (t.key.startsWith("ب") || (t.key.startsWith("ل") && !COMMANDED.has(next)))) continue;
    // "قيادة السيارة" (driving), "مركز الاقتراع", "جهاز الكمبيوتر", "حركة المرور", "الحركة القضائية": common nouns.
    if (NOT_AFTER.get(head)?.has(next) || (ONLY_BEFORE.has(head) && !ONLY_BEFORE.get(head)!.has(next)) || (head === MOVEMENT && FLOWS.has(next))) return i;
    // تنظيم is mostly "organising" ("تنظيم الدورة", "تنظيم وزارة الثقافة"): a group only before a quoted or known name
    // ("تنظيم \"أنصار الشريعة\"", "تنظيم القاعدة").
    if (r.key === GROUP && !isOpenQuote(w.toks[i + 1]) && NAME_INDEX.match(w.keys[i + 1] ?? "", w.keys, i + 1)?.value.type !== "organization") return i;
    // A head right before ل ("مركز للأيتام", "المجلس للسنة") or بال ("المنظمة بالمناطق الحدودية") is a common noun.
    // So is an indefinite head right before ل + a verbal noun (تفعيل، استفعال، افتعال، إفعال: "إنشاء مركز لتحويل النفايات"
    // is a centre, not a body's name; "جامعة لندن" is one).
    if (/^(لل|بال)/.test(w.keys[i + 1] ?? "") || (indefinite && /^ل(ت...|است|ا.ت|ا..ا.)/.test(next))) return i;
    // An army is named by its adjectives alone: «الجيش الإسرائيلي», «الجيش الوطني الليبي», «الجيش السوري الحر»; not what
    // it does or who is with it («الجيش الليبي في بنغازي», «الجيش الوطني والحماية المدنية»).
    if (definite && head === ARMY) return armyEnd(w, i + 1);
    // So is a bank: «البنك المركزي العراقي», «البنك الإفريقي للتنمية» (not «البنك المقرض», the lending bank).
    if (definite && BANKS.has(head)) return bankEnd(w, i + 1);
    // An embassy or a mission is named by where it is too ("سفارة تونس في لندن", "بعثة كوريا الشمالية لدى الأمم المتحدة").
    const end = scanComplement(w.toks, w.keys, i + 1, { max: 7, afterConstruct: indefinite, organisation: !POSTED.has(r.key) });
    if (end === i + 1) return i;
    // "مؤسسة تونسية", "شركة فرنسية مع …": a head and an indefinite nationality is "a Tunisian company", no name.
    // "صندوق دولي", "جمعية خيرية": nor with another adjective in ي.
    if (indefinite && !next.startsWith("ال") && (nationalityOf(next) !== undefined || indefiniteAdjective(w, i + 1))) return i;
    // (Nor a feminine one after a masculine head: "مؤسسات الحزب الشرعية" are the party's legitimate institutions.)
    if (definite && (!bodyAdjective(w.keys[i + 1]!) || (!head.endsWith("ه") && next.endsWith("ه") && nationalityOf(next) === undefined))) return i;
    // "الجامعة" is a federation only with a nationality or an adjective of one ("الجامعة التونسية", "الجامعة العامة"); with
    // another ("الجامعة المرموقة") it is a university, unnamed.
    if (definite && head === FEDERATION && nationalityOf(next) === undefined && !FEDERATION_ADJECTIVES.has(next)) return i;
    // «البعثة» names a body by whose it is («البعثة الأممية», «البعثة التونسية»); «البعثة الاستشارية موجودة في العراق» is
    // a description.
    if (definite && head === MISSION && nationalityOf(next) === undefined && !MISSION_ADJECTIVES.has(next)) return i;
    // «قناة "الجزيرة" القطرية الحدث», «قناة "تي في 5 موند" التجربة التونسية»: a name in quotation marks right after the
    // head is the whole name, with only the body's adjectives after it (القطرية), not the sentence's next words.
    if (isOpenQuote(w.toks[i + 1])) {
      let close = i + 2;
      while (close < end && !isCloseQuote(w.toks[close])) close++;
      if (close < end) {
        let k = close + 1;
        while (k < end && isArabicWord(w.toks[k]) && bodyAdjective(w.keys[k]!)) k++;
        return k;
      }
    }
    let trimmed = definite ? secondPartyAt(w.keys, i + 1, end) : end;
    while (trimmed > i + 2 && actionTail(w.keys, trimmed)) trimmed -= w.keys[trimmed - 1]!.startsWith("بال") ? 1 : 2;
    // «مبنى المحكمة الدستورية للتعبير عن سخطهم», «بالمحكمة الابتدائية للنظر في»: لل + a verbal noun and the preposition it
    // governs is what was done there, not the body's name.
    if (trimmed > i + 2 && trimmed === end && purposeTail(w.keys, trimmed)) trimmed--;
    return trimmed;
  }
  return i;
}

const ARMY = foldKey("جيش");
/** Masculine singular adjectives of an army: nisbas and nationalities («الإسرائيلي», «الوطني»), and «الحر». */
const ARMY_ADJECTIVES = new Set(["الحر"].map(foldKey));

/** End of an army's name: its definite masculine adjectives from `k`, one at least (else `k - 1`, no name). */
function armyEnd(w: SentenceWork, k: number): number {
  let end = k;
  for (;;) {
    const t = w.toks[end];
    // (Not a plural: «الجيشين السوري والروسيين».)
    if (!isArabicWord(t) || !t.key.startsWith("ال") || HARD_STOP.has(t.key) || /(ين|ون)$/.test(t.key)) break;
    if (!(nationalityOf(t.key) !== undefined || ARMY_ADJECTIVES.has(t.key) || (t.key.length > 4 && t.key.endsWith("ي")))) break;
    end++;
  }
  return end > k ? end : k - 1;
}

/** «البنك», «المصرف» without the article. */
const BANKS = new Set(["بنك", "مصرف"].map(foldKey));
/** What a bank is for, behind لل: «للتنمية», «للاستثمار», «للتجارة الخارجية», «للإنشاء والتعمير». */
const BANK_PURPOSES = new Set(["للتنميه", "للاستثمار", "للتضامن", "للتجاره", "للانشاء", "للتعمير", "للاعمار", "للتسويات"]);

/** End of a bank's name: its adjectives (as an army's), then what it is for and that word's own adjectives. */
function bankEnd(w: SentenceWork, k: number): number {
  let end = armyEnd(w, k);
  if (end < k || !BANK_PURPOSES.has(w.keys[end] ?? "")) return end;
  end++;
  while (isArabicWord(w.toks[end]) && w.keys[end]!.startsWith("ال") && w.keys[end]!.endsWith("ه") && w.keys[end]!.length > 5 && !HARD_STOP.has(w.keys[end]!)) end++;
  return end;
}

/**
 * An indefinite adjective in ي/ية after an indefinite head ("صندوق دولي"): not a noun in construct with what follows
 * ("جمهورية ألمانيا", "مخرجي الأفلام"), not a known place ("أبوظبي") or a first name.
 */
function indefiniteAdjective(w: SentenceWork, k: number): boolean {
  const key = w.keys[k] ?? "";
  if (key.length < 4 || !/يه?$/.test(key) || FIRST_NAMES.has(key) || NAME_INDEX.match(key, w.keys, k) !== undefined) return false;
  const after = w.toks[k + 1];
  return !(after !== undefined && after.kind === "w" && (after.key.startsWith("ال") || NAME_INDEX.match(after.key, w.keys, k + 1) !== undefined));
}

/** Definite words after ب/في/عن that say what was done, not which body: "بالنسبة", "عن التعليق" and the like. */
const ACTION_WORDS = new Set(["النسبة", "المناسبة", "الكشف", "الوقوف", "القيام", "الإجماع", "التعليق", "الإيفاء", "الإطاحة"].map(foldKey));
const TAIL_PREPOSITIONS = new Set(["في", "عن"].map(foldKey));
/**
 * Verbal nouns that are never a body's complement after بال: تفعيل، تفعّل، استفعال، افتعال ("بالتعويض", "بالتدخل",
 * "بالاستقالة"). Not إفعال, which is also the plural أفعال ("بالأشخاص").
 */
const ACTION_STEMS = [/^ت[^و].ي[^اويه]$/, /^ت[^اوي]{3}$/, /^است...+$/, /^ا[^اوي][تط][^اوي]ا[^اويه]ه?$/];

/**
 * Whether the words before `end` are an action or a time after the organisation's name, not part of it: ب + a
 * verbal noun ("وزارة الصحة بالتدخل"), في/عن + a verbal noun ("وزارة الداخلية عن التعليق"), في + a time ("وزارة
 * الفلاحة في الفترة"). A thing or a place after them is kept ("منظمة الدفاع عن المستهلك", "محكمة الاستئناف بالمنستير").
 */
function actionTail(keys: readonly string[], end: number): boolean {
  const last = keys[end - 1]!;
  if (last.startsWith("بال")) {
    const stem = last.slice(3);
    return ACTION_WORDS.has(last.slice(1)) || ACTION_STEMS.some((re) => re.test(stem));
  }
  if (!last.startsWith("ال") || !TAIL_PREPOSITIONS.has(keys[end - 2] ?? "")) return false;
  return ACTION_WORDS.has(last) || (keys[end - 2] === "في" && TIME_WORDS.has(last));
}

/** Prepositions a verbal noun of purpose governs («للتعبير عن», «للنظر في»). */
const GOVERNED: ReadonlySet<string> = new Set(["عن", "في", "على", "إلى", "الى", "من"].map(foldKey));

/**
 * The word before `end` is لل + a verbal noun of the shapes تفعيل، تفعّل، استفعال، افتعال with its preposition after it.
 * (Not one of three letters: «الاتحاد المحلي للشغل في …», «الجامعة العامة للصحة» are names.)
 */
function purposeTail(keys: readonly string[], end: number): boolean {
  const last = keys[end - 1]!;
  return last.startsWith("لل") && GOVERNED.has(keys[end] ?? "") && ACTION_STEMS.some((re) => re.test(last.slice(2)));
}

/**
 * Right after a definite head and its adjectives, «و» and a definite word that is no adjective is a second party or the
 * sentence's next phrase («المحكمة الدستورية والتقليص منها», «المحكمة العسكرية والآخرون»): the name ends before it.
 * (After a genitive, «و» joins it: «الجامعة العامة للأشغال العمومية والإسكان».)
 */
function secondPartyAt(keys: readonly string[], from: number, end: number): number {
  let k = from;
  while (k < end && bodyAdjective(keys[k]!)) k++;
  return k > from && k < end && keys[k]!.startsWith("وال") && !bodyAdjective(keys[k]!.slice(1)) ? k : end;
}

const DISTRICT = foldKey("ناحية");

/** End of "محافظة X" / "مدينة X" (X: one or two name-like words), or `i`. */
function placePatternAt(w: SentenceWork, i: number): number {
  const t = w.toks[i]!;
  if (!tokReadings(t).some((r) => PLACE_HEADS.has(r.key))) return i;
  // «من ناحية … ومن ناحية أخرى»: "on the one hand", no district.
  if (t.key === DISTRICT && w.keys[i - 1] === "من") return i;
  // A word behind و with the article, or behind ل ("عاصمة للثقافة"), is the sentence's next phrase, not the head's genitive
  // («وبالكتل»). (Behind ب it may be a name's letters: «بالم سبرينغس», «بالرايس»; so may a short «للا»: «للا عيشة».)
  if (/^([وف][بل]?ال|[وف]?لل..)/.test(w.keys[i + 1] ?? "")) return i;
  let j = i + 1;
  while (j < w.toks.length && j - i <= 2) {
    const x = w.toks[j]!;
    if (!isArabicWord(x)) break;
    const k = x.key;
    if (STOP.has(k) || HARD_STOP.has(k) || TIME_WORDS.has(k) || nationalityOf(k) !== undefined) break;
    // Adjectives ("مدينة كبيرة", "المنطقة الحدودية") are not names.
    if (/(يه|يين|يون)$/.test(k) || (k[0] === "و" && j > i + 1)) break;
    j++;
  }
  return j;
}
