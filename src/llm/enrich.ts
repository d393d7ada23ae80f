/**
 * Optional enrichment at ingest: the model proposes English names (and role translations) for the most prominent
 * people; only proposals consistent with the core's own extraction (acceptProposals) are applied. Runs in the
 * background after start-up and after each corpus reload; any failure leaves the offline names in place.
 */
import type { Logger } from "pino";
import type { Core } from "../core/core.ts";
import { normalizeKey } from "../core/text/normalize.ts";
import { acceptProposals } from "./names.ts";
import type { Llm } from "./types.ts";

/** How many of the most prominent people are sent: the ones readers meet most; the rest keep their transliteration. */
const PEOPLE = 60;

export async function enrichNames(llm: Pick<Llm, "proposeNames">, core: Core, logger?: Logger): Promise<number> {
  const people = core.who(undefined, { limit: PEOPLE * 2 }).filter((e) => e.type === "person").slice(0, PEOPLE);
  if (people.length === 0) return 0;
  const proposals = await llm.proposeNames(
    people.map((e) => ({ ar: e.name.ar, context: e.sentenceIds[0] ? core.sentence(e.sentenceIds[0])?.text ?? "" : "" })),
  );
  const { accepted, rejected } = acceptProposals(proposals, people.map((e) => ({ ar: e.name.ar, roles: e.roles.map((r) => r.ar) })));
  const idOf = new Map(people.map((e) => [normalizeKey(e.name.ar), e.id]));
  const changed = core.applyEnglishNames(
    accepted.flatMap((p) => {
      const entityId = idOf.get(normalizeKey(p.ar));
      return entityId ? [{ entityId, en: p.en, ...(p.role ? { role: p.role } : {}) }] : [];
    }),
  );
  logger?.info({ proposed: proposals.length, accepted: accepted.length, rejected: rejected.length, changed }, "English names enriched");
  return changed;
}
