/**
 * «القاعدة» alone is al-Qaeda or "the base". Within a sentence the grammar often tells (orgs-places.ts: «هذه القاعدة»,
 * «القاعدة الجوية»); across an article, the story does: one about a military base («قاعدة عين الأسد الجوية», «قاعدة
 * عسكرية») that never names the organisation in full («تنظيم القاعدة») means the base by «في القاعدة».
 */
import { foldKey, tokReadings } from "./tokenize.ts";
import { COMMON_WORD_NAMES } from "./lexicon.ts";
import { isArabicWord, isDefinite } from "./phrase.ts";
import type { SentenceWork, WorkMention } from "./work.ts";

const BASE = foldKey("قاعدة");
const QAEDA = foldKey("القاعدة");
/** Adjectives of a military base; any other adjective in ة makes «قاعدة» a rule or a following («قاعدة شعبية»). */
const MILITARY = new Set(["عسكرية", "جوية", "بحرية", "أمريكية", "أميركية"].map(foldKey));
/** «قاعدة بيانات»: a database. */
const DATA = foldKey("بيانات");

/** Drops the organisation mentions of a lone «القاعدة» in an article about a military base (see the module comment). */
export function baseNotQaeda(works: SentenceWork[]): void {
  // Most articles have no lone «القاعدة»: one look at their organisations' first words settles them.
  if (!COMMON_WORD_NAMES.has(QAEDA) || !works.some((w) => w.mentions.some((m) => loneQaeda(w, m)))) return;
  let base = false;
  for (const w of works) {
    for (const m of w.mentions) if (m.type === "organization" && m.t1 - m.t0 > 1 && w.keys.slice(m.t0, m.t1).includes(QAEDA)) return;
    if (!base && w.text.includes("قاعد")) base = w.toks.some((_, i) => namesABase(w, i));
  }
  if (!base) return;
  for (const w of works) w.mentions = w.mentions.filter((m) => !loneQaeda(w, m));
}

/** An organisation mention of the one word «القاعدة» (clitics allowed). */
function loneQaeda(w: SentenceWork, m: WorkMention): boolean {
  return m.type === "organization" && m.t1 - m.t0 === 1 && tokReadings(w.toks[m.t0]!).some((r) => r.key === QAEDA);
}

/** An indefinite «قاعدة» (clitics allowed) before a base's name or a military adjective («قاعدة عين الأسد», «قاعدة جوية»). */
function namesABase(w: SentenceWork, i: number): boolean {
  const t = w.toks[i]!;
  if (!isArabicWord(t) || !tokReadings(t).some((r) => r.key === BASE)) return false;
  const next = w.toks[i + 1];
  if (!isArabicWord(next) || next.key === DATA || isDefinite(next.key, next.raw)) return false;
  return MILITARY.has(next.key) || !next.raw.endsWith("ة");
}
