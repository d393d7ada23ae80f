/**
 * Optional enrichment at ingest: the model proposes English names and roles for people the core
 * found; `acceptProposals` keeps only what agrees with the core's own extraction.
 */
import type { Logger } from "pino";
import { normalizeKey } from "../core/text/normalize.ts";
import type { ChatRunner } from "./chat.ts";
import { toLlmError } from "./errors.ts";
import { isRecord, parseJsonLoose } from "./json.ts";
import { NAMES_FORMAT, namesPrompt, promptMessages } from "./prompts.ts";
import { findUnsafe } from "./safety.ts";

/** A proposed English name (and role) for an Arabic name. */
export interface NameProposal {
  ar: string;
  en: string;
  role?: { ar: string; en: string };
}

/** What the core extracted for a person: the Arabic name and the Arabic role phrases seen with it. */
export interface ExtractedPerson {
  ar: string;
  roles: string[];
}

export interface Acceptance {
  accepted: NameProposal[];
  rejected: { ar: string; en: string; reason: string }[];
}

export interface NamerDeps {
  runner: ChatRunner;
  logger: Logger;
  overallTimeoutMs: number;
}

/** People per request: enough context per call, small enough for a quick structured answer. */
const BATCH = 25;

/** Builds `proposeNames(people)`; see Llm.proposeNames. Returns [] for people it could not ask about. */
export function createProposeNames(deps: NamerDeps) {
  return async function proposeNames(people: { ar: string; context: string }[]): Promise<NameProposal[]> {
    const signal = AbortSignal.timeout(deps.overallTimeoutMs);
    const out: NameProposal[] = [];
    const batches: { ar: string; context: string }[][] = [];
    for (let i = 0; i < people.length; i += BATCH) batches.push(people.slice(i, i + BATCH));
    await Promise.all(
      batches.map(async (batch) => {
        const prompt = namesPrompt(batch.map((p, i) => ({ n: i + 1, ar: p.ar, context: p.context })));
        try {
          const reply = await deps.runner.complete({
            op: "propose_names",
            messages: promptMessages(prompt),
            responseFormat: NAMES_FORMAT,
            signal,
          });
          out.push(...readProposals(parseJsonLoose(reply), batch));
        } catch (error) {
          deps.logger.warn({ op: "propose_names", reason: toLlmError(error, signal).reason }, "name proposals skipped");
        }
      }),
    );
    return out;
  };
}

/** Proposals from a loose reply; the Arabic name is taken from the request (by n), not from the model. */
function readProposals(reply: unknown, batch: { ar: string }[]): NameProposal[] {
  const list = isRecord(reply) ? reply["people"] : reply;
  if (!Array.isArray(list)) return [];
  const out: NameProposal[] = [];
  for (const item of list as unknown[]) {
    if (!isRecord(item)) continue;
    const person = batch[Number(item["n"]) - 1];
    const en = item["en"];
    if (!person || typeof en !== "string" || en.trim() === "") continue;
    const roleAr = typeof item["role_ar"] === "string" ? item["role_ar"].trim() : "";
    const roleEn = typeof item["role_en"] === "string" ? item["role_en"].trim() : "";
    out.push({
      ar: person.ar,
      en: en.trim(),
      ...(roleAr && roleEn ? { role: { ar: roleAr, en: roleEn } } : {}),
    });
  }
  return out;
}

/**
 * Keeps the proposals consistent with the core's extraction. A name is kept when the person is one
 * the core found, the English is a plain Latin name, and its first and last words start with letters
 * an Arabic-to-Latin transliteration of the first and last Arabic words could start with. A role is
 * kept when its Arabic head word (وزير، رئيس...) is the head of a role the core extracted for that
 * person and, for known heads, the English contains a matching word (وزير → minister/secretary).
 * Pure.
 */
export function acceptProposals(proposals: readonly NameProposal[], extracted: readonly ExtractedPerson[]): Acceptance {
  const people = new Map(extracted.map((p) => [normalizeKey(p.ar), p]));
  const result: Acceptance = { accepted: [], rejected: [] };
  for (const proposal of proposals) {
    const reject = (reason: string): void => {
      result.rejected.push({ ar: proposal.ar, en: proposal.en, reason });
    };
    const person = people.get(normalizeKey(proposal.ar));
    if (!person) {
      reject("unknown_person");
      continue;
    }
    const en = proposal.en.trim();
    if (!/^[A-Za-z][A-Za-z .'\u2019-]{1,59}$/.test(en) || findUnsafe(en)) {
      reject("not_a_latin_name");
      continue;
    }
    if (!transliterationAgrees(person.ar, en)) {
      reject("transliteration");
      continue;
    }
    const role = proposal.role && roleAgrees(proposal.role, person.roles) ? proposal.role : undefined;
    result.accepted.push({ ar: person.ar, en, ...(role ? { role } : {}) });
  }
  return result;
}

const VOWELS = "aeiou";
/** Latin letters a transliteration of a name starting with this Arabic letter may start with. */
const INITIALS: Record<string, string> = {
  "ا": VOWELS, "ء": VOWELS, "ع": VOWELS, "ب": "bp", "ت": "t", "ث": "ts", "ج": "jgd", "ح": "h", "خ": "kh",
  "د": "d", "ذ": "dzt", "ر": "r", "ز": "zs", "س": "sc", "ش": "sc", "ص": "s", "ض": "dz", "ط": "t",
  "ظ": "zd", "غ": "g", "ف": "fpv", "ق": "qkgc", "ك": "kcq", "ل": "l", "م": "m", "ن": "n",
  "ه": `h${VOWELS}`, "و": "wvou", "ي": "yjie",
};

function arabicInitial(word: string): string | undefined {
  // The article ال is often dropped or written al-/el- in English: compare the letter after it.
  const bare = word.length > 3 && word.startsWith("ال") ? word.slice(2) : word;
  return INITIALS[bare[0] ?? ""];
}

function latinInitial(word: string): string {
  return word.replace(/^(?:[ae][a-z]{0,2}-)/i, "").replace(/^[^a-z]+/i, "").charAt(0).toLowerCase();
}

function transliterationAgrees(arabic: string, english: string): boolean {
  const ar = normalizeKey(arabic).split(" ").filter(Boolean);
  const en = english.split(/\s+/).filter(Boolean);
  if (ar.length === 0 || en.length === 0 || Math.abs(ar.length - en.length) > 1) return false;
  const pairs: [string, string][] = [[ar[0]!, en[0]!]];
  if (ar.length > 1 && en.length > 1) pairs.push([ar.at(-1)!, en.at(-1)!]);
  return pairs.every(([a, e]) => arabicInitial(a)?.includes(latinInitial(e)) ?? false);
}

/** Arabic role heads and English words that may translate them (keyed by normalizeKey below). */
const ROLE_WORDS_RAW: Record<string, string[]> = {
  "وزير": ["minister", "secretary"],
  "رئيس": ["president", "prime", "premier", "head", "chairman", "chair", "chief", "speaker", "leader"],
  "ملك": ["king"],
  "امير": ["emir", "amir", "prince"],
  "ولي": ["crown"],
  "قائد": ["commander", "leader", "chief", "head"],
  "مدير": ["director", "head", "manager", "chief"],
  "متحدث": ["spokesman", "spokeswoman", "spokesperson", "spokesman's", "speaker"],
  "سفير": ["ambassador"],
  "نائب": ["deputy", "vice", "mp", "member", "lawmaker"],
  "امين": ["secretary"],
  "مستشار": ["adviser", "advisor", "counsellor", "counselor", "chancellor"],
  "مبعوث": ["envoy"],
  "محافظ": ["governor"],
};
// Keys as roleHead() produces them: normalizeKey folds ئ → ي, so رئيس is looked up as رييس.
const ROLE_WORDS = new Map(Object.entries(ROLE_WORDS_RAW).map(([ar, en]) => [normalizeKey(ar), en]));

function roleHead(role: string): string {
  const first = normalizeKey(role).split(" ")[0] ?? "";
  const bare = first.length > 4 && first.startsWith("ال") ? first.slice(2) : first;
  // Feminine forms (وزيرة → وزيره after normalizeKey) share the head of the masculine.
  return bare.length > 3 && bare.endsWith("ه") ? bare.slice(0, -1) : bare;
}

function roleAgrees(role: { ar: string; en: string }, extractedRoles: readonly string[]): boolean {
  const head = roleHead(role.ar);
  if (head === "" || !extractedRoles.some((r) => roleHead(r) === head)) return false;
  if (findUnsafe(role.en) || !/^[\p{L}\p{N} .,'\u2019()-]{2,80}$/u.test(role.en)) return false;
  const words = ROLE_WORDS.get(head);
  if (!words) return true;
  const en = role.en.toLowerCase().split(/[^a-z']+/);
  return words.some((w) => en.includes(w));
}
