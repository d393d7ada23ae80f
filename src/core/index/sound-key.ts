/**
 * Sound keys: a name's consonant skeleton, in classes that Arabic and its Latin spellings share, so that an English
 * query in any usual spelling finds an Arabic name whatever English the index gave it: «Bourguiba» and «بورقيبة» are
 * both B R G B, «Ons Jabeur» and «أنس جابر» N S + G B R, «Zuckerberg» and «زوكربيرغ» Z G R B R G.
 *
 * Vowels, long vowels (ا و ي), h, ع and hamza carry no weight (they are spelt every which way: Mohamed, Mohammed,
 * Muhammad); letters spelt alike fall into one class: the velars (ق ك غ خ ج: q, k, g, gh, kh, j, dj — Maghrebi ق is
 * g, Egyptian ج is g), the emphatic and plain pairs (ت ط ث: t, th; د ض ذ ظ: d, dh; س ص: s), ش (sh, ch); doubled
 * letters count once. The article «ال» and Latin «al-», «el-» are not part of a word's key.
 */

/** Class of each Arabic letter that counts; the others are dropped. */
const ARABIC: Record<string, string> = {
  "ب": "B", "پ": "B",
  "ت": "T", "ط": "T", "ث": "T",
  "د": "D", "ض": "D", "ذ": "D", "ظ": "D",
  "س": "S", "ص": "S",
  "ز": "Z",
  "ش": "C",
  "ق": "G", "ك": "G", "غ": "G", "خ": "G", "ج": "G", "گ": "G", "ڨ": "G",
  "ف": "F", "ڤ": "F",
  "ل": "L", "م": "M", "ن": "N", "ر": "R",
};

/** Latin spellings, longest first, and their class ("" = dropped). */
const LATIN: [string, string][] = [
  ["tch", "C"], ["sch", "C"], ["sh", "C"], ["ch", "C"],
  ["th", "T"], ["dh", "D"], ["gh", "G"], ["kh", "G"], ["dj", "G"], ["ph", "F"], ["ck", "G"], ["ou", ""],
  ["b", "B"], ["p", "B"], ["t", "T"], ["d", "D"], ["s", "S"], ["z", "Z"], ["q", "G"], ["k", "G"], ["g", "G"], ["j", "G"],
  ["f", "F"], ["v", "F"], ["l", "L"], ["m", "M"], ["n", "N"], ["r", "R"], ["x", "GS"],
];

/** Runs of the same class count once. */
function collapse(classes: string): string {
  let out = "";
  for (const c of classes) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** The sound key of one Arabic word (normalised or not). */
export function arabicSoundKey(word: string): string {
  return keyOf(word, ARABIC);
}

/** ظ and ذ are also written z ("Zarif" ظريف, "Kazemi" الكاظمي): the classes of the second reading. */
const ARABIC_Z: Record<string, string> = { ...ARABIC, "ظ": "Z", "ذ": "Z" };

/** The sound keys of one Arabic word: its key, and with ظ/ذ read as z when it has them. */
export function arabicSoundKeys(word: string): string[] {
  const key = keyOf(word, ARABIC);
  return /[ظذ]/.test(word) ? [key, keyOf(word, ARABIC_Z)] : [key];
}

function keyOf(word: string, classes: Record<string, string>): string {
  // The article, also after a particle written together with it ("عبدالرحمان", "ابوالقاسم").
  const w = (word.startsWith("ال") && word.length > 3 ? word.slice(2) : word).replace(/^(عبد|ابو|أبو|بو)ال/, "$1");
  let out = "";
  for (const ch of w) out += classes[ch] ?? "";
  return collapse(out);
}

/** The sound key of one Latin word. */
export function latinSoundKey(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  let out = "";
  for (let i = 0; i < w.length; ) {
    // A c before e, i or y is s ("Cedric"); else k.
    if (w[i] === "c" && !/^c[hk]/.test(w.slice(i))) {
      out += /[eiy]/.test(w[i + 1] ?? "") ? "S" : "G";
      i++;
      continue;
    }
    const hit = LATIN.find(([spelling]) => w.startsWith(spelling, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else i++; // vowels, h, w, y
  }
  return collapse(out);
}

/** Whether a sound key is specific enough to find a name by (two classes at least: «Ali» alone is just L). */
export function usableSoundKey(key: string): boolean {
  return key.length >= 2;
}
