import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SourceSentence } from "../../src/llm/index.ts";
import { completion, startFakeOpenAI } from "../fakes/openai/server.ts";
import type { FakeOpenAI } from "../fakes/openai/server.ts";
import { API_KEY, llmFor } from "./helpers.ts";

const SENTENCES: SourceSentence[] = [{ id: "a1#0", article: "a1", text: "اعتقلت الشرطة 12 شخصاً." }];
const GOOD = "Police arrested 12 people [1].";

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

describe("time limits, retries, concurrency", () => {
  it("GIVEN a server slower than the per-call limit THEN the summary falls back with reason timeout", async () => {
    fake.respond(() => ({ content: GOOD, delayMs: 3_000 }));
    const { llm } = llmFor(fake, { timeoutMs: 100, maxRetries: 0 });
    expect(await llm.summarize({ lang: "en", sentences: SENTENCES })).toEqual({ ok: false, reason: "timeout" });
  });

  it("GIVEN a server slower than the overall limit THEN translation falls back to undefined and caches nothing", async () => {
    fake.respond(() => ({ content: '{"items":[{"n":1,"en":"Police arrested 12 people."}]}', delayMs: 3_000 }));
    const { llm, log } = llmFor(fake, { timeoutMs: 5_000, overallTimeoutMs: 150, maxRetries: 0 });
    expect(await llm.translate(["اعتقلت الشرطة 12 شخصاً."])).toEqual([undefined]);
    expect(log.lines.some((l) => l["reason"] === "overall_timeout")).toBe(true);
    fake.respond(() => ({ content: '{"items":[{"n":1,"en":"Police arrested 12 people."}]}' }));
    expect(await llm.translate(["اعتقلت الشرطة 12 شخصاً."])).toEqual(["Police arrested 12 people."]);
    expect(fake.requests).toHaveLength(2);
  });

  it("GIVEN a 429 with retry-after then success THEN the retry succeeds", async () => {
    fake.respond((_req, i) => (i === 0 ? { status: 429, headers: { "retry-after": "0" } } : { content: GOOD }));
    const { llm, log } = llmFor(fake);
    expect(await llm.summarize({ lang: "en", sentences: SENTENCES })).toMatchObject({ ok: true, text: GOOD });
    expect(fake.requests).toHaveLength(2);
    // The package's retry notice reaches our logger; the key never does.
    expect(log.lines.some((l) => l["component"] === "openai" && String(l["msg"]).includes("429"))).toBe(true);
    expect(log.raw.join("")).not.toContain(API_KEY);
  });

  it("GIVEN a 429 asking to wait longer than the overall limit THEN the client waits (no early retry) and the call falls back", async () => {
    // The package's own backoff would retry after ≤0.5 s; honouring retry-after means no second request.
    fake.respond(() => ({ status: 429, headers: { "retry-after": "30" } }));
    const { llm } = llmFor(fake, { overallTimeoutMs: 1_500, maxRetries: 2 });
    expect(await llm.summarize({ lang: "en", sentences: SENTENCES })).toEqual({ ok: false, reason: "overall_timeout" });
    expect(fake.requests).toHaveLength(1);
  });

  it("GIVEN 500s THEN retries up to maxRetries and then falls back with the status", async () => {
    fake.respond((_req, i) => (i < 1 ? { status: 500, headers: { "retry-after-ms": "1" } } : { content: GOOD }));
    const ok = llmFor(fake, { maxRetries: 1 });
    expect(await ok.llm.summarize({ lang: "en", sentences: SENTENCES })).toMatchObject({ ok: true });
    fake.respond(() => ({ status: 503, headers: { "retry-after-ms": "1" } }));
    const before = fake.requests.length;
    const failing = llmFor(fake, { maxRetries: 1 });
    expect(await failing.llm.summarize({ lang: "en", sentences: SENTENCES })).toEqual({ ok: false, reason: "http_503" });
    expect(fake.requests.length - before).toBe(2);
  });

  it("GIVEN a 400 (not retryable) THEN one request and a fallback", async () => {
    fake.respond(() => ({ status: 400, json: { error: { message: "bad request" } } }));
    const { llm } = llmFor(fake);
    expect(await llm.summarize({ lang: "en", sentences: SENTENCES })).toEqual({ ok: false, reason: "http_400" });
    expect(fake.requests).toHaveLength(1);
  });

  it("GIVEN many batches THEN no more than `concurrency` requests are in flight at once", async () => {
    let inFlight = 0;
    let peak = 0;
    fake.respond(async (req) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 40));
      inFlight--;
      const user = req.body.messages.find((m) => m.role === "user")?.content ?? "";
      const items = (JSON.parse(user.split("\n")[1]!) as { items: { n: number }[] }).items;
      return { json: completion(JSON.stringify({ items: items.map(({ n }) => ({ n, en: "News." })) })) };
    });
    const { llm } = llmFor(fake, { concurrency: 2, batchSize: 1 });
    const out = await llm.translate(Array.from({ length: 6 }, (_, i) => `خبر ${"ا".repeat(i + 1)}`));
    expect(out).toEqual(Array(6).fill("News."));
    expect(fake.requests).toHaveLength(6);
    expect(peak).toBe(2);
  });

  it("GIVEN a caller's signal that aborts THEN the summary falls back with reason aborted", async () => {
    fake.respond(() => ({ content: GOOD, delayMs: 3_000 }));
    const { llm } = llmFor(fake);
    const controller = new AbortController();
    const pending = llm.summarize({ lang: "en", sentences: SENTENCES, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toEqual({ ok: false, reason: "aborted" });
  });
});
