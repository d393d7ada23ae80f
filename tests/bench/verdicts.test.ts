import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { box, personKey, personLineKey, readVerdicts, stableSample, tally } from "../../bench/lib/verdicts.ts";
import type { Entity } from "../../src/core/types.ts";

describe("GIVEN the spot check's sample and its verdicts", () => {
  const items = Array.from({ length: 500 }, (_, i) => `item ${i}`);

  it("THEN the sample keeps its lines when items elsewhere are added or dropped", () => {
    const before = stableSample(items, (x) => x, 30, 7);
    expect(new Set(before).size).toBe(30);
    // Drop one sampled item and add two new ones: the other 29 stay, but for at most the two that new items displace.
    const dropped = before[3]!;
    const after = stableSample([...items.filter((x) => x !== dropped), "new 1", "new 2"], (x) => x, 30, 7);
    expect(after).toHaveLength(30);
    expect(after).not.toContain(dropped);
    expect(before.filter((x) => x !== dropped && !after.includes(x)).length).toBeLessThanOrEqual(2);
    // Another seed is another sample.
    expect(stableSample(items, (x) => x, 30, 8)).not.toEqual(before);
  });

  it("THEN a person's verdict is for the mention shown: the same name shown with another mention is unjudged", () => {
    const e = { name: { ar: "محمد المنجي بن مبارك", en: "" } } as Entity;
    const judged = { [personLineKey(e, "a#1", "جوهر بن مبارك")]: { ok: false, why: "another man" } };
    expect(personKey(e)).toBe("محمد المنجي بن مبارك");
    expect(box(judged[personLineKey(e, "a#1", "جوهر بن مبارك")])).toBe("✘ (another man)");
    expect(box(judged[personLineKey(e, "b#4", "محمد المنجي بن مبارك")])).toBe("☐");
  });

  const dir = mkdtemp(join(tmpdir(), "mawjaz-verdicts-"));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it("THEN verdicts read from the file mark the lines, and a missing or broken file judges nothing", async () => {
    const path = join(await dir, "verdicts.json");
    await writeFile(path, JSON.stringify({ people: { "أحمد": { ok: true }, "نشر تغريدة": { ok: false, why: "a verb" }, junk: { ok: "yes" } }, dates: {} }));
    const v = await readVerdicts(path);
    expect(Object.keys(v.people).sort()).toEqual(["أحمد", "نشر تغريدة"]);
    expect(box(v.people["نشر تغريدة"])).toBe("✘ (a verb)");
    expect(box(v.people["أحمد"])).toBe("✔");
    expect(box(undefined)).toBe("☐");
    expect(tally([v.people["أحمد"], v.people["نشر تغريدة"], undefined])).toEqual({ right: 1, wrong: 1, unjudged: 1 });
    expect(await readVerdicts(join(await dir, "none.json"))).toEqual({ people: {}, dates: {} });
    await writeFile(path, "{ not json");
    expect(await readVerdicts(path)).toEqual({ people: {}, dates: {} });
  });
});
