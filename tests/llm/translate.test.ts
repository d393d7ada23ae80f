import { Keyv } from "keyv";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkTranslation } from "../../src/llm/translate.ts";
import { startFakeOpenAI, translationItems } from "../fakes/openai/server.ts";
import type { FakeOpenAI, RecordedRequest } from "../fakes/openai/server.ts";
import { API_KEY, llmFor, systemMessage } from "./helpers.ts";

/** A fake "model" that translates by table, numbered JSON out. */
const TABLE: Record<string, string> = {
  "التقى لويد أوستن نظيره في 22 يوليو.": "Lloyd Austin met his counterpart on 22 July.",
  "اعتقلت الشرطة 12 شخصاً.": "Police arrested 12 people.",
};
function byTable(req: RecordedRequest): { content: string } {
  const items = translationItems(req).map(({ n, ar }) => ({ n, en: TABLE[ar] ?? `Sentence ${/\d+/.exec(ar)?.[0] ?? ""}`.trim() }));
  return { content: JSON.stringify({ items }) };
}

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI(byTable);
});
afterEach(async () => {
  await fake.close();
});

describe("translate", () => {
  it("GIVEN new sentences THEN one structured request translates them, in order, duplicates once", async () => {
    const { llm } = llmFor(fake);
    const texts = ["التقى لويد أوستن نظيره في 22 يوليو.", "اعتقلت الشرطة 12 شخصاً.", "التقى لويدُ أوستن نظيره في ٢٢ يوليو."];
    const out = await llm.translate(texts);
    expect(out).toEqual([
      "Lloyd Austin met his counterpart on 22 July.",
      "Police arrested 12 people.",
      "Lloyd Austin met his counterpart on 22 July.",
    ]);
    expect(fake.requests).toHaveLength(1);
    const req = fake.requests[0]!;
    expect(req.path).toBe("/v1/chat/completions");
    expect(req.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(req.body.model).toBe("fake-model");
    expect(req.body.response_format?.type).toBe("json_schema");
    // The diacritised, Arabic-Indic variant has the same normalised key: asked once.
    expect(translationItems(req)).toHaveLength(2);
  });

  it("GIVEN texts already translated THEN a second call makes no request, even from a new instance on the same store", async () => {
    const first = llmFor(fake);
    const texts = ["التقى لويد أوستن نظيره في 22 يوليو.", "اعتقلت الشرطة 12 شخصاً."];
    const a = await first.llm.translate(texts);
    expect(fake.requests).toHaveLength(1);
    expect(await first.llm.translate(texts)).toEqual(a);
    const restarted = llmFor(fake, { store: first.store });
    expect(await restarted.llm.translate([texts[1]!])).toEqual([a[1]]);
    expect(fake.requests).toHaveLength(1);
    // The cache is per model: another model translates afresh.
    await llmFor(fake, { store: first.store, model: "other-model" }).llm.translate([texts[1]!]);
    expect(fake.requests).toHaveLength(2);
  });

  it("GIVEN more sentences than a batch THEN they go in batches of batchSize", async () => {
    const { llm } = llmFor(fake, { batchSize: 20 });
    const texts = Array.from({ length: 45 }, (_, i) => `جملة رقم ${i + 1} عن الأخبار`);
    const out = await llm.translate(texts);
    expect(fake.requests.map((r) => translationItems(r).length).sort()).toEqual([20, 20, 5]);
    expect(out).toEqual(texts.map((_, i) => `Sentence ${i + 1}`));
  });

  it("GIVEN a reply in a code fence with a trailing comma THEN it is still read", async () => {
    fake.respond(() => ({ content: '```json\n{"items":[{"n":1,"en":"Police arrested 12 people."},]}\n```' }));
    const { llm } = llmFor(fake);
    expect(await llm.translate(["اعتقلت الشرطة 12 شخصاً."])).toEqual(["Police arrested 12 people."]);
  });

  it("GIVEN text with no Arabic THEN it is returned as is without a request", async () => {
    const { llm } = llmFor(fake);
    expect(await llm.translate(["NATO", "2024"])).toEqual(["NATO", "2024"]);
    expect(fake.requests).toHaveLength(0);
  });

  it("GIVEN a glossary THEN the prompt carries the names and a translation that drops them is refused and not cached", async () => {
    const glossary = new Map([["لويد أوستن", "Lloyd Austin"], ["بايدن", "Joe Biden"]]);
    fake.respond(() => ({ content: JSON.stringify({ items: [{ n: 1, en: "Loyd Austen met his counterpart on 22 July." }] }) }));
    const { llm } = llmFor(fake);
    const text = "التقى لويد أوستن نظيره في 22 يوليو.";
    expect(await llm.translate([text], glossary)).toEqual([undefined]);
    expect(systemMessage(fake)).toContain("لويد أوستن = Lloyd Austin");
    // Only the names that occur in the batch are sent.
    expect(systemMessage(fake)).not.toContain("Joe Biden");
    fake.respond(byTable);
    expect(await llm.translate([text], glossary)).toEqual(["Lloyd Austin met his counterpart on 22 July."]);
    expect(fake.requests).toHaveLength(2);
  });

  it("GIVEN a translation with an invented number or a mention THEN that item is refused, the others kept", async () => {
    fake.respond(() => ({
      content: JSON.stringify({
        items: [
          { n: 1, en: "Police arrested 15 people." },
          { n: 2, en: "@everyone Lloyd Austin met his counterpart on 22 July." },
          { n: 3, en: "The talks went on." },
        ],
      }),
    }));
    const { llm } = llmFor(fake);
    const out = await llm.translate(["اعتقلت الشرطة 12 شخصاً.", "التقى لويد أوستن نظيره في 22 يوليو.", "استمرت المحادثات."]);
    expect(out).toEqual([undefined, undefined, "The talks went on."]);
  });
});

describe("checkTranslation", () => {
  it("GIVEN a faithful translation THEN no problem; GIVEN Arabic back THEN not_english", () => {
    expect(checkTranslation("اعتقلت الشرطة ١٢ شخصاً.", "Police arrested 12 people.")).toBeUndefined();
    expect(checkTranslation("اعتقلت الشرطة 12 شخصاً.", "اعتقلت الشرطة 12 شخصاً.")).toBe("not_english");
  });

  it("GIVEN a glossary name written with different punctuation or case THEN it still counts", () => {
    const g = new Map([["السيسي", "al-Sisi"]]);
    expect(checkTranslation("قال السيسي", "Al Sisi said", g)).toBeUndefined();
    expect(checkTranslation("قال السيسي", "Sisi said", g)).toBe("glossary_name_missing:al-Sisi");
  });
});
