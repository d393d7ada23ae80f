/**
 * Per-word flags, computed once per distinct folded key: can this word start a role, a lexicon name,
 * a speech verb, a first name, an organisation or a place pattern? Scanners test a bit before doing
 * any real matching, which keeps the whole analysis a token scan (issue 6: ≥ 5 MB/s).
 */
import { cliticReadings, foldKey, setFlagsOf } from "./tokenize.ts";
import type { Token } from "./tokenize.ts";
import { CONJOINED_SPEECH_VERBS, FEMININE_HEAD, FIRST_NAMES, FIRST_NAME_PHRASES, NAME_INDEX, NAME_PARTICLES, NATIONALITY, PHRASE_ONLY_HEADS, ROLE_HEADS, SPEECH_VERBS, SURNAME_INDEX, dropAl } from "./lexicon.ts";
import { registerMemo } from "../text/memos.ts";

export const F_HEAD = 1;
export const F_LEX = 2;
export const F_SPEECH = 4;
export const F_FIRST = 8;
export const F_ORG = 16;
export const F_PLACE_HEAD = 32;
/** A reading is a lexicon surname or a name particle: the only words the surname pass looks up beyond the article's own surnames. */
export const F_SURNAME = 64;
/** An Arabic word (isArabicWord), so that scanners need not read the key to know. */
export const F_ARABIC = 128;
/** A reading is the first word of a role head that is one only with the words after it (PHRASE_ONLY_HEADS: «ولي»). */
export const F_PHRASE_HEAD = 256;
/** A reading is a nationality («التونسي», «للسويسري»): nameAfterNationality looks at no other word. */
export const F_NATION = 512;
/** The bits that make the people scanner look at a token. */
export const F_PEOPLE = F_HEAD | F_LEX | F_SPEECH | F_FIRST;
/** The bits that make the organisation and place scanner look at a token. */
export const F_ORGS_PLACES = F_LEX | F_ORG | F_PLACE_HEAD;

const keys = (words: string[]) => new Set(words.map(foldKey));
/** Indefinite organisation heads (construct state). */
export const ORG_HEADS = keys([
  "وزارة", "وكالة", "هيئة", "مجلس", "حركة", "كتلة", "جماعة", "حزب", "منظمة", "جمعية", "شركة", "جامعة", "اتحاد", "نقابة",
  "ائتلاف", "جبهة", "مؤسسة", "بنك", "مصرف", "محكمة", "تيار", "رابطة", "مفوضية", "صندوق", "قناة", "صحيفة", "إذاعة",
  "قيادة", "جهاز", "مديرية", "تنظيم", "منتدى", "مركز", "معهد", "نادي", "ديوان", "سفارة", "بعثة", "مرصد",
]);
/** Definite heads: only with an adjective or genitive after them ("الهيئة التنسيقية للمقاومة العراقية"). */
export const ORG_HEADS_DEFINITE = keys(["الهيئة", "المفوضية", "المحكمة", "البعثة", "المنظمة", "الجمعية", "الاتحاد", "المجلس", "الحزب", "الجبهة", "الحركة", "القيادة", "الوكالة", "النقابة", "الرابطة", "الجامعة", "المرصد", "الجيش", "البنك", "المصرف"]);
/** Words before a place name ("محافظة نينوى"). */
export const PLACE_HEADS = keys(["محافظة", "مدينة", "ولاية", "بلدة", "قرية", "إقليم", "معتمدية", "منطقة", "ناحية", "قضاء", "جزيرة", "عاصمة"]);

const FLAGS = registerMemo(new Map<string, number>());

/** The head of an office written with the pronoun «ها» (its, her): «سفيرها», «رئيسها» (of «سفير», «رئيس»). */
export function possessedHead(key: string): string | undefined {
  if (key.length < 5 || !key.endsWith("ها") || key.startsWith("ال")) return undefined;
  const head = key.slice(0, -2);
  return ROLE_HEADS.has(head) && !FEMININE_HEAD.has(head) ? head : undefined;
}

function compute(key: string): number {
  const c = key.charCodeAt(0);
  let f = c >= 0x0621 && c <= 0x06d3 ? F_ARABIC : 0;
  for (const r of cliticReadings(key)) {
    const base = dropAl(r.key);
    if (ROLE_HEADS.has(base) || FEMININE_HEAD.has(base) || possessedHead(r.key) !== undefined) f |= F_HEAD;
    if (PHRASE_ONLY_HEADS.has(base)) f |= F_PHRASE_HEAD;
    if (NAME_INDEX.has(r.key)) f |= F_LEX;
    if (!r.restoredAl && SPEECH_VERBS.has(r.key) && !(r.strip === 0 && CONJOINED_SPEECH_VERBS.has(r.key))) f |= F_SPEECH;
    // The first word of a compound first name too ("سيف" of "سيف الإسلام", "نور" of "نور الدين").
    if (!r.restoredAl && (FIRST_NAMES.has(r.key) || FIRST_NAME_PHRASES.has(r.key))) f |= F_FIRST;
    if (ORG_HEADS.has(r.key) || ORG_HEADS_DEFINITE.has(r.key)) f |= F_ORG;
    if (PLACE_HEADS.has(r.key)) f |= F_PLACE_HEAD;
    if (SURNAME_INDEX.has(r.key) || NAME_PARTICLES.has(r.key)) f |= F_SURNAME;
    if (NATIONALITY.has(r.key)) f |= F_NATION;
  }
  return f;
}

/** Flags of a folded key (memoised). */
export function flagsOf(key: string): number {
  let f = FLAGS.get(key);
  if (f === undefined) {
    if (FLAGS.size > 200_000) FLAGS.clear();
    f = compute(key);
    FLAGS.set(key, f);
  }
  return f;
}

// Tokens carry their flags from now on: tokenize resolves each distinct word once and keeps its flags,
// so it computes them directly (no second memo of every word here).
setFlagsOf(compute);

/** Flags of a token (0 unless a word). */
export function tokFlags(t: Token): number {
  return t.flags;
}
