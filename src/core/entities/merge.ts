/**
 * Merges the mentions of analysed sentences into entities, within and across articles:
 * - organisations and places by lexicon alias (داعش = تنظيم الدولة الإسلامية) or normalised key;
 * - people by name key, where the article on a surname is ignored ("ثابت العباسي" = "ثابت عباسي");
 *   full names sharing a surname and a middle token or a role ("تشارلز كيو براون" = "سي كيو براون");
 *   partial names ("أوستن", "أبو رغيف") to the one full name they end, in the same article first,
 *   else in the corpus, and only when that is unambiguous.
 */
import type { Entity, EntityType, Sentence } from "../types.ts";
import { distance } from "fastest-levenshtein";
import { normalizeKey } from "../text/normalize.ts";
import { COURTESY_TITLES, entryByKey, FIRST_NAMES, NAME_PARTICLES, SURNAME_INDEX, dropAl, LEX_ENTRIES } from "./lexicon.ts";
import type { LexEntry } from "./lexicon.ts";
import { foldKey } from "./tokenize.ts";
import { entityEnglishName, isOrgHead } from "./translate-org.ts";
import { OUTLET_HEADS, nationalityOf } from "./phrase.ts";
import { translateRole } from "./translate-role.ts";
import { REGNAL_NUMERALS } from "./transliterate.ts";
import { ROYAL_ROLE, maghrebVote } from "./name-region.ts";

interface Occ {
  type: EntityType;
  surface: string;
  role?: string;
  articleId: string;
  sentenceId: string;
  /** Name key: folded tokens, article dropped from all but the first token (persons). */
  nameKey: string;
  /** A name the person is known by (EntityMention.alias). */
  alias?: string;
}

interface Group {
  key: string;
  type: EntityType;
  tokens: string[];
  lex?: LexEntry;
  occs: Occ[];
  quotes: Entity["quotes"];
}

const QUOTES_RE = /["“”«»]/g;
/** Lexicon entries by id (a cluster rooted at a lexicon id takes its entry). */
const LEX_BY_ID = new Map(LEX_ENTRIES.map((e) => [e.id, e] as const));

function personKey(surface: string): string {
  // A final ى written for ي and back ("ناجى جلول", "عبير موسى" beside "ناجي جلول", "عبير موسي") is one name.
  // (Not a name of one word: "سلمى" is not the nisba "السلمي".)
  // "أبوبكر" and "أبو بكر", "عبدالله" and "عبد الله" are one spelling: the particle is read apart from its word.
  // So are "نورالدين" and "نور الدين".
  const folded = foldKey(surface.replace(QUOTES_RE, " "))
    .replace(/(^| )(عبد(?=ال\S{2,})|ابو(?=\S{2,}))/g, "$1$2 ")
    .replace(/(^| )(\S{2,})(?=الدين( |$))/g, "$1$2 ");
  const toks = (folded.includes(" ") ? folded.replace(/ى(?= |$)/g, "ي") : folded).split(" ").filter(Boolean);
  // «أبي بكر البغدادي» is «أبو بكر البغدادي» in the genitive («لزعيم تنظيم داعش أبي بكر …»).
  if (toks[0] === "ابي" && toks.length >= 3) toks[0] = "ابو";
  return toks.map((t, i) => (i === 0 ? t : dropAl(t))).join(" ");
}

/** Epithets written after an organisation's name ("تنظيم داعش الإرهابي"). */
const EPITHETS = new Set(["الإرهابي", "الإرهابية", "المتطرف", "المتطرفة"].map(foldKey));

function lexFor(surface: string, type: EntityType): LexEntry | undefined {
  const key = foldKey(surface.replace(QUOTES_RE, " "));
  const e = entryByKey(key);
  if (e) return e.type === type ? e : undefined;
  if (type === "person") return lexPersonSpelt(key);
  if (type !== "organization") return undefined;
  // "تنظيم "داعش" الإرهابي", "وكالة "رويترز"", "قناة الجزيرة": a known organisation behind its kind of body or
  // before an epithet is that organisation.
  let words = key.split(" ");
  // (An outlet's country after its name too: «صحيفة ديلي ميل البريطانية» is the Daily Mail.)
  const outlet = OUTLET_HEADS.has(dropAl(words[0]!));
  while (words.length > 1 && (EPITHETS.has(words[words.length - 1]!) || (outlet && nationalityOf(words[words.length - 1]!) !== undefined))) words = words.slice(0, -1);
  for (const w of [words, words.length > 1 && isOrgHead(words[0]!) ? words.slice(1) : undefined]) {
    const hit = w && entryByKey(w.join(" "));
    if (hit && hit.type === "organization") return hit;
  }
  return undefined;
}

/**
 * «أنغيلا ميركل», «فرنسوا فيون»: a lexicon person's name spelt another way, the same family name (the lexicon's) and a
 * first name with the same consonants (long vowels written or left out; غ for ج, as in the Maghreb).
 */
function lexPersonSpelt(key: string): LexEntry | undefined {
  const words = key.split(" ");
  if (words.length !== 2) return undefined;
  const entry = SURNAME_INDEX.get(words[1]!);
  if (!entry) return undefined;
  const first = words[0]!;
  return entry.forms.some((f) => {
    const fw = foldKey(f).split(" ");
    return fw.length === 2 && fw[1] === words[1] && fw[0]![0] === first[0] && skeleton(fw[0]!) === skeleton(first) && skeleton(first).length >= 2;
  })
    ? entry
    : undefined;
}

/** Union-find over group keys. */
class Sets {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p === k) return k;
    p = this.find(p);
    this.parent.set(k, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

const ORG_PREFIX = "organization:";

/**
 * An organisation an article names in full, then shortened («وزارة الزراعة والأغذية والشؤون الريفية» … «وزارة الزراعة»,
 * «المجلس الوطني التأسيسي» … «المجلس الوطني»): the short name of two words or more, the start of one longer name only,
 * is that body there. Not when the longer name goes on with a preposition («حركة النهضة بالمنستير» is a branch: the
 * party named alone is the party). Keys are `articleId \0 nameKey`; values the full name's key.
 */
function shortenedBodies(occs: readonly Occ[]): Map<string, string> {
  const byArticle = new Map<string, Set<string>>();
  for (const o of occs) {
    if (o.type !== "organization" || !o.nameKey.startsWith(ORG_PREFIX)) continue;
    let set = byArticle.get(o.articleId);
    if (set === undefined) byArticle.set(o.articleId, (set = new Set()));
    set.add(o.nameKey);
  }
  const out = new Map<string, string>();
  for (const [articleId, keys] of byArticle) {
    if (keys.size < 2) continue;
    for (const short of keys) {
      if (short.indexOf(" ") < 0) continue;
      let full: string | undefined;
      let ambiguous = false;
      for (const long of keys) {
        if (long === short || !long.startsWith(`${short} `)) continue;
        const next = long.slice(short.length + 1);
        if (/^(ب|في |لدى |عن |من )/.test(next)) continue;
        // Of several longer names, the shortest (the others extend it: the same body named more fully).
        if (full === undefined || full.startsWith(`${long} `)) full = long;
        else if (!long.startsWith(`${full} `)) ambiguous = true;
      }
      if (full !== undefined && !ambiguous) out.set(`${articleId}\u0000${short}`, full);
    }
  }
  return out;
}

/** Merges the mentions and quotes of `sentences` into entities, in order of first appearance. */
export function mergeEntities(sentences: Sentence[]): Entity[] {
  const groups = new Map<string, Group>();
  const sets = new Sets();
  const occs: Occ[] = [];
  for (const s of sentences) {
    for (const m of s.mentions ?? []) {
      if (typeof m.surface !== "string" || m.surface.trim() === "") continue;
      const lex = lexFor(m.surface, m.type);
      const nameKey = lex ? lex.id : m.type === "person" ? personKey(m.surface) : `${m.type}:${normalizeKey(m.surface.replace(QUOTES_RE, " "))}`;
      const occ: Occ = { type: m.type, surface: m.surface, articleId: s.articleId, sentenceId: s.id, nameKey };
      if (m.role) occ.role = m.role;
      if (m.alias) occ.alias = m.alias;
      occs.push(occ);
      let g = groups.get(nameKey);
      if (!g) {
        g = { key: nameKey, type: m.type, tokens: lex ? personKey(lex.ar).split(" ") : nameKey.split(" "), occs: [], quotes: [] };
        if (lex) g.lex = lex;
        groups.set(nameKey, g);
      }
      g.occs.push(occ);
    }
  }
  const persons = [...groups.values()].filter((g) => g.type === "person");
  unionVariants(persons, sets);
  const assign = resolvePartials(persons, occs, sets);

  // Build final clusters.
  const shortened = shortenedBodies(occs);
  const clusters = new Map<string, Occ[]>();
  for (const o of occs) {
    const root = o.type === "person" ? (assign.get(o) ?? sets.find(o.nameKey)) : (shortened.get(`${o.articleId}\u0000${o.nameKey}`) ?? o.nameKey);
    const list = clusters.get(root) ?? [];
    list.push(o);
    clusters.set(root, list);
  }
  // Quotes: the speaker is resolved like a mention of the same article.
  const quotesByRoot = new Map<string, Entity["quotes"]>();
  const articleIndex = new Map<string, string>();
  for (const [root, list] of clusters) for (const o of list) articleIndex.set(`${o.articleId}\u0000${o.surface}`, root);
  for (const s of sentences) {
    for (const q of s.quotes ?? []) {
      const root = articleIndex.get(`${s.articleId}\u0000${q.speaker}`) ?? findRoot(q.speaker, clusters, sets);
      if (!root) continue;
      const list = quotesByRoot.get(root) ?? [];
      if (!list.some((x) => x.text === q.text && x.articleId === s.articleId)) list.push({ text: q.text, sentenceId: s.id, articleId: s.articleId });
      quotesByRoot.set(root, list);
    }
  }
  const out: Entity[] = [];
  const usedIds = new Set<string>();
  // Surfaces repeat across mentions ("الولايات المتحدة" thousands of times): one key per distinct surface.
  const surfaceKeys = new Map<string, string>();
  const keyOf = (surface: string): string => {
    let k = surfaceKeys.get(surface);
    if (k === undefined) surfaceKeys.set(surface, (k = normalizeKey(surface)));
    return k;
  };
  const maghreb = maghrebVote(sentences);
  for (const [root, list] of clusters) {
    const e = buildEntity(root, list, groups, keyOf, quotesByRoot.get(root) ?? [], maghreb);
    let id = e.id;
    for (let n = 2; usedIds.has(id); n++) id = `${e.id}-${n}`;
    e.id = id;
    usedIds.add(id);
    out.push(e);
  }
  return out;
}

function findRoot(speaker: string, clusters: Map<string, Occ[]>, sets: Sets): string | undefined {
  for (const type of ["person", "organization"] as const) {
    const lex = lexFor(speaker, type);
    const key = lex ? lex.id : type === "person" ? personKey(speaker) : `${type}:${normalizeKey(speaker)}`;
    const root = type === "person" ? sets.find(key) : key;
    if (clusters.has(root)) return root;
  }
  return undefined;
}

/** Joins full names that are spelling variants: same surname plus a shared other token or role. */
function unionVariants(persons: Group[], sets: Sets): void {
  const bySurname = new Map<string, Group[]>();
  const pairs: [Group, Group][] = [];
  for (const g of persons) {
    if (g.tokens.length < 2) continue;
    // A monarch's number is no surname: «عبد الله الثاني» is not of «آل ثاني».
    if (REGNAL_NUMERALS.has(`ال${g.tokens[g.tokens.length - 1]!}`) && g.tokens[g.tokens.length - 2] !== "ال") continue;
    // "جاب الله", "خلف الله", "عبد الله": a surname on الله is its two words.
    const last = g.tokens.length >= 3 && dropAl(g.tokens[g.tokens.length - 1]!) === "له" ? 2 : 1;
    const s = g.tokens.slice(-last).map(dropAl).join(" ");
    const list = bySurname.get(s) ?? [];
    list.push(g);
    bySurname.set(s, list);
  }
  for (const list of bySurname.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const ga = list[a]!;
        const gb = list[b]!;
        if (ga.lex && gb.lex && ga.lex.id !== gb.lex.id) continue;
        const restA = ga.tokens.slice(0, -1);
        const restB = gb.tokens.slice(0, -1);
        // A shared particle (بن، عبد، أبو) says nothing: "سفيان بن حميدة" and "فوزي بن حميدة" are two people.
        const sharedToken =
          restA.some((t) => !NAME_PARTICLES.has(t) && restB.some((u) => u === t || dropAl(u) === dropAl(t))) || firstSpelling(ga.tokens[0]!, gb.tokens[0]!);
        const sharedRole = sharesOffice(ga, gb);
        // Two different first names are two people even with the same role ("النائب خالد/يوسف مرزوق"),
        // unless one is an initial ("سي" for C.); "المهدي" and "مهدي" are one. A name opening on بن has no first
        // name: it joins a full name by their role ("الرئيس الأسبق بن علي"), not by a shared word ("بن جاب الله" is
        // no link between "فوزي جاب الله" and "ياسين بن جاب الله").
        const fa = ga.tokens[0]!;
        const fb = gb.tokens[0]!;
        const bin = SONSHIP.has(fa) || SONSHIP.has(fb);
        const firstCompatible =
          dropAl(fa) === dropAl(fb) || firstSpelling(fa, fb) || mohamedBefore(ga.tokens, gb.tokens) || (bin ? sharedRole : fa.length <= 2 || fb.length <= 2);
        const middlesDiffer = differentMiddles(restA.slice(1), restB.slice(1)) || binFamilyDiffers(ga.tokens, gb.tokens);
        if ((sharedToken || sharedRole) && firstCompatible && !middlesDiffer) pairs.push([ga, gb]);
      }
    }
  }
  // The same first name and office, and a surname spelled with an emphatic letter for a plain one («سفيان السليطي» and
  // «سفيان السليتي», the spokesman of the same court): one person.
  const byFirst = new Map<string, Group[]>();
  for (const g of persons) {
    if (g.tokens.length !== 2 || !g.occs.some((o) => o.role)) continue;
    const k = dropAl(g.tokens[0]!);
    const list = byFirst.get(k);
    if (list) list.push(g);
    else byFirst.set(k, [g]);
  }
  for (const list of byFirst.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const ga = list[a]!;
        const gb = list[b]!;
        if ((ga.lex && gb.lex) || !emphaticVariant(dropAl(ga.tokens[1]!), dropAl(gb.tokens[1]!))) continue;
        if (sharesOffice(ga, gb)) pairs.push([ga, gb]);
      }
    }
  }
  // A shorter name that fits several longer ones which do not fit each other names none of them for sure: "محمد
  // الحامدي" beside "محمد صالح الحامدي" and "محمد الهاشمي الحامدي" is a third person, or either of the two.
  const paired = new Set(pairs.map(([a, b]) => `${a.key}\u0000${b.key}`));
  const fit = (a: Group, b: Group) => paired.has(`${a.key}\u0000${b.key}`) || paired.has(`${b.key}\u0000${a.key}`);
  const longer = new Map<Group, Group[]>();
  for (const [a, b] of pairs) {
    if (a.tokens.length === b.tokens.length) continue;
    const [short, long] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
    const list = longer.get(short);
    if (list) list.push(long);
    else longer.set(short, [long]);
  }
  const ambiguous = (g: Group): boolean => {
    const list = longer.get(g) ?? [];
    return list.some((x, i) => list.slice(i + 1).some((y) => !fit(x, y)));
  };
  for (const [a, b] of pairs) {
    if (a.tokens.length !== b.tokens.length && ambiguous(a.tokens.length < b.tokens.length ? a : b)) continue;
    sets.union(a.key, b.key);
  }
}

/**
 * A family name on بن is not one on another word after the same given names: "ليلى بن علي" and "ليلى أولاد علي", "فتحي
 * بن علي" and "فتحي الحاج علي" are two people ("عبد الجليل سالم" is "عبد الجليل بن سالم" written without it).
 */
function binFamilyDiffers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  const binA = SONSHIP.has(a[a.length - 2]!);
  if (binA === SONSHIP.has(b[b.length - 2]!)) return false;
  return a.slice(0, -2).every((t, i) => t === b[i]);
}

/**
 * Two middle names that are not one spelt two ways are two people: "محمد صالح الحامدي" and "محمد الهاشمي الحامدي",
 * but "كيم جونغ أون" and "كيم جونج أون", "علي عبد الله صالح" and "علي عبدالله صالح" are one. Spellings are compared
 * whole (particles and spaces included) and may differ in a letter or two: at most 40% of the longer one.
 */
function differentMiddles(a: string[], b: string[]): boolean {
  const namesA = a.filter((t) => !NAME_PARTICLES.has(t));
  const namesB = b.filter((t) => !NAME_PARTICLES.has(t));
  if (namesA.length === 0 || namesB.length === 0) return false;
  // One name in both: a longer chain of fathers' names ("تميم بن حمد آل ثاني", "تميم بن حمد بن خليفة آل ثاني").
  if (namesA.some((x) => namesB.some((y) => sameSpelling(x, y)))) return false;
  return !sameSpelling(a.join(""), b.join(""));
}

/**
 * A foreign first name the name list does not know, spelt as one it knows but for long vowels left out or a G written غ
 * («فرنسوا» and «فرانسوا», «جاستين» and «جاستن», «أنغيلا» and «أنجيلا»). Two known names are two names («سليم»,
 * «سالم»), and so are two whose vowels stand in different places («رشدي», «رشاد»).
 */
function firstSpelling(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || FIRST_NAMES.has(a) === FIRST_NAMES.has(b)) return false;
  const g = (t: string) => t.replace(/غ/g, "ج").replace(/ى$/, "ي");
  const [short, long] = a.length <= b.length ? [g(a), g(b)] : [g(b), g(a)];
  // The shorter spelling is the longer one with some of its ا و ي left out (never the first letter).
  let i = 0;
  for (let j = 0; j < long.length; j++) {
    if (short[i] === long[j]) i++;
    else if (j === 0 || !"اوي".includes(long[j]!)) return false;
  }
  return i === short.length;
}

/** «محمد المنصف المرزوقي» and «المنصف المرزوقي»: the Maghreb's leading محمد, written or left out. */
function mohamedBefore(a: readonly string[], b: readonly string[]): boolean {
  const [long, short] = a.length === b.length + 1 ? [a, b] : b.length === a.length + 1 ? [b, a] : [undefined, undefined];
  return long !== undefined && long[0] === MOHAMED && dropAl(long[1]!) === dropAl(short[0]!);
}

const MOHAMED = foldKey("محمد");

/** A word's consonants: its long vowels left out, غ read as ج (the Maghreb writes the hard g with غ). */
function skeleton(w: string): string {
  return w.replace(/غ/g, "ج").replace(/[اويى]/g, "");
}

/** Two spellings of one word that differ by one long vowel letter written or left out (قورتولموش، قرتولموش). */
function vowelSpelling(x: string, y: string): boolean {
  if (x === y || Math.abs(x.length - y.length) !== 1) return false;
  return skeleton(x) === skeleton(y) && distance(x, y) === 1;
}

/** The same word spelt two ways: at most a letter or two apart (40% of the longer one). */
function sameSpelling(x: string, y: string): boolean {
  return x === y || distance(x, y) <= Math.max(1, Math.floor(0.4 * Math.max(x.length, y.length)));
}

/** Whether a role phrase is a woman's: its head in ة ("الوزيرة", "مستشارة الرئيس"). */
function feminineRole(role: string | undefined): boolean {
  return role !== undefined && /ة$/.test(role.trim().split(/\s+/)[0]!);
}

/**
 * «مصطفى» alone after «محمد مصطفى»: a full name's final ى is keyed ي (personKey), a lone word's is not; the full names
 * whose last word is written with ى, as this one is, are its. (Not a nisba in ي: «سلمى» is not «… السلمي».)
 */
function endsInAlifMaqsura(byTail: ReadonlyMap<string, Group[]>, tokens: readonly string[]): Group[] {
  const last = tokens[tokens.length - 1]!;
  if (tokens.length !== 1 || !last.endsWith("ى")) return [];
  const written = (f: Group): boolean => f.occs.some((o) => /ى$/.test(o.surface.trim()));
  return (byTail.get(`${dropAl(last).slice(0, -1)}ي`) ?? []).filter(written);
}

/** Particles of sonship (بن، ابن، بنت، ولد), by folded key. */
const SONSHIP = new Set(["بن", "ابن", "بنت", "ولد"].map(foldKey));

/** Assigns partial-name occurrences ("أوستن") to the unique full name they end. */
function resolvePartials(persons: Group[], occs: Occ[], sets: Sets): Map<Occ, string> {
  const assign = new Map<Occ, string>();
  const full = persons.filter((g) => g.tokens.length >= 2);
  // Full names under every proper tail of their tokens, article dropped ("لويد أوستن" under "اوستن"):
  // one lookup per partial name instead of a scan of all full names (quadratic at corpus scale). Not a tail behind
  // بن/ولد: it is the father's name ("سفيان بن محمد بن منصور العياري": منصور العياري is someone else; "محمد بن سلمان":
  // سلمان is his father).
  const byTail = new Map<string, Group[]>();
  for (const f of full) {
    const tail = f.tokens.map(dropAl);
    for (let k = 1; k < tail.length; k++) {
      // Nor the one word after عبد or أبو: "هدى" is not "… عبد الهدى".
      const before = f.tokens[tail.length - k - 1]!;
      if (SONSHIP.has(before) || (k === 1 && (before === "عبد" || before === "ابو"))) continue;
      const key = tail.slice(tail.length - k).join(" ");
      const list = byTail.get(key);
      if (list) list.push(f);
      else byTail.set(key, [f]);
    }
  }
  const articlesOf = new Map<Group, Set<string>>();
  const inArticle = (f: Group, articleId: string): boolean => {
    let set = articlesOf.get(f);
    if (!set) articlesOf.set(f, (set = new Set(f.occs.map((x) => x.articleId))));
    return set.has(articleId);
  };
  const byKey = new Map(persons.map((g) => [g.key, g] as const));
  /** Full names by article (built on first use). */
  let byArticle: Map<string, Group[]> | undefined;
  const fullIn = (articleId: string): Group[] => {
    if (byArticle === undefined) {
      byArticle = new Map();
      for (const f of full) {
        for (const a of new Set(f.occs.map((x) => x.articleId))) {
          const list = byArticle.get(a);
          if (list) list.push(f);
          else byArticle.set(a, [f]);
        }
      }
    }
    return byArticle.get(articleId) ?? [];
  };
  /** Lexicon people the corpus names in full (their group holds occurrences). */
  const attested = new Set(persons.filter((g) => g.lex && g.occs.length > 0).map((g) => g.key));
  for (const o of occs) {
    if (o.type !== "person") continue;
    const g = byKey.get(o.nameKey);
    if (!g || g.lex) continue;
    const cands = byTail.get(g.tokens.map(dropAl).join(" ")) ?? endsInAlifMaqsura(byTail, g.tokens);
    // The lexicon person who bears this surname alone, if any ("ترامب", "أوباما").
    const lex = g.tokens.length === 1 ? (SURNAME_INDEX.get(g.tokens[0]!) ?? SURNAME_INDEX.get("ال" + g.tokens[0]!)) : undefined;
    const roots = (list: Group[]) => [...new Set(list.map((f) => sets.find(f.key)))];
    const local = roots(cands.filter((f) => inArticle(f, o.articleId)));
    if (local.length === 1) {
      assign.set(o, local[0]!);
      continue;
    }
    if (local.length > 1) {
      // "الرئيس أوباما" in an article that names Barack and Michelle Obama: an office says which, by its gender; with
      // none, the surname alone is the lexicon's bearer of it ("لزوجة أوباما" is Barack's wife).
      const fits = o.role === undefined ? [] : local.filter((root) => (byKey.get(root)?.lex?.gender === "f" || LEX_BY_ID.get(root)?.gender === "f") === feminineRole(o.role));
      if (fits.length === 1) assign.set(o, fits[0]!);
      else if (o.role === undefined && lex && local.includes(sets.find(lex.id))) assign.set(o, sets.find(lex.id));
      continue;
    }
    // The surname alone of the one lexicon person who bears it ("ترامب"), when the corpus names that person in full
    // somewhere and no other person of the article has it: theirs, even where relatives elsewhere do (إيفانكا
    // ترامب). A lexicon surname the corpus never attaches to its person (المالكي) is anyone's.
    // Not a woman's office ("مستشارة الرئيس … ترامب" is Ivanka) to a man of the lexicon, nor the reverse.
    if (lex && attested.has(lex.id) && (o.role === undefined || feminineRole(o.role) === (lex.gender === "f"))) {
      assign.set(o, sets.find(lex.id));
      continue;
    }
    // «وأضاف قرتولموش» in an article that names «نعمان قورتولموش»: a foreign surname spelt with a long vowel more or less
    // is that one full name's.
    if (g.tokens.length === 1 && cands.length === 0 && g.tokens[0]!.length >= 5) {
      const alone = dropAl(g.tokens[0]!);
      const spelt = roots(fullIn(o.articleId).filter((f) => vowelSpelling(dropAl(f.tokens[f.tokens.length - 1]!), alone)));
      if (spelt.length === 1) {
        assign.set(o, spelt[0]!);
        continue;
      }
    }
    // «الأمير فيصل» in an article that names «فيصل بن مشعل بن سعود»: a royal's first name alone is the one full name of
    // the article that opens with it.
    if (g.tokens.length === 1 && cands.length === 0 && o.role !== undefined && ROYAL_ROLE.test(o.role.trim())) {
      const first = dropAl(g.tokens[0]!);
      const opened = roots(full.filter((f) => dropAl(f.tokens[0]!) === first && inArticle(f, o.articleId)));
      if (opened.length === 1) {
        assign.set(o, opened[0]!);
        continue;
      }
    }
    const global = roots(cands);
    // In another article, a surname alone said with an office is not a full name's that holds none like it ("المدير الجهوي
    // للحماية المدنية بسوسة جلول" is not the minister ناجي جلول).
    if (global.length === 1 && !(g.tokens.length === 1 && o.role !== undefined && otherOffice(o.role, cands.filter((f) => sets.find(f.key) === global[0])))) assign.set(o, global[0]!);
    else if (global.length === 0 && lex) assign.set(o, sets.find(lex.id));
  }
  return assign;
}

/** Whether `role` heads differently (its first English word) from every office the full names hold, when they hold any. */
function otherOffice(role: string, fulls: readonly Group[]): boolean {
  const head = (r: string): string => translateRole(r).split(" ")[0]!.replace(/^President$/, "Head");
  const heads = new Set<string>();
  for (const f of fulls) for (const x of f.occs) if (x.role) heads.add(head(x.role));
  return heads.size > 0 && !heads.has(head(role));
}

function buildEntity(
  root: string,
  list: Occ[],
  groups: Map<string, Group>,
  keyOf: (surface: string) => string,
  quotes: Entity["quotes"],
  maghreb: (list: readonly Occ[]) => boolean,
): Entity {
  const type = list[0]!.type;
  const lex = groups.get(root)?.lex ?? LEX_BY_ID.get(root) ?? list.map((o) => groups.get(o.nameKey)?.lex).find((x) => x);
  // Canonical: the longest well-supported form (most words, then most frequent, then longest).
  const counts = new Map<string, { surface: string; n: number }>();
  for (const o of list) {
    const k = keyOf(o.surface);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { surface: o.surface.trim(), n: 1 });
  }
  const forms = [...counts.values()].sort(
    (a, b) => words(b.surface) - words(a.surface) || b.n - a.n || b.surface.length - a.surface.length,
  );
  let ar = forms[0]!.surface;
  if (lex && type !== "person") ar = lex.ar;
  const en = lex ? lex.en : entityEnglishName(ar, type, type === "person" && maghreb(list));
  // Names the text says the person is known by, in Arabic and English («حميدتي», Hemedti).
  const known = [...new Set(list.map((o) => o.alias).filter((a): a is string => a !== undefined))].flatMap((a) => [a, entityEnglishName(a, type)]);
  const aliases = [...new Set([...forms.map((f) => f.surface), ...(lex ? lex.forms : []), en, ...known])];
  // In order of first occurrence (Sets keep insertion order).
  const articles = new Set<string>();
  const sentenceIds = new Set<string>();
  for (const o of list) {
    articles.add(o.articleId);
    sentenceIds.add(o.sentenceId);
  }
  return {
    id: `${type}:${normalizeKey(ar).replace(/["“”«»]/g, "").trim().replace(/\s+/g, "-")}`,
    type,
    name: { ar, en },
    aliases,
    roles: dedupeRoles(list.map((o) => o.role).filter((r): r is string => r !== undefined)),
    articles: [...articles],
    mentions: list.length,
    quotes,
    sentenceIds: [...sentenceIds],
  };
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * Deduplicates roles: same key, same English, or a shorter role that begins a longer one said at least as often
 * ("الرئيس" beside "الرئيس الأمريكي"; but "رئيس الحكومة", said 227 times, stays beside "رئيس الحكومة المكلف").
 * The most often said come first.
 */
function dedupeRoles(roles: string[]): Entity["roles"] {
  const uniq = new Map<string, { ar: string; count: number }>();
  for (const r of roles) {
    // "الشباب و الرياضة" is "الشباب والرياضة" with a space.
    const k = normalizeKey(r)
      .replace(/(^| )و (?=\S)/g, "$1و")
      .split(" ")
      .map((t) => dropAl(t.replace(/^لل/, "ال")))
      .join(" ");
    // A courtesy title alone ("السيد", "الحاج": Mr., Hajj) says nothing of what the person does.
    if (COURTESY_TITLES.has(k)) continue;
    const seen = uniq.get(k);
    if (seen) seen.count++;
    else uniq.set(k, { ar: r, count: 1 });
  }
  const keys = [...uniq.keys()];
  const count = (k: string) => uniq.get(k)!.count;
  const kept = keys.filter((k) => !keys.some((o) => o !== k && o.startsWith(k + " ") && count(o) >= count(k)));
  // Most often said first; the order of first mention among equals (a stable sort).
  kept.sort((a, b) => count(b) - count(a));
  const byEn = new Map<string, { ar: string; en: string; count: number }>();
  for (const k of kept) {
    const { ar } = uniq.get(k)!;
    const en = translateRole(ar);
    const prev = byEn.get(en);
    if (!prev) byEn.set(en, { ar, en, count: count(k) });
    else {
      prev.count += count(k);
      if (ar.length > prev.ar.length) prev.ar = ar;
    }
  }
  return [...byEn.values()].sort((a, b) => b.count - a.count).map(({ ar, en }) => ({ ar, en }));
}

/** Whether two names were given the same office (compared in English, so that spellings of one office meet). */
function sharesOffice(a: Group, b: Group): boolean {
  const offices = new Set(a.occs.filter((o) => o.role).map((o) => translateRole(o.role!)));
  return b.occs.some((o) => o.role !== undefined && offices.has(translateRole(o.role)));
}

/** Letters written for one another (an emphatic and its plain form). */
const EMPHATIC_PAIRS = new Set(["تط", "طت", "سص", "صس", "دض", "ضد", "ذظ", "ظذ", "ثت", "تث"]);

/** Whether two words differ in one letter only, an emphatic written for its plain form or the reverse. */
function emphaticVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return EMPHATIC_PAIRS.has(`${a[diff]}${b[diff]}`);
}
