/**
 * Offices of leading a body, read from the body named before: «الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني» (the one
 * who leads, chairs or commands it: Leader of the Kurdistan Democratic Party), and «حركة النهضة … رئيسها راشد الغنوشي»,
 * «الاتحاد … أمينه العام نور الدين الطبوبي» (its head, its secretary-general: the pronoun is the body's).
 */
import { foldKey, stripSurface, tokReadings } from "./tokenize.ts";
import { NAME_INDEX, ROLE_HEADS, dropAl } from "./lexicon.ts";
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

/** «العام» after «أمينه», «أمينها» (its secretary-general), and «عام» of «أمين عام». */
const GENERAL = foldKey("العام");
const GENERAL_BARE = foldKey("عام");
/** A word and the pronoun «ها» or «ه» it ends in. */
const WITH_PRONOUN = /^(.{3,}?)(ها|ه)$/;

/** Whether `head` is an office's head of one word (with «العام» after it when `general`: «أمين»). */
function isHead(head: string, general: boolean): boolean {
  if (!general) return ROLE_HEADS.match(head, [head], 0)?.len === 1;
  return ROLE_HEADS.match(head, [head, GENERAL], 0) !== undefined || ROLE_HEADS.match(head, [head, GENERAL_BARE], 0) !== undefined;
}

/**
 * «رئيسها راشد الغنوشي», «أمينه العام نور الدين الطبوبي», «رئيسه مصطفى بن جعفر»: an office with the pronoun of the body
 * (or country) named last before it in the sentence, «ها» a feminine one («حركة», «مصر»), «ه» a masculine one («حزب»,
 * «الاتحاد»), is the office of that body: Head of Ennahda, Secretary-General of the UGTT.
 */
export function officesOfTheirBody(w: SentenceWork): void {
  const { toks, keys } = w;
  for (const m of w.mentions) {
    if (m.type !== "person") continue;
    const k = headBefore(w, m);
    const word = toks[k];
    if (word === undefined || word.kind !== "w" || word.raw.endsWith("ة")) continue;
    const general = keys[k + 1] === GENERAL;
    // The head and its pronoun, behind a clitic or not («ورئيسها», «ولرئيسها», «فرئيسها»).
    const pronoun = [word.raw, word.raw.slice(1), word.raw.slice(2)].map((x) => WITH_PRONOUN.exec(x)).find((p) => p !== null && isHead(foldKey(p[1]!), general));
    if (pronoun === undefined || pronoun === null) continue;
    const raw = pronoun[0];
    // The office as written: none yet, the head alone (the pronoun's «ه» read as a woman's «رئيسة»), or the head and its
    // complement («سفيرها لدى فرنسا»), which follows the body in the office.
    const written = general ? `${raw} العام` : raw;
    const rest = m.role === undefined || foldKey(m.role) === foldKey(written) ? "" : m.role.startsWith(`${written} `) ? m.role.slice(written.length) : undefined;
    if (rest === undefined) continue;
    const bare = pronoun[1]!;
    // «دعمها لمصر ولرئيسها»: a country right before the office is whose it is, though written behind a preposition.
    const country = pronoun[2] === "ها" ? placeWordAt(w, k - 1) : undefined;
    const body = country ?? bodyBefore(w, k, pronoun[2] === "ها");
    // (Not past another person, whom the pronoun may be: «مدرب النادي الصفاقسي كلاوزن و مساعده أنيس الجربي»; nor a body
    // in an office's genitive: «مدرب النادي الصفاقسي … مساعده» is the coach's assistant.)
    const theirs =
      body !== undefined &&
      !w.mentions.some((p) => p.type === "person" && p !== m && p.t0 >= body.t1 && p.t1 <= k) &&
      !roleHeadAt(keys, body.t0 - 1) &&
      !w.roleAnaphors.some((a) => a.t0 < body.t0 && body.t0 < a.t1);
    if (theirs) {
      // «ناطقها الرسمي»: the office's adjectives stay with it, the body after ل («الناطق الرسمي للجبهة الشعبية», «المندوب
      // الدائم لروسيا لدى الأمم المتحدة»); with none, the body is its genitive («سفير الجزائر لدى فرنسا»).
      const words = rest.trim() === "" ? [] : rest.trim().split(" ");
      let n = 0;
      while (n < words.length && words[n]!.startsWith("ال")) n++;
      const adjectives = [...(general ? ["العام"] : []), ...words.slice(0, n)];
      const after = words.slice(n).map((x) => ` ${x}`).join("");
      const lam = body.surface.startsWith("ال") ? `لل${body.surface.slice(2)}` : `ل${body.surface}`;
      m.role = adjectives.length > 0 ? `ال${bare} ${adjectives.join(" ")} ${lam}${after}` : `${bare} ${body.surface}${after}`;
    } else if (m.role !== undefined && pronoun[2] === "ها") {
      // Whose office it is was said before this sentence: the office itself, with the article («الرئيس», «المندوب الدائم
      // لدى الأمم المتحدة»), not a word with a pronoun.
      m.role = `ال${bare}${general ? " العام" : ""}${rest}`;
    }
  }
}

/** A one-word known place at token `j`, behind a clitic or not («لمصر»), as a mention without its clitic. */
function placeWordAt(w: SentenceWork, j: number): WorkMention | undefined {
  const t = w.toks[j];
  if (t === undefined || t.kind !== "w") return undefined;
  for (const r of tokReadings(t)) {
    const hit = NAME_INDEX.match(r.key, [r.key], 0);
    if (hit === undefined || hit.len !== 1 || hit.value.type !== "place") continue;
    const s = stripSurface(t, r);
    return { type: "place", surface: s.surface, start: s.start, end: t.end, t0: j, t1: j + 1 };
  }
  return undefined;
}

/** Token of the office's first word before a person: the word right before the name, or the first of the office found. */
function headBefore(w: SentenceWork, m: WorkMention): number {
  let k = m.t0 - 1;
  if (w.toks[k]?.kind === "p") k--;
  if (m.role === undefined) return w.keys[k] === GENERAL ? k - 1 : k;
  const first = m.role.split(" ")[0]!;
  // (Written with its clitics: «ولرئيسها».)
  for (let j = k; j >= 0 && j >= m.t0 - 12; j--) {
    const raw = w.toks[j]!.raw;
    if (raw.endsWith(first) && raw.length - first.length <= 2) return j;
  }
  return -1;
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
