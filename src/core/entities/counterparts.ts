/**
 * «قال وزير الخارجية الأردني أيمن الصفدي … مع نظيره السوري فيصل المقداد»: a person named as someone's counterpart holds
 * the same office in the country the nationality after «نظيره» names: Faisal Mekdad, Syrian Minister of Foreign Affairs.
 */
import { foldKey, tokenize } from "./tokenize.ts";
import { lexiconSpanAt, nationalityOf } from "./phrase.ts";
import { SUPRANATIONAL } from "./lexicon.ts";
import type { SentenceWork, WorkMention } from "./work.ts";

/** «نظيره», «ونظيرها», «بنظيرته»…: the counterpart word, its gender from its own ending (نظيرة: a woman). */
const COUNTERPART = /^[وبل]?(نظير|نظيرت)(ه|ها)$/;

/** Gives the roleless people named as someone's counterpart the office of the nearest office-holder before them. */
export function counterpartOffices(w: SentenceWork, from: number): void {
  const { toks } = w;
  for (let k = from; k < w.mentions.length; k++) {
    const m = w.mentions[k]!;
    if (m.type !== "person" || m.role !== undefined) continue;
    let j = m.t0 - 1;
    if (toks[j]?.kind === "p" && toks[j]!.raw === "،") j--;
    const nationality = toks[j] !== undefined && toks[j]!.key.startsWith("ال") ? nationalityOf(toks[j]!.key) : undefined;
    if (nationality !== undefined) j--;
    const word = toks[j];
    const form = word === undefined ? null : COUNTERPART.exec(word.raw);
    // (Not a nationality of no one country: «سفير الاتحاد الأوروبي» is not the European counterpart's office.)
    if (!form || (nationality !== undefined && SUPRANATIONAL.has(nationality))) continue;
    const office = officeBefore(w, j);
    if (office === undefined) continue;
    const role = counterpartRole(office, nationality === undefined ? undefined : toks[j + 1]!.raw, form[1] === "نظيرت");
    if (role !== undefined) m.role = role;
  }
}

/** The office of the nearest person (or office with no name) before token `j`. */
function officeBefore(w: SentenceWork, j: number): string | undefined {
  let best: { t1: number; role: string } | undefined;
  for (const p of w.mentions) {
    if (p.type === "person" && p.t1 <= j && p.role !== undefined && !(p as WorkMention).titleRole && (!best || p.t1 > best.t1)) best = { t1: p.t1, role: p.role };
  }
  for (const a of w.roleAnaphors) if (a.t1 <= j && (!best || a.t1 > best.t1)) best = { t1: a.t1, role: a.role };
  return best?.role;
}

/**
 * The office in the counterpart's country: the nationality that ends the office replaced by theirs (or dropped when
 * none is given), the head made masculine or feminine to match. Undefined when the office names its country otherwise
 * («وزير خارجية الأردن»): its place cannot be swapped for the counterpart's.
 */
function counterpartRole(office: string, nationality: string | undefined, feminine: boolean): string | undefined {
  const words = office.split(" ");
  if (words.length < 2) return undefined;
  const last = foldKey(words[words.length - 1]!);
  const ends = last.startsWith("ال") && nationalityOf(last) !== undefined;
  if (ends) {
    // (Agreeing with the office's own noun: not «… بالمملكة البلجيكية», where it is a kingdom's.)
    if (SUPRANATIONAL.has(nationalityOf(last)!) || !words[words.length - 2]!.startsWith("ال")) return undefined;
    words.pop();
  } else if (nationality !== undefined && !(words.slice(1).every((x) => x.startsWith("ال")) && !namesPlace(office))) return undefined;
  if (nationality !== undefined) words.push(nationality);
  const head = words[0]!;
  if (feminine && !head.endsWith("ة")) words[0] = `${head}ة`;
  else if (!feminine && head.endsWith("ة")) words[0] = head.slice(0, -1);
  return words.join(" ");
}

/** Whether a place or a body the lexicon knows is named in the office («سفير الولايات المتحدة»). */
function namesPlace(office: string): boolean {
  const toks = tokenize(office);
  const keys = toks.map((t) => t.key);
  return toks.some((_, i) => lexiconSpanAt(toks, keys, i, ["place", "organization"]) > 0);
}
