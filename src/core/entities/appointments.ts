/**
 * Offices someone is appointed or elected to, written in the accusative after the name ("تعيين أحمد عضوم وزيرا للشؤون
 * الدينية", "انتخاب حسين العباسي رئيسا للمؤتمر"): the person's role, in its plain form. Used by people.ts.
 */
import { COURTESY_TITLES, ROLE_HEADS, dropAl } from "./lexicon.ts";
import { APPOINTING, OFFICE_MADE } from "./names.ts";
import { HARD_STOP, isArabicWord, isComma, lexiconSpanAt } from "./phrase.ts";
import { foldKey } from "./tokenize.ts";
import type { SentenceWork } from "./work.ts";

/** «جديدا» (new), after an office someone is made. */
const NEW_ONE = foldKey("جديدا");

/** An accusative word in its plain form: its final alef off, with the tanwin written on it («سفيراً» → «سفير»). */
function plainOffice(raw: string): string {
  return raw.replace(/[\u064B-\u065F]+$/u, "").replace(/ا$/u, "");
}

/** A role that is one courtesy title or rank word («السيد», «الأمير», «العميد»). */
function titleOnly(role: string): boolean {
  const key = dropAl(foldKey(role));
  return COURTESY_TITLES.has(key) || (!key.includes(" ") && ROLE_HEADS.match(key, [key], 0)?.value.kind === "title");
}

/** The accusative adjectives of such an office ("مديرا عاما", "رئيسا مديرا عاما", "ناطقا رسميا"), not an adverb ("خلفا له"). */
const OFFICE_ADJECTIVE_MADE = /^(عام|فني|جهوي|مركزي|تنفيذي|مساعد|اول|مدير|رسمي|رياضي|اداري|مفوض)ا$/;

/**
 * "تعيين أحمد عضوم وزيرا للشؤون الدينية", "بتعيين زياد الريبة مديرا عاما": the office someone is appointed to, written in
 * the accusative after the name, is theirs, in its plain form ("وزير الشؤون الدينية", "مدير عام").
 */
export function appointedAs(w: SentenceWork, before: number): void {
  const { toks, keys } = w;
  for (let n = before; n < w.mentions.length; n++) {
    const m = w.mentions[n]!;
    // (A courtesy title or a rank alone is no office: "تعيين السيد منصف الماطوسي، رئيسا مديرا عاما", "بتعيين الأمير عبد
    // العزيز بن سعود وزيرا للداخلية": the office is what the article says he becomes.)
    if (m.type !== "person" || (m.role !== undefined && !titleOnly(m.role))) continue;
    // The appointing word right before the name, or before a courtesy title or a rank ("تعيين العميد فتحي العوني").
    if (!APPOINTING.has(keys[m.t0 - 1] ?? "") && !(APPOINTING.has(keys[m.t0 - 2] ?? "") && toks[m.t0 - 1]!.kind === "w")) continue;
    let k = isComma(toks[m.t1]) ? m.t1 + 1 : m.t1;
    const head = toks[k];
    if (!isArabicWord(head) || !OFFICE_MADE.test(head.key)) continue;
    const words = [plainOffice(head.raw)];
    k++;
    // Its adjectives in the accusative too ("مديرا عاما", "رئيسا مديرا عاما", "مديرا فنيا").
    while (isArabicWord(toks[k]) && OFFICE_ADJECTIVE_MADE.test(toks[k]!.key) && words.length < 4) {
      words.push(plainOffice(toks[k]!.raw));
      k++;
    }
    // ("رئيسا جديدا للجمعية": new is what the article says, not the office's name.)
    if (toks[k]?.key === NEW_ONE) k++;
    // Its complement with ل ("للشؤون الدينية", "لمهرجان قرطاج"), or على for a governor ("واليا على زغوان").
    let t = toks[k];
    if (isArabicWord(t) && (t.key === "على" || t.key === "علي") && words[0] === "والي") t = toks[++k];
    if (isArabicWord(t) && t.key.startsWith("لل") && t.key.length > 3) words.push(`ال${t.raw.slice(2)}`);
    else if (isArabicWord(t) && t.key[0] === "ل" && t.key.length > 3 && !t.key.startsWith("ال")) words.push(t.raw.slice(1));
    else if (isArabicWord(t) && words[0] === "والي" && !HARD_STOP.has(t.key)) words.push(t.raw);
    else t = undefined;
    if (t !== undefined) {
      k++;
      // Then its definite words and known names ("لمهرجان قرطاج الدولي").
      while (isArabicWord(toks[k]) && ((toks[k]!.key.startsWith("ال") && !HARD_STOP.has(toks[k]!.key)) || lexiconSpanAt(toks, keys, k, ["place", "organization"]) > 0) && words.length < 7) words.push(toks[k++]!.raw);
    }
    m.role = words.join(" ");
  }
}
