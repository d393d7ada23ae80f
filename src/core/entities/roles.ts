/**
 * Role triggers: a head from roles.json (وزير، رئيس الوزراء، الجنرال، المتحدث باسم...) possibly behind
 * clitics (للرئيس، ووزير) and in the feminine (السفيرة، وزيرة), followed by its complement
 * ("الدفاع العراقي", "هيئة الأركان المشتركة").
 */
import type { Token } from "./tokenize.ts";
import { tokReadings, rawOffsetOfKey } from "./tokenize.ts";
import { AMBIGUOUS_FIRST, FEMININE_HEAD, FIRST_NAMES, HOLDER_ADJECTIVES, NATIONALITY, ROLE_HEADS, ROLE_MODIFIERS, TIME_WORDS, compoundFirstNameAt, dropAl } from "./lexicon.ts";
import type { RoleHead } from "./lexicon.ts";
import { BASM, HARD_STOP, PLACE_PREFIXES, isArabicWord, isDefinite, lexiconSpanAt, roleHeadAt, scanComplement } from "./phrase.ts";
import rolesData from "./data/roles.json" with { type: "json" };
import { foldKey } from "./tokenize.ts";
import type { ComplementOptions } from "./phrase.ts";
import { F_HEAD, possessedHead, tokFlags } from "./flags.ts";

export interface RoleMatch {
  head: RoleHead;
  /** Token index of the head (first token) and just past the head. */
  start: number;
  headEnd: number;
  /** Just past the complement. */
  end: number;
  /** Character offset where the role text starts (after clitics). */
  charStart: number;
  feminine: boolean;
  /** The head was written with لل ("للرئيس"): the role text gets its article back. */
  restoredAl: boolean;
  /** The head carries the article (الوزير) rather than being in construct state (وزير). */
  definite: boolean;
}

/** Ministry nouns (داخلية، خارجية...) that open a construct complement right after an indefinite head. */
const PORTFOLIOS = new Set(rolesData.portfolios.map(foldKey));

/** Heads whose feminine is a common noun (مؤسسة institution, محافظة governorate, مساعدة aid). */
export function noFeminine(h: RoleHead): boolean {
  return (h as RoleHead & { noFeminine?: boolean }).noFeminine === true;
}

/** Matches a head at token `i` (article, clitics, feminine ة tolerated). */
export function matchHead(toks: readonly Token[], keys: readonly string[], i: number): Omit<RoleMatch, "end"> | undefined {
  const t = toks[i];
  if (t === undefined || t.kind !== "w" || !(tokFlags(t) & F_HEAD)) return undefined;
  for (const r of tokReadings(t)) {
    const definite = r.key.startsWith("ال");
    const base = dropAl(r.key);
    // «سفيرها لدى فرنسا»: a head with the pronoun «ها» is definite, the office of the body or country it refers to.
    const possessed = r.restoredAl ? undefined : possessedHead(r.key);
    for (const [k, fem] of [
      [base, false],
      [FEMININE_HEAD.get(base), true],
      [possessed, false],
    ] as const) {
      if (k === undefined) continue;
      const m = ROLE_HEADS.match(k, keys, i);
      if (!m) continue;
      const head = m.value;
      // "مساعدة مدير" is still an assistant director: the feminine of a modifier is kept before a head.
      if (fem && noFeminine(head) && !(head.kind === "modifier" && matchHead(toks, keys, i + m.len)?.head.kind === "function")) continue;
      // Ranks and honorifics carry the article ("اللواء" is a rank, "لواء" a brigade), or are made definite by their last
      // word («آية الله», «آية الله العظمى»).
      if (head.kind === "title" && !definite && !head.noRole && !(m.len > 1 && keys[i + m.len - 1]!.startsWith("ال"))) continue;
      const cut = r.strip === 0 ? 0 : rawOffsetOfKey(t.raw, r.restoredAl ? r.strip - 1 : r.strip);
      return { head, start: i, headEnd: i + m.len, charStart: t.start + cut, feminine: fem, restoredAl: r.restoredAl, definite: definite || r.restoredAl || k === possessed };
    }
  }
  return undefined;
}

/** True when a title head (rank/honorific) starts at `i`. */
export function titleAt(toks: readonly Token[], keys: readonly string[], i: number): Omit<RoleMatch, "end"> | undefined {
  const h = matchHead(toks, keys, i);
  return h && h.head.kind === "title" ? h : undefined;
}

/**
 * Matches a whole role at `i`: head (a modifier such as نائب takes the next head: "نائب قائد"), then
 * the complement. Stops before a nested title so that "رئيس الأركان الجنرال X" leaves الجنرال to the caller.
 */
export function matchRole(toks: readonly Token[], keys: readonly string[], i: number, opt: ComplementOptions = {}): RoleMatch | undefined {
  const h = matchHead(toks, keys, i);
  if (!h) return undefined;
  // "تلقى المجلس مراسلة من رئيس الحكومة": an indefinite feminine head before «من» is a thing sent or made (a letter),
  // not a woman's office.
  if (h.feminine && !h.definite && keys[h.headEnd] === "من") return undefined;
  let headEnd = h.headEnd;
  if (h.head.kind === "modifier") {
    const inner = matchHead(toks, keys, headEnd);
    // (Not one behind و: «النائب ورجل الأعمال» is an MP and a businessman, not a deputy of one.)
    const joined = inner !== undefined && keys[headEnd]!.startsWith("و") && inner.charStart > toks[headEnd]!.start;
    if (inner && inner.head.kind !== "title" && !joined) headEnd = inner.headEnd;
  }
  if (h.head.kind === "title" || h.head.fixed === true && h.head.kind !== "function") {
    // "المخرج التونسي لطفي عاشور", "الإعلامي الليبي X": a nationality after a title is part of it ("Tunisian director"),
    // and so is an adjective of its holder ("الجنرال المتقاعد كيث كيلوج", "الفنان الراحل X": retired, late).
    let end = headEnd;
    if (h.head.kind === "title" && h.definite) {
      while (isArabicWord(toks[end]) && keys[end]!.startsWith("ال") && (NATIONALITY.has(keys[end]!) || HOLDER_ADJECTIVES.has(keys[end]!))) end++;
    }
    return { ...h, headEnd, end };
  }
  let from = headEnd;
  /** The word right after the head, which the rules below read. */
  const g0 = toks[headEnd];
  // "منسق جهوي", "مدير جهوي للتجهيز": an indefinite head takes its modifier indefinite too.
  if (!h.definite && isArabicWord(g0) && !g0.key.startsWith("ال") && ROLE_MODIFIERS.has(`ال${g0.key}`) && !FIRST_NAMES.has(g0.key)) from = headEnd + 1;
  // "وزير دفاعه جيمس ماتيس", "وزيرة خارجيتها": a portfolio with a possessive pronoun is the whole office.
  // (Not after a head whose genitive is already there: "رئيس الجمهورية تمسكه بـ…" is his insistence on someone.)
  // (A definite word takes no pronoun: «وزير المياه» is the minister of water.)
  const possessive = keys[headEnd - 1]!.startsWith("ال") || keys[headEnd]?.startsWith("ال") === true ? null : keys[headEnd]?.match(/^(.{3,})(ه|ها|هم)$/);
  if (!h.definite && possessive && (PORTFOLIOS.has(possessive[1]!) || PORTFOLIOS.has(`${possessive[1]!.replace(/ت$/, "ه")}`))) {
    return { ...h, headEnd, end: headEnd + 1 };
  }
  // "وكيل أعماله عبد الله الحمدان", "مدرب فريقها": any noun with a possessive pronoun (written ه, not the ة of a name) is
  // the head's genitive.
  if (!h.definite && possessive && isArabicWord(g0) && /[^ة](ه|ها|هم)$/.test(g0.raw) && !FIRST_NAMES.has(g0.key) && !opt.isNameToken?.(g0.key)) {
    return { ...h, headEnd, end: headEnd + 1 };
  }
  // "وزير داخلية تتارستان": a portfolio noun after an indefinite head is in construct with the next word,
  // a place or organisation name even when no list knows it; both belong to the role.
  if (!h.definite && PORTFOLIOS.has(keys[headEnd] ?? "")) {
    from = headEnd + 1;
    const g = toks[from];
    if (
      isArabicWord(g) &&
      !isDefinite(g.key, g.raw) &&
      !HARD_STOP.has(g.key) &&
      !TIME_WORDS.has(g.key) &&
      !FIRST_NAMES.has(g.key) &&
      !opt.isNameToken?.(g.key) &&
      !roleHeadAt(keys, from)
    ) {
      from++;
    }
  }
  // "معتمد سيدي بوعلي", "والي بن عروس": a two-word place name in construct with an indefinite head.
  if (!h.definite && from === headEnd && PLACE_PREFIXES.has(keys[headEnd] ?? "") && isArabicWord(toks[headEnd + 1]) && !HARD_STOP.has(keys[headEnd + 1]!)) {
    from = headEnd + 2;
  }
  // «المعتمد الأول», «النائب الثاني»: an ordinal right after a definite head ranks the office (elsewhere «الأول» is a time
  // word, which ends a complement).
  if (h.definite && from === headEnd && RANKS.has(keys[headEnd] ?? "")) from = headEnd + 1;
  // "محافظ قندهار", "والي توزر": the indefinite head of a town's or province's office is in construct with a place, even one
  // no table knows.
  if (!h.definite && from === headEnd && PLACE_OFFICES.has(h.head.en)) {
    if (isArabicWord(g0) && !isDefinite(g0.key, g0.raw) && !HARD_STOP.has(g0.key) && !TIME_WORDS.has(g0.key) && !FIRST_NAMES.has(g0.key) && !AMBIGUOUS_FIRST.has(g0.key) && !opt.isNameToken?.(g0.key) && !roleHeadAt(keys, headEnd) && !/^[وب]/.test(g0.key)) {
      from = headEnd + 1;
    }
  }
  // An indefinite head is in construct with what follows: a one-word known place right after it is its complement
  // ("والي سليانة علي سعيد", "والي تونس عمر منصور").
  // (Right after a definite head, a title that is also an office's adjective is the adjective: «المستشار الإعلامي», «الملحق
  // الصحفي» are a media adviser and a press attaché, not an adviser and then a journalist.)
  // (A title that is also a common adjective, «السياسي», «المعارض», stops the office only before a name: «عضو المكتب السياسي
  // لحركة مشروع تونس» goes on.)
  const stopAtTitle = (k: number) => {
    const title = titleAt(toks, keys, k);
    if (title === undefined || (k === headEnd && h.definite && ROLE_MODIFIERS.has(keys[k]!))) return false;
    // (The name may come after a comma: «العميد، عادل الصماتي».)
    const at = toks[title.headEnd]?.raw === "،" || toks[title.headEnd]?.raw === "," ? title.headEnd + 1 : title.headEnd;
    if (title.head.needsName !== true) return true;
    const known = FIRST_NAMES.has(keys[at] ?? "") || compoundFirstNameAt(keys, at);
    if (known || title.head.adjective === true) return known;
    // A rank that is also a common noun (الفريق team, اللواء brigade) is the rank before a bare word, which may be a name
    // («اللواء تحسين الخفاجي»), and the noun before anything else («مدرب الفريق في …», «قائد الفريق.»).
    const next = toks[at];
    return isArabicWord(next) && !next.key.startsWith("ال") && !HARD_STOP.has(next.key) && !/^[بلو]/.test(next.key);
  };
  // (A head that ends in «باسم» ("for", "in the name of") takes a noun in construct too: «المتحدث باسم جماعة الحوثي».)
  const construct = (!h.definite || h.head.keys[h.head.keys.length - 1] === BASM) && from === headEnd;
  let end = scanComplement(toks, keys, from, { ...opt, afterConstruct: opt.afterConstruct === true || construct, stopAtTitle });
  // "وزير للفلاحة في حكومة الوحدة الوطنية برئاسة X": headed by someone else; the role ends before it.
  while (end > from && HEADED_BY.has(keys[end - 1]!)) end--;
  // "المبعوث الأممي إلى اليمن": an envoy's office names where it is sent.
  if (SENT_TO.has(h.head.ar) && keys[end] === TO) {
    const place = lexiconSpanAt(toks, keys, end + 1, ["place"]);
    if (place > 0) end += 1 + place;
  }
  return { ...h, headEnd, end: Math.max(end, from) };
}

/** Ordinals that rank an office after its definite head, with their English. */
export const RANKS: ReadonlyMap<string, string> = new Map(
  [["الأول", "First"], ["الأولى", "First"], ["الثاني", "Second"], ["الثانية", "Second"]].map(([ar, en]) => [foldKey(ar!), en!]),
);

/** Heads of an office sent somewhere (إلى + a place ends it), and «إلى». */
const SENT_TO: ReadonlySet<string> = new Set(["مبعوث"]);
const TO = foldKey("إلى");

/** Offices of a place: their indefinite head is followed by the place's name. */
const PLACE_OFFICES: ReadonlySet<string> = new Set(["Governor", "Delegate", "Mayor"]);

/** "headed by", "under the patronage of": what follows is another person, not part of the office. */
const HEADED_BY = new Set(["برئاسة", "بقيادة", "برعاية", "بإشراف"].map(foldKey));

/** The role text as written: from the head (clitics removed) to the end of the complement. */
export function roleText(text: string, toks: readonly Token[], m: RoleMatch): string {
  const last = toks[m.end - 1];
  if (!last) return "";
  const s = text.slice(m.charStart, last.end);
  return m.restoredAl ? "ا" + s : s;
}
