/**
 * «الحزب الديمقراطي الكردستاني بزعامة مسعود بارزاني»: a person named as the one who leads, chairs or commands the body
 * just before («بزعامة», «برئاسة», «بقيادة») holds that office: Leader of the Kurdistan Democratic Party.
 */
import { foldKey } from "./tokenize.ts";
import type { SentenceWork } from "./work.ts";

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
