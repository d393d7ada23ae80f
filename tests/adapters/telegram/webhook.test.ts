/**
 * Webhook mode: the adapter registers its URL with a secret token and answers updates Telegram
 * posts to it; a request without the right X-Telegram-Bot-Api-Secret-Token is refused with 401.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stripIsolates } from "../../../src/adapters/shared/bidi.ts";
import { dm, sara, startHarness, type Harness } from "./harness.ts";
import { syntheticCore } from "./synthetic-core.ts";

const SECRET = "s3cret_Token-123";
let h: Harness;
let base: string;

beforeEach(async () => {
  h = await startHarness({
    core: syntheticCore({ events: 5 }),
    adapter: { webhook: { url: "https://bot.example.org/telegram/hook", secretToken: SECRET, port: 0, host: "127.0.0.1" } },
  });
  base = `http://127.0.0.1:${h.handle.webhookPort}/telegram/hook`;
});
afterEach(async () => {
  await h?.close();
});

const post = (url: string, body: unknown, secret?: string) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
    body: JSON.stringify(body),
  });

describe("GIVEN webhook mode", () => {
  it("THEN setWebhook carries the URL and secret token, and polling never starts", () => {
    expect(h.fake.webhook).toEqual({ url: "https://bot.example.org/telegram/hook", secret_token: SECRET });
    expect(h.fake.callsOf("getUpdates")).toHaveLength(0);
  });

  it("THEN an update with the secret is answered and one with a wrong or missing secret gets 401", async () => {
    const update = h.fake.makeMessageUpdate({ chat: dm(sara), from: sara, text: "/who مستخدم" });
    expect((await post(base, update, "wrong")).status).toBe(401);
    expect((await post(base, update)).status).toBe(401);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);

    expect((await post(base, update, SECRET)).status).toBe(200);
    const [sent] = await h.fake.waitFor("sendMessage");
    expect(stripIsolates(String(sent!.params.text))).toContain("&lt;b&gt;مستخدم&lt;/b&gt;");
  });

  it("THEN other paths are not found", async () => {
    expect((await post(`http://127.0.0.1:${h.handle.webhookPort}/other`, {}, SECRET)).status).toBe(404);
  });
});

describe("GIVEN webhook mode and a failure while answering", () => {
  it("THEN the user gets the apology, the error is logged with the update id, and Telegram gets 200 (no re-delivery)", async () => {
    h.fake.failNext("sendMessage", 1, { code: 500 });
    const update = h.fake.makeMessageUpdate({ chat: dm(sara), from: sara, text: "/who مستخدم" });
    expect((await post(base, update, SECRET)).status).toBe(200);
    const sent = await h.fake.waitFor("sendMessage");
    // Arabic: the command was written in Arabic.
    expect(String(sent[0]!.params.text)).toBe("عذرًا، حدث خطأ أثناء الإجابة. حاول مرة أخرى بعد قليل.");
    const failure = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === "telegram update failed");
    expect(failure?.update_id).toBe(update.update_id);
    expect(h.logs.join("")).not.toContain("telegram webhook request failed");
  });
});
