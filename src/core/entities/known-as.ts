/**
 * «قائد قوات الدعم السريع محمد حمدان دقلو، المعروف بحميدتي»: the name a person is known by, right after their name («المعروف
 * ب», «الملقب ب», «الشهير ب», «المكنى ب», and their feminine), is theirs too: /who finds them by it.
 */
import { foldKey } from "./tokenize.ts";
import { BASM, isArabicWord, isComma, isOpenQuote } from "./phrase.ts";
import type { SentenceWork } from "./work.ts";

/** «المعروف», «الملقب», «الشهير», «المكنى» (and «المعروفة»…), by folded key. */
const KNOWN_AS: ReadonlySet<string> = new Set(
  ["المعروف", "الملقب", "الشهير", "المكنى", "المعروفة", "الملقبة", "الشهيرة", "المكناة", "والمعروف", "والملقب"].map(foldKey),
);
/** Words of the nickname, at most. */
const MAX_WORDS = 3;

const BI = foldKey("ب");

/** Sets `alias` on the people whose name is followed by «، المعروف ب…» and a name. */
export function knownAs(w: SentenceWork): void {
  const { toks } = w;
  for (const m of w.mentions) {
    if (m.type !== "person") continue;
    let k = m.t1;
    if (isComma(toks[k])) k++;
    if (!isArabicWord(toks[k]) || !KNOWN_AS.has(toks[k]!.key)) continue;
    const t = toks[++k];
    if (!isArabicWord(t)) continue;
    // «المعروف بحميدتي» (ب on the name), «المعروف بـ"حميدتي"», «المعروف باسم أبو علي» (ب apart, or باسم).
    let from = k;
    let start = t.start + (t.raw[1] === "ـ" ? 2 : 1);
    if (t.key === BI || t.key === BASM) {
      from = k + 1;
      if (isOpenQuote(toks[from])) from++;
      if (toks[from] === undefined) continue;
      start = toks[from]!.start;
    } else if (!(t.key[0] === BI && t.key.length >= 4)) continue;
    let end = from;
    while (end < toks.length && end - from < MAX_WORDS && isArabicWord(toks[end])) end++;
    // A nickname is a short name standing alone: up to a comma, a full stop or a quotation mark.
    if (end === from || (toks[end] !== undefined && toks[end]!.kind !== "p")) continue;
    const alias = w.text.slice(start, toks[end - 1]!.end).replace(/["“”«»]/g, "").trim();
    if (alias.length >= 2) m.alias = alias;
  }
}
