/**
 * holders: the people an office refers to ("/who وزير الدفاع", "/who prime minister"). A query is an office when one of
 * its words heads a role (the role lexicon's heads: «وزير», «الرئيس», «المدرب»…; in English, OFFICE_WORDS) and it is not
 * the whole name of someone or something («رئيس الحكومة» names no one; an organisation's whole name is its own answer).
 * A person matches when one of their roles holds every word of the query (Arabic words by their stems, so
 * «وزيرة الخارجية» finds «وزير الخارجية الفرنسي»; English words case-insensitive, in any order, so "defense
 * secretary" finds "US Secretary of Defense"). A role said of a former holder («السابق», "former") matches only a query
 * that says so too.
 *
 * The roles are those the articles said of each person, each with the newest article that says it; the answer gives
 * the role that matched and that article, so a reader sees who was called so, and when.
 *
 * The office must be the role's own: the word the role turns on (its head: «نائب» of «نائب رئيس الوزراء», "director" of
 * "Director of the President of the Republic Office") is one of the query's, so a deputy, an adviser or a spokesperson
 * is found by asking for one.
 *
 * Best first: a role that says the query word for word («الرئيس» is the president in «الرئيس الأميركي», while «رئيس
 * مجلس النواب» only holds its stem), then the newest article to call them so (who holds an office now matters more
 * than who held it), then prominence. The word table is built on the first such query and kept with the index.
 */
import type { OfficeHolder } from "../core.ts";
import type { CoreIndex } from "../index/build.ts";
import { isStopword, tokenize } from "../text/tokenize.ts";
import { stemArabic } from "../text/stem.ts";
import { translateRole } from "../entities/translate-role.ts";
import { F_HEAD, flagsOf } from "../entities/flags.ts";
import { foldKey } from "../entities/tokenize.ts";
import { hasArabic } from "../text/normalize.ts";
import { contains } from "./match.ts";

/** Words that mark a role as past: «وزير الدفاع السابق», "former Prime Minister". */
const FORMER = new Set(["سابق", "اسبق", "former"]);
/** English words that name an office (Arabic ones are the role lexicon's heads). */
const OFFICE_WORDS = new Set([
  "president", "minister", "premier", "secretary", "chancellor", "chairman", "chairwoman", "chair", "head", "chief", "speaker",
  "spokesman", "spokeswoman", "spokesperson", "deputy", "ambassador", "envoy", "consul", "governor", "mayor", "commander",
  "general", "colonel", "director", "leader", "king", "queen", "prince", "emir", "sheikh", "coach", "captain", "judge",
  "prosecutor", "mufti", "imam", "senator", "representative", "adviser", "advisor", "correspondent", "founder", "ceo",
  "undersecretary", "secretary-general", "delegate", "officer", "mp",
]);
/** British spellings of office words, and words for one office, read as those the English roles use. */
const SPELLING: Record<string, string> = { defence: "defense", programme: "program", labour: "labor", spokesman: "spokesperson", spokeswoman: "spokesperson" };

/** The words of an office or a query: Arabic stems, English words lower-cased; stop words dropped, unless they head a role («والي»). */
function officeWords(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    if (token.length < 2 || (isStopword(token) && !isOfficeWord(token))) continue;
    const stem = /[a-z]/.test(token) ? token : stemArabic(token) || token;
    const word = SPELLING[stem] ?? stem;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/**
 * A US cabinet Secretary is a minister by the world's name for the office: "US Secretary of Defense" answers "defense
 * minister", and the Secretary of State "foreign minister". The words to add, the head first.
 */
function cabinetWords(en: string): string[] {
  const m = /\bSecretary of (?:the )?([A-Z][a-z]+)/.exec(en);
  if (!m || !/\bUS\b/.test(en)) return [];
  return m[1] === "State" ? ["minister", "foreign"] : ["minister"];
}

/** One office said of one person, with the last time it was said of them. */
interface RoleEntry {
  entity: number;
  role: { ar: string; en: string };
  /** The role's words as written (normalised), space-separated and padded: the query's words in a row match. */
  text: string;
  /** The word each language's role turns on («وزير» of «وزير الدفاع العراقي»; "secretary" of "US Secretary of Defense"). */
  heads: string[];
  former: boolean;
  /** The newest article (by publication date) whose text gives them this role, and its date ("" when undated). */
  articleId: string;
  published: string;
}

interface HolderTable {
  roles: RoleEntry[];
  /** Word → indices into `roles`, ascending. */
  byWord: Map<string, number[]>;
}

const tables = new WeakMap<CoreIndex, HolderTable>();

/**
 * The roles as the articles said them (an entity's own list merges spellings and drops a shorter role that begins a
 * longer one), each with the newest article that says it of that person.
 */
function tableOf(index: CoreIndex): HolderTable {
  const known = tables.get(index);
  if (known) return known;
  const roles: RoleEntry[] = [];
  const byWord = new Map<string, number[]>();
  const add = (word: string, r: number) => {
    const list = byWord.get(word);
    if (list) list.push(r);
    else byWord.set(word, [r]);
  };
  index.entities.forEach((entity, e) => {
    if (entity.roles.length === 0) return;
    const names = new Set([entity.name.ar, ...entity.aliases]);
    const latest = new Map<string, { articleId: string; published: string }>();
    for (const i of index.entitySentences[e] ?? []) {
      const s = index.sentences[i]!;
      const published = index.articles[index.sentenceArticle[i]!]?.published ?? "";
      for (const m of s.mentions) {
        if (m.role === undefined || !names.has(m.surface)) continue;
        const seen = latest.get(m.role);
        if (!seen || published > seen.published) latest.set(m.role, { articleId: s.articleId, published });
      }
    }
    for (const [ar, where] of latest) {
      const en = entity.roles.find((r) => r.ar === ar)?.en ?? translateRole(ar);
      const words = officeWords(ar);
      const english = [...officeWords(en), ...cabinetWords(en)];
      if (words.length === 0 && english.length === 0) continue;
      const all = [...words, ...english];
      const r = roles.length;
      roles.push({
        entity: e,
        role: { ar, en },
        text: ` ${tokenize(ar).join(" ")} | ${tokenize(en).join(" ")} `,
        heads: [words[0], english.find((w) => OFFICE_WORDS.has(w)) ?? english[0], ...cabinetWords(en).slice(0, 1)].filter((w): w is string => w !== undefined),
        former: [...tokenize(ar), ...tokenize(en)].some((w) => FORMER.has(stemArabic(w) || w)),
        ...where,
      });
      for (const w of new Set(all)) add(w, r);
    }
  });
  const table = { roles, byWord };
  tables.set(index, table);
  return table;
}

/** Whether a query reads as an office: a word of it heads a role, and it is no one's whole name. */
function readsAsOffice(index: CoreIndex, query: string): boolean {
  return query.split(/\s+/).some(isOfficeWord) && index.lookup.find(query)[0]?.tier !== 3;
}

/** A word that heads a role (Arabic: the role lexicon's heads; English: OFFICE_WORDS). */
function isOfficeWord(word: string): boolean {
  return hasArabic(word) ? (flagsOf(foldKey(word)) & F_HEAD) !== 0 : OFFICE_WORDS.has(word.toLowerCase().replace(/[^a-z-]/g, ""));
}

/**
 * People whose roles hold every word of the office asked for, best first (see the file's comment); [] when the query
 * does not read as an office.
 */
export function holders(index: CoreIndex, office: string, limit = 10): OfficeHolder[] {
  const words = officeWords(office);
  if (words.length === 0 || !readsAsOffice(index, office)) return [];
  const table = tableOf(index);
  const lists = words.map((w) => table.byWord.get(w) ?? []).sort((a, b) => a.length - b.length);
  const [shortest, ...rest] = lists;
  if (!shortest?.length) return [];
  const wantsFormer = tokenize(office).some((w) => FORMER.has(stemArabic(w) || w));
  const phrase = ` ${tokenize(office).join(" ")} `;
  /** Per person, its best matching role and how well: 2 says the query's words in a row, 1 holds them all. */
  const best = new Map<number, { tier: number; role: RoleEntry }>();
  for (const r of shortest) {
    if (!rest.every((list) => contains(list, r))) continue;
    const role = table.roles[r]!;
    if (role.former && !wantsFormer) continue;
    // The office is the role's own, not one it serves or belongs to («مدير ديوان رئيس الجمهورية» is no president).
    if (!role.heads.some((h) => words.includes(h))) continue;
    const tier = role.text.includes(phrase) ? 2 : 1;
    const seen = best.get(role.entity);
    if (!seen || tier > seen.tier || (tier === seen.tier && role.published > seen.role.published)) best.set(role.entity, { tier, role });
  }
  const prominence = index.lookup.prominence;
  return [...best.values()]
    .sort((a, b) => {
      const pa = a.role.published;
      const pb = b.role.published;
      return b.tier - a.tier || (pa > pb ? -1 : pa < pb ? 1 : 0) || prominence[b.role.entity]! - prominence[a.role.entity]! || a.role.entity - b.role.entity;
    })
    .slice(0, limit)
    .map(({ role }) => ({ entity: index.entities[role.entity]!, role: role.role, articleId: role.articleId, published: role.published || null }));
}
