import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCore } from "../../src/core/create.ts";
import { enrichNames } from "../../src/llm/index.ts";
import { startFakeOpenAI, type FakeOpenAI } from "../fakes/openai/server.ts";
import { llmFor } from "./helpers.ts";

describe("enrichNames (ingest enrichment)", () => {
  let fake: FakeOpenAI;
  beforeEach(async () => {
    fake = await startFakeOpenAI();
  });
  afterEach(async () => {
    await fake.close();
  });

  it("GIVEN proposals THEN consistent names replace the offline English, inconsistent ones are ignored, and both forms are found", async () => {
    const core = await loadCore(undefined, { cache: false });
    const before = core.who("فاضل أبو رغيف")[0]!;
    const salem = core.who("حسن سالم")[0]!;
    fake.respond((req) => {
      const user = req.body.messages.find((m) => m.role === "user")?.content ?? "";
      // Answer by the numbers the request gave each person ({"n":1,"ar":"…"} in the data block).
      const numberOf = (ar: string) => Number(new RegExp(`"n":(\\d+),"ar":"${ar}"`).exec(user)?.[1] ?? 0);
      return {
        content: JSON.stringify({
          people: [
            { n: numberOf("فاضل أبو رغيف"), ar: "x", en: "Fadel Abu Ragheef", role_ar: "", role_en: "" },
            { n: numberOf("حسن سالم"), ar: "x", en: "Barack Obama", role_ar: "", role_en: "" },
          ],
        }),
      };
    });
    const { llm } = llmFor(fake);
    const changed = await enrichNames(llm, core);
    expect(changed).toBe(1);
    const after = core.who("Ragheef")[0]!;
    expect(after.id).toBe(before.id);
    expect(after.name.en).toBe("Fadel Abu Ragheef");
    // The earlier English form still finds the same person.
    expect(core.who(before.name.en)[0]?.id).toBe(before.id);
    expect(core.who("حسن سالم")[0]!.name.en).toBe(salem.name.en);
  });

  it("GIVEN a failing endpoint THEN nothing changes and nothing throws", async () => {
    const core = await loadCore(undefined, { cache: false });
    fake.respond(() => ({ status: 500 }));
    const { llm } = llmFor(fake, { maxRetries: 0 });
    expect(await enrichNames(llm, core)).toBe(0);
    expect(core.who("أوستن")[0]!.name.en).toBe("Lloyd Austin");
  });
});
