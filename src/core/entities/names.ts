/**
 * The name scanner: from a token where a name is expected (after a role, a speech verb, a known first
 * name), reads 1–4 name tokens that are not common words. Particles (أبو، بن، عبد) join tokens.
 */
import type { Token } from "./tokenize.ts";
import { AMBIGUOUS_FIRST, COMMON_NOUNS, CONSTRUCTS, FEMININE_HEAD, FIRST_NAMES, FOREIGN_ENDING, FOREIGN_FIRST_NAMES, FOREIGN_NAME_WORDS, PHRASE_ONLY_HEADS, ROLE_HEADS, INNER_NAME_PAIRS, NAME_INDEX, NAME_PARTICLES, SPEECH_VERBS, STOP, TIME_WORDS, VERBS, compoundFirstNameAt } from "./lexicon.ts";
import { HARD_STOP, PLACE_PREFIXES, isArabicWord, isComma, nationalityOf, roleHeadAt } from "./phrase.ts";
import { foldKey, tokReadings } from "./tokenize.ts";
import { ORG_HEADS } from "./flags.ts";
import { noFeminine } from "./roles.ts";

export interface NameScan {
  /** Token index of the first and just past the last name token. */
  start: number;
  end: number;
  /** Characters of clitics to skip at the start of the first token (for first-name matches). */
  firstStrip: number;
}

export interface NameScanOptions {
  /** Keys known as names in this article or the lexicon (surnames, full-name tokens). */
  isNameToken?: (key: string) => boolean;
  maxTokens?: number;
}

/** «باسمه», «باسمها», «باسمهم»: "in his/her/their name", after a spokesperson (tested on a key or as written). */
export const IN_ITS_NAME = /^ب[اإ]سم(ه|ها|هم|هما)$/;
/** آل (a house: "آل سعود"), by its folded key. */
const AL_HOUSE = foldKey("آل");
/** ابن, by its folded key (see endsAfterNisba). */
const IBN = foldKey("ابن");
/** Honorifics that are also the first word of Maghrebi surnames ("سليم الحاج مبروك"). */
const SURNAME_TITLES = new Set(["الحاج", "الشيخ"]);
/** Tanwin marks indefinite nouns and adverbs ("دائمًا"), never names. */
const TANWIN = /[\u064B-\u064D]/;
/** A hamza on the first alef: "ألينا" does not start with the article. */
const HAMZA_ALEF = /^[\u0623\u0625\u0622]/;

const PRONOUN_SUFFIX = /(ها|هم|هما|كم|نا|يته|اته|وته)$/;
const PLURAL_PRONOUN = /..(هم|هما|كم)$/;
const KNOWN_B_L = /^(بو|بن|بل|بي|با|بر|لي|لو|لط)/;

/**
 * ب/ل + verbal noun or common word ("بتاريخ", "لتقديم", "بمشاركة", "لتونس") is a prepositional phrase;
 * Maghrebi surnames that start with بو/بن/بل ("بوستة", "بلعيد") are not.
 */
function prepositional(k: string): boolean {
  // A first name is one, whatever it opens with ("لبنى", "بلال", "كمال").
  if (FIRST_NAMES.has(k)) return false;
  // ك + a common or organisation noun: "كإجراء احتياطي" (as a precaution). Not any word: كارتال، كاجمان are names.
  if (k[0] === "ك") return k.length >= 4 && !FIRST_NAMES.has(k) && (STOP.has(k.slice(1)) || CONSTRUCTS.has(k.slice(1)) || ORG_HEADS.has(k.slice(1)));
  if (k[0] !== "ب" && k[0] !== "ل") return false;
  const rest = k.slice(1);
  // «باسمه», «باسمها» ("in his/her name": "المتحدث باسمه"), not Basma.
  if (IN_ITS_NAME.test(k)) return true;
  // "ببن قردان", "لبن علي": ب/ل + بن opens a place or someone's surname behind a preposition, never a name here.
  if (rest === "بن") return true;
  // ب/ل + a particle or verb at any length: "بما", "بنقل", "لدى" (even when it looks like بن…).
  if (HARD_STOP.has(rest)) return true;
  // ب/ل + the first word of a place name: "ببني خلاد", "بسيدي بوزيد", "لمنزل تميم".
  if (rest !== "بن" && PLACE_PREFIXES.has(rest)) return true;
  // ب/ل + an organisation noun or a derived verbal noun ("لوكالة", "باستقبال", "بإستكمال"), even when
  // the word opens like a Maghrebi surname (لو…، با…).
  if (rest.length >= 4 && !FIRST_NAMES.has(k) && (CONSTRUCTS.has(rest) || ORG_HEADS.has(rest) || commonWordShape(rest))) return true;
  // … with a pronoun ("بإعدامه", "لتعيينها"): the verbal noun of something done to someone.
  const bare = rest.endsWith("ها") ? rest.slice(0, -2) : rest.endsWith("ه") ? rest.slice(0, -1) : "";
  if (bare.length >= 4 && !FIRST_NAMES.has(k) && commonWordShape(bare)) return true;
  // Three letters too for an organisation noun ("بقسم", "بحزب").
  if (rest.length === 3 && !FIRST_NAMES.has(k) && (CONSTRUCTS.has(rest) || ORG_HEADS.has(rest))) return true;
  // ب/ل + a broken plural فعائل ("لوسائل", "برسائل", "لعشائر"): a phrase even when it opens like لو…/با….
  if (BROKEN_PLURAL.test(rest) && !FIRST_NAMES.has(k)) return true;
  // ب/ل + a known place, even one that opens like a Maghrebi surname ("بنابل", "بواشنطن").
  if (rest.length >= 3 && NAME_INDEX.match(rest, [rest], 0)?.value.type === "place") return true;
  // ب/ل + a plural of the أفعال shape ("بأزياء", "بأطفال", "لأعمال"): a phrase, though it opens like با….
  // (Not a foreign name with و there: باروان، باشوال.)
  if (/^ا[^اوي]([^اوي]ا[^اوي]|ياء)$/.test(rest) && !FIRST_NAMES.has(rest)) return true;
  if (KNOWN_B_L.test(k)) return false;
  if (k.length < 4) return false;
  // ب/ل + a feminine noun ("بعودة", "بإدارة", "لمكافحة"): names with ب/ل are بو/بن/بل... (KNOWN_B_L).
  if (rest.length >= 3 && rest.endsWith("ه") && !FIRST_NAMES.has(k)) return true;
  return /^[تما]/.test(rest) || NAME_INDEX.has(rest) || STOP.has(rest);
}


/**
 * Word shapes that are not names: verbal nouns تفعيل (تعيين، تنظيم), استفعال (استئناف), إفعال (إنشاء) and
 * its hollow form (إيجاد، إيقاف: إيمان, إيناس and إيهاب are first names, checked before the shape), افتعال
 * (اختبار، اعتذاره: ابتسام and انتصار are first names), hollow إفالة (إقالة، إعادة: أسامة is a first name), future and
 * imperfect verbs (سيشرع، تتنزل، يتم). Compiled once; tested on the folded key.
 */
const VERBAL_NOUNS = [/^ت[^و].ي[^اويه]$/, /^است...+$/, /^ا[^يو][^اوي]ا[^اويه]$/, /^اي[^اوي]ا[^اويه]$/, /^ا[^اوي][تط][^اوي]ا[^اويه]ه?$/, /^ا[^اوي]ا[^اوي]ه$/];
// تفاعل ("تواجد", "تعاون"; not تشا…/تسا…, foreign names: تشانغ، تشارلز، تسانج) and the participle متفعّل ("متحصن").
VERBAL_NOUNS.push(/^ت[^اويشس]ا[^اوي]{2}$/, /^مت[^اوي]{3}$/);
// تفاعل of a root in و ("تواجد", "تواصل"; not a nisba: التواتي) and تفعّل of a hollow root ("تطور", "تحول", "تنوع").
VERBAL_NOUNS.push(/^توا[^اوي][^اويه]$/, /^ت[^اوي]و[^اويه]$/);
// The plural of تفعيل ("تطمينات", "تعديلات", "تسهيلات").
VERBAL_NOUNS.push(/^ت[^و].ي[^اويه]ات$/);
/**
 * The broken plural فعائل. On the folded key (ئ → ي: وسائل، رسائل، عشائر) it is only read behind ب/ل (prepositional): on
 * its own, فعايل is also the shape of names (بلايز، مقايز). As written, with its hamza ("حقائق", "جرائم", "فضائح"), it is
 * a plural noun, never a name word.
 */
const BROKEN_PLURAL = /^[^ا][^ا]اي[^اوي]$/;
const BROKEN_PLURAL_RAW = /^[^\sاوي]{2}ائ[^\sاويهة]$/;
const VERBAL_NOUNS_AND_VERBS = VERBAL_NOUNS;
/** Past verbs افتعل with a weak last letter ("ارتدى", "اشترى", "انتهى"): folded ى → ي. */
VERBAL_NOUNS_AND_VERBS.push(/^ا[^اوي][تط][^اوي]ي$/);
/** Imperfect and future verbs, and افتعل past verbs ("يبقى", "اضطر", "امتنع"): only a lone word after a role is tested. */
const VERB_SHAPES = [
  /^س[يتن]...+$/, /^[يت][تن]...$/, /^ي[^اوي][^اوي][اوي]$/, /^ي[^اوي]{3}$/, /^ا[^اوي][تط][^اوي]{1,2}$/,
  // تفعّل written without the shadda ("تردد"), a feminine participle ("مفتوحة"), a participle plural ("منظمون").
  /^ت[^اوي]{3}$/, /^م[^اوي]{2}و[^اوي]ه$/, /^م..+(ون|ين)$/,
];
/** Accusative adverbs ("سابقا", "حاليا", "مجددا"): a bare final alef on a word of 4+ letters. */
const ADVERB = /^...+ا$/;

/** An imperfect or افتعل verb by its shape ("تبعد", "يبقى"). */
function verbLike(k: string): boolean {
  for (const re of VERB_SHAPES) if (re.test(k)) return true;
  return false;
}

/** verbLike, and no word a name may have ("طلعت", "تامر"). */
export function verbShape(k: string, opt: NameScanOptions): boolean {
  return verbLike(k) && !FIRST_NAMES.has(k) && !AMBIGUOUS_FIRST.has(k) && opt.isNameToken?.(k) !== true;
}

/** A common word by its shape (never a known first name). */
export function commonWordShape(k: string): boolean {
  if (FIRST_NAMES.has(k) || AMBIGUOUS_FIRST.has(k)) return false;
  for (const re of VERBAL_NOUNS) if (re.test(k)) return true;
  return false;
}

/** A lone word after a role that reads as an adverb or a verb ("سابقا", "سيشرع"), not as a one-word name. */
export function notALoneName(k: string): boolean {
  if (FIRST_NAMES.has(k)) return false;
  return commonWordShape(k) || ADVERB.test(k) || verbLike(k);
}

/** Place or organisation words are not names. */
function isPlaceOrOrg(keys: readonly string[], i: number): boolean {
  const k = keys[i]!;
  const m = NAME_INDEX.match(k, keys, i);
  return m !== undefined && m.value.type !== "person";
}

/** Could this token be part of a name (not its first token)? */
function continuesName(t: Token, keys: readonly string[], i: number, prevKey: string, opt: NameScanOptions): boolean {
  if (!isArabicWord(t) || TANWIN.test(t.raw) || BROKEN_PLURAL_RAW.test(t.raw)) return false;
  const k = t.key;
  if (k.length < 2) return false;
  // "… آل سعود", "… آل مكتوم": a ruling house's name closes the name ("الملك سلمان بن عبد العزيز آل سعود أوامر").
  if (keys[i - 2] === AL_HOUSE && !NAME_PARTICLES.has(k)) return false;
  // «عبد الله بو حبيب», «إلياس بو صعب»: the Levantine family particle بو, written apart, before the rest of the name.
  if (k === BU) {
    const next = keys[i + 1] ?? "";
    return next.length >= 3 && !next.startsWith("ال") && !STOP.has(next) && !HARD_STOP.has(next) && !TIME_WORDS.has(next);
  }
  // "عبد الله", "أبو رغيف"; a plural pronoun suffix is no name ("بن غذائهم" is "between their food").
  // ("ابن التاسعة والعشرين" is an age: nine and twenty years old.)
  if (NAME_PARTICLES.has(prevKey)) return !HARD_STOP.has(k) && !PLURAL_PRONOUN.test(k) && !AGE_ORDINALS.has(k);
  // "أورسولا فون دير لاين", "لويس فان غال", "ستافان دي ميستورا": a European particle between name words, and the word
  // after it. (فان is also فإن written without hamza: not before a definite noun or a stop word.)
  if (EURO_PARTICLES.has(prevKey)) return !HARD_STOP.has(k) && !STOP.has(k) && !k.startsWith("ال") && k[0] !== "و" && !CONSTRUCTS.has(k);
  // «جان إيف لو دريان»: French «لو» (Le) after a given name of another language, before the rest of the name.
  if (k === LE && FOREIGN_FIRST_NAMES.has(prevKey)) {
    const next = keys[i + 1] ?? "";
    return next.length >= 3 && !next.startsWith("ال") && !STOP.has(next) && !HARD_STOP.has(next) && !VERBS.has(next);
  }
  if (EURO_PARTICLES.has(k)) {
    if (/[\u0623\u0625]/.test(t.raw)) return false; // فإن, with its hamza
    const next = keys[i + 1] ?? "";
    return next.length >= 2 && (EURO_PARTICLES.has(next) || (!next.startsWith("ال") && !STOP.has(next) && !HARD_STOP.has(next)));
  }
  if (opt.isNameToken?.(k)) return true;
  // "نور الدين", "زين العابدين": the second word of a compound first name.
  if (compoundFirstNameAt(keys, i - 1, prevKey)) return true;
  // "سمير بالطيب", "محمد بالحاج": after a first name, بال + a first name or الحاج is a Maghrebi surname (Bettaieb,
  // Belhaj), not "in the" ("تمسكه بالحبيب الصيد" is "his attachment to Habib Essid").
  if (k.startsWith("بال") && FIRST_NAMES.has(prevKey) && (FIRST_NAMES.has(k.slice(1)) || SURNAME_TITLES.has(k.slice(1)))) return true;
  // "سليم الحاج مبروك", "خالد الحاج يوسف": after a first name, الحاج/الشيخ open a Maghrebi surname when a
  // name word follows (before a role or a verb they are the honorific of the next person).
  if (SURNAME_TITLES.has(k) && FIRST_NAMES.has(prevKey)) {
    const next = keys[i + 1];
    // "... الشيخ راشد الغنوشي": a first name and a surname after it make it the next person's honorific.
    const after = keys[i + 2];
    if (next !== undefined && FIRST_NAMES.has(next) && after !== undefined && after.startsWith("ال") && after.endsWith("ي")) return false;
    return next !== undefined && (FIRST_NAMES.has(next) || opt.isNameToken?.(next) === true || (next.length >= 3 && !next.startsWith("ال") && !STOP.has(next) && !HARD_STOP.has(next) && !TIME_WORDS.has(next) && !commonWordShape(next) && !/^س?[يتن]/.test(next)));
  }
  // "أنس بن مالك رضي الله عنه", "محمد صلى الله عليه وسلم", "خليل رحمه الله": the blessing after a name is not part of it.
  if ((k === "رضي" || k === "صلى" || k === "رحمه" || k === "رحمها") && keys[i + 1] === "الله") return false;
  // "رزق الله", "جاب الله", "نصر الله": a compound name, although الله is a stop word.
  if (k === "الله" && !HARD_STOP.has(prevKey) && prevKey !== "رسول" && (!STOP.has(prevKey) || (keys[i - 2] !== undefined && FIRST_NAMES.has(keys[i - 2]!)))) return true;
  // "الدكتور سامي المصري", "وقالت حميدة التركي": a nationality right after a lone first name is a family name (after a
  // first name and a surname it describes the person: "محمد صلاح المصري"; before a name, the next person: "متفوقا علي
  // الكاميروني عيسى حياتو", where علي is على).
  if (
    k.startsWith("ال") && nationalityOf(k) !== undefined && plainFirstName(prevKey) && prevKey !== "علي" && !plainFirstName(keys[i - 2]) &&
    !AMBIGUOUS_FIRST.has(keys[i - 2] ?? "") && !NAME_PARTICLES.has(keys[i - 2] ?? "") && !plainFirstName(keys[i + 1]) && opt.isNameToken?.(keys[i + 1] ?? "") !== true
  ) {
    return true;
  }
  // "أنيس ضيف الله", "فتحي عطاء الله": a word and الله after a name word are a compound family name, whatever the word.
  if (keys[i + 1] === "الله" && k.length >= 3 && k[0] !== "و" && !HARD_STOP.has(k) && !TIME_WORDS.has(k) && k !== "رسول" && !k.startsWith("ال")) return true;
  // «اللواء يحيى رسول قوله إن»: a common noun right after a lone first name is a family name when the name closes after
  // it (punctuation, «إن/أن», «قوله»). Not «رسول الله».
  // (Not the reporting noun itself, a noun with its pronoun, or an adjective in ي: «كيلي قوله», «منجي أجنبي».)
  const bareNoun = !REPORTING.has(k) && !k.endsWith("ه") && !k.endsWith("ي") && !PRONOUN_SUFFIX.test(k);
  // (Or ب + the article after it: «رحب اللواء يحيى رسول بالقرار».)
  const closed = closesName(keys[i + 1]) || (keys[i + 1] ?? "").startsWith("بال");
  if (bareNoun && COMMON_NOUNS.has(k) && plainFirstName(prevKey) && !plainFirstName(keys[i - 2]) && !NAME_PARTICLES.has(keys[i - 2] ?? "") && closed) return true;
  if (STOP.has(k) || TIME_WORDS.has(k) || nationalityOf(k) !== undefined) return false;
  // س + a verb of the stop lists is its future ("الوزير ظريف سيلتقي رؤساء …": will meet).
  if (/^س[يتنا]/.test(k) && k.length >= 4 && VERBS.has(k.slice(1)) && !FIRST_NAMES.has(k)) return false;
  if (INNER_NAME_PAIRS.has(`${k} ${keys[i + 1]}`)) return true;
  // قايد after a first name is the Maghrebi family name ("أحمد قايد صالح", Gaid Salah), not قائد (commander).
  if (t.raw === "قايد" && FIRST_NAMES.has(prevKey)) return true;
  if (roleHeadAt(keys, i)) return false;
  if (isPlaceOrOrg(keys, i)) return false;
  // Organisation nouns ("اتحاد") and verbal nouns ("إنشاء", "تحقيق") end a name. (Not a family name of their shape
  // right after a first name and closed by punctuation: "عبد المجيد تبون،", "نبيل تطور.".)
  if ((CONSTRUCTS.has(k) || commonWordShape(k)) && !FIRST_NAMES.has(k) && !(!CONSTRUCTS.has(k) && familyNameBeforePunctuation(keys, i))) return false;
  // تت/يت open imperfect verbs ("تتزامن", "يتواصل"), never a name word.
  if (k.length >= 4 && /^(تت|يت)/.test(k) && !FIRST_NAMES.has(k)) return false;
  // و inside a name sequence is a conjunction ("سي كيو براون ونظيره"); not the W of a known foreign family name after a
  // given name of another language («سيرينا ويليامز»).
  if (k[0] === "و" && !FIRST_NAMES.has(k) && !(FOREIGN_FIRST_NAMES.has(prevKey) && FOREIGN_NAME_WORDS.has(k))) return false;
  if (k.startsWith("ال") && !HAMZA_ALEF.test(t.raw)) {
    // A definite noun its nationality follows ("لوكاس بودولسكي الدوري الياباني": the Japanese league) ends a name.
    const next = keys[i + 1] ?? "";
    if (!FIRST_NAMES.has(k) && next.startsWith("ال") && nationalityOf(next) !== undefined) return false;
    // Definite tokens continue a name as nisba surnames (العباسي، السوداني) or known names.
    return k.endsWith("ي") || FIRST_NAMES.has(k) || k === "الله";
  }
  // ف + a particle ("فإنه", "فقد"): "then ...", not a name word.
  if (k[0] === "ف" && (HARD_STOP.has(k.slice(1)) || STOP.has(k.slice(1))) && !FIRST_NAMES.has(k)) return false;
  if (/^(لل|بال|كال)/.test(k)) return false;
  // ك + a noun or an office is "as …" («عامر بوعزة كرأس حربة», «كمدرب للفريق»), not a name word.
  if (k[0] === "ك" && k.length >= 4 && !FIRST_NAMES.has(k) && !opt.isNameToken?.(k) && asNoun(k.slice(1), keys, i)) return false;
  if (prepositional(k) && !foreignFamilyNameInB(k, prevKey, keys, i)) return false;
  // ب + a common noun of the stop list ("بنتيجة شوطين": with a score of two halves) is a phrase, not a name word.
  if (k[0] === "ب" && k.length >= 5 && STOP.has(k.slice(1)) && !FIRST_NAMES.has(k) && !opt.isNameToken?.(k)) return false;
  // ل + a first name is someone else's name behind a preposition ("نشر سامي صورة لعصام الحضري"), not this name's.
  if (k[0] === "ل" && FIRST_NAMES.has(k.slice(1)) && !FIRST_NAMES.has(k) && !opt.isNameToken?.(k)) return false;
  // Accusative adverbs and predicates ("مسارا فريدا", "مديرا فنيا") end in a bare alef. (Not after a foreign name word
  // or given name: "مايكل كوريلا", "غراندي مارلاسكا", «كريستالينا غورغييفا» are foreign family names.)
  if (k.length >= 5 && k.endsWith("ا") && !FIRST_NAMES.has(k) && !((FOREIGN_NAME_WORDS.has(prevKey) || FOREIGN_FIRST_NAMES.has(prevKey)) && foreignFamilyName(k))) return false;
  // A verbal noun and its adjective, both accusative ("نفى مهدي جمعة نفيا قاطعا", "دعما كاملا"): two words in a bare alef.
  // (The adjective by its shape, فاعلا/فعيلا/مفعلا: "بول كابا تيابا" is a name.)
  if (k.endsWith("ا") && !FIRST_NAMES.has(k) && !opt.isNameToken?.(k) && ACCUSATIVE_ADJECTIVE.test(keys[i + 1] ?? "") && !FIRST_NAMES.has(keys[i + 1]!)) return false;
  // "قام النائب كمال احمد بضرب النائب ...": after قام, ب + a verbal noun (فعل, تفعيل, إفعال...) with its object is
  // what was done (not a surname in بو/بن/بل: "لجنة يرأسها توفيق بوعون المتفقد العام").
  if (k[0] === "ب" && objectAfterMasdar(keys[i + 1] ?? "") && masdarShape(k.slice(1)) && !FIRST_NAMES.has(k) && !opt.isNameToken?.(k) && qamaBefore(keys, i)) return false;
  // Pronoun-suffixed nouns (بلاده، نظيرها، مسؤوليته) are not names. (A foreign family name in «ـنا» after a given name of
  // another language is: «كاترينا كولونا».)
  return !PRONOUN_SUFFIX.test(k) || FIRST_NAMES.has(k) || (FOREIGN_FIRST_NAMES.has(prevKey) && k.endsWith("نا") && foreignFamilyName(k) && closesName(keys[i + 1]));
}

/**
 * «ديفيد بتريوس إن»: after a given name of another language, a word that opens with ب or ل is a family name (ب is
 * P there: Petraeus) when what follows closes the name (punctuation, «إن/أن», an office) and the word is no phrase the
 * lists know (no feminine noun, verbal noun, particle or body's noun behind the preposition).
 */
function foreignFamilyNameInB(k: string, prevKey: string, keys: readonly string[], i: number): boolean {
  if (!FOREIGN_FIRST_NAMES.has(prevKey) || k.length < 4 || k.endsWith("ه")) return false;
  const rest = k.slice(1);
  if (STOP.has(rest) || HARD_STOP.has(rest) || CONSTRUCTS.has(rest) || ORG_HEADS.has(rest) || commonWordShape(rest) || NAME_INDEX.has(rest)) return false;
  const next = keys[i + 1];
  return next === undefined || closesName(next) || roleHeadAt(keys, i + 1);
}

/** What closes a name: punctuation, «إن/أن» and the like, or a reporting noun with its pronoun («قوله», «تصريحه»). */
function closesName(k: string | undefined): boolean {
  return k !== undefined && (CLOSING_PUNCTUATION.test(k) || SAID_OPENERS.has(k) || REPORTING.has(k));
}
const REPORTING: ReadonlySet<string> = new Set(["قوله", "قولها", "تصريحه", "تصريحها", "تأكيده", "تأكيدها"].map(foldKey));
/** Punctuation that closes a name: a comma, a full stop, a colon, a semicolon. */
const CLOSING_PUNCTUATION = /^[،,.:؛]$/;

/** The word at i follows a first name (or a compound one) and punctuation follows it: a family name, whatever its shape. */
function familyNameBeforePunctuation(keys: readonly string[], i: number): boolean {
  const after = keys[i + 1];
  if (after === undefined || !CLOSING_PUNCTUATION.test(after)) return false;
  return plainFirstName(keys[i - 1]) || compoundFirstNameAt(keys, i - 2);
}

/** A word in a bare alef that may end a foreign name: no office made («مدربا»), verbal noun («تعديلا») or adjective. */
function foreignFamilyName(k: string): boolean {
  return !OFFICE_MADE.test(k) && !commonWordShape(k.slice(0, -1)) && !ACCUSATIVE_ADJECTIVE.test(k);
}

/** Accusative adjectives by their shape: فاعلا (قاطعا), فعيلا (كبيرا), مفعلا/مفعولا (مطلقا), فعّا (تاما). */
const ACCUSATIVE_ADJECTIVE = /^(.ا..|..ي.|م...|م..و.|.ا.)ا$/;

/** A verbal noun by its shape: فعل (ضرب), تفعيل/تفعّل (تكليف), إفعال/افتعال/استفعال, or a known verbal noun pattern. */
function masdarShape(k: string): boolean {
  return k.length === 3 || /^ت...?ي?.$/.test(k) || /^ا...ا.$|^ا.ت.ا.$|^است..ا.$/.test(k) || commonWordShape(k);
}

/** The object of such a verbal noun: definite, or a noun with a pronoun ("بضرب زميله"). */
const objectAfterMasdar = (k: string): boolean => k.startsWith("ال") || (k.length >= 4 && /(ه|ها|هم)$/.test(k));

/** قام and its forms ("did", before ب + the verbal noun of what was done). */
const QAMA = new Set(["قام", "قامت", "قاموا", "يقوم", "تقوم", "سيقوم", "ستقوم"]);

/** Is there a form of قام among the eight words before `i`? */
function qamaBefore(keys: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - 8); j < i; j++) if (QAMA.has(keys[j]!) || QAMA.has(keys[j]!.slice(1))) return true;
  return false;
}

/**
 * After two name words, an imperfect or future verb ("يهدد", "يستعد", "سيقدم") is the predicate, not a third
 * name word: "عمار عمروسية يهدد", "مارك كلاتنبيرغ يستعد".
 */
function verbAfterName(k: string, opt: NameScanOptions): boolean {
  // سي + a consonant is the future (سيدفن، سيقدم), not سياري or سيدي; ل + an imperfect is a purpose clause.
  return k.length >= 4 && (/^(ي|ست)/.test(k) || (/^سي[^ا]/.test(k) && k.length >= 5 && k !== "سيدي") || purposeVerb(k)) && !FIRST_NAMES.has(k) && !AMBIGUOUS_FIRST.has(k) && opt.isNameToken?.(k) !== true;
}

/**
 * Does `k`, after `words` name words, start the sentence's predicate? ل + يت/يست ("أوباما ليتنصت") at any
 * point; the other verb shapes only after two name words.
 */
function predicateAfter(k: string, words: number, opt: NameScanOptions): boolean {
  return /^لي(ت|ست)../.test(k) || (words >= 2 && (verbAfterName(k, opt) || feminineVerbAfterName(k, opt))) || verbRightAfterFirst(k, opt);
}

/**
 * Verb shapes no surname has, even right after a first name: an imperfect of three root letters ("وجدي تقطع", "طلال
 * تصل"), a past افتعل ("رامز اقتبس").
 */
function verbRightAfterFirst(k: string, opt: NameScanOptions): boolean {
  return (/^[يت][^اوي]{3}$/.test(k) || /^ا[^اوي][تط][^اوي]{2}$/.test(k)) && !FIRST_NAMES.has(k) && !AMBIGUOUS_FIRST.has(k) && opt.isNameToken?.(k) !== true;
}

/**
 * A compound name after a first name completes the name ("محمد زين العابدين", "رضا شرف الدين"): only a particle, a
 * nisba or a known name word may follow, not the verb or noun after it ("محمد زين العابدين سارع").
 */
function afterInnerCompound(keys: readonly string[], i: number, end: number, opt: NameScanOptions): boolean {
  // Not "عبد X" (عبد is a particle: "علي عبد الله صالح" goes on).
  if (end - 2 <= i || NAME_PARTICLES.has(keys[end - 2]!) || !compoundFirstNameAt(keys, end - 2)) return false;
  const k = keys[end]!;
  return !(NAME_PARTICLES.has(k) || nisba(k) || FIRST_NAMES.has(k) || opt.isNameToken?.(k) === true);
}

/** Ordinals and tens after ابن/ابنة that give an age, not a father: "ابن التاسعة والعشرين", "ابنة الخمسين". */
const AGE_ORDINALS: ReadonlySet<string> = new Set(
  ["الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية", "العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين", "المائة"].map(foldKey),
);

/** Ottoman titles that end a name as its family name ("خير الدين باشا"). */
const SURNAME_TITLES_ALEF: ReadonlySet<string> = new Set(["باشا", "اغا"]);

/** A past verb with the object pronoun ته ("خليل عرفته", "سعد جرفته"), written ه (not the ة of a name). */
function pastVerbWithObject(t: Token, opt: NameScanOptions): boolean {
  return t.kind === "w" && t.raw.endsWith("ته") && t.key.length >= 5 && !t.key.startsWith("ال") && !FIRST_NAMES.has(t.key) && opt.isNameToken?.(t.key) !== true;
}

/**
 * After two name words, a noun with the pronoun ه ("his") is the object: "أكد جيم يونغ كيم دعمه", "محمد علي
 * موقفه". Written ه, not ة (feminine names fold to the same key), without the article, and no known name (عبده).
 */
function possessiveAfterName(t: Token, opt: NameScanOptions): boolean {
  return t.kind === "w" && t.raw.endsWith("ه") && t.key.length >= 4 && !t.key.startsWith("ال") && !FIRST_NAMES.has(t.key) && opt.isNameToken?.(t.key) !== true;
}

/**
 * After two name words, a past verb of a woman (فعلت، أفعلت: "سهام بن سدرين دخلت في") is the predicate.
 * Names of that shape (ثابت، طلعت، حكمت) are first names in the lexicon or known name tokens.
 */
function feminineVerbAfterName(k: string, opt: NameScanOptions): boolean {
  if (!k.endsWith("ت") || FIRST_NAMES.has(k) || opt.isNameToken?.(k) === true) return false;
  return k.length === 4 || (k.length === 5 && k[0] === "ا");
}

/**
 * ل + an imperfect verb ("ليتبين", "ليصبح": ي and two consonants): a purpose clause. Foreign names with لي
 * mostly open on a vowel or end in one (ليونيل، ليليا، ليمار، ليندا); the few that do not (ليندن) are
 * only read this way where no name is under way (a first word, or after two name words).
 */
function purposeVerb(k: string): boolean {
  return k[0] === "ل" && k.length >= 5 && /^ي[^اوي][^اوي]/.test(k.slice(1)) && !k.endsWith("ا") && !FIRST_NAMES.has(k);
}

/**
 * A first name that is a rank or a title only with the article («رائد»: «الرائد» is a Major; «رائد أبو السعود» is Raed
 * Abu al-Saud; «أميرة»), written without it and with no other head reading.
 */
function rankOnlyWithArticle(k: string, keys: readonly string[], i: number): boolean {
  if (k.startsWith("ال") || !FIRST_NAMES.has(k)) return false;
  // (And a feminine first name of a title's shape: «أميرة بوراوي», where «الأميرة» is a Princess.)
  const masculine = FEMININE_HEAD.get(k);
  const head = ROLE_HEADS.match(k, keys, i)?.value ?? (masculine === undefined ? undefined : ROLE_HEADS.match(masculine, [masculine, ...keys.slice(i + 1)], 0)?.value);
  return head !== undefined && head.kind === "title" && head.noRole !== true;
}

/** Name particles that only stand between names, never first. */
const INNER_PARTICLES = new Set(["ولد", "بنت"]);

/** Can this token start a name? */
export function startsName(t: Token | undefined, keys: readonly string[], i: number, opt: NameScanOptions = {}): boolean {
  if (!isArabicWord(t) || TANWIN.test(t.raw) || BROKEN_PLURAL_RAW.test(t.raw)) return false;
  const k = t.key;
  if (k.length < 2) return false;
  if (opt.isNameToken?.(k)) return true;
  // "ولد"/"بنت" join a given name to a father's ("محمد ولد عبد العزيز"); at the start they are "born", "daughter".
  if (INNER_PARTICLES.has(k)) return false;
  // (A first name spelt with أ is not the particle its key also spells: «ألينا» is Alina, «إلينا» "to us".)
  if ((STOP.has(k) || HARD_STOP.has(k)) && !(t.raw[0] === "أ" && FIRST_NAMES.has(k))) return false;
  if (TIME_WORDS.has(k) || nationalityOf(k) !== undefined) return false;
  if ((roleHeadAt(keys, i) && !rankOnlyWithArticle(k, keys, i)) || isPlaceOrOrg(keys, i)) return false;
  if (k.startsWith("ال") && !HAMZA_ALEF.test(t.raw)) return FIRST_NAMES.has(k);
  if (/^(لل|وال|بال|فال|كال)/.test(k) && !FIRST_NAMES.has(k)) return false;
  if (k[0] === "و" && !FIRST_NAMES.has(k)) {
    // و + known first name is a conjunction before a name; anything else is not a name start.
    return false;
  }
  // ف + a verb or particle ("فتم", "فقد"): "then ...", not a name.
  if (k[0] === "ف" && HARD_STOP.has(k.slice(1)) && !FIRST_NAMES.has(k)) return false;
  if ((prepositional(k) || purposeVerb(k)) && !FIRST_NAMES.has(k)) return false;
  // ل + a verbal noun of a doubled root ("لفك", "لحل", "لسد": to break, to solve): a purpose, not a name.
  if (/^ل[^اوي]{2}$/.test(k) && !FIRST_NAMES.has(k)) return false;
  // ب/ل + a word that opens no known name shape ("بفيلم", "لمدة"): a preposition, not a name.
  if ((k[0] === "ب" || k[0] === "ل") && k.length >= 5 && !KNOWN_B_L.test(k) && !FIRST_NAMES.has(k)) return false;
  // Organisation nouns ("كتيبة", "هيئة", "دائرة") and verbal nouns ("تعيين") do not start a name.
  if ((CONSTRUCTS.has(k) || commonWordShape(k)) && !FIRST_NAMES.has(k)) return false;
  return !PRONOUN_SUFFIX.test(k) || FIRST_NAMES.has(k);
}

/** French «لو» (Le), a particle only inside a foreign name. */
const LE = foldKey("لو");

/** Particles of European names (von, van, de, der, du, del, da). */
const EURO_PARTICLES: ReadonlySet<string> = new Set(["فون", "فان", "دي", "دير", "دو", "ديل", "دا"].map(foldKey));

/** First names that are also nouns read as such behind a preposition: عمر (age, lifetime). */
const NOUN_AFTER_PREPOSITION: ReadonlySet<string> = new Set(["عمر"].map(foldKey));
const PREPOSITIONS_BEFORE_NOUN: ReadonlySet<string> = new Set(["في", "من", "عن", "إلى", "الي", "حتى", "حتي"].map(foldKey));

/** A definite nisba surname ("الرياحي", "الشابي") that is not itself a first name. */
function nisba(k: string): boolean {
  return k.startsWith("ال") && k.endsWith("ي") && k.length > 4 && !FIRST_NAMES.has(k);
}

/**
 * A nisba surname ends a name: "عصام الشابي لحادث", "سليم الرياحي ضيف" do not go on, unless a particle
 * follows ("... الحداد بن ...") or the next word is itself another nisba ("... التونسي" is stopped elsewhere).
 */
function endsAfterNisba(keys: readonly string[], i: number, end: number): boolean {
  if (end - i < 2) return false;
  const prev = keys[end - 1]!;
  // "… الفزاني ابن فاطمة الشيحاوي": ابن after a family name brings the mother's name, not more of this one.
  if (NAME_PARTICLES.has(keys[end] ?? "") && !(keys[end] === IBN && nisba(keys[end - 1]!))) return false;
  // "جاب الله", "رزق الله" complete a surname; "عبد الله" is a first name and goes on.
  if (prev === "الله") return end - i >= 3 && keys[end - 2] !== "عبد";
  // A Turkish patronymic (أوغلو, "son of") completes a surname as a nisba does: "مولود تشاوش أوغلو حمل" (then a verb).
  if (prev.length >= 4 && prev.endsWith("غلو")) return true;
  return nisba(prev);
}

/**
 * A word already in the name (not a particle) starts a new mention, not a longer name: "دونالد ترامب
 * ترامب" is a name and the next mention. Names are at most a few tokens, so this loop is short.
 */
function repeatsName(keys: readonly string[], i: number, end: number): boolean {
  const k = keys[end]!;
  if (NAME_PARTICLES.has(k)) return false;
  // A father and grandfather of the same first name, then the family name: "علي محمد محمد الصلابي".
  // (Or another given name: "كريم محمد محمد عبدالعزيز".)
  const after = keys[end + 1] ?? "";
  if (end - i >= 2 && keys[end - 1] === k && plainFirstName(k) && keys[end - 2] !== k && (nisba(after) || plainFirstName(after) || /^عبدال../.test(after))) return false;
  // A grandfather named like the person, then the family name: «غانم أحمد غانم العلي», «أحمد عبدالرحمن أحمد كليب الطنيجي».
  const family = (after.startsWith("ال") && after.length > 4) || (nisba(keys[end + 2] ?? "") && keys[end + 2]!.startsWith("ال"));
  if (end - i === 2 && keys[i] === k && (plainFirstName(keys[i + 1]) || /^عبدال../.test(keys[i + 1]!)) && family) return false;
  // A chain of fathers may repeat a name: "أحمد بن محمد بن محمد الرويسي".
  if (beforeBin(keys, end - 1)) return false;
  for (let j = i; j < end; j++) if (keys[j] === k) return true;
  return false;
}

/**
 * A word in ة right after an indefinite noun in ة agrees with it as its adjective: "مفاجأة سارة" is a pleasant
 * surprise, not Sarah. (A name after a role noun follows a definite or construct role: "وزيرة الصحة سارة".)
 */
function adjectiveOfNoun(toks: readonly Token[], keys: readonly string[], i: number, opt: NameScanOptions): boolean {
  const noun = toks[i - 1];
  const t = toks[i]!;
  if (!isArabicWord(noun) || !noun.raw.endsWith("ة") || !t.raw.endsWith("ة")) return false;
  // A bare indefinite noun: no article, no clitic ("بالجهة سامية", "والطفولة نزيهة" are a place or a construct).
  const k = noun.key;
  if (k.length < 4 || !/^[\u0621-\u064A]+ة$/.test(noun.raw) || /^(ال|و|ف|ب|ل)/.test(noun.raw) || FIRST_NAMES.has(k) || opt.isNameToken?.(k) === true) return false;
  if (roleHeadAt(keys, i - 1)) return false;
  // "عائلة خليفة السلطاني" is a construct with a name; an adjective is followed by no name word, and may be by
  // a verb ("مسافة آمنة تبعد").
  const next = toks[i + 1];
  return !next || next.kind !== "w" || HARD_STOP.has(next.key) || /^(ل|ب)/.test(next.key) || next.raw.endsWith("ة") || verbAfterName(next.key, opt) || verbShape(next.key, opt);
}

/**
 * Inside a name, a masculine plural or dual and its adjective ("مارك زوكربيرغ ترددين خاصين") is the object
 * that follows it. Not at a name's start: foreign names end in ين too ("رؤوفين ريفلين").
 */
function dualPhraseAt(toks: readonly Token[], k: number, opt: NameScanOptions): boolean {
  const a = toks[k];
  const b = toks[k + 1];
  if (!a || !b || a.kind !== "w" || b.kind !== "w" || a.key.length < 5 || b.key.length < 4) return false;
  if (!a.raw.endsWith("ين") || !b.raw.endsWith("ين")) return false;
  return ![a.key, b.key].some((x) => FIRST_NAMES.has(x) || opt.isNameToken?.(x) === true);
}

/** A feminine dual noun and its adjective ("حصتين تدريبيتين"): after a role, its object, even at the name's start. */
export function feminineDualPhraseAt(toks: readonly Token[], k: number, opt: NameScanOptions = {}): boolean {
  return dualPhraseAt(toks, k, opt) && toks[k]!.raw.endsWith("تين") && toks[k + 1]!.raw.endsWith("تين");
}

/**
 * A feminine noun and its adjective ("طبيبة مشرفة", "معرفة شخصية"): a word in ة followed by a
 * participle or nisba in ة does not continue a name.
 */
export function nounPhraseAt(toks: readonly Token[], k: number, opt: NameScanOptions = {}): boolean {
  const a = toks[k];
  const b = toks[k + 1];
  if (!a || !b || a.kind !== "w" || b.kind !== "w" || a.key.length < 4 || b.key.length < 4) return false;
  // The noun is feminine (ة) or a feminine plural (ات): "طبيبة مشرفة", "تحليلات جديدة".
  const plural = a.raw.endsWith("ات") && a.key.length >= 5;
  if (!(a.raw.endsWith("ة") || plural) || !b.raw.endsWith("ة")) return false;
  // After a singular, the adjective is a participle (مشرفة، مكلفة) or a nisba (شخصية، رسمية).
  if (!plural && b.key[0] !== "م" && !b.raw.endsWith("ية")) return false;
  return !FIRST_NAMES.has(a.key) && !opt.isNameToken?.(a.key);
}

/** Whether the name begun at token `i`, `words` name words long so far, ends before token `end`. */
function nameEndsAt(toks: readonly Token[], keys: readonly string[], i: number, end: number, words: number, opt: NameScanOptions): boolean {
  const t = toks[end]!;
  // The word after a European particle belongs to the name whatever its shape ("أرد فان دير ستيور").
  if (EURO_PARTICLES.has(keys[end - 1]!)) return !continuesName(t, keys, end, keys[end - 1]!, opt);
  // A name that opens on a known surname is that surname alone ("الرئيس ترامب قدم دعم": Trump, then a verb),
  // unless a particle or another known name word follows.
  if (end === i + 1 && opt.isNameToken?.(keys[i]!) && !FIRST_NAMES.has(keys[i]!) && !NAME_PARTICLES.has(t.key) && !opt.isNameToken(t.key)) return true;
  if (endsAfterNisba(keys, i, end) && !opt.isNameToken?.(t.key)) return true;
  if (repeatsName(keys, i, end) || nounPhraseAt(toks, end, opt) || dualPhraseAt(toks, end, opt)) return true;
  if (predicateAfter(t.key, words, opt) || (words >= 2 && possessiveAfterName(t, opt)) || pastVerbWithObject(t, opt)) return true;
  // From the third word on, a short accusative in a bare alef ("جوهر بن حسن عقدا", "هالة عمران خلفا").
  if (words >= 2 && t.key.length === 4 && t.key.endsWith("ا") && !FIRST_NAMES.has(t.key) && !SURNAME_TITLES_ALEF.has(t.key) && opt.isNameToken?.(t.key) !== true) return true;
  // From the third word on, a plural of a تفعّل verbal noun ("محسن مرزوق تحركات رئيس الحركة": his moves) is the object.
  if (words >= 2 && /^ت.{3,}ات$/.test(t.key) && !FIRST_NAMES.has(t.key) && opt.isNameToken?.(t.key) !== true) return true;
  if (afterInnerCompound(keys, i, end, opt)) return true;
  if (firstNameAfterBinSurname(toks, keys, i, end, opt)) return true;
  if (words >= 2 && foreignNameEnds(keys, i, end, opt)) return true;
  return !continuesName(t, keys, end, keys[end - 1]!, opt);
}

/** What «ك» ("as") puts before a name's next word: a common noun, an office («كمدرب»), or a head of one («كرأس حربة»). */
const AS_HEADS: ReadonlySet<string> = new Set(["رأس", "رئيس", "نائب", "قائد", "بطل", "ضيف"].map(foldKey));
function asNoun(rest: string, keys: readonly string[], i: number): boolean {
  return AS_HEADS.has(rest) || COMMON_NOUNS.has(rest) || STOP.has(rest) || ROLE_HEADS.match(rest, keys, i) !== undefined;
}

/** Second given names of compound French ones that are no first name alone: «جان لوك», «ماري جين». */
const SECOND_GIVEN: ReadonlySet<string> = new Set(["لوك", "جين"].map(foldKey));

/**
 * A name that opens on a given name of another language, then its family name: a third word that reads as Arabic is the
 * sentence's, not the name's — «ليونيل ميسي لبناء», «كريستيانو رونالدو نجم ريال», «برنار كازنوف حاز». A second given
 * name, a middle name or a foreign family name is still the name's («جان مارك إيرولت», «روبرت فريدريك سميث»).
 */
function foreignNameEnds(keys: readonly string[], i: number, end: number, opt: NameScanOptions): boolean {
  if (!FOREIGN_FIRST_NAMES.has(keys[i]!)) return false;
  // (After a second given name the family name is still to come: «جان مارك إيرولت», «فرانك فالتر شتاينماير».)
  const prev = keys[end - 1]!;
  if (FIRST_NAMES.has(prev) || SECOND_GIVEN.has(prev)) return false;
  const k = keys[end]!;
  if (FOREIGN_FIRST_NAMES.has(k) || FOREIGN_NAME_WORDS.has(k) || EURO_PARTICLES.has(k) || EURO_PARTICLES.has(prev) || opt.isNameToken?.(k) || FOREIGN_ENDING.test(k)) return false;
  // An Arabic word, not a foreign name's: definite («الانتخابي»), behind a clitic («لبناء», «بوصول»), an Arabic first name
  // that is also a noun («نجم»), a verb or a common word («حاز», «جائزة»).
  // (And a dual of three letters: «هدفين», «يومين»; or a noun of three before its genitive: «زاباتا هدف التعادل».)
  const construct = /^[^اوي]{3}$/.test(k) && (keys[end + 1] ?? "").startsWith("ال");
  return k.startsWith("ال") || /^[وفبل]/.test(k) || FIRST_NAMES.has(k) || verbShape(k, opt) || commonWordShape(k) || STOP.has(k) || COMMON_NOUNS.has(k) || k.endsWith("ه") || /^[^اوي]{3}ين$/.test(k) || construct;
}

/**
 * A first name (or a compound one: "عبد العزيز") and a name word after it, right after "بن X", open the next person:
 * the chain of fathers goes on with بن ("سفيان بن محمد بن منصور العياري") or closes on one family name ("نجيب بن
 * محمد إسماعيل", "محمد بن زايد آل نهيان"), so in a list of names without commas "محمد بن عون صالح مطيراوي" is محمد بن
 * عون, then صالح مطيراوي. Not a definite first name: it completes a compound father's name ("بن محمد الهادي").
 */
function firstNameAfterBinSurname(toks: readonly Token[], keys: readonly string[], i: number, end: number, opt: NameScanOptions): boolean {
  const k = keys[end]!;
  // The father's name: one word ("بن عون") or a compound ("بن عبد الله").
  const bin = end - (compoundFirstNameAt(keys, end - 2) ? 3 : 2);
  if (bin - i < 1 || !beforeBin(keys, bin) || (bin === end - 2 && NAME_PARTICLES.has(keys[end - 1]!)) || SURNAME_TITLES.has(keys[end - 1]!)) return false;
  // An item of a dashed list is one person's name, however long: "- سعد بن سعد محمد الكعبي - قطري".
  if (listItemAt(toks, i)) return false;
  // A longer chain ends on its family name, whatever it is: "نجيب بن محمد بن ميلاد إسماعيل".
  if (binBetween(keys, i, bin)) return false;
  const compound = compoundFirstNameAt(keys, end);
  if (!compound && !(FIRST_NAMES.has(k) && !NAME_PARTICLES.has(k) && !k.startsWith("ال"))) return false;
  const after = end + (compound ? 2 : 1);
  const next = toks[after];
  return next !== undefined && !NAME_PARTICLES.has(next.key) && continuesName(next, keys, after, keys[after - 1]!, opt);
}

/**
 * Where a name read from a list of names written without commas ("... القمودي اسامة عويدات فتحي بلحاج محمد ...")
 * holds two: the token of a first name (or compound one) right after a family name, with a name word after it
 * ("اسامة عويدات | فتحي بلحاج"). Undefined when the name is one. Only for names in such a list: elsewhere a long
 * name is one person's chain of given names ("محمود شفيق محمد مصطفى", "جمال عبد الناصر حسين").
 */
export function listedNameSplit(keys: readonly string[], t0: number, t1: number): number | undefined {
  for (let k = t0 + 2; k <= t1 - 2; k++) {
    const surname = keys[k - 1]!;
    if (!(plainFirstName(keys[k]) || compoundFirstNameAt(keys, k))) continue;
    if (NAME_PARTICLES.has(surname) || SURNAME_TITLES.has(surname)) continue;
    // "نجيبة بن حسين | زهير العيدودي": after a single بن, the father's name closes the name whatever it is.
    if (beforeBin(keys, k - 2) && !binBetween(keys, t0, k - 2)) return k;
    // "بدر الدين | الصحبي عتيق": a compound first name alone, then the next person's.
    if (compoundFirstNameAt(keys, k - 2) && plainFirstName(keys[k]) && t1 - k >= 2 && k - 2 === t0) return k;
    if (FIRST_NAMES.has(surname) || NAME_PARTICLES.has(keys[k - 2]!)) continue;
    if (compoundFirstNameAt(keys, k - 2) || surname === "الله" || surname.startsWith("عبد")) continue;
    return k;
  }
  return undefined;
}

/** Reads a name from token `i`; undefined when no plausible name starts there. */
export function scanName(toks: readonly Token[], keys: readonly string[], i: number, opt: NameScanOptions = {}): NameScan | undefined {
  const first = toks[i];
  if (!startsName(first, keys, i, opt) || adjectiveOfNoun(toks, keys, i, opt)) return undefined;
  const max = opt.maxTokens ?? 4;
  let end = i + 1;
  let words = NAME_PARTICLES.has(first!.key) ? 0 : 1;
  while (end < toks.length && words < max) {
    if (nameEndsAt(toks, keys, i, end, words, opt)) break;
    if (!NAME_PARTICLES.has(keys[end]!)) words++;
    end++;
  }
  // A particle cannot end a name.
  while (end > i && NAME_PARTICLES.has(keys[end - 1]!)) end--;
  if (end === i) return undefined;
  return { start: i, end, firstStrip: 0 };
}

/** Whether بن or بنت is among keys[from..to). */
function binBetween(keys: readonly string[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (beforeBin(keys, j)) return true;
  return false;
}

/** A verb of saying, bare or behind و/ف ("وقال", "أكد"). */
const speechVerb = (k: string): boolean => SPEECH_VERBS.has(k) || (/^[وف]/.test(k) && SPEECH_VERBS.has(k.slice(1)));

/** بن or بنت at `k`. */
const beforeBin = (keys: readonly string[], k: number): boolean => keys[k] === "بن" || keys[k] === "بنت";
/** A first name that is not also a common word. */
export const plainFirstName = (k: string | undefined): boolean => k !== undefined && FIRST_NAMES.has(k) && !AMBIGUOUS_FIRST.has(k);

/**
 * A name introduced by a known first name, possibly behind a clitic ("وعيسى حراث"); needs a second
 * token, and an unambiguous first name (حسن، أمل، جمال are also common words).
 */
export function scanFirstNameStart(toks: readonly Token[], keys: readonly string[], i: number, opt: NameScanOptions = {}): NameScan | undefined {
  const t = toks[i];
  if (!isArabicWord(t) || adjectiveOfNoun(toks, keys, i, opt)) return undefined;
  for (const r of tokReadings(t)) {
    // Only the conjunction و may sit on a first name ("وعيسى حراث"): "لجان" is not ل + "جان".
    if (r.restoredAl || (r.strip > 0 && (r.strip > 1 || t.key[0] !== "و" || r.key.length < 3))) continue;
    // A compound first name ("نور الدين", "زين العابدين") is one, even when its first word alone is ambiguous.
    const compound = compoundFirstNameAt(keys, i, r.key);
    // A particle opens no name, but عبد of a compound first name does ("عبد العزيز التميمي").
    if (!(FIRST_NAMES.has(r.key) || compound) || (NAME_PARTICLES.has(r.key) && !compound)) continue;
    // A particle and its pronoun spelt like a first name is the particle unless written with أ («إلينا» "to us", «ألينا»
    // Alina).
    if (r.strip === 0 && r.key.endsWith("نا") && HARD_STOP.has(r.key) && t.raw[0] !== "أ") continue;
    // «ناديه ريال مدريد» is his club, not Nadia: a first name in ة written with ه over a body's noun is that noun and a
    // pronoun.
    if (r.strip === 0 && t.raw.endsWith("ه") && ORG_HEADS.has(r.key.slice(0, -1))) continue;
    // «الوضع هادئ جدا»: a word written with a final ئ is an adjective of that shape (هادئ calm), not the first name its
    // key folds to (هادي Hadi).
    if (r.strip === 0 && t.raw.endsWith("ئ")) continue;
    const spoken = !compound && speechVerb(keys[i - 1] ?? "") && saidBySurname(toks, keys, i);
    // (After a word of appointing and before the office someone is made, a name is expected: "تعيين مختار الرصاع مديرا".)
    if (AMBIGUOUS_FIRST.has(r.key) && !compound && !spoken && !appointedHere(keys, i) && !ambiguousFirstStarts(toks, keys, i)) continue;
    // "عن عمر يناهز", "في عمر مبكر", "إلى عمر ماكرون": behind a preposition عمر is an age, unless a nisba surname follows.
    if (r.strip === 0 && NOUN_AFTER_PREPOSITION.has(r.key) && PREPOSITIONS_BEFORE_NOUN.has(keys[i - 1] ?? "") && !nisba(keys[i + 1] ?? "")) continue;
    const next = toks[i + 1];
    if (spoken) return { start: i, end: i + 2, firstStrip: r.strip };
    // "تعيين زياد الريبة مديرا عاما", «فالح الفياض رئيس هيئة الحشد»: a definite family name of any shape between a first
    // name and the office it is made or holds.
    if (!compound && isArabicWord(next) && next.key.startsWith("ال") && next.key.length > 3 && (OFFICE_MADE.test(keys[i + 2] ?? "") || officeInApposition(toks, keys, i + 2)) && familyNameWord(keys, next.key, i + 1)) {
      return { start: i, end: i + 2, firstStrip: r.strip };
    }
    if (!next || !continuesName(next, keys, i + 1, r.key, opt)) return undefined;
    if (!compound && next.key.startsWith("ال") && !next.key.endsWith("ي") && !opt.isNameToken?.(next.key) && !SURNAME_TITLES.has(next.key)) {
      // "شوقي الطبيب إن": a definite non-nisba surname only before a clause boundary.
      const one: NameScan = { start: i, end: i + 1, firstStrip: r.strip };
      const end = extendDefiniteSurname(toks, keys, one);
      return end > one.end ? { ...one, end } : undefined;
    }
    let end = i + 1;
    let words = 1;
    // The name's words are read without the conjunction on its first: «وعبد العزيز القطي» goes on as «عبد العزيز».
    const own = r.strip > 0 ? keys.map((k, j) => (j === i ? r.key : k)) : keys;
    while (end < toks.length && words < (opt.maxTokens ?? 4)) {
      if (nameEndsAt(toks, own, i, end, words, opt)) break;
      if (!NAME_PARTICLES.has(keys[end]!) && !EURO_PARTICLES.has(keys[end]!)) words++;
      end++;
    }
    while (end > i + 1 && NAME_PARTICLES.has(keys[end - 1]!)) end--;
    if (end < i + (compound ? 3 : 2)) return undefined;
    return { start: i, end, firstStrip: r.strip };
  }
  return undefined;
}

/**
 * Whether an ambiguous first name at `i` (فريد، فرح، الصادق) starts a name: before بن/بنت ("فريد بن تنفوس"), before a
 * plain first name and بن/بنت (the father's name of a full chain: "صوفية زهير بن يوسف"), or at the head of a list item
 * before another first name ("- الصادق عبدالرحمن الغرياني").
 */
function ambiguousFirstStarts(toks: readonly Token[], keys: readonly string[], i: number): boolean {
  if (beforeBin(keys, i + 1) || (plainFirstName(keys[i + 1]) && beforeBin(keys, i + 2))) return true;
  // Before the two-word family name of someone the lexicon knows: «حافظ قائد السبسي» (the son of الباجي قائد السبسي).
  if (INNER_NAME_PAIRS.has(`${keys[i + 1]} ${keys[i + 2]}`) && !NAME_PARTICLES.has(keys[i + 1] ?? "")) return true;
  // Before a family name of letters only and an office in apposition: «فاتن قلال كاتبة الدولة» (not «أمل الشعب رئيس …»:
  // a definite noun, nor a common one).
  const family = toks[i + 1];
  if (isArabicWord(family) && /^[\u0621-\u064A]+$/.test(family.raw) && !family.key.startsWith("ال") && !family.key.endsWith("ات") && family.key.length >= 3 && !COMMON_NOUNS.has(family.key) && !STOP.has(family.key) && !HARD_STOP.has(family.key) && !VERBS.has(family.key) && !commonWordShape(family.key) && officeInApposition(toks, keys, i + 2)) return true;
  // "أكد حسن الزروقوني": after a verb of saying, before a nisba surname no table knows as a word.
  if (speechVerb(keys[i - 1] ?? "") && nisba(keys[i + 1] ?? "") && keys[i + 1]!.length >= 6 && !STOP.has(keys[i + 1]!) && nationalityOf(keys[i + 1]!) === undefined && !isPlaceOrOrg(keys, i + 1)) return true;
  return listItemAt(toks, i) && (FIRST_NAMES.has(keys[i + 1] ?? "") || compoundFirstNameAt(keys, i + 1));
}

/** What opens the words said right after their speaker: إن/أن and their forms, or a colon. */
const SAID_OPENERS = new Set(["ان", "انه", "انها", "بان", "بانه", ":"]);

/**
 * «وقال كمال النجار إن», «وقال اللواء يحيى رسول إن»: before the words said, a first name (even one that is also a common
 * word: كمال، منير، سليم) and one more word are the speaker's name, the second a family name however it reads: a
 * definite one in any shape (النجار، الحداد are trades; البوزيدي a nisba), or a common noun that is also a family name
 * (رسول، سلطان). The caller knows what vouches for a speaker there: a verb of saying or an office before the name.
 */
export function saidBySurname(toks: readonly Token[], keys: readonly string[], i: number): boolean {
  const surname = toks[i + 1];
  // (Or a comma, the words said coming after an aside: «اللواء يحيى رسول، الأحد، أن».)
  if (!FIRST_NAMES.has(keys[i] ?? "") || !isArabicWord(surname) || !(SAID_OPENERS.has(keys[i + 2] ?? "") || isComma(toks[i + 2]))) return false;
  const k = surname.key;
  if (/^[\u0623\u0625\u0622]/.test(surname.raw)) return false;
  if (!k.startsWith("ال")) return COMMON_NOUNS.has(k) && k.length >= 3 && !FIRST_NAMES.has(k) && !HARD_STOP.has(k) && !TIME_WORDS.has(k) && !VERBS.has(k);
  if (k.length < 5) return false;
  // (Not a verbal noun: «وأكد جمال الاستعداد أن» would be no one.)
  if (commonWordShape(k) || commonWordShape(k.slice(2))) return false;
  return familyNameWord(keys, k, i + 1);
}

/**
 * «وقال الزرقوني إن», «وأفاد العيادي أن»: after a verb of saying (the caller's check), a definite nisba alone right
 * before the words said is someone's family name: the article named the person in full where the analysis does not
 * read (a title, a caption) or not at all. Not an office (القاضي، الوالي), a nationality (التونسي) or another known word.
 */
export function loneNisbaSpeaker(toks: readonly Token[], keys: readonly string[], i: number): boolean {
  const t = toks[i];
  const k = keys[i] ?? "";
  if (!isArabicWord(t) || !nisba(k) || k.length < 6 || /^[\u0623\u0625\u0622]/.test(t.raw)) return false;
  if (!SAID_OPENERS.has(keys[i + 1] ?? "") && keys[i + 1] !== "انه" && keys[i + 1] !== "انها") return false;
  return !COMMON_NOUNS.has(k) && !commonWordShape(k.slice(2)) && familyNameWord(keys, k, i);
}

/**
 * Whether the definite word `k` at `i` may be a family name: no stop word, time word or nationality, no office, place,
 * organisation or construct noun. (extendDefiniteSurname, saidBySurname and loneNisbaSpeaker add their own checks.)
 */
export function familyNameWord(keys: readonly string[], k: string, i: number): boolean {
  if (STOP.has(k) || HARD_STOP.has(k) || TIME_WORDS.has(k) || nationalityOf(k) !== undefined) return false;
  // A broken plural أفعال («الأسباب», «الأخبار», «الأموال») is the verb's object, not a family name.
  if (AF3AL_PLURAL.test(k)) return false;
  return !(roleHeadAt(keys, i) || isPlaceOrOrg(keys, i) || CONSTRUCTS.has(k.slice(2)));
}

/** A definite broken plural of the أفعال shape, by its folded key. */
const AF3AL_PLURAL = /^الا[^اوي][^اوي]ا[^اوي]$/;

/** Whether token `i` heads an item of a list: right after a dash or a bullet. */
function listItemAt(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  return prev !== undefined && prev.kind === "p" && /^[-–—*•]$/.test(prev.raw);
}

/** Clause boundary after a name: end, punctuation, a particle or verb from the stop lists. */
function boundaryAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind === "p") return true;
  // (And a next clause: و/ف + a verb, "الحكم محمد الوصيف وانتهى اللقاء".)
  return HARD_STOP.has(t.key) || (/^[وف]/.test(t.key) && VERBS.has(t.key.slice(1)));
}

/**
 * "شوقي الطبيب إن", "علي العريض،": a known first name followed by a definite word that is not a nisba
 * is a name with a Maghrebi definite surname when a clause boundary follows. Returns the new end. `afterRole`: the
 * name follows an office («وزير الخارجية الطيب البكوش أن»), which vouches for a first name that is also a common word.
 */
export function extendDefiniteSurname(toks: readonly Token[], keys: readonly string[], scan: NameScan, afterRole = false): number {
  const last = keys[scan.end - 1]!;
  // A compound first name is one too: "سفير تونس في فرنسا عبد العزيز الرصاع،".
  const compound = scan.end - scan.start === 2 && compoundFirstNameAt(keys, scan.start);
  const ambiguous = AMBIGUOUS_FIRST.has(last);
  if (!compound && (!FIRST_NAMES.has(last) || (ambiguous && !(afterRole && scan.end - scan.start === 1)) || NAME_PARTICLES.has(last))) return scan.end;
  const t = toks[scan.end];
  if (!isArabicWord(t) || isComma(t)) return scan.end;
  const k = t.key;
  if (!k.startsWith("ال") || k.length < 5 || /^[\u0623\u0625\u0622]/.test(t.raw)) return scan.end;
  // A kunya's nisba is its bearer's name («أبو علي العسكري», «أبو محمد الجولاني»): a nom de guerre goes by both.
  if (scan.end - scan.start === 2 && KUNYA.has(keys[scan.start]!) && NISBA_RAW.test(t.raw) && nationalityOf(k) === undefined) return scan.end + 1;
  // A definite word in ة with التي after it is a feminine noun, the verb's object ("انتقد الطاهر بن حسين الحملة
  // التي أطلقها"); without it, surnames in ة are common (العطية، الفريخة، العتيبة).
  if (t.raw.endsWith("ة") && toks[scan.end + 1]?.raw === "التي") return scan.end;
  if (!familyNameWord(keys, k, scan.end)) return scan.end;
  // (After a common word, not a verbal noun: «الوزير جمال الاستعداد» would be no one.)
  if (ambiguous && !compound && (commonWordShape(k) || commonWordShape(k.slice(2)))) return scan.end;
  if (boundaryAt(toks, scan.end + 1) || (afterRole && objectAfter(toks, scan.end + 1)) || OFFICE_MADE.test(toks[scan.end + 1]?.key ?? "") || officeInApposition(toks, keys, scan.end + 1)) return scan.end + 1;
  // "وزير التجهيز محمد الصالح العرفاوى السبت": after an office, a nisba after the definite word is the family name
  // that ends it.
  const after = toks[scan.end + 1];
  if (afterRole && isArabicWord(after) && NISBA_RAW.test(after.raw) && nationalityOf(after.key) === undefined && (boundaryAt(toks, scan.end + 2) || objectAfter(toks, scan.end + 2))) return scan.end + 2;
  return scan.end;
}

/**
 * An office in apposition after the name: a bare role head with the words it governs («فالح الفياض رئيس هيئة الحشد»,
 * «عمار الحكيم زعيم تيار الحكمة»). Not a head with a clitic or the article: «محمد الوفد والرئيس» joins another person.
 */
function officeInApposition(toks: readonly Token[], keys: readonly string[], k: number): boolean {
  const head = toks[k];
  if (!isArabicWord(head) || !isArabicWord(toks[k + 1]) || head.key.startsWith("ال")) return false;
  const feminine = FEMININE_HEAD.get(head.key);
  const m = ROLE_HEADS.match(feminine ?? head.key, keys, k);
  // (Not the feminine of a head whose feminine is a common noun: «الحكمة» is wisdom, «محافظة» a governorate.)
  return m !== undefined && !(feminine !== undefined && noFeminine(m.value)) && !PHRASE_ONLY_HEADS.has(m.value.keys[0]!);
}

/** «بو» written apart: a Levantine family name's particle («بو حبيب», «بو صعب»). */
const BU = "بو";
/** «أبو», «أم»: a kunya's first word. */
const KUNYA = new Set(["ابو", "ام"]);

/** Words of an appointment or an election before the name of who gets the office ("تعيين", "بانتخاب", "عيّن"). */
export const APPOINTING: ReadonlySet<string> = new Set(
  ["تعيين", "بتعيين", "وتعيين", "عين", "وعين", "تسمية", "بتسمية", "انتخاب", "بانتخاب", "انتخب", "اختيار", "باختيار", "تكليف", "بتكليف", "كلف", "وكلف"].map(foldKey),
);

/**
 * A word of appointing right before `i` ("تعيين ناجي جراد", "بتسمية رضا بالحاج"); «اختيار» (a choice, of anything) only
 * with the office someone is made within the three words after it.
 */
function appointedHere(keys: readonly string[], i: number): boolean {
  const before = keys[i - 1] ?? "";
  if (!APPOINTING.has(before)) return false;
  if (!CHOICE.has(before)) return true;
  for (let k = i + 1; k <= i + 3; k++) if (OFFICE_MADE.test(keys[k] ?? "")) return true;
  return false;
}

/** «اختيار», «باختيار»: a choice, of a person or of anything. */
const CHOICE = new Set(["اختيار", "باختيار"].map(foldKey));

/**
 * An office in the accusative, what someone is made ("تعيين زياد الريبة مديرا عاما"): the name before it is complete.
 * Tested on the folded key (ئ → ي: رييسا، نايبا).
 */
export const OFFICE_MADE = /^(وزير|رييس|مدير|سفير|مدرب|والي|معتمد|ناطق|مستشار|قنصل|امين|كاتب|محافظ|قايد|نايب|مندوب)ا$/;

/** A definite nisba as written, in ي or ى ("العرفاوي", "العرفاوى"). */
export const NISBA_RAW = /^ال[\u0621-\u064A]{2,}[يى]$/;

/**
 * After an office and a first name, a definite word then a second definite noun that is no adjective: the first is the
 * family name, the second the verb's object ("استقبل وزير الدفاع محمد الفياض الوفد"). A nisba or a nationality after it
 * would be the adjective of an object right after the first name ("استقبل الوزير محمد الوفد الأمريكي").
 */
function objectAfter(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  // (Nor a word in ة, which may be the adjective of a plural object: "عبد الوهاب الزيادات الأخيرة", the latest raises.)
  if (!isArabicWord(t) || !t.key.startsWith("ال") || t.key.length < 4 || /[ةىي]$/.test(t.raw)) return false;
  return !t.key.endsWith("ي") && !t.key.endsWith("يه") && nationalityOf(t.key) === undefined && !HARD_STOP.has(t.key) && !TIME_WORDS.has(t.key);
}
