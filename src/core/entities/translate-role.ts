/**
 * Compositional English for Arabic role phrases: head (وزير → Minister, رئيس الوزراء → Prime Minister),
 * nationality adjectives lifted to the front (الأميركي → US, العراقي → Iraqi), the complement from a
 * term table (الدفاع → Defense) with prepositions (في → in, عن → for, لل → to/for), and US cabinet
 * titles ("وزير الدفاع الأميركي" → "US Secretary of Defense"). Unknown words are transliterated.
 */
import rolesData from "./data/roles.json" with { type: "json" };
import { CONSTRUCTS, entryByKey, NAME_INDEX, ROLE_MODIFIERS, SUPRANATIONAL, SURNAME_INDEX, TERMS, US_TERMS, dropAl } from "./lexicon.ts";
import { ENDED, OFFICE_TERMS, isArabicWord, isCloseQuote, isOpenQuote, nationalityOf } from "./phrase.ts";
import { RANKS, matchHead } from "./roles.ts";
import { IN_ITS_NAME } from "./names.ts";
import { foldKey, tokenize } from "./tokenize.ts";
import type { Token } from "./tokenize.ts";
import { familyNameEn, transliterate } from "./transliterate.ts";
import { adjectiveOf, affairsLast, describedName, finalYa, isOrgHead, nameAfterPlaceWord, ordinalEn, placeRunAt, translateOrg, translatePlace, withArticle } from "./translate-org.ts";

/** ب on a word of two letters or more (ب + a place word: «ببئر», «ببن»). */
const PLACE_RUN_CLITIC = /^ب.{2,}$/;

/** Linking words inside a complement (roles.json "prepositions"), by folded key. */
const PREP: Record<string, string> = {};
for (const [ar, en] of Object.entries(rolesData.prepositions)) PREP[foldKey(ar)] = en;
/** English of the clitic ل/لل before a complement term. */
const LAM: string = rolesData.lamLinker;
/**
 * Post-nominal adjectives of the role holder (الراحل → late; المكلف → -designate), and adverbs that date
 * the office (سابقا → former), which agree with nothing.
 */
const ROLE_ADJ = new Map<string, { en: string; post: boolean; adverb: boolean }>();
for (const [ar, a] of Object.entries(rolesData.roleAdjectives) as [string, { en: string; post?: boolean; adverb?: boolean }][]) {
  ROLE_ADJ.set(foldKey(ar), { en: a.en, post: a.post === true, adverb: a.adverb === true });
}
/** "المكلف": before ب + a portfolio it means "in charge of" (the portfolio follows as "for X"). */
const CHARGED = new Set(["المكلف", "المكلفة", "المكلّف", "المكلّفة", "مكلف", "مكلفة"].map(foldKey));
/** "المسؤول عن": in charge of what follows (read as المكلف ب). */
const RESPONSIBLE = new Set(["المسؤول", "المسؤولة", "مسؤول", "مسؤولة"].map(foldKey));
/** Whether keys[k] opens a charge: المكلف before ب + what it is in charge of. */
const chargeAt = (keys: readonly string[], k: number): boolean => CHARGED.has(keys[k]!) && /^ب/.test(keys[k + 1] ?? "");
/** Definite nouns read "of the X" after a head; a nationality that follows them is theirs. */
const OF_NOUNS = new Map<string, string>();
for (const [ar, en] of Object.entries(rolesData.ofNouns)) OF_NOUNS.set(foldKey(ar), en);
/** A folded key with a feminine ending (ة folds to ه). */
const isFem = (key: string): boolean => key.endsWith("ه");
/** Construct nouns whose English goes after the name of what they head ("the X bloc"). */
const POSTPOSED = new Set(["Committee", "bloc", "party", "movement"]);
const cache = new Map<string, string>();

/** English for an Arabic role phrase. Never throws; "" for empty input. */
export function translateRole(ar: string): string {
  if (typeof ar !== "string" || ar.trim() === "") return "";
  const hit = cache.get(ar);
  if (hit !== undefined) return hit;
  let out: string;
  try {
    // "المبعوث الأممي إلى اليمن": an envoy's office, then where it is sent; a ل-phrase before «إلى» is who sent them
    // («المبعوث الخاص للأمم المتحدة إلى العراق»: of the United Nations).
    const sent = SENT_TO.exec(ar);
    const where = sent ? entryByKey(foldKey(sent[2]!.replace(/["“”«»]/g, " ").replace(/\s+/g, " ").trim())) : undefined;
    out = sent
      ? `${affairsLast(compose(withoutPossessive(sent[1]!), true))} to ${where ? withArticle(where) : translatePlace(sent[2]!)}`
      : affairsLast(compose(withoutPossessive(ar)));
  } catch {
    out = transliterate(ar);
  }
  if (cache.size > 5000) cache.clear();
  cache.set(ar, out);
  return out;
}

/** An envoy's office and the place after «إلى» (roles.ts ends an envoy's office there). */
const SENT_TO = /^(\S*مبعوث\S*(?:\s+\S+)*?)\s+(?:إلى|الى)\s+(\S.*)$/;

/**
 * An indefinite head's genitive with a possessive pronoun («وزير خارجيته», «مدرب فريقها»: his foreign minister, her
 * team's coach) read as the definite genitive («وزير الخارجية»): the office is the same, and the possessor is the
 * sentence's. Only a word the term table knows once its pronoun is off.
 */
function withoutPossessive(ar: string): string {
  const m = /^(\S+\s+)(\S{3,}?)(ه|ها|هم|هما)(?=\s|$)/.exec(ar);
  if (!m || m[1]!.startsWith("ال")) return ar;
  const base = m[2]!;
  for (const noun of base.endsWith("ت") ? [`${base.slice(0, -1)}ة`, base] : [base]) {
    if (knownWord(foldKey(`ال${noun}`))) return `${m[1]}ال${noun}${ar.slice(m[0].length)}`;
  }
  return ar;
}

/** Every word of the term table's phrases. */
const TERM_WORDS = new Set(Object.keys(rolesData.terms).flatMap((ar) => foldKey(ar).split(" ")));

/** A word the role translator knows: a word of a term, an adjective, a nationality. */
const knownWord = (k: string): boolean => TERM_WORDS.has(k) || adjectiveOf(k) !== undefined || nationalityOf(k) !== undefined;

/** A word read afresh without its first letter و (its flags and readings are its own: "وزير" is no و + "زير"). */
function withoutWaw(t: Token): Token | undefined {
  const word = tokenize(t.raw.slice(1))[0];
  return word !== undefined && word.kind === "w" ? { ...word, start: t.start + 1, end: t.end } : undefined;
}

/** Marks where a second office begins in a complement (serialAnd writes it ", and …"). */
const SECOND_OFFICE = "\u0000";

/** Whether toks[k] is و + another office ("والناطق الرسمي باسم …", "والوزير الأسبق"): a second office, not more name. */
function officeAfterWaw(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== "w" || !t.key.startsWith("و") || t.key.length < 4) return false;
  const word = withoutWaw(t);
  if (word === undefined) return false;
  const bare = [...toks.slice(0, k), word, ...toks.slice(k + 1)];
  const h = matchHead(bare, bare.map((x) => x.key), k);
  return h !== undefined && h.head.kind !== "title";
}

/**
 * Whether toks[k] opens a second office with no و, right after a complement that closed: a definite office after an
 * adjective or a place behind ب cannot be its genitive («… بالمحكمة الابتدائية بتونس الناطق الرسمي باسم …», «زعيمة حزب
 * الجبهة الوطنية المرشحة للانتخابات الرئاسية»), nor a bare office with words of its own after a definite genitive («ولي
 * العهد رئيس مجلس الوزراء»).
 */
function officeAfterClosed(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  if (!t || !prev || t.kind !== "w" || prev.kind !== "w") return false;
  const keys = toks.map((x) => x.key);
  const h = matchHead(toks, keys, k);
  if (h === undefined || h.head.kind !== "function") return false;
  // «ولي العهد رئيس مجلس الوزراء», «رئيس الجمهورية القائد الأعلى للقوات المسلحة»: after an office whose definite genitive
  // closed it (not right after its head: «مستشار رئيس الجمهورية» is the president's adviser), a second office, written
  // bare with words of its own after it («لرئيس الجمهورية» is the genitive, «المحافظ» at the end an adjective, «الهيئة
  // المديرة» a governing body).
  const bareHead = h.start === k && h.charStart === t.start && !h.feminine && toks[k + 1]?.kind === "w";
  if (k >= 1 && prev.key.startsWith("ال") && bareHead && matchHead(toks, keys, k - 1) === undefined) return true;
  if (!t.key.startsWith("ال")) return false;
  return adjectiveOf(prev.key) !== undefined || nationalityOf(prev.key) !== undefined || (prev.key.startsWith("ب") && entryByKey(prev.key.slice(1))?.type === "place");
}

/** Whether toks[k] opens the holder's second office, behind و or after a closed complement. */
function secondOffice(toks: readonly Token[], k: number): boolean {
  return officeAfterWaw(toks, k) || officeAfterClosed(toks, k);
}

/** The English of one office (`sender`: its ل-phrase names who sent the holder, "of", as before an envoy's «إلى»). */
function compose(ar: string, sender = false): string {
  const toks = tokenize(ar)
    .filter((t) => t.kind !== "p" || isOpenQuote(t) || isCloseQuote(t))
    .map((t) => {
      // A final ى written for ي ("المهنى", "الجمهورى").
      const key = finalYa(t.key, knownWord);
      return key === t.key ? t : { ...t, key };
    });
  // «الناطق الرسمي باسمه»: the spokesperson of someone named before; "his" is no complement (nor a name, «Basma»).
  while (toks.length > 1 && IN_ITS_NAME.test(toks[toks.length - 1]!.raw)) toks.pop();
  // «المسؤول عن قسم الشباب» is in charge of it, as «المكلف بقسم الشباب» is: read it so; behind و too, after the office
  // it adds a charge to («الأمين العام المساعد والمسؤول عن لجنة الإعداد»).
  for (let k = 0; k + 2 < toks.length; k++) {
    const key = k > 0 && toks[k]!.key.startsWith("و") ? toks[k]!.key.slice(1) : toks[k]!.key;
    if (!RESPONSIBLE.has(key) || toks[k + 1]!.key !== "عن" || toks[k + 2]!.kind === "p") continue;
    const next = toks[k + 2]!;
    toks.splice(k, 3, { ...toks[k]!, key: "المكلف" }, { ...next, key: `ب${next.key}`, raw: `ب${next.raw}` });
  }
  let keys = toks.map((t) => t.key);
  const h = matchHead(toks, keys, 0);
  if (!h) return transliterate(ar);
  // «النائب الأول لرئيس البرلمان»: a rank between a modifier head and the office it qualifies is the whole office's (First
  // Deputy Speaker), read before it.
  let rank: string | undefined;
  if (h.head.kind === "modifier" && RANKS.has(keys[h.headEnd] ?? "") && matchHead(toks, keys, h.headEnd + 1) !== undefined) {
    rank = RANKS.get(keys[h.headEnd]!);
    toks.splice(h.headEnd, 1);
    keys = toks.map((t) => t.key);
  }
  let head = h.feminine && h.head.femEn ? h.head.femEn : h.head.en;
  let of = h.head.of ?? "of";
  // (An envoy's ل-phrase before «إلى» is who sent them: "of", whatever the head's own linker — SENT_TO.)
  let to = sender ? "of" : (h.head.to ?? of);
  let headEnd = h.headEnd;
  let usHead = h.head.us;
  let bare = h.feminine && h.head.femBare ? h.head.femBare : h.head.bare;
  if (h.head.kind === "modifier") {
    const inner = matchHead(toks, keys, headEnd);
    if (inner && inner.head.kind !== "title") {
      // (A US cabinet office keeps its American name: «مساعد وزير الخارجية الأميركي» is an Assistant Secretary of State.)
      usHead = inner.head.us === undefined ? undefined : `${head} ${inner.head.us}`;
      head = `${head} ${inner.head.bare && inner.headEnd === toks.length ? inner.head.bare : inner.head.en}`;
      of = inner.head.of ?? "of";
      to = inner.head.to ?? of;
      bare = undefined;
      headEnd = inner.headEnd;
    } else if (NAME_INDEX.match(keys[headEnd] ?? "", keys, headEnd)?.value.type === "person" || SURNAME_INDEX.has(keys[headEnd] ?? "")) {
      // "نائب ترامب": the deputy of a person, not a member of parliament for them.
      head = "deputy";
      of = "to";
      to = "to";
    } else {
      // "النائب عن كتلة ...": نائب alone is a member of parliament.
      head = h.head.bare ?? head;
    }
  }
  // Nationality and head modifiers before the first preposition belong to the head.
  let nat: string | undefined;
  /** The nationality came after the complement of a place in a team: it is the club's («لاعب ساندرلاند الإنجليزي»). */
  let clubs = false;
  const pre: string[] = rank === undefined ? [] : [rank];
  const post: string[] = [];
  const rest: Token[] = [];
  /** Where in `rest` a charge after the complement starts (المكلف ب…), or -1. */
  let chargedAt = -1;
  let inPP = false;
  /** A second office right after a whole head, with no و. */
  let second: string | undefined;
  /** The office's charge right after its head ("كاتب الدولة المكلف بالهجرة"): its ب is read off, "for Migration". */
  let chargeNext = false;
  for (let k = headEnd; k < toks.length; k++) {
    let t = toks[k]!;
    if (chargeNext && t.key.startsWith("ب")) t = { ...t, key: t.key.slice(1), raw: t.raw.slice(1) };
    chargeNext = false;
    // "الرئيس المنتخب": the President-elect (elsewhere المنتخب is the national team: "لاعب المنتخب").
    if (t.key === ELECT && h.definite && !inPP && rest.length === 0 && /^(Head|President)$/.test(h.head.en)) {
      if (!post.includes("elect")) post.push("elect");
      continue;
    }
    // "وزير الإعلام بالوكالة": an adverb of the holder closing the role is read before an organisation its letters also
    // spell (acting, not "in the Agency").
    if (k === toks.length - 1 && ROLE_ADJ.get(t.key)?.adverb === true) {
      const adj = ROLE_ADJ.get(t.key)!;
      const list = adj.post ? post : pre;
      if (!list.includes(adj.en)) list.push(adj.en);
      continue;
    }
    // From an organisation on, everything is its name, nationality included ("رئيسة جمعية القضاة التونسيين").
    // Up to a charge after it: «الأمين العام المساعد للاتحاد العام التونسي للشغل المكلف بالوظيفة العمومية» is the UGTT's
    // assistant secretary-general in charge of the civil service.
    if (orgHeadWithClitic(t.key) !== undefined) {
      let c = k + 1;
      while (c < toks.length && !chargeAt(keys, c) && !secondOffice(toks, c)) c++;
      // Up to the holder's own adjectives at its end: «عضو المكتب التنفيذي المتخلي» is the outgoing member, «النائب
      // بالمجلس الوطني التأسيسي الشهيد» the martyred member (one agreeing with the head, or an adverb: بالنيابة).
      // Not after a preposition («هيئة الدفاع عن الشهيد») or a noun of its own («والوزير الأسبق»): there it is theirs.
      let end = c;
      while (end > k + 1) {
        const adj = ROLE_ADJ.get(keys[end - 1]!);
        if (adj === undefined || !(adj.adverb || isFem(keys[end - 1]!) === h.feminine)) break;
        const before = keys[end - 2]!;
        if (PREP[before] !== undefined || (before.startsWith("و") && ROLE_ADJ.get(before) === undefined)) break;
        const list = adj.post ? post : pre;
        if (!list.includes(adj.en)) list.unshift(adj.en);
        end--;
      }
      rest.push(...toks.slice(k, end));
      if (c < toks.length && chargeAt(keys, c)) {
        chargedAt = rest.length;
        rest.push(...toks.slice(c + 1));
      } else rest.push(...toks.slice(c));
      break;
    }
    // A second office ("… والعضو السابق للمكتب التنفيذي"): all of it is read as one, its adjectives its own. Right after a
    // head that is whole («ولي العهد رئيس مجلس الوزراء») it is the complement's all: "Crown Prince and Prime Minister".
    if (secondOffice(toks, k)) {
      if (rest.length === 0 && !officeAfterWaw(toks, k)) second = compose(toks.slice(k).map((x) => x.raw).join(" "));
      else rest.push(...toks.slice(k));
      break;
    }
    // "المنتهية مهامه": outgoing (the adjective says it); his term is not a complement.
    if (OFFICE_TERMS.has(t.key) && ENDED.has(keys[k - 1] ?? "")) continue;
    if (PREP[t.key] !== undefined && !nameAfterPlaceWord(keys, k)) inPP = true;
    // A known phrase ("المنتخب الوطني" the national team) is complement, not a modifier ("المنتخب" elected), and so
    // is a known name with a nationality in it ("الولايات المتحدة الأمريكية").
    // (Behind و too: «للهجرة والتونسيين بالخارج» joins a term of two words, whose nationality is no holder's.)
    const phrase = TERMS.match(t.key, keys, k) ?? (t.key[0] === "و" ? TERMS.match(t.key.slice(1), [t.key.slice(1), ...keys.slice(k + 1)], 0) : undefined);
    const named = NAME_INDEX.match(t.key, keys, k) ?? (t.key.startsWith("لل") ? NAME_INDEX.match(`ال${t.key.slice(2)}`, [`ال${t.key.slice(2)}`, ...keys.slice(k + 1)], 0) : undefined);
    const len = Math.max(phrase?.len ?? 0, named && named.value.type !== "person" ? named.len : 0);
    if (len >= 2) {
      for (let x = 0; x < len; x++) rest.push(x === 0 ? t : toks[k + x]!);
      k += len - 1;
      continue;
    }
    // "الزعيم الليبي الراحل": an adjective agreeing with the head describes the holder. A feminine
    // form after a masculine head and a noun ("رئيس الحكومة الجديدة") agrees with the noun instead.
    // "الرئيس ال45": an ordinal number.
    const ordinal = /^ال([0-9]{1,3})$/.exec(t.key);
    if (ordinal && !inPP && rest.length === 0) {
      pre.push(ordinalEn(Number(ordinal[1])));
      continue;
    }
    const adj = ROLE_ADJ.get(t.key);
    // "الوزير المكلف بالعلاقة مع ...", "كاتب الدولة المكلف بالرياضة": in charge of what follows, not -designate.
    if (chargeAt(keys, k)) {
      // After a complement ("وزير الداخلية المكلف بالأمن"), what follows is the charge: "…, in charge of Security".
      if (rest.length > 0 && chargedAt < 0) chargedAt = rest.length;
      else if (rest.length === 0) chargeNext = true;
      continue;
    }
    if (adj !== undefined && (!inPP || k === toks.length - 1) && (rest.length === 0 || adj.adverb || isFem(t.key) === h.feminine)) {
      const list = adj.post ? post : pre;
      if (!list.includes(adj.en)) list.push(adj.en);
      continue;
    }
    const n = isArabicWord(t) ? nationalityOf(t.key) : undefined;
    // "رئيس النظام السوري": the nationality belongs to the noun it follows (the Syrian regime).
    const ofNoun = !inPP && rest.some((r) => OF_NOUNS.has(r.key));
    // (A feminine nationality after a masculine head and a noun agrees with the noun: "مدير المنتخبات الوطنية التونسية" is
    // the director of the Tunisian national teams.)
    const nounsNationality = n !== undefined && !h.feminine && isFem(t.key) && rest.length > 0;
    if (!inPP && !ofNoun && n !== undefined && nat === undefined && !nounsNationality) {
      // "الكوري الشمالي": North Korean.
      const compass = COMPASS.get(keys[k + 1] ?? "");
      nat = compass ? `${compass} ${n}` : n;
      // (A club in construct with a man's place in it, the nationality masculine: «لاعبة المبارزة التونسية» is a Tunisian
      // fencer, «مدرب مساعد للمدرب التونسي» the Tunisian coach's assistant.)
      clubs = h.head.side === true && !h.feminine && rest.length > 0 && !isFem(t.key) && !/^لل/.test(rest[0]!.key);
      if (compass) k++;
      continue;
    }
    // "المخرج التونسي الفرنسي": a second nationality right after the first, a dual one (Tunisian-French).
    if (!inPP && n !== undefined && nat !== undefined && rest.length === 0 && k > 0 && nationalityOf(keys[k - 1]!) !== undefined) {
      nat = `${nat}-${n}`;
      continue;
    }
    // An indefinite head takes its modifier indefinite too ("مدير جهوي": a Regional Director).
    // A feminine head takes the feminine of a modifier ("المرشحة الديمقراطية"), unless the word is a term of its own
    // ("رئيسة الجمهورية" heads the Republic).
    const femOf = h.feminine && t.key.endsWith("يه") && !TERMS.has(t.key) ? ROLE_MODIFIERS.get(t.key.slice(0, -1)) : undefined;
    const mod = ROLE_MODIFIERS.get(t.key) ?? femOf ?? (h.definite || t.key.startsWith("ال") ? undefined : ROLE_MODIFIERS.get(`ال${t.key}`));
    if (!inPP && mod !== undefined && (rest.length === 0 || /^(former|current|new|interim|outgoing)$/.test(mod))) {
      pre.push(mod);
      continue;
    }
    rest.push(t);
  }
  // "وزير الشؤون المغاربية والاتحاد الإفريقي الجزائري": a nationality after a list that ends in a known organisation or
  // place is the office holder's (the Algerian minister), in agreement with a masculine head ("أمين عام حزب الله
  // اللبناني", with no list, keeps it on the party).
  if (nat === undefined && !h.feminine && rest.some((t) => t.key[0] === "و") && nationalAfterKnownName(rest)) {
    const last = rest.pop()!;
    nat = nationalityOf(last.key);
  }
  const restKeys = rest.map((t) => t.key);
  // "رئيس الولايات المتحدة", "رئيس فرنسا", "الرئيس ال45 للولايات المتحدة": the head of a country is its President; so is
  // the head of its state («رئيس دولة الإمارات»).
  const state = restKeys[0] === STATE ? 1 : 0;
  const country = restKeys[state]?.replace(/^لل/, "ال");
  if (head === "Head" && country !== undefined && NAME_INDEX.match(country, [country, ...restKeys.slice(state + 1)], 0)?.value.type === "place") head = "President";
  let complement = translateComplement(chargedAt < 0 ? rest : rest.slice(0, chargedAt), chargedAt < 0 ? restKeys : restKeys.slice(0, chargedAt), of, to, dropAl(keys[headEnd - 1] ?? ""));
  if (chargedAt >= 0 && chargedAt < rest.length) {
    // The charge without its ب: "بالأمن" → "الأمن".
    const charge = rest.slice(chargedAt).map((t, x) => (x === 0 ? { ...t, key: t.key.slice(1), raw: t.raw.slice(1) } : t));
    const en = translateComplement(charge, charge.map((t) => t.key), "");
    if (en) complement = `${complement} in charge of ${en.replace(/^the /, "")}`;
  }
  if (nat === "US" && usHead) {
    head = usHead;
    const whole = US_TERMS.get(restKeys.join(" "));
    const dept = whole ?? US_TERMS.get(restKeys[0] ?? "");
    // What follows the department stays: «… لشؤون الشرق الأدنى» is for Near Eastern Affairs.
    const after = whole === undefined && dept !== undefined && rest.length > 1 ? translateComplement(rest.slice(1), restKeys.slice(1), "") : "";
    if (dept) complement = `of ${dept}${after ? ` ${after}` : ""}`;
  }
  // (A bareAlone sense is the head's with no modifier: «المستشار» is a Chancellor, «المستشار الإعلامي» a Media Adviser.)
  if (complement === "" && bare && !(h.head.bareAlone === true && pre.some((m) => !/^(former|current|new|interim|outgoing)$/.test(m)))) head = bare;
  if (clubs && nat !== undefined && complement.startsWith("of ")) {
    complement = `of ${nat} club ${complement.slice(3).replace(/^the /, "")}`;
    nat = undefined;
  }
  // «رئيس البرلمان الأوروبي»: a nationality of no one country after an office named with its body is the body's: the
  // Speaker of the European Parliament, not a European Speaker.
  if (nat !== undefined && SUPRANATIONAL.has(nat) && complement === "" && / of (the )?/.test(head)) {
    head = head.replace(/ of (the )?/, ` of the ${nat} `);
    nat = undefined;
  }
  // A governor or a delegate of تونس governs Tunis, the city and governorate, not the country.
  if (CITY_HEADS.has(head)) complement = complement.replace(/\bTunisia\b/, "Tunis");
  // "Agriculture and Water Resources and Fisheries": a list reads "Agriculture, Water Resources and Fisheries".
  complement = serialAnd(complement);
  if (post.length > 0) head = `${head}-${post.join("-")}`;
  // «نائب مندوب روسيا الدائم»: an adjective of the office goes after its rank word (Deputy Permanent Representative).
  // (Not an ordinal, which ranks the deputy: First Deputy Head.)
  const ranked = /^(Deputy|Assistant|Vice) (.+)$/.exec(head);
  const titled = pre.filter((p) => /^[A-Z]/.test(p));
  if (ranked !== null && titled.length > 0 && !titled.some((p) => /^(First|Second|Third|Fourth|Fifth)$/.test(p))) {
    head = `${ranked[1]} ${titled.join(" ")} ${ranked[2]}`;
    titled.length = 0;
  }
  const words = [...pre.filter((p) => /^[a-z0-9]/.test(p)), nat, ...titled, head, complement].filter(
    (x): x is string => x !== undefined && x !== "",
  );
  const en = words.join(" ").replace(/\s+/g, " ").trim();
  return second === undefined ? en : `${en} and ${second}`;
}


const ELECT = foldKey("المنتخب");
/** «دولة» (the state of) before a country's name. */
const STATE = foldKey("دولة");
/** North and South after a nationality ("الكوري الشمالي"). */
const COMPASS = new Map<string, string>([
  ...["الشمالي", "الشمالية"].map((k) => [foldKey(k), "North"] as [string, string]),
  ...["الجنوبي", "الجنوبية"].map((k) => [foldKey(k), "South"] as [string, string]),
]);
/** Heads of a town's or governorate's office. */
const CITY_HEADS = new Set(["Governor", "Delegate", "Mayor of"]);

/**
 * "A and B and C" → "A, B and C" (the last "and" kept), within a stretch between prepositions ("Unions and Civil
 * Society in the Ministry of Higher Education and Scientific Research" is two pairs), and only for bare nouns: an
 * item with an article or a transliteration is another phrase joined on ("… and the Environment and Al-Qayadi").
 */
function serialAnd(text: string): string {
  const second = text.indexOf(SECOND_OFFICE);
  if (second >= 0) {
    const first = serialAnd(text.slice(0, second).trimEnd());
    // A comma only after a list: "Minister of Vocational Training and Employment, and leading figure in Ennahda".
    return `${first}${/ and |, /.test(first) ? "," : ""} and ${text.slice(second + SECOND_OFFICE.length)}`;
  }
  return text
    .split(/( (?:in|of|for|to|from|with|at|on) )/)
    .map((stretch) => {
      const parts = stretch.split(" and ");
      if (parts.length < 3 || parts.slice(1).some((p) => /^(the |al-|Al-)/.test(p))) return stretch;
      return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
    })
    .join("");
}

/** 1 → "1st", 45 → "45th". */
/** The organisation head a word is, behind ل/لل/ب/بال/و/وال ("لنقابة", "بوزارة"); undefined when none. */
function orgHeadWithClitic(key: string): string | undefined {
  for (const k of [key, key.replace(/^(و|ب|ل)(?=ال)/, ""), key.length > 4 ? key.slice(1) : "", key.startsWith("لل") ? `ال${key.slice(2)}` : ""]) {
    if (k !== "" && isOrgHead(k)) return k;
  }
  return undefined;
}

/** Does `rest` end in a masculine nationality right after a known organisation or place ("والاتحاد الإفريقي الجزائري")? */
function nationalAfterKnownName(rest: readonly Token[]): boolean {
  const n = rest.length;
  const last = rest[n - 1];
  if (n < 2 || last === undefined || !isArabicWord(last) || isFem(last.key) || nationalityOf(last.key) === undefined) return false;
  const keys = rest.map((t) => t.key);
  for (let j = 0; j < n - 1; j++) {
    const key = keys[j]!.replace(/^[وبل](?=ال)/, "");
    const hit = NAME_INDEX.match(key, [key, ...keys.slice(j + 1, n - 1)], 0);
    if (hit && hit.value.type !== "person" && hit.len === n - 1 - j) return true;
  }
  return false;
}

/** Is `key` (a word at `k` without its clitic) the start of a known organisation or place («حلف شمال الأطلسي»)? */
function knownBody(key: string, keys: readonly string[], k: number): boolean {
  const named = NAME_INDEX.match(key, [key, ...keys.slice(k + 1)], 0);
  return named !== undefined && named.value.type !== "person";
}

/** Is `key` (a word after its و) a known term, organisation or place, or an organisation noun? */
function knownAfterWaw(key: string, keys: readonly string[], k: number): boolean {
  const ks = [key, ...keys.slice(k + 1)];
  const named = NAME_INDEX.match(key, ks, 0);
  return TERMS.match(key, ks, 0) !== undefined || (named !== undefined && named.value.type !== "person") || isOrgHead(key);
}

/** English of a complement; `of` links its first element to the head, `to` when behind ل; `headKey` is the head's last word. */
function translateComplement(toks: Token[], keys: string[], of: string, to = of, headKey = ""): string {
  const parts: string[] = [];
  let first = true;
  let k = 0;
  /** The token of the last place name no table knows read after ب ("بطبرقة"). */
  let townAt = -1;
  while (k < toks.length) {
    const t = toks[k]!;
    const link = (p: string): string => {
      const l = first ? of : "";
      first = false;
      return l ? `${l} ${p}` : p;
    };
    // و + another office, whatever its form ("… ونائب رئيس الحكومة"): the holder's second office.
    if (secondOffice(toks, k)) {
      const role = compose([officeAfterWaw(toks, k) ? t.raw.slice(1) : t.raw, ...toks.slice(k + 1).map((x) => x.raw)].join(" "));
      if (parts[parts.length - 1] === "and") parts.pop();
      parts.push(`${SECOND_OFFICE}${role}`);
      break;
    }
    if (isOpenQuote(t)) {
      let j = k + 1;
      while (j < toks.length && !isCloseQuote(toks[j])) j++;
      // A quoted name the tables know ("الجوهرة أف أم", "الفايسبوك") is theirs; any other is transliterated.
      const quoted = keys.slice(k + 1, j);
      const table = quoted.length > 0 ? (TERMS.match(quoted[0]!, quoted, 0) ?? NAME_INDEX.match(quoted[0]!, quoted, 0)) : undefined;
      const tableEn = table && table.len === quoted.length ? (typeof table.value === "string" ? table.value : table.value.en) : undefined;
      const name = tableEn?.replace(/^the /, "") ?? describedName(toks.slice(k + 1, j)) ?? transliterate(toks.slice(k + 1, j).map((x) => x.raw).join(" "));
      const prev = parts[parts.length - 1];
      const noun = prev?.split(" ").pop();
      if (prev !== undefined && noun !== undefined && POSTPOSED.has(noun)) {
        parts[parts.length - 1] = prev.slice(0, prev.length - noun.length) + `the ${name} ${noun}`;
      } else parts.push(link(name));
      k = j + 1;
      continue;
    }
    const prep = nameAfterPlaceWord(keys, k) ? undefined : PREP[t.key];
    if (prep !== undefined || t.key === "و") {
      parts.push(prep ?? "and");
      first = false;
      k++;
      continue;
    }
    // لل + X: "to/for the X".
    let key = t.key;
    let lam = false;
    // بال + a known place: where the office is ("السفير التونسي بالعراق").
    let inAt = false;
    if (key.startsWith("لل") && key.length > 3) {
      // ل on a noun that begins with ل ("للجنة الأولمبية": ل + لجنة), else ل + the article.
      const the = "ال" + key.slice(2);
      key = !TERMS.has(the) && !isOrgHead(the) && (isOrgHead(key.slice(1)) || TERMS.has(key.slice(1))) ? key.slice(1) : the;
      lam = true;
    } else if (key[0] === "ل" && key.length > 3 && !TERMS.has(key) && (TERMS.has(key.slice(1)) || isOrgHead(key.slice(1)) || knownBody(key.slice(1), keys, k))) {
      // "لمكافحة الفساد": ل + a known term in construct ("for Combating Corruption"); «لحلف شمال الأطلسي»: ل + a known body.
      key = key.slice(1);
      lam = true;
    } else if (/^[وب]ال/.test(key)) {
      if (key[0] === "و") parts.push("and");
      else inAt = true;
      key = key.slice(1);
    } else if (key[0] === "و" && key.length > 3 && !TERMS.has(key) && !NAME_INDEX.match(key, [key, ...keys.slice(k + 1)], 0) && knownAfterWaw(key.slice(1), keys, k)) {
      // "وجامعة الدول العربية": و + a known name or organisation noun in construct is "and" + it.
      parts.push("and");
      key = key.slice(1);
    }
    const ks = [key, ...keys.slice(k + 1)];
    // A known organisation or place longer than the term its first words make ("الدولة الإسلامية", not "الدولة"),
    // unless what it adds is a nationality the term takes anyway ("البرلمان العراقي": the Iraqi Parliament).
    const known = NAME_INDEX.match(key, ks, 0);
    const termHit = TERMS.match(key, ks, 0);
    const longer =
      termHit && known && known.value.type !== "person" && known.len > termHit.len && (known.value.type === "place" || !ks.slice(termHit.len, known.len).every((x) => nationalityOf(x) !== undefined));
    const term = longer ? undefined : termHit;
    // Another office as the complement ("الناطق باسم رئيس مجلس نواب الشعب", "المتحدث باسم الأمين العام للأمم
    // المتحدة"): the rest is a role phrase of its own, "for the Head of the Assembly …". A definite office the
    // term table knows stands alone ("مستشار الرئيس للشؤون الدينية": the President, for religious affairs).
    // (An office behind و was read at the top of the loop.)
    if (!(term && (term.len >= 2 || key.startsWith("ال"))) && !OF_NOUNS.has(key) && !lam && key === t.key) {
      const nested = matchHead(toks, keys, k);
      if (nested && nested.head.kind !== "title" && nested.head.kind !== "modifier") {
        const role = compose(toks.slice(k).map((x) => x.raw).join(" "));
        // After "and" it is a second office of the same person ("…, and economist"), not the first one's complement (nor
        // the last item of its list: "Minister of Vocational Training and Employment, and leading figure in Ennahda").
        if (parts[parts.length - 1] === "and") {
          parts.pop();
          parts.push(`${SECOND_OFFICE}${role}`);
        } else parts.push(link(/^the /i.test(role) ? role : `the ${role}`));
        break;
      }
    }
    // An organisation from here on ("نقابة التعليم الثانوي", "جمعية القضاة التونسيين", "بوزارة التربية"): the
    // organisation translator knows its structure (head, adjectives, nationality, ل-phrases).
    const bare = !lam && key[0] === "ب" && !key.startsWith("بال") && key.length > 3 && isOrgHead(key.slice(1)) ? key.slice(1) : key;
    // Not a definite adjective after a noun that an organisation noun spells too ("الشؤون القنصلية": Consular Affairs).
    const adjectival = !first && !lam && key.startsWith("ال") && adjectiveOf(key) !== undefined;
    if (!(term && term.len >= 2) && !adjectival && isOrgHead(bare) && !NAME_INDEX.match(bare, [bare, ...keys.slice(k + 1)], 0)) {
      // Up to a preposition ("لجنة الأمن والدفاع | في البرلمان العراقي"): the first word as folded here,
      // clitics off, the rest as written.
      let end = k + 1;
      while (end < toks.length && PREP[keys[end]!] === undefined && !secondOffice(toks, end)) end++;
      const orgAr = [bare, ...toks.slice(k + 1, end).map((x) => x.raw)].join(" ");
      // A name the lexicon knows with its head, written with the name in quotes («حركة "إلى الأمام"»): its own English.
      const lex = entryByKey(foldKey(orgAr.replace(/["“”«»]/g, " ").replace(/\s+/g, " ").trim()));
      const org = lex?.type === "organization" ? withArticle(lex) : translateOrg(orgAr);
      const the = lex?.type === "organization" || /^the /i.test(org) ? org : `the ${org}`;
      if (lam) parts.push(`${first && to ? to : LAM} ${the}`);
      else parts.push((bare !== key || inAt) && (!first || of === "") ? `in ${the}` : link(the));
      first = false;
      k = end;
      continue;
    }
    // ب + a known organisation or place ("النائب بمجلس نواب الشعب", "السفير بتونس"): where the office is.
    const at = bare !== key ? bare : !lam && key === t.key && /^ب[^ا]/.test(key) && key.length > 3 ? key.slice(1) : inAt ? key : undefined;
    const atMatch = !term && at !== undefined ? NAME_INDEX.match(at, [at, ...keys.slice(k + 1)], 0) : undefined;
    const atPlace = atMatch && (inAt ? atMatch.value.type === "place" : atMatch.value.type !== "person") ? atMatch : undefined;
    const place = term ? undefined : atPlace ?? known;
    const nat = nationalityOf(key);
    // A definite adjective of the organisation tables after a noun ("الأمن العمومي", "الصحة الأساسية") is that
    // noun's, like a role modifier.
    const plain = ROLE_MODIFIERS.has(key) || first || lam || !key.startsWith("ال") || term || known ? undefined : adjectiveOf(key);
    const mod = ROLE_MODIFIERS.get(key) ?? plain;
    const ofNoun = OF_NOUNS.get(key);
    let en: string;
    let len = 1;
    if (term) {
      en = term.value;
      len = term.len;
    } else if (atPlace) {
      // Not linked to the head ("MP in the Assembly …", not "MP for in …").
      parts.push(`in ${withArticle(atPlace.value)}`);
      first = false;
      k += atPlace.len;
      continue;
    } else if (place) {
      en = withArticle(place.value);
      len = place.len;
    } else if (nat !== undefined || mod !== undefined) {
      // A local adjective goes before the noun it follows: "البرلمان العراقي" → "the Iraqi Parliament".
      const adj = (nat ?? mod)!;
      const prev = parts.pop() ?? "";
      const m = prev.match(/^((?:of|to|for|in|from|with|on|at|and) )?(the )?(.*)$/);
      // A nationality makes the noun a definite one ("the Iraqi Parliament"); a plain adjective keeps its article.
      const the = plain === undefined ? "the " : (m?.[2] ?? "");
      parts.push(`${m?.[1] ?? ""}${the}${adj} ${m?.[3] ?? ""}`.trim());
      k++;
      continue;
    } else if (ofNoun !== undefined) {
      en = ofNoun;
    } else {
      // "المندوب الجهوي للسياحة بطبرقة": ب + a place name is where the office is.
      // The word as written, less the clitic read off above (و of "والهيئات", ل of "للامتحانات").
      // (لل read as ل + the article: "للحي" is "الحي".)
      const raw = lam && key.startsWith("ال") && t.key.startsWith("لل") ? `ال${t.raw.slice(2)}` : t.raw.length > key.length && t.key !== key ? t.raw.slice(t.raw.length - key.length) : t.raw;
      // A place name that opens with a place word ("منزل بورقيبة", "ببئر علي"): one name, "in" it after ب.
      const placeKey = key[0] === "ب" && PLACE_RUN_CLITIC.test(key) ? key.slice(1) : key;
      const run = key === t.key || placeKey !== key ? placeRunAt(keys, k, placeKey) : 0;
      if (run > 0) {
        const name = translatePlace([raw.slice(raw.length - placeKey.length), ...toks.slice(k + 1, k + run).map((x) => x.raw)].join(" "));
        parts.push(placeKey !== key && !first ? `in ${name}` : link(name));
        k += run;
        continue;
      }
      // The next word of that place name ("بمنزل بورقيبة") is not another ب.
      if (townAt === k - 1 && parts.length > 0 && key === t.key) {
        parts[parts.length - 1] += ` ${transliterate(raw)}`;
        townAt = k;
        k++;
        continue;
      }
      const town = key[0] === "ب" && key.length > 3 && !first;
      if (town) townAt = k;
      // A known person's family name ("حكومة الصيد", "حكومة نتنياهو") keeps its spelling.
      en = town ? `in ${transliterate(raw.slice(1))}` : (familyNameEn(key, k > 0 ? keys[k - 1] : headKey) ?? transliterate(raw));
    }
    // "وزير داخلية تتارستان", "وزير دفاع دولة الاحتلال": what follows a construct noun is its genitive.
    // (Behind ل too: "لجمهورية إيطاليا".)
    const prevKey = k > 0 ? keys[k - 1]!.replace(/^ل(?!ل)(?=..)/, "") : "";
    const prevPart = parts[parts.length - 1] ?? "";
    const prevNoun = prevPart.split(" ").pop() ?? "";
    if (!first && !lam && CONSTRUCTS.has(prevKey) && !POSTPOSED.has(prevNoun) && !/^(of|to|for|in|from|with|on|at|and)$/.test(prevPart) && !/^(of|in) /.test(en)) {
      en = `of ${en}`;
    }
    if (lam) {
      parts.push(`${first && to ? to : LAM} ${en}`);
      first = false;
    } else if (inAt && !/^(in|of) /.test(en) && !CHARGED.has(keys[k - 1] ?? "")) {
      // "المندوب الجهوي للتربية بالجهة": بال + a noun is where the office is ("in the region"); after المكلف it is the
      // charge ("for Sports").
      parts.push(`in ${en}`);
      first = false;
    } else {
      const prev = parts[parts.length - 1];
      const noun = prev?.split(" ").pop();
      if (prev !== undefined && noun !== undefined && POSTPOSED.has(noun) && !prev.startsWith("the ")) {
        // "لجنة الأمن والدفاع" → "the Security and Defense Committee".
        const lead = prev.slice(0, prev.length - noun.length).trim();
        const the = /\bthe\b/.test(lead) ? "" : "the ";
        parts[parts.length - 1] = `${lead ? lead + " " : ""}${the}${en.replace(/^the /, "")} ${noun}`;
      } else parts.push(link(en));
    }
    k += len;
  }
  return parts.join(" ");
}
