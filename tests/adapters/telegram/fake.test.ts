/** The fake must reject what Telegram rejects, or the adapter tests prove nothing. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseTelegramHtml } from "../../fakes/telegram/html.ts";
import { commandEntities, startFakeTelegram, type FakeTelegram } from "../../fakes/telegram/server.ts";

describe("GIVEN Telegram HTML", () => {
  it("THEN supported, balanced tags parse and entities decode", () => {
    expect(parseTelegramHtml(`<b>a &amp; b</b> &lt;i&gt; <a href="https://x.y/?a=1&amp;b=2">l</a> &#1604;`).text).toBe("a & b <i> l ل");
  });
  it("THEN unknown, unbalanced or unclosed tags are errors", () => {
    expect(() => parseTelegramHtml("<script>x</script>")).toThrow(/Unsupported start tag "script"/);
    expect(() => parseTelegramHtml("<b>x</i>")).toThrow(/Unmatched end tag/);
    expect(() => parseTelegramHtml("<b>x")).toThrow(/Can't find end tag/);
    expect(() => parseTelegramHtml("x < y")).toThrow(/Unsupported start tag|Unclosed/);
  });
  it("THEN bot_command entities cover /cmd and /cmd@bot", () => {
    expect(commandEntities("/who@mawjaz_bot أوستن")).toEqual([{ type: "bot_command", offset: 0, length: 15 }]);
    expect(commandEntities("hello")).toEqual([]);
  });
});

describe("GIVEN the fake Bot API server", () => {
  let fake: FakeTelegram;
  const call = async (method: string, body: unknown) => {
    const res = await fetch(`${fake.apiRoot}/bot${fake.token}/${method}`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { ok: boolean; result?: unknown; description?: string; parameters?: { retry_after: number } } };
  };
  beforeEach(async () => {
    fake = await startFakeTelegram();
  });
  afterEach(async () => {
    await fake.close();
  });

  it("THEN sendMessage enforces the 4096 limit after entity parsing and rejects broken HTML", async () => {
    fake.pushMessage({ chat: { id: 1, type: "private", first_name: "a" }, from: { id: 1, is_bot: false, first_name: "a" }, text: "hi" });
    expect((await call("sendMessage", { chat_id: 1, text: `<b>${"x".repeat(4096)}</b>`, parse_mode: "HTML" })).body.ok).toBe(true);
    const tooLong = await call("sendMessage", { chat_id: 1, text: "x".repeat(4097) });
    expect(tooLong.body.description).toBe("Bad Request: message is too long");
    const broken = await call("sendMessage", { chat_id: 1, text: "<b>x", parse_mode: "HTML" });
    expect(broken.status).toBe(400);
    expect(broken.body.description).toMatch(/^Bad Request: can't parse entities: /);
    expect((await call("sendMessage", { chat_id: 999, text: "x" })).body.description).toBe("Bad Request: chat not found");
    const bigButton = await call("sendMessage", { chat_id: 1, text: "x", reply_markup: { inline_keyboard: [[{ text: "n", callback_data: "أ".repeat(33) }]] } });
    expect(bigButton.body.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("THEN getUpdates drops updates below the offset and injected errors come first", async () => {
    const chat = { id: 1, type: "private" as const, first_name: "a" };
    const from = { id: 1, is_bot: false, first_name: "a" };
    fake.pushMessage({ chat, from, text: "one" });
    fake.pushMessage({ chat, from, text: "two" });
    const all = (await call("getUpdates", { offset: 0 })).body.result as { update_id: number }[];
    expect(all.map((u) => u.update_id)).toEqual([1, 2]);
    const rest = (await call("getUpdates", { offset: 2, timeout: 0 })).body.result as { update_id: number }[];
    expect(rest.map((u) => u.update_id)).toEqual([2]);
    fake.failNext("getMe", 1, { code: 429, retryAfter: 3 });
    const limited = await call("getMe", {});
    expect(limited.status).toBe(429);
    expect(limited.body.parameters?.retry_after).toBe(3);
    expect((await call("getMe", {})).body.ok).toBe(true);
  });
});
