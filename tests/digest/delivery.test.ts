import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/core.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore, type Store } from "../../src/store/index.ts";
import { createDigestCommand } from "../../commands/digest.ts";
import { createDigestScheduler, type DigestScheduler } from "../../src/digest/scheduler.ts";
import { createTelegramSink } from "../../src/digest/sinks/telegram.ts";
import { createDiscordSink } from "../../src/digest/sinks/discord.ts";
import { createRateLimiter } from "../../src/digest/limiter.ts";
import type { DigestSink, Schedule } from "../../src/digest/types.ts";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram/server.ts";
import { startFakeDiscord, type FakeDiscord } from "../fakes/discord/server.ts";
import { seedCore, t } from "./fixtures/helpers.ts";

let core: Core;
const cleanup: (() => Promise<void>)[] = [];
beforeAll(async () => {
  core = await seedCore();
});
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A scheduler whose retry waits are recorded instead of slept (what a 429's retry_after asked for). */
async function setup(sinks: Partial<Record<"telegram" | "discord", DigestSink>>): Promise<{ scheduler: DigestScheduler; store: Store; waits: number[] }> {
  const store = createStore("memory:");
  const waits: number[] = [];
  const scheduler = await createDigestScheduler({
    store, core, t, sinks, graceMinutes: 60, maxPerChat: 50, sleep: async (ms) => void waits.push(ms),
  });
  await scheduler.start();
  cleanup.push(async () => {
    await scheduler.stop();
    await store.close();
  });
  return { scheduler, store, waits };
}

async function addSchedule(scheduler: DigestScheduler, platform: Schedule["platform"], chatId: string, lang: "ar" | "en" = "ar"): Promise<Schedule> {
  const r = await scheduler.service.add({
    platform, chatId, chatType: "group", createdBy: "7", cron: "0 8 * * *", timezone: "Asia/Baghdad", lang, scope: { kind: "all" }, policy: "notice",
  });
  if (!r.ok) throw new Error(r.key);
  return r.value;
}

async function telegram(): Promise<{ fake: FakeTelegram; sink: DigestSink }> {
  const fake = await startFakeTelegram();
  cleanup.push(() => fake.close());
  // The fake answers only for chats it has seen: a group where someone wrote.
  fake.pushMessage({ chat: { id: -100, type: "supergroup", title: "Newsroom" }, from: { id: 7, is_bot: false, first_name: "Mod" }, text: "hello" });
  // Pacing is tested on its own (limiter.test.ts); here the fake's answers are what matters.
  const limiter = createRateLimiter({ perSecond: 1000, perChatMs: 0, perGroupPerMinute: 1000, marginMs: 0 });
  return { fake, sink: createTelegramSink({ token: fake.token, apiRoot: fake.apiRoot, t, limiter }) };
}

const sentTexts = (fake: FakeTelegram, chat: number) => [...(fake.sent.get(chat)?.values() ?? [])].map((m) => m.text ?? "");

describe("Telegram delivery through the fake Bot API", () => {
  it("GIVEN two 429s with retry_after 3 THEN it waits 3 s each time and the group gets the digest once", async () => {
    const { fake, sink } = await telegram();
    const { scheduler, waits } = await setup({ telegram: sink });
    const s = await addSchedule(scheduler, "telegram", "-100");
    fake.failNext("sendMessage", 2, { code: 429, retryAfter: 3 });
    expect(await scheduler.service.sendNow(s)).toEqual({ kind: "sent", messages: 1 });
    expect(waits).toEqual([3000, 3000]);
    const texts = sentTexts(fake, -100);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("موجز الأخبار");
    expect(texts[0]).toContain("المصادر");
    expect(fake.callsOf("sendMessage").map((c) => c.errorCode ?? 200)).toEqual([429, 429, 200]);
  });

  it("GIVEN two 500s THEN it backs off 1 s then 2 s and delivers", async () => {
    const { fake, sink } = await telegram();
    const { scheduler, waits } = await setup({ telegram: sink });
    const s = await addSchedule(scheduler, "telegram", "-100", "en");
    fake.failNext("sendMessage", 2, { code: 500 });
    const outcome = await scheduler.service.sendNow(s);
    expect(outcome.kind).toBe("sent");
    expect(waits).toEqual([1000, 2000]);
    // The English digest is two messages (pages), each sent once, in order.
    const texts = sentTexts(fake, -100);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^News digest/);
    expect(texts[1]).toContain("Page 2 of 2");
  });

  it("GIVEN 500s that never stop THEN it gives up after 5 attempts and /digest list shows why", async () => {
    const { fake, sink } = await telegram();
    const { scheduler, store, waits } = await setup({ telegram: sink });
    const s = await addSchedule(scheduler, "telegram", "-100");
    fake.failNext("sendMessage", 5, { code: 500 });
    expect(await scheduler.service.sendNow(s)).toEqual({ kind: "failed", reason: "gave up after 5 attempts: Telegram 500: Internal Server Error" });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(sentTexts(fake, -100)).toHaveLength(0);
    const app = createApp({ core, store, t, extraCommands: [createDigestCommand({ service: scheduler.service })] });
    const list = await app.handle({ platform: "telegram", command: "digest", text: "list lang:en", userId: "7", chatId: "-100", chatType: "group", isModerator: true });
    expect(list.items[0]!.text).toContain("Last failure");
    expect(list.items[0]!.text).toContain("gave up after 5 attempts: Telegram 500: Internal Server Error");
  });

  it("GIVEN a chat the bot cannot post in (400 chat not found) THEN no retry, and the reason is recorded", async () => {
    const { fake, sink } = await telegram();
    const { scheduler } = await setup({ telegram: sink });
    const s = await addSchedule(scheduler, "telegram", "-555");
    expect(await scheduler.service.sendNow(s)).toEqual({ kind: "failed", reason: "Telegram 400: Bad Request: chat not found" });
    expect(fake.callsOf("sendMessage")).toHaveLength(1);
  });
});

describe("Discord delivery through the fake Discord REST", () => {
  async function discord(): Promise<{ fake: FakeDiscord; sink: DigestSink }> {
    const fake = await startFakeDiscord();
    cleanup.push(() => fake.stop());
    return { fake, sink: createDiscordSink({ token: fake.token, apiUrl: fake.apiUrl, t }) };
  }
  const posts = (fake: FakeDiscord) => fake.requests.filter((r) => r.method === "POST" && /^\/channels\/\d+\/messages$/.test(r.path));

  it("GIVEN a 500 THEN it is retried; the channel gets embeds with no pings allowed and a nonce per message", async () => {
    const { fake, sink } = await discord();
    const { scheduler, waits } = await setup({ discord: sink });
    const s = await addSchedule(scheduler, "discord", "800000000000000002", "en");
    fake.failNext("POST", /^\/channels\/\d+\/messages$/, 500, 1);
    const outcome = await scheduler.service.sendNow(s);
    expect(outcome.kind).toBe("sent");
    expect(waits).toEqual([1000]);
    const ok = posts(fake).filter((r) => r.status === 200);
    expect(ok.length).toBe((outcome as { messages: number }).messages);
    for (const r of ok) {
      const body = r.body as { embeds: { title: string }[]; allowed_mentions: unknown; nonce: string; enforce_nonce: boolean };
      expect(r.path).toBe("/channels/800000000000000002/messages");
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.enforce_nonce).toBe(true);
      expect(body.nonce.length).toBeLessThanOrEqual(25);
      expect(body.embeds[0]!.title).toContain("News digest");
    }
    // The retried message carries the nonce of its first attempt: Discord would dedupe it.
    const all = posts(fake).map((r) => (r.body as { nonce: string }).nonce);
    expect(all[0]).toBe(all[1]);
    expect(new Set(all).size).toBe(ok.length);
  });

  it("GIVEN a 429 with Retry-After THEN discord.js waits it out and the message is posted once", async () => {
    const { fake, sink } = await discord();
    const { scheduler } = await setup({ discord: sink });
    const s = await addSchedule(scheduler, "discord", "800000000000000002");
    fake.failNext("POST", /^\/channels\/\d+\/messages$/, 429, 1, 1);
    const outcome = await scheduler.service.sendNow(s);
    expect(outcome.kind).toBe("sent");
    expect(posts(fake).map((r) => r.status)).toEqual([429, ...Array((outcome as { messages: number }).messages).fill(200)]);
  });
});
