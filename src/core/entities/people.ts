/**
 * People in one sentence: role triggers + name ("وزير الدفاع العراقي، ثابت العباسي"), apposition
 * ("علاء فاروق، وزير الزراعة"), speech verbs + name ("قال X إن"), known first names ("لطفي عاشور"),
 * lexicon full forms ("جو بايدن"). Surname-only references are added later by the article pass.
 */
import type { Token } from "./tokenize.ts";
import { foldKey, tokReadings, stripSurface } from "./tokenize.ts";
import { CONJOINED_SPEECH_VERBS, FIRST_NAMES, INNER_NAME_PAIRS, NAME_INDEX, NATIONALITY, NAME_PARTICLES, SPEECH_PARTICIPLES, SPEECH_VERBS, STOP, AMBIGUOUS_FIRST, VENUE_HONORIFICS, VENUES, VERBS, compoundFirstNameAt, dropAl } from "./lexicon.ts";
import { BASM, HARD_STOP, isArabicWord, isComma, isOpenQuote, isVenueWord, lexiconSpanAt, nationalityOf, roleHeadAt, scanComplement } from "./phrase.ts";
import { matchRole, roleText, titleAt } from "./roles.ts";
import { IN_ITS_NAME, NISBA_RAW, commonWordShape, extendDefiniteSurname, feminineDualPhraseAt, listedNameSplit, loneNisbaSpeaker, notALoneName, nounPhraseAt, plainFirstName, saidBySurname, scanFirstNameStart, scanName, startsName, verbShape } from "./names.ts";
import type { NameScan, NameScanOptions } from "./names.ts";
import type { SentenceWork, WorkMention } from "./work.ts";
import { F_FIRST, F_HEAD, F_LEX, F_NATION, F_PEOPLE, F_SPEECH, ORG_HEADS_DEFINITE, tokFlags } from "./flags.ts";
import { appointedAs } from "./appointments.ts";
import { counterpartOffices } from "./counterparts.ts";
import { REGNAL_NUMERALS } from "./transliterate.ts";
import type { RoleMatch } from "./roles.ts";

const COMPLEMENTIZERS = new Set(["ان", "انه", "انها", "انهم", "بان", "بانه", "لان"]);
const AFTER_SPEAKER = new Set(["ان", "انه", "انها", "انهم", "بان", "بانه", "في", "خلال", "الي", "علي", "عن", "لـ", "ل", "امام", "لدي", "يوم"]);

/** A verb, of saying or another, behind و/ف or not. */
export function verbToken(t: Token): boolean {
  return VERBS.has(t.key.replace(/^[وف]/, "")) || speechVerbKey(t) !== undefined;
}

/** Is the token a speech verb (with و/ف clitics)? Returns the bare verb key. */
export function speechVerbKey(t: Token | undefined): string | undefined {
  if (!t || t.kind !== "w" || !(tokFlags(t) & F_SPEECH)) return undefined;
  for (const r of tokReadings(t)) {
    if (r.restoredAl || (r.strip === 0 && CONJOINED_SPEECH_VERBS.has(r.key))) continue;
    // A participle behind ب or ل is a verbal noun after a preposition: «بمتابعة عمليات البيع» (with the monitoring of),
    // not «متابعة» (she went on).
    if (r.strip > 0 && (t.key[0] === "ب" || t.key[0] === "ل") && SPEECH_PARTICIPLES.has(r.key)) continue;
    if (SPEECH_VERBS.has(r.key)) return r.key;
  }
  return undefined;
}

function makeMention(w: SentenceWork, scan: NameScan, extra: Partial<WorkMention> = {}): WorkMention {
  const first = w.toks[scan.start]!;
  const last = w.toks[scan.end - 1]!;
  let start = first.start;
  if (scan.firstStrip > 0) {
    const reading = tokReadings(first).find((r) => r.strip === scan.firstStrip && !r.restoredAl);
    if (reading) start = stripSurface(first, reading).start;
  }
  return { type: "person", surface: w.text.slice(start, last.end), start, end: last.end, t0: scan.start, t1: scan.end, ...extra };
}

/** Lexicon person at `i` (clitics allowed on the first token). */
function lexiconPerson(w: SentenceWork, i: number): WorkMention | undefined {
  const t = w.toks[i];
  if (!isArabicWord(t)) return undefined;
  for (const r of tokReadings(t)) {
    const m = NAME_INDEX.match(r.key, w.keys, i);
    if (!m || m.value.type !== "person") continue;
    const s = stripSurface(t, r);
    const last = w.toks[i + m.len - 1]!;
    const mention: WorkMention = { type: "person", surface: w.text.slice(s.start, last.end), start: s.start, end: last.end, t0: i, t1: i + m.len, lexId: m.value.id };
    if (m.value.gender) mention.gender = m.value.gender;
    return mention;
  }
  return undefined;
}

/** A name after a role: extends to a lexicon full form when one starts there. */
function nameAfter(w: SentenceWork, j: number, opt: NameScanOptions): WorkMention | undefined {
  const lex = lexiconPerson(w, j);
  // A noun and its adjective after a role ("الفنان تعبيرات جديدة"; in the feminine dual, "الفريق حصتين تدريبيتين") is
  // its object, not a name.
  if (!lex && (nounPhraseAt(w.toks, j, opt) || feminineDualPhraseAt(w.toks, j, opt))) return undefined;
  const scan = scanName(w.toks, w.keys, j, opt);
  if (scan) scan.end = extendDefiniteSurname(w.toks, w.keys, scan, true);
  // «المتحدث … اللواء يحيى رسول، الأحد، أن»: the office vouches for a family name that is also a common noun.
  if (scan && scan.end === j + 1 && saidBySurname(w.toks, w.keys, j)) scan.end = j + 2;
  if (!scan && !lex && foreignInaName(w, j)) return makeMention(w, { start: j, end: j + 2, firstStrip: 0 });
  // Prefer the lexicon form unless the scanned name goes on with a particle or a known name token
  // ("محمد بن سلمان آل سعود"): "باراك أوباما ارتدى" ends at the lexicon's full form.
  if (lex && (!scan || scan.end <= lex.t1 || !(NAME_PARTICLES.has(w.keys[lex.t1]!) || opt.isNameToken?.(w.keys[lex.t1]!)))) return lex;
  return scan ? makeMention(w, scan) : undefined;
}

/**
 * «وقالت المديرة العامة للصندوق كريستالينا غورغييفا إن»: after an office or a verb of saying, a foreign first name in
 * «ـينا» (Kristalina, Katarina, Marina), which reads like a word with the pronoun «نا» (our), and a family name that a
 * speaker's boundary closes are a name: the office or the verb vouches for it.
 */
function foreignInaName(w: SentenceWork, j: number): boolean {
  const first = w.toks[j];
  const family = w.toks[j + 1];
  if (!isArabicWord(first) || !isArabicWord(family) || !/^[\u0621-\u064A]{2,}ينا$/.test(first.raw) || !/^[\u0621-\u064A]{3,}$/.test(family.raw)) return false;
  if (STOP.has(first.key) || HARD_STOP.has(first.key) || STOP.has(family.key) || HARD_STOP.has(family.key) || family.key.startsWith("ال")) return false;
  return speakerBoundary(w, j + 2);
}

/**
 * After a rank, a first name spelt like a verbal noun («تحسين», «إحسان», «تيسير») and a nisba family name: "اللواء تحسين
 * الخفاجي". Elsewhere such a word is the noun ("تحسين الأوضاع"), so only a rank vouches for it.
 */
function rankedName(w: SentenceWork, j: number): WorkMention | undefined {
  const t = w.toks[j];
  const family = w.keys[j + 1] ?? "";
  if (!isArabicWord(t) || !/^[تاإأ]/.test(t.raw) || !commonWordShape(t.key) || STOP.has(t.key) || HARD_STOP.has(t.key)) return undefined;
  if (!(family.startsWith("ال") && family.endsWith("ي") && family.length > 4) || nationalityOf(family) !== undefined || !isArabicWord(w.toks[j + 1])) return undefined;
  return makeMention(w, { start: j, end: j + 2, firstStrip: 0 });
}

/** «ما», «كما», «حسبما», «وفق ما»: what opens a relative clause of speech ("حسب ما أفاد به X"). */
const RELATIVE_MA = new Set(["ما", "كما", "حسبما", "بحسبما", "وفقما", "مثلما"]);
/** The verb's resumptive pronoun in such a clause: «به», «عنه» (and their feminine). */
const RESUMPTIVE = new Set(["به", "بها", "عنه", "عنها"]);

/** Where a speech verb's subject starts: after its resumptive «به» in a relative clause («ما صرح به X»), else right after it. */
function speakerStart(w: SentenceWork, i: number): number {
  return RELATIVE_MA.has(w.keys[i - 1] ?? "") && RESUMPTIVE.has(w.keys[i + 1] ?? "") ? i + 2 : i + 1;
}

/** Does what follows a speech-verb name look like the end of a speaker phrase? */
function speakerBoundary(w: SentenceWork, k: number): boolean {
  const t = w.toks[k];
  if (!t) return true;
  if (t.kind === "p") return t.raw === ":" || isComma(t) || isOpenQuote(t);
  // An apposition of a profession: "وأكدت X طبيبة مشرفة على المركز".
  return AFTER_SPEAKER.has(t.key) || COMPLEMENTIZERS.has(t.key) || HARD_STOP.has(t.key) || nounPhraseAt(w.toks, k);
}

/**
 * An office in apposition after a speaker's name of two words or more: a definite office head bare of clitics and a
 * word of the office after it ("صرح به X الناطق الرسمي باسم الحركة", "أكد X المدير العام للديوان"). After a first name
 * alone such a word is as often the family name ("بسام الوكيل", "توفيق القايد", "سامية القاضي").
 */
function officeAfterName(w: SentenceWork, scan: NameScan): boolean {
  const k = scan.end;
  if (scan.end - scan.start < 2 || (compoundFirstNameAt(w.keys, scan.start) && scan.end - scan.start < 3)) return false;
  if (!(w.keys[k]?.startsWith("ال") === true && roleHeadAt(w.keys, k) && isArabicWord(w.toks[k + 1]))) return false;
  // (A rank that is also a common noun is no office here: "يؤكد خلاله إنسحاب الفريق السيراليوني" is the team's.)
  if (matchRole(w.toks, w.keys, k)?.head.needsName === true) return false;
  // Name words are letters, none with a pronoun ("خلاله").
  for (let j = scan.start; j < scan.end; j++) if (!/^[\u0621-\u064A]+$/.test(w.toks[j]!.raw) || /[^ة]ه$/.test(w.toks[j]!.raw)) return false;
  return true;
}

/**
 * Is the head at `i` really a role? Not inside a name ("عبد الملك سلال": الملك after عبد; "حافظ قائد السبسي": قائد
 * inside a known name) and not an adjective of a definite organisation ("الهيئة المديرة للنادي").
 */
function roleInContext(w: SentenceWork, role: RoleMatch): boolean {
  if (INNER_NAME_PAIRS.has(`${w.keys[role.start]} ${w.keys[role.start + 1]}`)) return false;
  const prev = w.toks[role.start - 1];
  if (!prev || prev.kind !== "w") return true;
  if (NAME_PARTICLES.has(prev.key)) return false;
  if (role.definite && tokReadings(prev).some((r) => ORG_HEADS_DEFINITE.has(r.key))) return false;
  return true;
}

/**
 * A woman's kinship noun before an office ("شقيقة الرئيس الأسبق", "ابنة الرئيس الأمريكي"). The name after it is most
 * often the office holder's ("ابنة الرئيس الأسبق بيل كلينتون"); when it is a woman's ("شقيقة الرئيس الأسبق نعيمة بن
 * علي", "ابنة الرئيس الأمريكي إيفانكا ترامب") it is the relative's, and the office is not hers.
 */
const WOMAN_KIN = new Set(["شقيقة", "أخت", "زوجة", "حرم", "أرملة", "ابنة", "بنت", "نجلة", "والدة", "حفيدة", "قريبة"].map(foldKey));

function relativeOfOffice(w: SentenceWork, role: RoleMatch, person: WorkMention): boolean {
  const prev = w.toks[role.start - 1];
  if (!prev || prev.kind !== "w" || !tokReadings(prev).some((r) => WOMAN_KIN.has(r.key))) return false;
  // A woman's first name: ة, ى or ا at its end (نعيمة، ليلى، إيفانكا).
  return /[ةىا]$/.test(w.toks[person.t0]?.raw ?? "");
}

/**
 * "نائب مدير سكوتلاند يارد، مارك رولي": an indefinite head is in construct with what follows, so one to
 * three unknown words before a comma and a name are the organisation or place of the role, not a person.
 * Returns the new end of the role.
 */
function constructGenitive(w: SentenceWork, role: RoleMatch, opt: NameScanOptions): number {
  if (role.definite || role.head.kind === "title" || role.head.fixed === true) return role.end;
  const g = scanName(w.toks, w.keys, role.end, { ...opt, maxTokens: 3 });
  if (!g) return role.end;
  // "مهاجم برشلونة لويس سواريز": one word no list knows between a bare head and a first name is the head's genitive
  // (the club, the town), and the name starts at the first name. (Not after a head that ends in a definite genitive: «نائب
  // رئيس مجلس النواب شاخوان عبد الله» names the deputy speaker.)
  const k0 = w.keys[g.start]!;
  if (role.end === role.headEnd && !/^(ال|لل)/.test(w.keys[role.end - 1]!) && g.end - g.start >= 3 && !FIRST_NAMES.has(k0) && !AMBIGUOUS_FIRST.has(k0) && opt.isNameToken?.(k0) !== true && (plainFirstName(w.keys[g.start + 1]) || compoundFirstNameAt(w.keys, g.start + 1))) {
    return g.start + 1;
  }
  if (w.keys.slice(g.start, g.end).some((k) => FIRST_NAMES.has(k) && !AMBIGUOUS_FIRST.has(k))) return role.end;
  if (compoundFirstNameAt(w.keys, g.start)) return role.end;
  // "حسن الزروقوني مدير عام سيغما كونساي": a bare indefinite head in apposition to the name before it is that person's
  // role; the words after it are where they work.
  if (role.end === role.headEnd && g.end - g.start <= 2 && w.mentions.some((m) => m.type === "person" && m.t1 === role.start)) {
    // With the genitives of the words ("وزير تكنولوجيات الاتصال والاقتصاد الرقمي", "مهاجم ريال مدريد").
    return Math.max(g.end, scanComplement(w.toks, w.keys, g.end, { ...opt, afterConstruct: true }));
  }
  if (!isComma(w.toks[g.end])) return role.end;
  const after = scanName(w.toks, w.keys, g.end + 1, opt);
  if (!after) return role.end;
  const known = after.end - after.start >= 2 || FIRST_NAMES.has(w.keys[after.start]!) || lexiconPerson(w, after.start) !== undefined;
  return known ? g.end : role.end;
}

/** Finds people in one sentence; appends to `w.mentions` and `w.roleAnaphors`. */
export function findPeople(w: SentenceWork, opt: NameScanOptions): void {
  const before = w.mentions.length;
  scanPeople(w, opt);
  kunyaBefore(w, before);
  appointedAs(w, before);
  quotedAfterNationality(w);
  nameAfterNationality(w, opt);
  counterpartOffices(w, before);
  splitListedNames(w, before);
  ambiguousNamesInLists(w, before);
  // Places and venues named after people ("نهج محمد علي", "ملعب الطيب المهيري", "سيدي علي بن عون").
  for (let k = w.mentions.length - 1; k >= before; k--) {
    const m = w.mentions[k]!;
    // (A known person too, after an honorific: «مؤسسة الشهيد شكري بلعيد» is a foundation.)
    if (m.type !== "person" || (m.lexId && !VENUE_HONORIFICS.has(w.keys[m.t0 - 1] ?? "")) || !venueName(w, m.t0)) continue;
    // «مدير مستشفى فرحات حشاد لطفي بوبكر»: the venue's namesake, then the person the sentence names (its director).
    const cut = m.lexId || m.t1 - m.t0 < 4 ? undefined : listedNameSplit(w.keys, m.t0, m.t1);
    const tail = cut === undefined ? undefined : w.toks[cut]!;
    if (cut !== undefined && tail !== undefined) {
      w.mentions.splice(k, 1, { type: "person", surface: w.text.slice(tail.start, m.end), start: tail.start, end: m.end, t0: cut, t1: m.t1 });
    } else w.mentions.splice(k, 1);
    // After an honorific the namesake is plainly a person ("ساحة الشهيد شكري بلعيد"): later references to
    // the surname are to them. Other venue names are often saints or old names of places (سيدي، نهج).
    if (VENUE_HONORIFICS.has(w.keys[m.t0 - 1] ?? "")) w.namesakes.push(m);
  }
}

/** «أبو» written alone: a kunya's first word. (Not «أم»: as often «or», or the M of «إف إم».) */
const ABU = foldKey("أبو");

/**
 * «هيئة تحرير الشام التي يتزعمها أبو محمد الجولاني»: a name of a first name and a nisba found right after «أبو» (which
 * starts no name on its own) is a kunya, and the name is the whole of it: Abu Mohammed al-Jolani.
 */
function kunyaBefore(w: SentenceWork, before: number): void {
  const { toks, keys } = w;
  for (let k = before; k < w.mentions.length; k++) {
    const m = w.mentions[k]!;
    const kunya = toks[m.t0 - 1];
    if (m.type !== "person" || m.lexId || kunya === undefined || kunya.key !== ABU || m.t1 - m.t0 !== 2) continue;
    if (!FIRST_NAMES.has(keys[m.t0]!) || !NISBA_RAW.test(toks[m.t1 - 1]!.raw) || nationalityOf(keys[m.t1 - 1]!) !== undefined) continue;
    if (w.mentions.some((o) => o !== m && o.t0 <= m.t0 - 1 && m.t0 - 1 < o.t1)) continue;
    m.t0--;
    m.start = kunya.start;
    m.surface = w.text.slice(m.start, m.end);
  }
}

/**
 * «خلفا للسويسري مارسيل كولر الذي رحل», «وقال الفرنسي هيرفي رونار إن»: a nationality standing for a person, then a name
 * of two words or more that a clause boundary closes, is that person, though no list knows the first name. The
 * nationality stands alone: behind a preposition or و, or after a verb, a particle, a verbal noun («إقالة التونسي …»), a
 * noun with a pronoun («مدربهم الإسباني …») or punctuation; after any other word it describes that word («بنفيكا
 * البرتغالي», «مقاطعة هوبي الصينية»). Each word of the name is letters only, none a preposition's or a pronoun's.
 */
function nameAfterNationality(w: SentenceWork, opt: NameScanOptions): void {
  const { toks, keys } = w;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    if (!(tokFlags(t) & F_NATION)) continue;
    const k = t.key;
    // A singular nationality, definite, bare or behind و، ب or ل (not a plural: «التونسيون»).
    const bare = k.startsWith("ال") ? k : k.startsWith("لل") ? `ال${k.slice(2)}` : (k[0] === "و" || k[0] === "ب") && k.startsWith("ال", 1) ? k.slice(1) : undefined;
    if (bare === undefined || !NATIONALITY.has(bare) || /(ون|ين|ات)$/.test(bare)) continue;
    const prev = toks[i - 1];
    const alone =
      bare !== k || prev === undefined || prev.kind === "p" || HARD_STOP.has(prev.key) || verbToken(prev) ||
      (!prev.key.startsWith("ال") && (commonWordShape(prev.key) || /(ه|هم|ها)$/.test(prev.raw)));
    if (!alone) continue;
    let scan = scanName(toks, keys, i + 1, opt);
    // «مع نظيره السوري فيصل المقداد في عمّان»: a first name and a definite family name that a clause boundary closes.
    if (scan && scan.end - scan.start === 1) scan = { ...scan, end: extendDefiniteSurname(toks, keys, scan) };
    if (!scan || scan.start !== i + 1 || scan.end - scan.start < 2 || !(loneNameBoundary(w, scan.end) || HARD_STOP.has(keys[scan.end] ?? ""))) continue;
    let plain = true;
    for (let k = scan.start; k < scan.end && plain; k++) {
      const word = toks[k]!;
      plain = /^[\u0621-\u064A]+$/.test(word.raw) && (FIRST_NAMES.has(word.key) || (!/^[بلوف]/.test(word.key) && !/[^ة]ه$/.test(word.raw)));
    }
    if (!plain) continue;
    if (w.mentions.some((m) => m.t0 < scan.end && scan.start < m.t1)) continue;
    w.mentions.push(makeMention(w, scan, bare.endsWith("ه") ? { gender: "f" } : {}));
    i = scan.end;
  }
}

/** Words of a name set in quotation marks after a nationality, at most. */
const QUOTED_NAME_WORDS = 3;

/**
 * «ويشارك المغربي "هشام العسري"», «لقي السويسري "أولي ستيك" مصرعه»: a nationality standing for a person (not after a
 * definite noun it describes: «للفيلم التونسي "زهرة حلب"» is a film) and a name of two or three words in quotation
 * marks after it are that person, whatever the name's words.
 */
function quotedAfterNationality(w: SentenceWork): void {
  const { toks, keys } = w;
  for (let i = 0; i + 3 < toks.length; i++) {
    const t = toks[i]!;
    // (One person: not a plural, «ما اعتبره الليبيون "غيابا للأمن"».)
    if (!isOpenQuote(toks[i + 1]) || !isArabicWord(t) || !t.key.startsWith("ال") || /(ون|ين|ات)$/.test(t.key) || nationalityOf(t.key) === undefined) continue;
    const prev = toks[i - 1];
    // (After a definite noun or a body's head the nationality describes it: «للفيلم التونسي», «معهد غوتة الألماني».)
    if (prev !== undefined && prev.kind !== "p" && (/^([وفبلك]?ال|لل)/.test(prev.key) || ORG_HEADS_DEFINITE.has(prev.key) || roleHeadAt(keys, i - 1))) continue;
    let close = i + 2;
    while (close < toks.length && close - (i + 2) <= QUOTED_NAME_WORDS && isArabicWord(toks[close]) && !STOP.has(keys[close]!) && !HARD_STOP.has(keys[close]!)) close++;
    const words = close - (i + 2);
    if (words < 2 || words > QUOTED_NAME_WORDS || toks[close]?.kind !== "p" || !/^["”»]$/.test(toks[close]!.raw)) continue;
    if (w.mentions.some((m) => m.t0 < close && i + 2 < m.t1)) continue;
    w.mentions.push(makeMention(w, { start: i + 2, end: close, firstStrip: 0 }));
    i = close;
  }
}

/**
 * «وخميّس قسيلة والناصر شويخ وفوزي معاوية»: a first name that is also a common word (الناصر، رضا، جمال) and one more
 * word, between two names of a list (joined by و or commas), is the list's next name.
 */
function ambiguousNamesInLists(w: SentenceWork, from: number): void {
  const { toks, keys } = w;
  const people = w.mentions.slice(from).filter((m) => m.type === "person");
  if (people.length < 2) return;
  for (const left of people) {
    let i = left.t1;
    const comma = isComma(toks[i]);
    if (comma) i++;
    const t = toks[i];
    if (!isArabicWord(t)) continue;
    const strip = comma ? 0 : 1;
    if (!tokReadings(t).some((r) => r.strip === strip && !r.restoredAl && AMBIGUOUS_FIRST.has(r.key) && (strip === 0 || t.key[0] === "و"))) continue;
    const family = toks[i + 1];
    if (!isArabicWord(family) || family.key.length < 3 || /^[وبلف]/.test(family.key) || STOP.has(family.key) || HARD_STOP.has(family.key) || VERBS.has(family.key)) continue;
    if (roleHeadAt(keys, i + 1) || nationalityOf(family.key) !== undefined) continue;
    // The list goes on: the next name right after, behind و or a comma like this one.
    const next = i + 2 + (comma && isComma(toks[i + 2]) ? 1 : 0);
    const right = people.find((m) => m.t0 === next);
    if (right === undefined || (!comma && keys[next]![0] !== "و") || w.mentions.some((m) => m.t0 < i + 2 && i < m.t1)) continue;
    w.mentions.push(makeMention(w, { start: i, end: i + 2, firstStrip: strip }));
  }
}

/**
 * Names in a list without commas (a person mention right before or after, nothing between): a long one that holds
 * two ("اسامة عويدات فتحي بلحاج") is cut in two (listedNameSplit).
 */
function splitListedNames(w: SentenceWork, from: number): void {
  const people = w.mentions.slice(from).filter((m) => m.type === "person");
  // Most sentences have no name of four words: nothing to look at (this runs for every sentence).
  if (!people.some((m) => m.t1 - m.t0 >= 4)) return;
  const adjacent = (m: WorkMention) => people.some((o) => o.t1 === m.t0 || o.t0 === m.t1);
  for (let k = w.mentions.length - 1; k >= from; k--) {
    const m = w.mentions[k]!;
    if (m.type !== "person" || m.lexId || m.role || m.t1 - m.t0 < 4 || !adjacent(m)) continue;
    const cut = listedNameSplit(w.keys, m.t0, m.t1);
    if (cut === undefined) continue;
    const head = w.toks[cut - 1]!;
    const tail = w.toks[cut]!;
    w.mentions.splice(k, 1,
      { ...m, surface: w.text.slice(m.start, head.end), end: head.end, t1: cut },
      { type: "person", surface: w.text.slice(tail.start, m.end), start: tail.start, end: m.end, t0: cut, t1: m.t1 });
  }
}

/**
 * Is the name at token `t0` the name of a place or venue: a venue word as its first word, before it, or before
 * an honorific before it ("حي السلطان أحمد", "مستشفى الملك فيصل")?
 */
function venueName(w: SentenceWork, t0: number): boolean {
  if (VENUES.has(w.keys[t0]!)) return true;
  if (isVenueWord(w.toks[t0 - 1])) return true;
  const prev = w.toks[t0 - 1];
  if (prev !== undefined && VENUE_HONORIFICS.has(prev.key) && isVenueWord(w.toks[t0 - 2])) return true;
  // A name in quotation marks after a venue, or a venue and its adjective: «المدرسة الاعدادية "فرحات حشاد"».
  // (Not a venue an office governs: «عمدة المدينة "دافيد ليسنارد"» is the mayor.)
  if (isOpenQuote(prev)) {
    const before = w.toks[t0 - 2];
    if (isVenueWord(before, true) && !roleHeadAt(w.keys, t0 - 3)) return true;
    if (before?.kind === "w" && before.key.startsWith("ال") && isVenueWord(w.toks[t0 - 3], true) && !roleHeadAt(w.keys, t0 - 4)) return true;
  }
  // "مستشفى الأطفال البشير حمزة", "مستشفى الحروق البليغة ببن عروس": a venue and what it serves, then the namesake.
  // (Not an office: "عن طريق اللاعب حمزة المثلوثي" is "through the player".)
  // (Not a known body: "لاعب الملعب القابسي خلدون منصور" plays for Stade Gabèsien.)
  return (
    prev !== undefined &&
    prev.kind === "w" &&
    prev.key.startsWith("ال") &&
    nationalityOf(prev.key) === undefined &&
    !roleHeadAt(w.keys, t0 - 1) &&
    isVenueWord(w.toks[t0 - 2], /يه?$/.test(prev.key)) &&
    lexiconSpanAt(w.toks, w.keys, t0 - 2, ["organization"]) !== 2
  );
}

/** Gives a person the office after the name; a rank or an honorific it replaces still names them later («وقال العقيد»). */
function replaceRole(person: WorkMention, role: string): void {
  if (person.role !== undefined && person.titleRole) person.formerRole = person.role;
  person.role = role;
  delete person.titleRole;
}

/**
 * The last mention found, when it is a person with no role yet whose name ends at token `t1` (`orTitled`: or only a rank
 * or an honorific, which an office replaces).
 */
function rolelessPersonEndingAt(w: SentenceWork, t1: number, orTitled = false): WorkMention | undefined {
  const prev = w.mentions[w.mentions.length - 1];
  return prev && prev.type === "person" && prev.t1 === t1 && (prev.role === undefined || (orTitled && prev.titleRole === true)) ? prev : undefined;
}

/** The past verb's shape أفعل as written: «أرجأ», «أعلن», «أصدر» (four letters, the first أ, no long vowel). */
const AF3ALA = /^أ[^\sاويىةه]{3}$/;

/** Adjectives of an office that refer back to someone already named («المذكور», «المعني»). */
const REFERS_BACK: ReadonlySet<string> = new Set(["المذكور", "المذكورة", "المعني", "المعنية", "نفسه", "نفسها", "ذاته", "ذاتها"].map(foldKey));

const ORIGIN_WORDS = new Set(["ذات", "ذو", "ذي", "من"].map(foldKey));
const ORIGINS = new Set(["الأصول", "الأصل", "أصول", "أصل"].map(foldKey));

/**
 * Just past an aside on someone's origins between an office and the name («وزيرة التعليم الفرنسية ذات الأصول المغربية
 * نجاة …», «من أصول تونسية»): «ذات/ذو/من» + «الأصول/أصل» + one or two nationalities; or `j`.
 */
function originAside(keys: readonly string[], j: number): number {
  if (!ORIGIN_WORDS.has(keys[j] ?? "") || !ORIGINS.has(keys[j + 1] ?? "") || nationalityOf(keys[j + 2] ?? "") === undefined) return j;
  return nationalityOf(keys[j + 3] ?? "") !== undefined ? j + 4 : j + 3;
}

/** Just past "( … )" of at most three words at `j`, or `j`. */
function bracketedAside(toks: readonly Token[], j: number): number {
  if (toks[j]?.raw !== "(") return j;
  for (let k = j + 1; k <= j + 4 && k < toks.length; k++) {
    if (toks[k]!.raw === ")") return k > j + 1 ? k + 1 : j;
    if (toks[k]!.kind === "p") return j;
  }
  return j;
}

/** Titles of those who reign, whose names take a number («الملك عبد الله الثاني»). */
const MONARCHS: ReadonlySet<string> = new Set(["الملك", "الأمير", "السلطان", "البابا"]);

/** «منصب» (the post of), written before an office. */
const POST = foldKey("منصب");
const POST_PREPOSITIONS = new Set(["من", "في"].map(foldKey));

/**
 * Where the name an office belongs to ends, when the office follows the name directly or through «من/في منصب», «بمنصب»
 * ("استقالة مايكل فلين من منصب مستشار الأمن القومي", "احتفظ X بمنصب وزير"). Not «لمنصب»: a candidate's post is not yet his.
 */
function postBefore(keys: readonly string[], i: number): number {
  if (keys[i - 1] === POST && POST_PREPOSITIONS.has(keys[i - 2] ?? "")) return i - 2;
  // An office in brackets after the name: «رضا بالحاج (الممثل القانوني للحزب)».
  if (keys[i - 1] === "(") return i - 1;
  if (keys[i - 1] === "ب" + POST) return i - 1;
  return i;
}

/** Whether the role's complement holds a venue word ("مدير المركب الثقافي", "مديرة دار الشباب"). */
function venueInRole(w: SentenceWork, role: RoleMatch): boolean {
  for (let k = role.headEnd; k < role.end; k++) if (VENUES.has(dropAl(w.keys[k]!))) return true;
  return false;
}


function scanPeople(w: SentenceWork, opt: NameScanOptions): void {
  const { toks, keys } = w;
  const n = toks.length;
  let i = 0;
  while (i < n) {
    const t = toks[i]!;
    const f = t.kind === "w" ? tokFlags(t) & F_PEOPLE : 0;
    if (f === 0) {
      i++;
      continue;
    }
    // 1. Role trigger + name.
    const matched = f & F_HEAD ? matchRole(toks, keys, i, opt) : undefined;
    const role = matched && roleInContext(w, matched) ? matched : undefined;
    if (role) {
      role.end = constructGenitive(w, role, opt);
      // "المتحدث باسمه أفيخاي أدرعي": «باسمه» (for him, for it) is the office's; the name follows it.
      if (role.end === role.headEnd && IN_ITS_NAME.test(toks[role.end]?.raw ?? "")) role.end++;
      let j = role.end;
      let roleAr = roleText(w.text, toks, role);
      // A list "X : رئيس المؤتمر Y : نائب رئيس ...": a role right after "name :" is that name's, not the next one's.
      const listed = toks[i - 1]?.raw === ":" ? w.mentions[w.mentions.length - 1] : undefined;
      if (listed && listed.type === "person" && listed.t1 === i - 1 && !role.head.noRole) {
        listed.role ??= roleAr;
        if (role.feminine) listed.gender = "f";
        // The next entry of the list: a name that a colon follows.
        const next = nameAfter(w, role.end, opt);
        if (next && toks[next.t1]?.raw === ":") {
          w.mentions.push(next);
          i = next.t1;
        } else i = Math.max(i + 1, role.end);
        continue;
      }
      if (isComma(toks[j])) j++;
      j = originAside(keys, j);
      // "قائد قوات الأمم المتحدة المؤقتة في لبنان (يونيفيل) الجنرال X": a short aside in brackets (an acronym) stands
      // between the office and its holder's title.
      const aside = bracketedAside(toks, j);
      if (aside > j && titleAt(toks, keys, aside)) j = aside;
      let title = titleAt(toks, keys, j);
      let titleText: string | undefined;
      if (title && role.head.kind !== "title") {
        titleText = w.text.slice(title.charStart, toks[title.headEnd - 1]!.end);
        j = title.headEnd;
        if (isComma(toks[j])) j++;
      } else title = undefined;
      let person = nameAfter(w, j, opt) ?? (title || role.head.kind === "title" ? rankedName(w, j) : undefined);
      // "لاعب ساندرلاند الإنجليزي وهبي الخزري": a club or town with its nationality right after an indefinite
      // head is the role's genitive, and the name follows it.
      if (
        person &&
        person.t0 === role.end &&
        !person.lexId &&
        !role.definite &&
        role.head.kind !== "title" &&
        !FIRST_NAMES.has(keys[person.t0]!) &&
        nationalityOf(keys[person.t1] ?? "") !== undefined
      ) {
        role.end = person.t1 + 1;
        roleAr = roleText(w.text, toks, role);
        j = isComma(toks[role.end]) ? role.end + 1 : role.end;
        person = nameAfter(w, j, opt);
      }
      // "إن مهاجمة انتحارية دخلت مركز الشرطة": an indefinite nisba adjective agreeing with an indefinite feminine head
      // is the head's (a suicide attacker), not the first word of a name.
      if (person && person.t0 === role.end && !person.lexId && !role.definite && role.feminine && role.head.kind !== "title" && feminineNisba(keys[person.t0]!)) {
        role.end = person.t0 + 1;
        roleAr = roleText(w.text, toks, role);
        j = isComma(toks[role.end]) ? role.end + 1 : role.end;
        person = nameAfter(w, j, opt);
      }
      // One unknown word after a role is a name only when a clause boundary follows ("الوزير أوستن إنه"),
      // not in "الوزيرة تنظيم جلسة" (a verbal noun).
      // A lone word must also not read as an adverb or a verb ("سابقا", "سيشرع"), and a bare particle or
      // pronoun after it ("كاملة عما", "لفض هذا") is no boundary.
      if (
        person &&
        person.t1 - person.t0 === 1 &&
        !person.lexId &&
        !opt.isNameToken?.(keys[person.t0]!) &&
        (!loneNameBoundary(w, person.t1) || notALoneName(keys[person.t0]!) || withPronoun(toks[person.t0]!))
      ) {
        person = undefined;
      }
      // «وزير الدفاع أرجأ خطابه»: a word of the past verb's shape أفعل that no list knows, right after the office and before
      // its object (a definite word, a noun with its pronoun), is what its holder did, not a first name (أحمد، أكرم، أمجد
      // are in the lists; «أمبر راد» is Amber Rudd).
      if (
        person && !person.lexId && AF3ALA.test(toks[person.t0]!.raw) && !FIRST_NAMES.has(keys[person.t0]!) && !opt.isNameToken?.(keys[person.t0]!) &&
        isArabicWord(toks[person.t0 + 1]) && (keys[person.t0 + 1]!.startsWith("ال") || /[^ة]ه$/.test(toks[person.t0 + 1]!.raw))
      ) {
        person = undefined;
      }
      // "X، زوجة السفير البريطاني، نشر تغريدة": after a role and its comma, unknown words ending like a common noun or
      // an accusative (ة, ا) are the predicate, the role an apposition, unless a boundary closes them ("، جون كيربي، إن").
      if (person && !person.lexId && person.t0 > role.end && isComma(toks[person.t0 - 1]) && !loneNameBoundary(w, person.t1) && /[اه]$/.test(keys[person.t1 - 1]!)) {
        let known = false;
        for (let k = person.t0; k < person.t1 && !known; k++) {
          known = FIRST_NAMES.has(keys[k]!) || compoundFirstNameAt(keys, k) || opt.isNameToken?.(keys[k]!) === true || NAME_INDEX.match(keys[k]!, keys, k)?.value.type === "person";
        }
        if (!known) person = undefined;
      }
      // A title that is also an adjective names only a first name the lists know, written bare (see RoleHead.adjective).
      if (person && role.head.adjective === true && (person.start > toks[person.t0]!.start || !(person.lexId || FIRST_NAMES.has(keys[person.t0]!) || compoundFirstNameAt(keys, person.t0)))) {
        person = undefined;
      }
      // An office that refers back («الوزير المذكور», «رجل الأعمال المعني») names someone the article named before: the
      // words after it are the sentence's («قدّم ملفا»), unless they are a name the lists know.
      if (person && !person.lexId && REFERS_BACK.has(keys[role.end - 1]!) && !FIRST_NAMES.has(keys[person.t0]!) && !compoundFirstNameAt(keys, person.t0)) {
        person = undefined;
      }
      // Ranks that are also common nouns (الفريق team, اللواء brigade, الحكم verdict: needsName) take a
      // name of two words or a known one: "الفريق جاهز" is not a person.
      if (person && role.head.needsName === true && person.t1 - person.t0 === 1 && !person.lexId && !FIRST_NAMES.has(keys[person.t0]!)) {
        person = undefined;
      }
      // "مدرب تشلسي", "معتمد جرجيس": one unknown word right after an indefinite head is its genitive (a
      // club, a town), not a name; it joins the role.
      // (After a definite genitive, a noun with a possessive pronoun is the sentence's, neither the role's nor a name's
      // first word: "رئيس الجمهورية تمسكه بالحبيب الصيد", "رئيس الجمهورية باعتباره أعلى سلطة".)
      const afterGenitive = person !== undefined && person.t0 === role.end && !person.lexId && !role.definite && role.head.kind !== "title" && !FIRST_NAMES.has(keys[person.t0]!);
      if (afterGenitive && keys[role.end - 1]!.startsWith("ال") && possessiveNoun(toks[person!.t0]!)) person = undefined;
      else if (afterGenitive && person!.t1 - person!.t0 === 1) {
        role.end = person!.t1;
        roleAr = roleText(w.text, toks, role);
        person = undefined;
      }
      // "أكد نعمان الحباسي، مدير المركب الثقافي الصحبي المصراطي": an office over a venue, in apposition to a name with
      // none, is that name's, and a name right after it names the venue. (Without a venue word it is another person:
      // "اتهمت X، النائبة عن حزب التيار سامية عبو".)
      if (person && person.t0 === role.end && !person.lexId && isComma(toks[i - 1]) && !role.head.noRole && role.head.kind !== "title" && venueInRole(w, role)) {
        const prev = rolelessPersonEndingAt(w, i - 1);
        if (prev) {
          role.end = person.t1;
          prev.role = roleText(w.text, toks, role);
          if (role.feminine) prev.gender = "f";
          i = person.t1;
          continue;
        }
      }
      if (person) {
        const r = role.head.kind === "title" ? roleAr : roleAr || titleText;
        // "بحضور سمير القاسمي وزير الشؤون الاجتماعية ويوسف الشاهد رئيس الحكومة": a name joined by و after an office is
        // the next item of a list, not the office's holder; the office is the name's right before it, if any.
        const joined = role.head.kind !== "title" && w.keys[person.t0]!.startsWith("و") && !person.surface.startsWith("و");
        if (joined) {
          const before = rolelessPersonEndingAt(w, i);
          if (before && r && !role.head.noRole) before.role = r;
          if (before && role.feminine) before.gender = "f";
          w.mentions.push(person);
          i = person.t1;
          continue;
        }
        // «وقال جاستين اكلين المتحدث باسم ايكينز»: a name right after «باسم» is whom the spokesperson speaks for, and the
        // office, with that name, is the name's right before it. (With no name before, the words stay the principal's:
        // «وقالت المتحدثة باسم شيفلر إن» is the company's statement.)
        const holder = keys[role.end - 1] === BASM && person.t0 === role.end && !role.head.noRole ? rolelessPersonEndingAt(w, isComma(toks[i - 1]) ? i - 1 : i) : undefined;
        if (holder) {
          holder.role = roleText(w.text, toks, { ...role, end: person.t1 });
          if (role.feminine) holder.gender = "f";
          w.mentions.push(person);
          i = person.t1;
          continue;
        }
        if (r && !role.head.noRole && !relativeOfOffice(w, role, person)) {
          person.role = r;
          // (A bare office says no more: «المستشار أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية».)
          if (role.head.kind === "title" || (role.end === role.headEnd && role.headEnd - role.start === 1 && role.head.fixed !== true && !title)) person.titleRole = true;
        }
        if (role.feminine || title?.feminine) person.gender = "f";
        // "الملك عبد الله الثاني": a monarch's number ends the name.
        if (MONARCHS.has(role.head.ar) && REGNAL_NUMERALS.has(keys[person.t1] ?? "")) {
          person.t1++;
          person.end = toks[person.t1 - 1]!.end;
          person.surface = w.text.slice(person.start, person.end);
        }
        w.mentions.push(person);
        i = person.t1;
        continue;
      }
      // Apposition: "علاء فاروق، وزير الزراعة المصري".
      if (isComma(toks[i - 1]) && !role.head.noRole) {
        const prev = w.mentions[w.mentions.length - 1];
        if (prev && prev.t1 === i - 1) {
          // (An office with its complement replaces a rank or an honorific: «الأمير خالد بن سلمان، وزير الدفاع».)
          if (prev.role === undefined || (prev.titleRole && role.head.kind !== "title" && role.end > role.headEnd)) replaceRole(prev, roleAr);
          if (role.feminine) prev.gender = "f";
        } else {
          const back = scanBack(w, i - 2, opt);
          if (back) {
            back.role = roleAr;
            if (role.feminine) back.gender = "f";
            w.mentions.push(back);
          } else {
            // "زيارة ماكين، رئيس لجنة …": a name only the article's surnames find (later) holds it (analyse.ts).
            w.roleAnaphors.push({ t0: i, t1: role.end, role: roleAr, feminine: role.feminine });
          }
        }
      } else if (!role.head.noRole && role.head.kind !== "title") {
        // "وقدم مهدي المغراوي المدير الفني للمهرجان البرنامج": an office right after a name, with no name of its
        // own, is that name's; "كمدرب" (as coach) too. Not behind و (the next of a list: "X والمديرة الجهوية"), ل or
        // ب ("قال X لمراسل الجوهرة": to someone else).
        // (Nor an office before a colon: "… رامي الجريدي ظهير أيمن : أمين بنور" labels the names after it, a list's.)
        const prev = toks[role.end]?.raw === ":" ? undefined : rolelessPersonEndingAt(w, postBefore(w.keys, i), role.end > role.headEnd);
        const clitics = w.text.slice(t.start, role.charStart);
        if (prev && !/[وفلب]/.test(clitics)) {
          replaceRole(prev, roleAr);
          if (role.feminine) prev.gender = "f";
        } else w.roleAnaphors.push({ t0: i, t1: role.end, role: roleAr, feminine: role.feminine });
      }
      i = Math.max(i + 1, role.end);
      continue;
    }
    // 2. Lexicon full forms.
    const lex = f & F_LEX ? lexiconPerson(w, i) : undefined;
    if (lex) {
      w.mentions.push(lex);
      i = lex.t1;
      continue;
    }
    // A known organisation or place of several words holds no one's name: "الأولمبي الباجي" is a club, not الباجي.
    const known = f & F_LEX ? lexiconSpanAt(toks, keys, i, ["organization", "place"]) : 0;
    if (known > 1) {
      i += known;
      continue;
    }
    // 3. Speech verb + name + (إن|أن|:|،...); in a relative clause, after the verb's «به» ("وفق ما صرح به X").
    const at = f & F_SPEECH ? speakerStart(w, i) : i + 1;
    if (f & F_SPEECH && !matchRole(toks, keys, at, opt)) {
      const scan =
        scanName(toks, keys, at, opt) ??
        (loneNisbaSpeaker(toks, keys, at) ? { start: at, end: at + 1, firstStrip: 0 } : foreignInaName(w, at) ? { start: at, end: at + 2, firstStrip: 0 } : undefined);
      if (scan) scan.end = extendDefiniteSurname(toks, keys, scan);
      if (scan && acceptSpeaker(w, scan, opt)) {
        const m = makeMention(w, scan);
        w.mentions.push(m);
        i = scan.end;
        continue;
      }
    }
    // 4. Known first name + surname.
    const fn = f & F_FIRST ? scanFirstNameStart(toks, keys, i, opt) : undefined;
    if (fn) fn.end = extendDefiniteSurname(toks, keys, fn);
    if (fn && fn.firstStrip === 0) fn.start = leadingFirstName(w, fn.start, opt);
    if (fn) {
      w.mentions.push(makeMention(w, fn));
      i = fn.end;
      continue;
    }
    i++;
  }
}

/**
 * A first name no list knows before a known one: "اليمنية فادية نجيب ثابت" (a nationality, then an
 * unknown word that can start a name) or "مقداد بن علي" (an unknown word and a particle). Returns the
 * new start of the name.
 */
function leadingFirstName(w: SentenceWork, s: number, opt: NameScanOptions): number {
  const last = w.mentions[w.mentions.length - 1];
  const free = (k: number) => k >= 0 && (!last || last.t1 <= k);
  if (s >= 3 && NAME_PARTICLES.has(w.keys[s - 1]!) && free(s - 2) && startsName(w.toks[s - 2], w.keys, s - 2, opt)) return s - 2;
  if (s >= 2 && free(s - 1) && nationalityOf(w.keys[s - 2]!) !== undefined && startsName(w.toks[s - 1], w.keys, s - 1, opt) && !notALoneName(w.keys[s - 1]!)) {
    return s - 1;
  }
  return s;
}

/** After a lone unknown word following a role: punctuation, إن/أن, or a preposition of a speaker phrase. */
function loneNameBoundary(w: SentenceWork, k: number): boolean {
  const t = w.toks[k];
  if (!t) return true;
  if (t.kind === "p") return t.raw === ":" || isComma(t) || isOpenQuote(t) || t.raw === "." || t.raw === "(";
  // A verb starts the predicate: "الرئيس بورقيبة طلب مقابلته".
  return AFTER_SPEAKER.has(t.key) || COMPLEMENTIZERS.has(t.key) || speechVerbKey(t) !== undefined || VERBS.has(t.key);
}

/** A speech-verb subject is a person when it looks like one and ends like a speaker phrase. */
function acceptSpeaker(w: SentenceWork, scan: NameScan, opt: NameScanOptions): boolean {
  if (!speakerBoundary(w, scan.end) && !officeAfterName(w, scan)) return false;
  // A noun and its adjective as the subject: "وأوضحت تحليلات جديدة أن".
  if (nounPhraseAt(w.toks, scan.start, opt)) return false;
  const firstKey = w.keys[scan.start]!;
  if (opt.isNameToken?.(firstKey) || opt.isNameToken?.(w.keys[scan.end - 1]!)) return true;
  if (FIRST_NAMES.has(firstKey) && !AMBIGUOUS_FIRST.has(firstKey)) return true;
  // A compound first name ("وأفاد نور الدين الطبوبي في تصريح") is as plain a name as an unambiguous one.
  if (compoundFirstNameAt(w.keys, scan.start, firstKey) && scan.end - scan.start >= 3) return true;
  const len = scan.end - scan.start;
  const next = w.toks[scan.end];
  const complementizer = next !== undefined && (COMPLEMENTIZERS.has(next.key) || next.raw === ":");
  // A noun and its indefinite nisba adjective, no name word in them: "بحسب ما نقلته صحف عبرية إن".
  if (len === 2 && w.toks[scan.start + 1]!.raw.endsWith("ية") && !w.keys[scan.start + 1]!.startsWith("ال") && !NAME_PARTICLES.has(firstKey)) return false;
  if (len >= 2) return complementizer || isComma(next) || nounPhraseAt(w.toks, scan.end) || officeAfterName(w, scan);
  // One unknown word: only right before إن/أن/":" ("قال ترامب إن"), and not a participle of the manner of
  // speaking ("وأردف مسترسلا:", "وقال متسائلا:").
  // Nor a verb ("ما سبق ذكره تقرر أن"), nor ل/ب + a known name: "أكد لبنس أنه" is said to Pence, by someone before.
  if ((firstKey[0] === "ل" || firstKey[0] === "ب") && !FIRST_NAMES.has(firstKey) && opt.isNameToken?.(firstKey.slice(1))) return false;
  return complementizer && firstKey.length >= 3 && !participleShape(firstKey) && !brokenPluralShape(firstKey) && !verbShape(firstKey, opt);
}

/**
 * A plural of the فعلاء pattern ("وقال سجناء إن", خبراء، زملاء), a nisba plural ("وقال دبلوماسيون إن") or a participle
 * plural ("وقال محققون إن"): no one-word name (علاء، وفاء are first names).
 */
function brokenPluralShape(k: string): boolean {
  return (/^[^اوي]{3}اء$/.test(k) || (k.length >= 6 && /(يون|يين)$/.test(k)) || /^م...+(ون|ين)$/.test(k)) && !FIRST_NAMES.has(k) && !AMBIGUOUS_FIRST.has(k);
}

/**
 * An active participle in the accusative (مُفعِلًا، مُتفاعِلًا، مُستفعِلًا: "مستطردا", "متسائلا", "منتقدا"): م, a
 * consonant, and a bare alef at the end. Names of that look open on م and a long vowel (مادونا، مونيكا، مينا).
 */
function participleShape(k: string): boolean {
  return k.length >= 5 && k.length <= 8 && k[0] === "م" && !"اوي".includes(k[1]!) && k.endsWith("ا") && !FIRST_NAMES.has(k);
}

/** Reads a name backwards ending at token `k` (apposition before a comma). */
function scanBack(w: SentenceWork, k: number, opt: NameScanOptions): WorkMention | undefined {
  let s = k;
  while (s >= 0 && k - s < 4) {
    const scan = scanName(w.toks, w.keys, s, opt);
    if (scan && scan.end === k + 1) {
      const before = w.toks[s - 1];
      const boundary =
        !before || before.kind === "p" || speechVerbKey(before) !== undefined || HARD_STOP.has(before.key) || before.key === "و";
      if (boundary && (k - s >= 1 || FIRST_NAMES.has(w.keys[s]!))) return makeMention(w, scan);
    }
    s--;
  }
  return undefined;
}

/**
 * An indefinite feminine nisba adjective, read after a feminine head (انتحارية): six letters at least and no given name, so
 * that names ending so (فوزية، راضية، منوبية) stay names. (A masculine one is left alone: foreign given names end in ي
 * as often, نفتالي، جانلويجي.)
 */
function feminineNisba(key: string): boolean {
  return key.endsWith("يه") && !key.startsWith("ال") && key.length >= 6 && !FIRST_NAMES.has(key) && !AMBIGUOUS_FIRST.has(key) && !NAME_INDEX.has(key);
}

/**
 * A word of five letters or more ending in the pronoun «ه» after a consonant («دوافعه», «موقفه»): "his …", no one's name
 * after an office («وأوضح النائب الديمقراطي دوافعه، قائلا»). (Names so written are short or known: طه، عبده.)
 */
function withPronoun(t: Token): boolean {
  return t.raw.length >= 5 && /[^اويةى]ه$/u.test(t.raw) && !FIRST_NAMES.has(t.key) && !AMBIGUOUS_FIRST.has(t.key);
}

/** A noun with a possessive pronoun written after a consonant: a short one (تمسكه) or ب + a verbal noun (باعتباره). */
function possessiveNoun(t: Token): boolean {
  return /[^اويةى](ه|ها|هم|هما)$/u.test(t.raw) && (t.key.length <= 5 || /^ب(ا|است|ت)/.test(t.key));
}
