/**
 * The bilingual lexicon and word lists, loaded once from ./data and indexed by folded keys
 * (see tokenize.ts: the same keys the tokenizer produces).
 */
import lexiconData from "./data/lexicon.json" with { type: "json" };
import rolesData from "./data/roles.json" with { type: "json" };
import stopData from "./data/stopwords.json" with { type: "json" };
import { foldKey } from "./tokenize.ts";
import type { EntityType } from "../types.ts";

/** A lexicon entry: person, organisation or place. */
export interface LexEntry {
  /** Stable lexicon id: type and index, used by the merger to join aliases. */
  id: string;
  type: EntityType;
  /** Canonical Arabic form (first spelling). */
  ar: string;
  /** All Arabic spellings. */
  forms: string[];
  en: string;
  gender?: "f" | "m";
}

/** A role head from roles.json, with its folded token keys (article removed from the first). */
export interface RoleHead {
  ar: string;
  keys: string[];
  en: string;
  bare?: string;
  of?: string;
  /** English linking a complement behind ل ("سفير بريطاني للمملكة": to); `of` when absent. */
  to?: string;
  us?: string;
  femEn?: string;
  /** `bare` of the feminine form ("الممثلة": actress). */
  femBare?: string;
  /** `bare` only for the head without a modifier of its own («المستشار» Chancellor, «المستشار الإعلامي» Media Adviser). */
  bareAlone?: boolean;
  kind: "function" | "title" | "modifier";
  fixed?: boolean;
  noRole?: boolean;
  needsName?: boolean;
  /**
   * A title that is also a common adjective (السياسي، المعارض، الأكاديمي): a title only right before a name the lists
   * know, written bare («السياسي مختار الموسوي»; not «السياسية تساءلت …», «المعارض لبشار الأسد»).
   */
  adjective?: boolean;
  /** A courtesy title (السيد، الحاج): it finds the name after it but says nothing of what the person does. */
  courtesy?: boolean;
  /** A place in a team (لاعب، مدرب): its complement is a club, and a nationality after the club is the club's. */
  side?: boolean;
}

/** Removes a leading article from a folded key ("الوزير" → "وزير"); short words are kept. */
export function dropAl(key: string): string {
  return key.startsWith("ال") && key.length > 3 ? key.slice(2) : key;
}

/** Multi-token phrase index: first key → candidate phrases, longest first. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { keys: string[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const keys = foldKey(phrase).split(" ").filter(Boolean);
    if (keys.length === 0) return;
    const list = this.byFirst.get(keys[0]!) ?? [];
    if (list.some((e) => e.keys.join(" ") === keys.join(" "))) return;
    list.push({ keys, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, list);
  }

  /**
   * Longest phrase whose first key is `first` and whose next keys follow at `keys[at+1..]`; `len` counts the tokens it
   * covers. و may stand apart from the word it joins ("هيئة الحقيقة و الكرامة").
   */
  match(first: string, keys: readonly string[], at: number): { len: number; value: T } | undefined {
    const list = this.byFirst.get(first);
    if (!list) return undefined;
    for (const e of list) {
      let pos = at + 1;
      let ok = true;
      for (let k = 1; k < e.keys.length; k++) {
        const want = e.keys[k]!;
        if (keys[pos] === want) pos++;
        else if (want.length > 2 && want[0] === "و" && keys[pos] === "و" && keys[pos + 1] === want.slice(1)) pos += 2;
        else {
          ok = false;
          break;
        }
      }
      if (ok) return { len: pos - at, value: e.value };
    }
    return undefined;
  }

  has(first: string): boolean {
    return this.byFirst.has(first);
  }
}

function keySet(words: readonly string[]): Set<string> {
  const s = new Set<string>();
  for (const w of words) {
    const k = foldKey(w);
    if (k) s.add(k);
  }
  return s;
}

/**
 * Stop words with final ي also written ى, as Egyptian texts do ("الذى", "التى", "فى"): the keys keep the letter as
 * written. Not the reverse: "على" written "علي" is also the name Ali.
 */
export function withYaVariants(keys: Iterable<string>): Set<string> {
  const s = new Set<string>();
  for (const k of keys) {
    s.add(k);
    if (k.endsWith("ي")) s.add(`${k.slice(0, -1)}ى`);
  }
  return s;
}

const people: LexEntry[] = lexiconData.people.map((p, i) => {
  const e: LexEntry = { id: `lex:person:${i}`, type: "person", ar: p.ar[0]!, forms: p.ar, en: p.en };
  if ("gender" in p && (p.gender === "f" || p.gender === "m")) e.gender = p.gender;
  return e;
});
const organizations: LexEntry[] = lexiconData.organizations.map((o, i) => ({
  id: `lex:organization:${i}`,
  type: "organization" as const,
  ar: o.ar[0]!,
  forms: o.ar,
  en: o.en,
}));
const places: LexEntry[] = lexiconData.places.map((p, i) => ({
  id: `lex:place:${i}`,
  type: "place" as const,
  ar: p.ar[0]!,
  forms: p.ar,
  en: p.en,
}));

/** Every lexicon entry (people, organisations, places). */
export const LEX_ENTRIES: readonly LexEntry[] = [...people, ...organizations, ...places];

/** Full-form index over people, organisations and places. */
export const NAME_INDEX = new PhraseIndex<LexEntry>();
/** Folded full form → entry (for the merger and the English renderer). */
export const ENTRY_BY_KEY = new Map<string, LexEntry>();
for (const e of LEX_ENTRIES) {
  for (const f of e.forms) {
    NAME_INDEX.add(f, e);
    ENTRY_BY_KEY.set(foldKey(f), e);
  }
}

/** The lexicon entry of a folded full form; و may stand apart from the word it joins ("هيئة الحقيقة و الكرامة"). */
export function entryByKey(key: string): LexEntry | undefined {
  return ENTRY_BY_KEY.get(key) ?? (key.includes(" و ") ? ENTRY_BY_KEY.get(key.replace(/ و (?=\S)/g, " و")) : undefined);
}

/**
 * Word pairs inside known names after their first word ("قائد السبسي" of "الباجي قائد السبسي"), as folded keys
 * joined by a space: there the first word is a name word, not the role noun it also is ("حافظ قائد السبسي").
 */
export const INNER_NAME_PAIRS = new Set<string>();
for (const p of people) {
  for (const f of p.forms) {
    const ks = foldKey(f).split(" ");
    for (let k = 1; k + 1 < ks.length; k++) INNER_NAME_PAIRS.add(`${ks[k]} ${ks[k + 1]}`);
  }
}

/** Surname key → lexicon person, only for surnames that name one lexicon person. */
export const SURNAME_INDEX = new Map<string, LexEntry>();
{
  const seen = new Map<string, LexEntry | null>();
  lexiconData.people.forEach((p, i) => {
    if (!("surname" in p) || typeof p.surname !== "string") return;
    // The surname as the lexicon gives it, and, for a one-word surname, as each spelling of the full name ends («مارين
    // لوبن»: لوبن beside لوبان).
    const surname = foldKey(p.surname);
    const keys = new Set([surname]);
    if (!surname.includes(" ")) for (const form of p.ar) keys.add(foldKey(form).split(" ").pop()!);
    for (const k of keys) if (k.length >= 3) seen.set(k, seen.has(k) && seen.get(k) !== people[i] ? null : people[i]!);
  });
  for (const [k, e] of seen) if (e) SURNAME_INDEX.set(k, e);
}

/** Nationality adjective key (all inflections) → English adjective. */
export const NATIONALITY = new Map<string, string>();
/** The English of nationalities of no one country: «الأوروبي», «الأفريقي» describe a union, not a state. */
export const SUPRANATIONAL: ReadonlySet<string> = new Set(["European", "African", "Arab"]);
for (const n of lexiconData.nationalities) {
  for (const base of [n.ar, ...(("alt" in n ? n.alt : undefined) ?? [])]) {
    const k = foldKey(base); // e.g. "العراقي"
    const stem = dropAl(k); // "عراقي"
    for (const suffix of ["", "ه", "ين", "ون", "ان", "تين", "تان"]) {
      NATIONALITY.set(k + suffix, n.en);
      NATIONALITY.set(stem + suffix, n.en);
    }
    // Plural "الأميركيين" is built on the stem; "لل" forms reach here after clitic stripping.
  }
}

/** First-name key → English form; multi-token first names ("عبد الله") are in FIRST_NAME_PHRASES. */
export const FIRST_NAMES = new Map<string, string>();
export const FIRST_NAME_PHRASES = new PhraseIndex<string>();
/** Given names of other languages (ديفيد, ماري): first names like the others, and their bearers' family names are foreign words. */
export const FOREIGN_FIRST_NAMES: ReadonlySet<string> = keySet(Object.keys(lexiconData.foreignFirstNames));
for (const [ar, en] of [...Object.entries(lexiconData.firstNames), ...Object.entries(lexiconData.foreignFirstNames)]) {
  const k = foldKey(ar);
  if (!k.includes(" ")) FIRST_NAMES.set(k, en);
  else {
    FIRST_NAME_PHRASES.add(ar, en);
    // "عبد الوهاب" is also written as one word: "عبدالوهاب".
    if (k.startsWith("عبد ال") && !FIRST_NAMES.has(k.replace(" ", ""))) FIRST_NAMES.set(k.replace(" ", ""), en);
  }
}
/** English of Mashriq and Gulf family names, by folded key (lexicon `familyNames`). */
export const FAMILY_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(lexiconData.familyNames).map(([ar, en]) => [foldKey(ar), en]));
/** The Mashriq's spelling of first names the table spells the Maghreb's way (قاسم Qasim), one word and compound. */
export const MASHRIQ_FIRST_NAMES = new Map<string, string>();
export const MASHRIQ_FIRST_NAME_PHRASES = new PhraseIndex<string>();
for (const [ar, en] of Object.entries(lexiconData.mashriqFirstNames)) {
  const k = foldKey(ar);
  if (!k.includes(" ")) MASHRIQ_FIRST_NAMES.set(k, en);
  else {
    MASHRIQ_FIRST_NAME_PHRASES.add(ar, en);
    if (k.startsWith("عبد ال")) MASHRIQ_FIRST_NAMES.set(k.replace(" ", ""), en);
  }
}
/**
 * Whether a two-word compound first name ("نور الدين", "زين العابدين") starts at `keys[i]`; `first` is the first
 * word's key when it is read without a clitic (it defaults to keys[i]).
 */
export function compoundFirstNameAt(keys: readonly string[], i: number, first: string = keys[i] ?? ""): boolean {
  return FIRST_NAME_PHRASES.match(first, keys, i)?.len === 2;
}
/** First names that are also common words: never enough on their own to start a name. */
export const AMBIGUOUS_FIRST = keySet(lexiconData.ambiguousFirstNames);
/** One-word organisation names that are also ordinary words (see orgs-places.ts). */
export const COMMON_WORD_NAMES = keySet(lexiconData.commonWordNames);
/** Particles inside names (أبو، بن، عبد...). */
export const NAME_PARTICLES = keySet(lexiconData.nameParticles);

/**
 * Past speech verbs whose object pronoun forms introduce their subject too: "وفق ما أكدته روضة القرافي". Not بيّن: بينها
 * is "among them"; nor أضافه, spelt as the noun إضافة ("وإلغاء وزارة أو إضافة أخرى").
 */
const SPEECH_PAST = /^(قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|أشار|أشارت|كشف|كشفت|ذكر|ذكرت|صرح|صرحت|أعلن|أعلنت|أفاد|أفادت|أكّد|أكّدت|نقل|نقلت|أورد|أوردت)$/;
const SPEECH_WITH_OBJECT = [...stopData.verbs, "نقل", "نقلت", "أورد", "أوردت"]
  .filter((v) => SPEECH_PAST.test(v))
  .flatMap((v) => [`${v}ه`, `${v}ها`])
  .filter((v) => v !== "أضافه");

/** Words that end a name scan. */
export const STOP = withYaVariants(keySet([...stopData.particles, ...stopData.verbs, ...stopData.participles, ...stopData.time, ...stopData.nouns, ...stopData.adverbs, ...SPEECH_WITH_OBJECT]));
// Nouns and time words with a final ى are also written ي in Maghrebi texts ("علي مستوي الطريق": على مستوى), unless
// that spelling is a first name. Not particles ("على" written "علي" is also Ali), nor verbs: behind a clitic their ي
// spelling reads inside names ("فادي" as ف + أدى, "كراي" as ك + رأى).
for (const k of keySet([...stopData.nouns, ...stopData.time])) {
  const ya = k.endsWith("ى") ? `${k.slice(0, -1)}ي` : undefined;
  if (ya !== undefined && !FIRST_NAMES.has(ya)) STOP.add(ya);
}
/** Words before a name that make it a place or a venue named after a person ("نهج محمد علي", "سيدي بوزيد"). */
export const VENUES = keySet(stopData.venues.flatMap((w) => (w.endsWith("ى") ? [w, `${w.slice(0, -1)}ي`] : [w])));
/** Honorifics between a venue and its namesake ("حي السلطان أحمد", "مدرسة الشهيد فرحات حشاد"). */
export const VENUE_HONORIFICS = keySet(stopData.venueHonorifics);
/** «قوله», «قولها», «قولهم» ("his/her/their saying"), after the name of whom a report quotes. */
export const SAYING_NOUNS = ["قوله", "قولها", "قولهم"];
/**
 * Speech verbs that are also common words without their conjunction: «أبرز» (highlighted) is «the most prominent» in «أبرز
 * الدول», «هو أبرز من…»; «كتب» (wrote) is «books» in «كتب طه حسين». They are speech verbs only behind و or ف («وأبرز
 * الحمامي أن…», «وكتب ترامب في تغريدة أن…»).
 */
export const CONJOINED_SPEECH_VERBS: ReadonlySet<string> = keySet(["أبرز", "أبرزت", "كتب", "كتبت"]);
/** Speech verbs and participles that introduce quotes and speakers. */
export const SPEECH_VERBS = keySet([
  ...stopData.verbs.filter((v) =>
    /^(قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|تابع|تابعت|أشار|أشارت|لفت|لفتت|كشف|كشفت|شدد|شددت|اعتبر|اعتبرت|أفاد|أفادت|ذكر|ذكرت|صرح|صرحت|بين|بينت|أعلن|أعلنت|نوه|نوهت|رأى|رأت|أردف|أردفت|استدرك|أبدى|أبدت|أعرب|أعربت|حذر|حذرت|نفى|نفت|يقول|تقول|يؤكد|تؤكد|يرى|ترى|أكّد|أكّدت|ألمح|ألمحت|اعترف|اعترفت|أشاد|أشادت|تعهد|تعهدت|طالب|طالبت|دعا|دعت|أبرز|أبرزت|كتب|كتبت|غرد|غردت|استطرد|استطردت)$/.test(v),
  ),
  ...stopData.participles,
  ...SPEECH_WITH_OBJECT,
  // «نقلت الوكالة عن ولي العهد قوله إن …»: the saying of the person named right before it.
  ...SAYING_NOUNS,
]);
/** Verbs of the stop lists (past and present forms): a predicate after a name. */
export const VERBS = keySet(stopData.verbs);
/** Participles (مضيفا، مشيرا...): continue the current speaker's speech. */
export const SPEECH_PARTICIPLES = keySet(stopData.participles);
/** Common nouns of the stop lists (رسول، سلطان، حرب): they end a name scan, though some are also family names. */
export const COMMON_NOUNS = keySet(stopData.nouns);
/** Time words: weekdays, months, relative expressions. */
export const TIME_WORDS = keySet(stopData.time);

/** Endings of foreign family names (foreignEndings: -سكي, -سون, -فيتش…), by folded key: a word that ends in one is a name's. */
export const FOREIGN_ENDING = new RegExp(`(?:${Object.keys(lexiconData.foreignEndings).map(foldKey).join("|")})$`);
/** Words of foreign names the lexicon spells in Latin letters (foreignNames: «مايكل», «غراندي»), by folded key. */
export const FOREIGN_NAME_WORDS: ReadonlySet<string> = keySet(Object.keys(lexiconData.foreignNames));
/** Role heads, longest first per first key; the first key is stored without the article. */
export const ROLE_HEADS = new PhraseIndex<RoleHead>();
/** Feminine first-token keys (وزيره، السفيره) → masculine key. */
export const FEMININE_HEAD = new Map<string, string>();
/** Keys of the courtesy titles (RoleHead.courtesy), article off, masculine and feminine ("سيد", "سيده"). */
export const COURTESY_TITLES = new Set<string>();
for (const h of rolesData.heads) {
  const keys = foldKey(h.ar).split(" ");
  keys[0] = dropAl(keys[0]!);
  const head: RoleHead = { ...(h as Omit<RoleHead, "keys">), keys };
  ROLE_HEADS.add(keys.join(" "), head);
  if (!keys[0]!.endsWith("ه")) FEMININE_HEAD.set(keys[0]! + "ه", keys[0]!);
  if (head.courtesy === true) COURTESY_TITLES.add(keys.join(" ")).add(`${keys.join(" ")}ه`);
}
/**
 * First words of role heads that are heads only with the words after them («ولي» of «ولي العهد», «ظهير» of «ظهير أيمن»):
 * alone they are ordinary words or names' ends («جيمس فولي»), so a head is only read there when the whole phrase follows.
 */
export const PHRASE_ONLY_HEADS: ReadonlySet<string> = (() => {
  const single = new Set<string>();
  const first = new Set<string>();
  for (const h of rolesData.heads) {
    const keys = foldKey(h.ar).split(" ");
    const k = dropAl(keys[0]!);
    if (keys.length === 1) single.add(k);
    else first.add(k);
  }
  // (Nor the feminine of a one-word head: «مستشارة» of «مستشار».)
  return new Set([...first].filter((k) => !single.has(k) && !(k.endsWith("ه") && single.has(k.slice(0, -1)))));
})();
/** Indefinite nouns that may head a genitive inside a role or organisation ("لجنة الأمن"). */
export const CONSTRUCTS = keySet(rolesData.constructs);
/** Role complement terms → English. */
export const TERMS = new PhraseIndex<string>();
for (const [ar, en] of Object.entries(rolesData.terms)) TERMS.add(ar, en);
/** Adjectives that modify a role head (السابق → former). */
export const ROLE_MODIFIERS = new Map<string, string>();
for (const [ar, en] of Object.entries(rolesData.modifiers)) ROLE_MODIFIERS.set(foldKey(ar), en);
/**
 * Definite adjectives of the holder that may stand between a title and the name (الجنرال المتقاعد X, الفنان الراحل X):
 * the roleAdjectives of roles.json written with ال, adverbs (سابقا) left out.
 */
export const HOLDER_ADJECTIVES: ReadonlySet<string> = new Set(
  (Object.entries(rolesData.roleAdjectives) as [string, { adverb?: boolean }][])
    .filter(([ar, a]) => ar.startsWith("ال") && a.adverb !== true)
    .map(([ar]) => foldKey(ar)),
);
/** US cabinet departments (الخارجية → State) for "US Secretary of ...". */
export const US_TERMS = new Map<string, string>();
for (const [ar, en] of Object.entries(rolesData.usTerms)) US_TERMS.set(foldKey(ar), en);
