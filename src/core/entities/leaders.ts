/**
 * Offices of leading a body, read from the body named before: «الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني» (the one
 * who leads, chairs or commands it: Leader of the Kurdistan Democratic Party), and «حركة النهضة … رئيسها راشد الغنوشي»,
 * «الاتحاد … أمينه العام نور الدين الطبوبي» (its head, its secretary-general: the pronoun is the body's).
 */
import { foldKey } from "./tokenize.ts";
import { ROLE_HEADS, dropAl } from "./lexicon.ts";
import { roleHeadAt } from "./phrase.ts";
import type { SentenceWork, WorkMention } from "./work.ts";

/** The word of leading and the office it gives. */
const LED_BY: ReadonlyMap<string, string> = new Map([
  [foldKey("بزعامة"), "زعيم"],
  [foldKey("برئاسة"), "رئيس"],
  [foldKey("بقيادة"), "قائد"],
]);

/** Gives the roleless people named after «بزعامة/برئاسة/بقيادة» the office of leading the body before that word. */
export function bodyLeaders(w: SentenceWork): void {
  for (const m of w.mentions) {
    if (m.type !== "person" || m.role !== undefined) continue;
    const head = LED_BY.get(w.keys[m.t0 - 1] ?? "");
    if (head === undefined) continue;
    const body = w.mentions.find((o) => o.type === "organization" && o.t1 === m.t0 - 1);
    // (Not a body in the genitive of another noun: «الإطار الفني للنادي الإفريقي بقيادة شهاب الليلي» leads the staff.)
    if (body === undefined || /^[لب]/.test(w.keys[body.t0]!)) continue;
    m.role = `${head} ${body.surface}`;
  }
}

/** «العام» after «أمينه», «أمينها» (its secretary-general). */
const GENERAL = foldKey("العام");

/**
 * «رئيسها راشد الغنوشي», «أمينه العام نور الدين الطبوبي», «رئيسه مصطفى بن جعفر»: an office with the pronoun of the body
 * (or country) named last before it in the sentence, «ها» a feminine one («حركة», «مصر»), «ه» a masculine one («حزب»,
 * «الاتحاد»), is the office of that body: Head of Ennahda, Secretary-General of the UGTT.
 */
export function officesOfTheirBody(w: SentenceWork): void {
  const { toks, keys } = w;
  for (const m of w.mentions) {
    if (m.type !== "person") continue;
    let k = m.t0 - 1;
    if (toks[k]?.kind === "p") k--;
    const general = keys[k] === GENERAL;
    if (general) k--;
    const word = toks[k];
    const pronoun = word === undefined ? null : /^(.{3,}?)(ها|ه)$/.exec(word.raw);
    if (word === undefined || pronoun === null || word.raw.endsWith("ة")) continue;
    const head = foldKey(pronoun[1]!);
    if (general ? ROLE_HEADS.match(head, [head, GENERAL], 0) === undefined && ROLE_HEADS.match(head, [head, foldKey("عام")], 0) === undefined : ROLE_HEADS.match(head, [head], 0)?.len !== 1) continue;
    // Read as written: no office yet, or the one the pronoun's «ه» made a woman's («رئيسه» as «رئيسة»).
    if (m.role !== undefined && foldKey(m.role) !== foldKey(general ? `${word.raw} العام` : word.raw)) continue;
    const body = bodyBefore(w, k, pronoun[2] === "ها");
    // (Not past another person, whom the pronoun may be: «مدرب النادي الصفاقسي كلاوزن و مساعده أنيس الجربي».)
    // (Nor a body in an office's genitive: «مدرب النادي الصفاقسي … مساعده» is the coach's assistant.)
    if (body === undefined || w.mentions.some((p) => p.type === "person" && p !== m && p.t0 >= body.t1 && p.t1 <= k)) continue;
    if (roleHeadAt(keys, body.t0 - 1) || w.roleAnaphors.some((a) => a.t0 < body.t0 && body.t0 < a.t1)) continue;
    const bare = pronoun[1]!;
    m.role = general ? `ال${bare} العام ${body.surface.startsWith("ال") ? `لل${body.surface.slice(2)}` : `ل${body.surface}`}` : `${bare} ${body.surface}`;
  }
}

/** The organisation (or, for a feminine pronoun, the country) named last before token `k`, of the pronoun's gender. */
function bodyBefore(w: SentenceWork, k: number, feminine: boolean): WorkMention | undefined {
  let best: WorkMention | undefined;
  for (const o of w.mentions) {
    if (o.t1 > k || (best !== undefined && o.t1 <= best.t1)) continue;
    if (o.type === "person") continue;
    const first = dropAl(foldKey(o.surface.split(" ")[0]!));
    const fem = o.type === "place" || first.endsWith("ه");
    if (o.type === "place" && !feminine) continue;
    if (fem === feminine) best = o;
  }
  return best;
}
