/**
 * Compositional English for organisation and place names not in the lexicon, from data/roles.json:
 * a head noun (orgHeads: وزارة → "Ministry of", حزب → "X Party"), the domain terms shared with role
 * phrases (TERMS: الداخلية → the Interior), adjectives (adjectives, ROLE_MODIFIERS: الوطني → National,
 * placed before their noun in reverse order), nationality adjectives lifted to the front ("وزارة الصحة
 * التونسية" → "Tunisian Ministry of Health"), ل + noun ("لمكافحة الفساد" → "for Combating Corruption"),
 * و → and, في/ب → in, and proper-name parts transliterated (quoted names keep their form: كتلة "الصادقون"
 * → "al-Sadiqoun bloc"). Places: lexicon parts, geographic words (جبل → Jebel, جزيرة → Island),
 * else transliteration with al- handling.
 */
import rolesData from "./data/roles.json" with { type: "json" };
import { FIRST_NAMES, entryByKey, NAME_INDEX, ROLE_MODIFIERS, TERMS, US_TERMS, dropAl } from "./lexicon.ts";
import { commonWordShape } from "./names.ts";
import { isCloseQuote, isOpenQuote, nationalityOf } from "./phrase.ts";
import { foldKey, tokenize } from "./tokenize.ts";
import type { Token } from "./tokenize.ts";
import { familyNameEn, toEnglishName, transliterate } from "./transliterate.ts";
import { acronymAt } from "./spelled-letters.ts";
import type { EntityType } from "../types.ts";

interface OrgHead {
  en: string;
  /** "of": "Ministry of X"; "post": "X Party". */
  link: "of" | "post";
  /** English with a nationality adjective ("الجامعة التونسية" → Tunisian Federation). */
  natEn?: string;
}

const QUOTES_RE = /["“”«»]/g;
/** Heads of media whose quoted names are titles. */
const MEDIA = new Set(["channel", "newspaper", "radio", "magazine", "website", "programme", "Programme"]);
const DIACRITICS_RE = /[\u064B-\u065F\u0670\u0640]/g;
const PREP: Record<string, string> = { "في": "in", "من": "from", "عن": "for", "مع": "with", "علي": "on", "الي": "to", "ضد": "against" };

/** Organisation heads by folded key without article (multi-word heads by their full key). */
const ORG_HEAD = new Map<string, OrgHead>();
const ORG_HEAD_PHRASES = new Map<string, OrgHead>();
for (const [ar, h] of Object.entries(rolesData.orgHeads)) {
  const key = foldKey(ar);
  if (key.includes(" ")) ORG_HEAD_PHRASES.set(dropAl(key), h as OrgHead);
  else ORG_HEAD.set(key, h as OrgHead);
}
/** Adjectives in organisation names, every inflection (الديمقراطي، الديمقراطية، الديمقراطيين...). */
const ADJ = new Map<string, string>();
for (const [ar, en] of Object.entries(rolesData.adjectives)) {
  const k = foldKey(ar);
  // Every form from either gender's entry: العمومية gives العمومي, الأساسي gives الأساسية and the plurals.
  const masc = k.endsWith("يه") ? k.slice(0, -1) : k;
  const forms = [k];
  if (masc.endsWith("ي")) for (const s of ["", "ه", "ين", "ون"]) forms.push(masc + s);
  for (const f of forms) {
    if (!ADJ.has(f)) ADJ.set(f, en);
    if (!ADJ.has(dropAl(f))) ADJ.set(dropAl(f), en);
  }
}
/** English ordinal of a number ("23rd"). */
export function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** «التابع», «التابعة» (belonging to, under) before a ل-phrase. */
const AFFILIATED = new Set(["التابع", "التابعة", "التابعين", "التابعتين"].map(foldKey));
/** Terms in prenominal position ("حركة الشعب" → People's Movement). */
const ATTRIBUTIVE = new Map<string, string>(Object.entries(rolesData.attributive).map(([ar, en]) => [foldKey(ar), en]));
/** Geographic words in place names. */
const GEO = new Map<string, { en: string; pos: string }>(Object.entries(rolesData.geoWords).map(([ar, g]) => [foldKey(ar), g]));

/**
 * First words of the lexicon's English names that are descriptions, not brands: they take "the" inside a role ("for
 * the Popular Front", "in the US Congress"), where "Reuters", "Ennahda", "Club Africain" do not.
 */
const DESCRIPTIVE = new Set(["Popular", "National", "Assembly", "Tunisian", "Coordination", "US", "UN", "Iraqi", "Islamic", "Joint", "Defense", "Associated", "Independent", "Truth"]);

/**
 * Words of English names that are a kind of body: a name of two words or more with one is a description too ("the
 * Kurdistan Democratic Party", "the Patriotic Union of Kurdistan"), whatever its first word.
 */
const BODY_NOUNS = new Set([
  "Party", "Union", "Front", "Movement", "Council", "Organization", "Organisation", "Observatory", "Army", "Forces", "Commission", "Court",
  "Bank", "Fund", "Agency", "Ministry", "Coalition", "Alliance", "Committee", "Authority", "Federation", "Association", "Mission", "Centre",
  "Center", "Institute", "League", "Assembly", "Parliament", "Government", "Command", "Service", "Office", "Corps", "Guard",
]);

/** A known organisation's or place's English as it reads inside a role. */
export function withArticle(entry: { en: string; type: string }): string {
  const en = entry.en;
  if (entry.type !== "organization" || /^the /i.test(en)) return en;
  const words = en.replace(/\s*\([^)]*\)\s*$/, "").split(" ");
  return DESCRIPTIVE.has(words[0]!) || (words.length >= 2 && words.some((w) => BODY_NOUNS.has(w))) ? `the ${en}` : en;
}

/** First words of place names («بئر علي», «سيدي علي بن عون»): the علي after them is a name, not the preposition على. */
const PLACE_FIRST = new Set([...rolesData.placePrefixes, ...Object.keys(rolesData.geoWords)].map((w) => foldKey(w)));

/** Whether علي at keys[k] is a name in a place («بئر علي») rather than the preposition «على». */
export function nameAfterPlaceWord(keys: readonly string[], k: number): boolean {
  const prev = (keys[k - 1] ?? "").replace(/^[وب]/, "");
  return keys[k] === "علي" && (PLACE_FIRST.has(keys[k - 1] ?? "") || PLACE_FIRST.has(prev));
}

/**
 * How many words from keys[k] make a place name that opens with a place word («منزل بورقيبة», «بئر علي بن خليفة»,
 * «سيدي علي بن عون»: the word, the next one, and any بن/بني + word after them), or 0. `key` is keys[k] with its
 * clitic read off.
 */
export function placeRunAt(keys: readonly string[], k: number, key: string = keys[k] ?? ""): number {
  if (!PLACE_FIRST.has(key) || k + 1 >= keys.length) return 0;
  const next = keys[k + 1]!;
  if (!/^[\u0621-\u064A]{2,}$/.test(next) || (next !== "علي" && (PREP[next] !== undefined || next === "و"))) return 0;
  let end = k + 2;
  while (end + 1 < keys.length && /^(بن|بني|ابن)$/.test(keys[end]!) && /^[\u0621-\u064A]{2,}$/.test(keys[end + 1]!)) end += 2;
  return end - k;
}

/**
 * A known place's name for its nisba adjective («الاتحاد الرياضي المنستيري»: of Monastir; «الصفاقسي»: Sfax;
 * «السوسي»: Sousse, سوسة less its ة), as it stands before a noun in English ("Monastir Sports Union").
 */
function nisbaOfPlace(key: string): string | undefined {
  const m = /^(?:ال)?(.{3,}?)(?:ي|يه)$/.exec(key);
  if (!m) return undefined;
  for (const base of [m[1]!, `${m[1]!}ه`]) {
    for (const form of [base, `ال${base}`]) {
      const e = entryByKey(form);
      // One-word names only: «الكردستاني» is Kurdish, not of "Iraqi Kurdistan".
      if (e && e.type === "place" && !stripThe(e.en).includes(" ")) return stripThe(e.en);
    }
  }
  return undefined;
}

export function adjectiveOf(key: string): string | undefined {
  // «المؤتمر الـ23»: an ordinal number after its noun (the 23rd Congress).
  const ordinal = /^ال([0-9]{1,3})$/.exec(key);
  if (ordinal) return ordinalEn(Number(ordinal[1]));
  // Feminine and plural forms of a role modifier (الإدارية، الإداريين → الإداري).
  const masc = /يه$/.test(key) ? key.slice(0, -1) : /ي(ين|ون)$/.test(key) ? key.slice(0, -2) : key;
  const a = ADJ.get(key) ?? ROLE_MODIFIERS.get(key) ?? ROLE_MODIFIERS.get(masc);
  return a === undefined ? undefined : a[0]!.toUpperCase() + a.slice(1);
}

/** A noun phrase of a name: its English noun, its adjectives (Arabic order) and how it links to what precedes. */
interface NP {
  en: string;
  adjs: string[];
  /** A proper name (lexicon, quoted, nested organisation): adjectives after it go to the head. */
  proper: boolean;
  /** Transliterated words not in any table (often a common noun: adjectives after it are its own). */
  translit?: boolean;
  quoted?: boolean;
  /** An organisation the lexicon knows («الغارديان»), not a place. */
  brand?: boolean;
  /** "" (genitive), "and", "for" (ل), or a preposition. */
  link: string;
  attrib?: string;
  /** A nested organisation, rendered again before a "post" head ("ائتلاف إدارة الدولة" → State Administration Coalition). */
  sub?: Parsed;
}

interface Parsed {
  head?: OrgHead;
  headAdjs: string[];
  /** The head has the article (الجامعة التونسية: a federation; جامعة تونسية: a university). */
  definite?: boolean;
  nat?: string;
  nps: NP[];
  /** The whole organisation is a known one named in quotes (تنظيم "داعش"). */
  known?: string;
  /** A second organisation coordinated with و ("حركة الشعب والتيار الشعبي"). */
  next?: string;
  recognised: number;
}

const cache = new Map<string, string>();
/** «وزارة», by its key. */
const MINISTRY = foldKey("وزارة");

/**
 * English name of a person, organisation or place not in the lexicon (`maghreb`: a person's name written in the Maghreb,
 * see transliterate). Never throws; "" for empty input.
 */
export function entityEnglishName(ar: string, type: EntityType, maghreb = false): string {
  if (typeof ar !== "string" || ar.trim() === "") return "";
  if (type === "person") return toEnglishName(ar, true, maghreb);
  const ck = `${type}\u0000${ar}`;
  const hit = cache.get(ck);
  if (hit !== undefined) return hit;
  let out: string;
  try {
    const known = entryByKey(foldKey(ar.replace(QUOTES_RE, " ")));
    out = known ? known.en : type === "place" ? translatePlace(ar) : translateOrg(ar);
  } catch {
    out = toEnglishName(ar);
  }
  if (!out) out = toEnglishName(ar);
  if (cache.size > 5000) cache.clear();
  cache.set(ck, out);
  return out;
}

/** English of an organisation name by composition; falls back to transliteration. */
export function translateOrg(ar: string): string {
  const toks = tokenize(ar).filter((t) => t.kind !== "p" || isOpenQuote(t) || isCloseQuote(t));
  if (toks.length === 0) return toEnglishName(ar);
  const keys = toks.map((t) => t.key);
  const whole = TERMS.match(keys[0]!, keys, 0);
  if (whole && whole.len === keys.length) return cap(stripThe(whole.value));
  // A body the term table knows whole, then its nationality: «مجلس النواب الأمريكي» is the US House of Representatives.
  const nat = keys.length > 2 ? nationalityOf(keys[keys.length - 1]!) : undefined;
  // A US ministry is a Department, named as Washington names it: «وزارة الخزانة الأمريكية», the Treasury.
  const dept = nat === "US" && dropAl(keys[0]!) === MINISTRY ? US_TERMS.get(keys.slice(1, -1).join(" ")) : undefined;
  if (dept !== undefined) return `US Department of ${dept}`;
  if (nat !== undefined && whole && whole.len === keys.length - 1) return `${nat} ${cap(stripThe(whole.value))}`;
  const p = parse(toks, keys, 0);
  if (p.known) return p.known;
  // A body the lexicon knows, then its nationality, is that body when its words would only be spelt out: «حزب الله
  // اللبناني» is Hezbollah (not "Lebanese al-La Party"). («حزب الخضر الألماني» reads word by word: German Green Party.)
  const known = nat === undefined || !p.nps.some((np) => np.translit) ? undefined : NAME_INDEX.match(keys[0]!, keys, 0);
  if (known && known.len === keys.length - 1 && known.value.type === "organization") return known.value.en;
  if (p.recognised === 0) return toEnglishName(ar);
  const out = affairsLast(render(p));
  return out === "" ? toEnglishName(ar) : out;
}

/**
 * «لشؤون X» reads "for X Affairs", as English names such offices ("Minister of State for Gulf Affairs", "Regional Delegate
 * for Women and Family Affairs"), not "for Affairs of X": up to the next preposition, the end or a second office.
 */
export function affairsLast(en: string): string {
  return en.replace(/\b(for|of) Affairs of (?:the )?(.+?)(?=, and | (?:in|at|of|to|for|from|on|with) |$)/g, (m, prep: string, what: string, at: number) =>
    // Not before «of» ("for Affairs of the Presidency of the Republic"): the phrase goes on.
    en.startsWith(" of ", at + m.length) ? m : `${prep} ${what.replace(/\bthe /g, "")} Affairs`,
  );
}

/**
 * The English of a quoted name made of two or more words the tables all know («"التضامن الفرنسي التونسي للصحة"»: French
 * Tunisian Solidarity for Health), composed like a body's name; undefined when one of them is a proper name («"الصادقون"»).
 */
export function describedName(toks: readonly Token[]): string | undefined {
  if (toks.length < 2 || !toks.every((t) => t.kind === "w" && isKnown(readClitic(t.key, t.raw).key))) return undefined;
  const out = translateOrg(toks.map((t) => t.raw).join(" "));
  return out === "" ? undefined : out;
}

/** Strips a clitic (و، ل، لل، ب، بال) when what remains is a known word or a definite noun. */
function readClitic(key: string, raw: string): { key: string; raw: string; clitic: "" | "and" | "for" | "in" } {
  const known = (k: string) => isKnown(k);
  if (key.length > 3 && key[0] === "و" && !known(key)) {
    const rest = key.slice(1);
    if (rest.startsWith("ال") || known(rest) || rest.startsWith("لل") || /^ب?ال/.test(rest)) {
      const inner = readClitic(rest, raw.slice(1));
      return { ...inner, clitic: "and" };
    }
  }
  // ل on a word that begins with ل ("للجنة" is ل + لجنة, "للاعب" ل + لاعب), before لل read as ل + the article.
  if (key.startsWith("لل") && key.length > 3 && !known(key) && !known("ال" + key.slice(2)) && known(key.slice(1))) return { ...readYa(key.slice(1), raw.slice(1)), clitic: "for" };
  if (key.startsWith("لل") && key.length > 3) return { ...readYa("ال" + key.slice(2), "ال" + raw.slice(2)), clitic: "for" };
  if (key[0] === "ل" && key.length > 3 && !known(key) && known(key.slice(1))) return { key: key.slice(1), raw: raw.slice(1), clitic: "for" };
  if (key.startsWith("بال") && key.length > 4 && !known(key)) return { ...readYa(key.slice(1), raw.slice(1)), clitic: "in" };
  // "ببن قردان", "ببئر علي": ب on the first word of a place name.
  if (key[0] === "ب" && key.length > 2 && !known(key) && PLACE_FIRST.has(key.slice(1))) return { key: key.slice(1), raw: raw.slice(1), clitic: "in" };
  // "بحزب", "بولاية", "بمكتب": ب on a known noun or name.
  if (key[0] === "ب" && key.length > 3 && !known(key) && known(key.slice(1))) return { key: key.slice(1), raw: raw.slice(1), clitic: "in" };
  return { ...readYa(key, raw), clitic: "" };
}

/** The rest of a word behind ل that reads as a noun: feminine in ة, a verbal noun's shape, or three letters. */
function lamNoun(rest: string, raw: string): boolean {
  return raw.endsWith("ة") || rest.length === 3 || commonWordShape(rest);
}

/**
 * A final ى written for ي ("المهنى", "الجمهورى") reads as the word in ي when `known` knows that one and not the
 * word as written (مستشفى keeps its ى). Returns the key to read.
 */
export function finalYa(key: string, known: (k: string) => boolean): string {
  if (!key.endsWith("ى") || known(key)) return key;
  const ya = `${key.slice(0, -1)}ي`;
  return known(ya) ? ya : key;
}

function readYa(key: string, raw: string): { key: string; raw: string } {
  const read = finalYa(key, isKnown);
  return read === key ? { key, raw } : { key: read, raw: `${raw.slice(0, -1)}ي` };
}

function isKnown(k: string): boolean {
  return TERMS.has(k) || NAME_INDEX.has(k) || ORG_HEAD.has(dropAl(k)) || ADJ.has(k) || ROLE_MODIFIERS.has(k) || nationalityOf(k) !== undefined;
}

/** Whether a folded key (with or without the article) is an organisation head noun (وزارة، نقابة، جمعية...). */
export function isOrgHead(key: string): boolean {
  return ORG_HEAD.has(dropAl(key));
}

function headAt(keys: readonly string[], i: number): { head: OrgHead; len: number } | undefined {
  const k = dropAl(keys[i]!);
  const two = i + 1 < keys.length ? ORG_HEAD_PHRASES.get(`${k} ${keys[i + 1]}`) : undefined;
  if (two) return { head: two, len: 2 };
  const h = ORG_HEAD.get(k);
  return h ? { head: h, len: 1 } : undefined;
}

function parse(toks: Token[], keys: string[], from: number): Parsed {
  const p: Parsed = { headAdjs: [], nps: [], recognised: 0 };
  let k = from;
  const h0 = headAt(keys, k);
  if (h0) {
    p.head = h0.head;
    p.definite = keys[k]!.startsWith("ال");
    p.recognised++;
    k += h0.len;
  }
  let link = "";
  const last = (): NP | undefined => p.nps[p.nps.length - 1];
  /** The noun phrase the last adjective went to, and that adjective's token. */
  let adjOf: NP | "head" | undefined;
  let adjAt = -1;
  while (k < toks.length) {
    const t = toks[k]!;
    if (isOpenQuote(t)) {
      let j = k + 1;
      while (j < toks.length && !isCloseQuote(toks[j])) j++;
      const inner = toks.slice(k + 1, j).map((x) => x.raw).join(" ");
      const lex = entryByKey(foldKey(inner));
      if (lex && lex.type === "organization" && p.nps.length === 0) {
        p.known = lex.en;
        return p;
      }
      // (A paper's or a channel's name is a title, kept as written: «صحيفة "القدس العربي"».)
      const described = p.head !== undefined && MEDIA.has(p.head.en) ? undefined : describedName(toks.slice(k + 1, j));
      const innerWords = toks.slice(k + 1, j).map((x) => x.raw);
      const acronym = acronymAt(innerWords, 0);
      const spelt = acronym?.len === innerWords.length ? acronym.en : undefined;
      const en = lex ? lex.en : spelt ?? described ?? lowerAl(transliterate(inner.replace(DIACRITICS_RE, "")));
      if (en) p.nps.push({ en, adjs: [], proper: true, quoted: true, link });
      p.recognised++;
      link = "";
      k = j + 1;
      continue;
    }
    if (t.kind !== "w") {
      k++;
      continue;
    }
    const prep = nameAfterPlaceWord(keys, k) ? undefined : PREP[t.key];
    if (prep !== undefined) {
      link = prep;
      k++;
      continue;
    }
    // و written apart from its word ("الشباب و الرياضة").
    if (t.key === "و") {
      link = "and";
      k++;
      continue;
    }
    let rd = readClitic(t.key, t.raw.replace(DIACRITICS_RE, ""));
    // After the head, an unknown word behind ل is ل + a noun ("المجلس الوطني لعمادة الأطباء": of the Order, not "Lamada"),
    // when the rest reads as one: a feminine noun, a verbal noun, or a bare three-letter noun («لزرع»).
    if (rd.clitic === "" && k > from && t.key[0] === "ل" && t.key.length >= 4 && !isKnown(t.key) && !t.key.startsWith("ال") && !FIRST_NAMES.has(t.key) && lamNoun(t.key.slice(1), t.raw)) {
      rd = { key: t.key.slice(1), raw: t.raw.replace(DIACRITICS_RE, "").slice(1), clitic: "for" };
    }
    const key = rd.key;
    if (rd.clitic) link = link && rd.clitic === "and" ? link : rd.clitic;
    // A second organisation: "حركة الشعب والتيار الشعبي".
    if (rd.clitic === "and" && p.head && k > from && headAt([key], 0)) {
      const sub = [...keys];
      sub[k] = key;
      const toks2 = [...toks];
      toks2[k] = { ...t, key, raw: rd.raw };
      const q = parse(toks2, sub, k);
      p.next = q.known ?? (q.recognised > 0 ? render(q) : transliterate(toks.slice(k).map((x) => x.raw).join(" ")));
      break;
    }
    // «اللجنة الاقتصادية التابعة للأمم المتحدة»: «التابعة ل» (belonging to) reads as the «of» of the ل after it.
    if (AFFILIATED.has(key) && keys[k + 1]?.startsWith("ل") === true) {
      k++;
      continue;
    }
    const ks = [key, ...keys.slice(k + 1)];
    const nat = nationalityOf(key);
    const multi = TERMS.match(key, ks, 0);
    // An adjective by its own entry wins over a one-word term (المركزية); by its masculine form only when no term matches (الصحفيين: Journalists).
    const direct = ADJ.has(key) || ROLE_MODIFIERS.has(key);
    // Right after a ministry, a word the term table knows is its portfolio ("وزارة المالية": the Ministry of Finance), and
    // so is one joined by و to a portfolio ("وزارة الاقتصاد والمالية": of Economy and Finance, not a Financial Ministry).
    const portfolio = multi !== undefined && (p.nps.length === 0 || rd.clitic === "and") && p.head?.en === "Ministry";
    const adj = nat === undefined && !portfolio && (direct || !multi) ? (adjectiveOf(key) ?? (multi ? undefined : nisbaOfPlace(key))) : undefined;
    if ((nat !== undefined || adj !== undefined) && !(multi && multi.len > 1)) {
      p.recognised++;
      const target = last();
      /** The adjectives of the noun the adjective just before went to, when this one joins them with و. */
      const joined = adj !== undefined && link === "and" && adjAt === k - 1 ? (adjOf === "head" ? p.headAdjs : adjOf?.adjs) : undefined;
      if (nat !== undefined && p.nat === undefined) p.nat = nat;
      // "المجلس التونسي الفرنسي": a second nationality right after the first, a joint body (Tunisian-French).
      else if (nat !== undefined && link === "" && k > from && p.nat !== undefined && nationalityOf(keys[k - 1]!) === p.nat && !p.nat.includes("-")) p.nat = `${p.nat}-${nat}`;
      // (An adjective behind و right after another of the same noun joins it: «للحقوق الاقتصادية والاجتماعية», for Economic
      // and Social Rights; a third makes a list: Sectoral, Regional and National.)
      else if (joined !== undefined && joined.length > 0) {
        joined[joined.length - 1] = `${joined[joined.length - 1]!.replace(" and ", ", ")} and ${adj}`;
        adjAt = k;
      }
      // (A masculine adjective after a feminine noun is the head's: «حزب العدالة والتنمية الحاكم», the ruling Justice and
      // Development Party.)
      else if (!target || target.proper || link === "and" || headAdjective(target, keys, k, from)) {
        p.headAdjs.push((nat ?? adj)!);
        adjOf = "head";
        adjAt = k;
      } else {
        target.adjs.push((nat ?? adj)!);
        adjOf = target;
        adjAt = k;
      }
      if (link === "and") link = "";
      k++;
      continue;
    }
    let term = TERMS.match(key, ks, 0);
    // A known name longer than the term it starts with is that name («اللجنة الدولية للصليب الأحمر», not «اللجنة»).
    const named = NAME_INDEX.match(key, ks, 0);
    const place = named && (!term || named.len > term.len) ? named : undefined;
    if (place) term = undefined;
    // A nested organisation ("كتلة حركة النهضة", "المجلس الرئاسي لحكومة الوفاق") is one phrase.
    // A definite word with a term is that term (الوحدة: Unity, not Unit); an indefinite head opens a genitive.
    const inner = (term && (term.len > 1 || key.startsWith("ال"))) || place || k === from ? undefined : headAt(ks, 0);
    if (inner) term = undefined;
    if (inner) {
      const rest = [rd.raw, ...toks.slice(k + 1).map((x) => x.raw)].join(" ");
      const lex = entryByKey(foldKey(rest.replace(QUOTES_RE, " ")));
      const toks2 = [...toks];
      toks2[k] = { ...t, key, raw: rd.raw };
      const q = lex ? undefined : parse(toks2, [...keys.slice(0, k), key, ...keys.slice(k + 1)], k);
      // Where the whole is ("كتلة حركة النهضة بالبرلمان", "نقابة قوات الأمن الداخلي بالقصرين"): the bloc is in parliament,
      // not the movement. Only after a name or before a place: «جمعية النهوض بالبيئة» promotes the environment.
      const where: NP[] = [];
      // (Also right after the inner body's own head and adjectives: «حزب التيار الديمقراطي بمجلس نواب الشعب» is the
      // Democratic Current Party in the Assembly.)
      while (q && !q.known && !q.next && (q.nps.length > 1 || (q.head !== undefined && q.nps.length === 1))) {
        const at = q.nps[q.nps.length - 1]!;
        const before = q.nps[q.nps.length - 2];
        // (Right after the head, a named body: "the Assembly of …", not a common noun.)
        const named = at.proper || (before === undefined ? /^the [A-Z]/.test(at.en) : before.proper);
        if (at.link !== "in" || !named) break;
        where.unshift(q.nps.pop()!);
      }
      const en = lex ? withArticle({ en: stripThe(lex.en), type: lex.type }) : q!.known ?? `the ${render(q!)}`;
      const np: NP = { en, adjs: [], proper: true, link };
      if (q && !q.known) np.sub = q;
      p.nps.push(np, ...where);
      p.recognised++;
      if (q?.next) p.next = q.next;
      break;
    }
    if (term) {
      const np: NP = { en: term.value, adjs: [], proper: false, link };
      const at = term.len === 1 ? ATTRIBUTIVE.get(key) : undefined;
      if (at) np.attrib = at;
      p.nps.push(np);
      k += term.len;
    } else if (place) {
      p.nps.push({ en: withArticle(place.value), adjs: [], proper: true, link, ...(place.value.type === "organization" ? { brand: true } : {}) });
      k += place.len;
    } else {
      // Letters spelt out by their names («قناة بي إف إم»: BFM).
      const acronym = rd.clitic ? undefined : acronymAt(toks.map((x) => x.raw), k);
      if (acronym) {
        p.nps.push({ en: acronym.en, adjs: [], proper: true, link });
        k += acronym.len;
        p.recognised++;
        link = "";
        continue;
      }
      // Proper-name words: consecutive unknown words make one name.
      const prev = last();
      // A known person's family name after a government or an era keeps its spelling ("حكومة الصيد": the Essid
      // government; but "للفلاحة والصيد" is fishing).
      const family = rd.clitic ? undefined : familyNameEn(rd.key, keys[k - 1]);
      const en = family ?? lowerAl(transliterate(rd.raw));
      if (prev && prev.translit && link === "" && !rd.clitic && prev.en.startsWith("al-") === en.startsWith("al-")) prev.en += ` ${en}`;
      else p.nps.push({ en, adjs: [], proper: false, translit: true, link });
      k++;
      link = "";
      continue;
    }
    p.recognised++;
    link = "";
  }
  return p;
}

/**
 * Whether the masculine adjective at `k` follows a feminine noun (or another such adjective), and so is the head's: «حزب
 * العدالة والتنمية (الإسلامي) الحاكم», the ruling (Islamic) Justice and Development Party. Not after a name spelt out.
 */
function headAdjective(target: NP, keys: readonly string[], k: number, from: number): boolean {
  if (target.translit || /(ه|ا|ى|ين|ون|ات)$/.test(keys[k]!)) return false;
  let j = k - 1;
  while (j > from && keys[j]!.startsWith("ال") && keys[j]!.endsWith("ي")) j--;
  return /ه$/.test(keys[j]!);
}

/** Heads that only say what kind of outlet a name is («صحيفة الغارديان البريطانية» is The Guardian). */
const OUTLET_HEADS = new Set(["newspaper", "channel", "magazine", "radio", "website", "Network"]);

function render(p: Parsed, attributive = false): string {
  const words: string[] = [];
  const head = p.head;
  // An outlet the lexicon knows by name is that name, whatever the article says it is and where it is from.
  const only = p.nps[0];
  if (head && OUTLET_HEADS.has(head.en) && p.nps.length === 1 && only!.brand && only!.link === "" && p.headAdjs.length === 0) {
    return only!.en;
  }
  // "الجامعة الجهوية للنزل": with an adjective or a sector, a definite head with a national form is that (a federation).
  const natHead = p.definite === true && head?.natEn !== undefined && (p.nat !== undefined || p.headAdjs.length > 0 || p.nps.some((np) => np.link === "for"));
  const headEn = head ? (natHead ? head.natEn : head.en) : undefined;
  const post = head?.link === "post" || natHead || attributive;
  if (p.nat) words.push(p.nat);
  words.push(...[...p.headAdjs].reverse());
  let nps = p.nps;
  if (!head) {
    // No head noun: the first phrase heads ("البرلمان العراقي" → Iraqi Parliament).
    const first = nps[0];
    if (first) {
      words.push(npText(first, true));
      nps = nps.slice(1);
    }
  } else {
    // Quoted names and, after a "post" head, the genitive chain go before the head.
    let n = 0;
    const chain: string[] = [];
    while (n < nps.length) {
      const np = nps[n]!;
      const linked = np.link === "" || (np.link === "and" && n > 0);
      if (!linked || !(np.quoted || post)) break;
      if (np.link === "and") chain.push("and");
      chain.push(npText(np, true));
      n++;
    }
    // A genitive chain of known terms reads backwards as an English compound: "نقابة أعوان الديوانة" is the Customs Staff
    // Union (names and transliterations keep their order).
    if (n >= 2 && chain.length === n && nps.slice(0, n).every((np) => np.link === "" && !np.quoted && !np.proper && !np.translit)) chain.reverse();
    words.push(...chain, headEn!);
    nps = nps.slice(n);
  }
  for (let n = 0; n < nps.length; n++) {
    const np = nps[n]!;
    const text = npText(np, false);
    // "A and B and C" → "A, B and C".
    if (np.link === "and" && nps[n + 1]?.link === "and") {
      words[words.length - 1] += ",";
      words.push(text);
      continue;
    }
    if (np.link === "") {
      words.push(`of ${text}`);
    } else if (np.link === "for") {
      // "الجامعة التونسية للتنس" → Tunisian Tennis Federation.
      if (natHead && n === 0 && !np.proper && !np.translit && words[words.length - 1] === headEn) words.splice(words.length - 1, 0, npText(np, true));
      else words.push(np.proper || text.startsWith("the ") ? `of ${text}` : `for ${text}`);
    } else words.push(`${np.link} ${text}`);
  }
  let out = words.filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
  if (p.next) out += ` and ${p.next.replace(/^The /, "the ")}`;
  return out;
}

/** A noun phrase in English: adjectives (reversed) before the noun, after its "the". */
function npText(np: NP, attributive: boolean): string {
  let en = np.en;
  if (attributive) en = np.sub ? render(np.sub, true) : np.attrib ?? stripThe(en);
  const adjs = [...np.adjs].reverse().join(" ");
  if (!adjs) return en;
  return en.startsWith("the ") ? `the ${adjs} ${en.slice(4)}` : `${adjs} ${en}`;
}

/** English of a place name: lexicon parts, geographic words, else transliteration with al- handling. */
export function translatePlace(ar: string): string {
  const raws = ar.replace(QUOTES_RE, " ").replace(DIACRITICS_RE, "").split(/\s+/).filter(Boolean);
  const keys = raws.map(foldKey);
  const pre: string[] = [];
  const post: string[] = [];
  const body: string[] = [];
  let k = 0;
  while (k < keys.length) {
    const key = keys[k]!;
    const g = GEO.get(key) ?? GEO.get(dropAl(key));
    if (g && k < keys.length - 1 && g.pos === "pre") {
      body.push(g.en);
      k++;
      continue;
    }
    if (g && g.pos === "post" && (k === 0 || k === keys.length - 1) && keys.length > 1) {
      post.push(g.en);
      k++;
      continue;
    }
    const m = NAME_INDEX.match(key, keys, k);
    if (m && m.value.type !== "person") {
      body.push(stripThe(m.value.en));
      k += m.len;
      continue;
    }
    const nat = nationalityOf(key);
    const adj = k > 0 && body.length > 0 ? (nat ?? adjectiveOf(key)) : undefined;
    if (adj !== undefined) {
      // "جنوب لبنان" is pre-posed by its geographic word; a nationality goes first, other adjectives after.
      if (nat !== undefined) pre.push(adj);
      else post.unshift(adj);
      k++;
      continue;
    }
    body.push(lowerAl(transliterate(raws[k]!)));
    k++;
  }
  const out = [...pre, ...body, ...post].join(" ").replace(/\s+/g, " ").trim();
  return out.startsWith("al-") ? "Al-" + out.slice(3) : out;
}

function stripThe(s: string): string {
  return s.startsWith("the ") ? s.slice(4) : s;
}

function cap(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** Inside a composed name "al-" stays lower case ("al-Sadiqoun bloc"). */
function lowerAl(s: string): string {
  return s.replace(/^Al-/, "al-");
}
