import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acceptProposals } from "../../src/llm/index.ts";
import type { ExtractedPerson, NameProposal } from "../../src/llm/index.ts";
import { startFakeOpenAI } from "../fakes/openai/server.ts";
import type { FakeOpenAI } from "../fakes/openai/server.ts";
import { llmFor } from "./helpers.ts";

const EXTRACTED: ExtractedPerson[] = [
  { ar: "لويد أوستن", roles: ["وزير الدفاع الأميركي"] },
  { ar: "عبد الفتاح السيسي", roles: ["الرئيس المصري"] },
  { ar: "ثابت عباسي", roles: [] },
];

describe("acceptProposals", () => {
  it("GIVEN transliterations that agree THEN names and agreeing roles are kept", () => {
    const proposals: NameProposal[] = [
      { ar: "لويد أوستن", en: "Lloyd Austin", role: { ar: "وزير الدفاع الأميركي", en: "US Defense Secretary" } },
      { ar: "عبد الفتاح السيسي", en: "Abdel Fattah el-Sisi", role: { ar: "الرئيس المصري", en: "Egyptian President" } },
      { ar: "ثابت عباسى", en: "Thabet Abbasi" },
    ];
    const out = acceptProposals(proposals, EXTRACTED);
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toEqual([
      proposals[0],
      proposals[1],
      // Matched by normalised key (ى/ي), returned with the core's spelling.
      { ar: "ثابت عباسي", en: "Thabet Abbasi" },
    ]);
  });

  it("GIVEN a name that is not a transliteration, an unknown person or a non-Latin name THEN it is rejected with a reason", () => {
    const out = acceptProposals(
      [
        { ar: "لويد أوستن", en: "Barack Obama" },
        { ar: "جو بايدن", en: "Joe Biden" },
        { ar: "ثابت عباسي", en: "@everyone" },
      ],
      EXTRACTED,
    );
    expect(out.accepted).toEqual([]);
    expect(out.rejected.map((r) => r.reason)).toEqual(["transliteration", "unknown_person", "not_a_latin_name"]);
  });

  it("GIVEN a role whose head disagrees with the extraction THEN the name is kept without the role", () => {
    const out = acceptProposals(
      [
        { ar: "لويد أوستن", en: "Lloyd Austin", role: { ar: "رئيس الأركان", en: "Chief of Staff" } },
        { ar: "عبد الفتاح السيسي", en: "Abdel Fattah el-Sisi", role: { ar: "الرئيس المصري", en: "Egyptian Foreign Minister" } },
        { ar: "ثابت عباسي", en: "Thabet Abbasi", role: { ar: "وزير", en: "Minister" } },
      ],
      EXTRACTED,
    );
    expect(out.accepted).toEqual([
      { ar: "لويد أوستن", en: "Lloyd Austin" },
      { ar: "عبد الفتاح السيسي", en: "Abdel Fattah el-Sisi" },
      { ar: "ثابت عباسي", en: "Thabet Abbasi" },
    ]);
  });
});

describe("proposeNames", () => {
  let fake: FakeOpenAI;
  beforeEach(async () => {
    fake = await startFakeOpenAI();
  });
  afterEach(async () => {
    await fake.close();
  });

  it("GIVEN people with context THEN a json_schema request returns proposals keyed by the request's Arabic", async () => {
    fake.respond(() => ({
      content: JSON.stringify({
        people: [
          { n: 1, ar: "(model's spelling)", en: "Lloyd Austin", role_ar: "وزير الدفاع الأميركي", role_en: "US Defense Secretary" },
          { n: 2, ar: "x", en: "Thabet Abbasi", role_ar: "", role_en: "" },
          { n: 9, ar: "x", en: "Nobody", role_ar: "", role_en: "" },
        ],
      }),
    }));
    const { llm } = llmFor(fake);
    const out = await llm.proposeNames([
      { ar: "لويد أوستن", context: "قال وزير الدفاع الأميركي لويد أوستن..." },
      { ar: "ثابت عباسي", context: "وقال ثابت عباسي..." },
    ]);
    expect(fake.requests[0]?.body.response_format?.type).toBe("json_schema");
    expect(fake.requests[0]?.body.response_format?.json_schema?.name).toBe("people");
    expect(out).toEqual([
      { ar: "لويد أوستن", en: "Lloyd Austin", role: { ar: "وزير الدفاع الأميركي", en: "US Defense Secretary" } },
      { ar: "ثابت عباسي", en: "Thabet Abbasi" },
    ]);
  });

  it("GIVEN a failing endpoint THEN no proposals, no throw", async () => {
    fake.respond(() => ({ status: 500 }));
    const { llm } = llmFor(fake, { maxRetries: 0 });
    expect(await llm.proposeNames([{ ar: "لويد أوستن", context: "..." }])).toEqual([]);
  });
});
