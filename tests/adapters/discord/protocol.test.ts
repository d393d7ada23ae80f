/**
 * The real discord.js Client against the fake Discord, with a stand-in App for the cases the seed corpus
 * cannot produce: a 200-event timeline, hostile article text, failures. Tests/adapters/discord/seeded.test.ts
 * runs the real app on seeds/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Invocation } from "../../../src/app/dispatch.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { EPHEMERAL, type FakeMessage } from "../../fakes/discord/server.ts";
import { MANAGE_GUILD } from "../../fakes/discord/interactions.ts";
import { embedText, startHarness, type Harness } from "./harness.ts";
import { hostileReply, longTimeline, stubApp } from "./stub-app.ts";

const simple = (inv: Invocation): Reply => ({
  command: inv.command, lang: "en", status: "ok", title: `Answer to ${inv.command}`, items: [{ text: `You asked: ${inv.text}`, cites: [] }], citations: [],
});

let h: Harness;
let app: ReturnType<typeof stubApp>;
/** Per-test behaviour of the stand-in app. */
let behaviour: (inv: Invocation) => Promise<Reply> = async (inv) => simple(inv);

beforeAll(async () => {
  app = stubApp((inv) => behaviour(inv), (prefix) =>
    Array.from({ length: 40 }, (_, i) => ({ name: `${prefix} لويد أوستن Lloyd Austin ${"x".repeat(120)} ${i}`, value: `Lloyd Austin ${i} ${"y".repeat(120)}` })));
  h = await startHarness(app);
});
afterAll(async () => {
  await h?.stop();
});

/** Every request that carried a message: interaction replies/updates, edits, follow-ups, channel posts. */
function messageBodies(): Record<string, unknown>[] {
  return h.fake.requests.flatMap((r) => {
    const b = r.body as Record<string, unknown> | undefined;
    if (!b || r.method === "PUT") return [];
    if (r.path.endsWith("/callback")) return [4, 7].includes(Number(b.type)) ? [b.data as Record<string, unknown>] : [];
    return [b];
  });
}

const pageOf = (m: FakeMessage): string => (m.embeds[0] as { footer?: { text?: string } }).footer?.text ?? "";
const buttons = (m: FakeMessage): { custom_id: string; label: string; disabled?: boolean }[] =>
  (m.components[0] as { components?: { custom_id: string; label: string; disabled?: boolean }[] } | undefined)?.components ?? [];

describe("GIVEN a slash command in a guild channel", () => {
  it("THEN the invocation says group, the member's id, the server as chat and no moderator rights", async () => {
    behaviour = async (inv) => simple(inv);
    const sent = h.fake.interactions.slash("who", { query: "Austin", lang: "en" });
    const msg = await h.fake.answer(sent);
    expect(embedText(msg)).toContain("You asked: Austin");
    const inv = app.calls.at(-1)!;
    expect(inv).toMatchObject({ platform: "discord", command: "who", text: "Austin", options: { lang: "en" }, chatType: "group", chatId: h.fake.guild.id, isModerator: false });
  });

  it("THEN a member with Manage Server is a moderator, and /lang's options reach the app", async () => {
    const sent = h.fake.interactions.slash("lang", { language: "ar", scope: "chat" }, { permissions: MANAGE_GUILD });
    await h.fake.answer(sent);
    expect(app.calls.at(-1)).toMatchObject({ command: "lang", options: { lang: "ar", scope: "chat" }, isModerator: true });
  });

  it("THEN a refused request is answered privately (ephemeral)", async () => {
    behaviour = async (inv) => ({ command: inv.command, lang: "en", status: "invalid", title: "Sorry", intro: "That query is too long.", items: [], citations: [] });
    const sent = h.fake.interactions.slash("search", { query: "x".repeat(3000) });
    const cb = await h.fake.callbackOf(sent);
    expect(cb.type).toBe(4);
    expect(cb.data?.flags).toBe(EPHEMERAL);
    expect(embedText(await h.fake.answer(sent))).toContain("That query is too long.");
  });
});

describe("GIVEN a slash command in a DM", () => {
  it("THEN the invocation is private, keyed by the user, and the answer arrives", async () => {
    behaviour = async (inv) => simple(inv);
    const sent = h.fake.interactions.slash("who", { query: "Austin" }, { dm: true, userId: "600000000000000077" });
    expect(embedText(await h.fake.answer(sent))).toContain("You asked: Austin");
    expect(app.calls.at(-1)).toMatchObject({ chatType: "private", userId: "600000000000000077", chatId: sent.channelId });
  });
});

describe("GIVEN a 200-event timeline", () => {
  it("THEN it is answered at once (no deferral), paged within the limits, and Next/Previous walk every event in place", async () => {
    behaviour = async () => longTimeline(200);
    const sent = h.fake.interactions.slash("timeline", {});
    expect((await h.fake.callbackOf(sent)).type).toBe(4);
    let msg = await h.fake.answer(sent);
    const first = pageOf(msg);
    const total = Number(/Page 1\/(\d+)/.exec(first)?.[1]);
    expect(total).toBeGreaterThan(1);
    expect(buttons(msg).map((b) => [b.label, b.disabled])).toEqual([["◀ Previous", true], ["Next ▶", false]]);
    const seen = new Set<number>();
    const collect = (m: FakeMessage): void => {
      for (const x of embedText(m).matchAll(/Event number (\d+):/g)) seen.add(Number(x[1]));
    };
    collect(msg);
    for (let page = 2; page <= total; page++) {
      const next = buttons(msg).find((b) => b.label === "Next ▶")!;
      expect(next.custom_id).toMatch(/^pg:[A-Za-z0-9_-]+:\d+$/);
      const click = h.fake.interactions.button(next.custom_id, sent);
      expect((await h.fake.callbackOf(click)).type).toBe(7);
      msg = h.fake.originals.get(sent.token)!;
      expect(pageOf(msg)).toContain(`Page ${page}/${total}`);
      collect(msg);
    }
    expect(seen.size).toBe(200);
    expect(buttons(msg).find((b) => b.label === "Next ▶")?.disabled).toBe(true);
    const back = h.fake.interactions.button(buttons(msg)[0]!.custom_id, sent);
    await h.fake.callbackOf(back);
    expect(pageOf(h.fake.originals.get(sent.token)!)).toContain(`Page ${total - 1}/${total}`);
    expect(h.fake.requests.filter((r) => r.status === 400)).toEqual([]);
  });

  it("THEN a button whose answer has expired gets a private notice, in the message's language", async () => {
    behaviour = async () => longTimeline(200, "ar");
    const sent = h.fake.interactions.slash("timeline", {});
    await h.fake.answer(sent);
    const click = h.fake.interactions.button("pg:gone000000:1", sent);
    const cb = await h.fake.callbackOf(click);
    expect(cb.type).toBe(4);
    expect(cb.data?.flags).toBe(EPHEMERAL);
    expect(cb.data?.content).toBe("انتهت صلاحية هذه الإجابة. أعد تشغيل الأمر لعرضها.");
  });
});

describe("GIVEN hostile text", () => {
  it("THEN article markdown is escaped, @everyone in a query reaches the app as text, and no message can ping", async () => {
    behaviour = async () => hostileReply();
    const sent = h.fake.interactions.slash("search", { query: "@everyone ping" });
    const msg = await h.fake.answer(sent);
    expect(app.calls.at(-1)?.text).toBe("@everyone ping");
    const text = embedText(msg);
    expect(text).toContain("Read \\*\\*this\\*\\* \\_\\_now\\_\\_");
    expect(text).toContain("\\|\\|spoiler\\|\\|");
    expect(text).not.toMatch(/(^|[^\\])\*\*this/);
    expect(text).toContain("\\[click](https://evil.example)");
    expect(text).toContain("(https://example.com/x%281%29)");
    const bodies = messageBodies();
    expect(bodies.length).toBeGreaterThan(5);
    for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("GIVEN autocomplete on /who", () => {
  it("THEN at most 25 choices, each name and value within 100 characters", async () => {
    const sent = h.fake.interactions.autocomplete("who", { query: "Aus" }, "query");
    const cb = await h.fake.callbackOf(sent);
    expect(cb.type).toBe(8);
    const choices = cb.data?.choices as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices[0]!.name).toContain("لويد أوستن");
  });
});

describe("GIVEN Discord misbehaves", () => {
  it("THEN a 429 is waited out and the answer still arrives", async () => {
    behaviour = async (inv) => simple(inv);
    const from = h.fake.requests.length;
    h.fake.failNext("POST", /^\/interactions\/\d+\/[^/]+\/callback$/, 429, 1, 1);
    const sent = h.fake.interactions.slash("who", { query: "rate" });
    expect(embedText(await h.fake.answer(sent))).toContain("You asked: rate");
    const statuses = h.fake.requests.slice(from).filter((r) => r.path.includes(sent.id)).map((r) => r.status);
    expect(statuses).toEqual([429, 204]);
  });

  it("THEN a 500 on the answer ends in a localised apology, logged with the interaction id and no token", async () => {
    behaviour = async () => longTimeline(3, "ar");
    // discord.js retries a 5xx three times: four failures make the answer fail for good.
    h.fake.failNext("POST", /^\/interactions\/\d+\/[^/]+\/callback$/, 500, 4);
    const sent = h.fake.interactions.slash("timeline", { query: "بغداد" });
    const msg = await h.fake.answer(sent);
    expect(msg.content).toBe("عذرًا، حدث خطأ أثناء الإجابة. حاول مرة أخرى بعد قليل.");
    expect(msg.embeds).toEqual([]);
    const line = h.logs.find((l) => l.includes("discord interaction failed") && l.includes(sent.id));
    expect(line).toBeDefined();
    expect(h.logs.join("")).not.toContain(h.fake.token);
    expect(h.logs.join("")).not.toContain(sent.token);
  });

  it("THEN a command that throws gets a private apology and the bot keeps answering", async () => {
    behaviour = async () => {
      throw new Error("boom");
    };
    const bad = h.fake.interactions.slash("who", { query: "crash" });
    const cb = await h.fake.callbackOf(bad);
    expect(cb.data).toMatchObject({ content: "Sorry, something went wrong while answering. Please try again in a moment.", flags: EPHEMERAL });
    behaviour = async (inv) => simple(inv);
    const good = h.fake.interactions.slash("who", { query: "after" });
    expect(embedText(await h.fake.answer(good))).toContain("You asked: after");
  });

  it("THEN after a gateway close 4000 the client RESUMEs and commands still work", async () => {
    const { identifies, resumes } = h.fake.gateway.stats;
    h.fake.gateway.close(4000);
    await h.fake.until(() => h.fake.gateway.stats.resumes === resumes + 1 && h.fake.gateway.ready, 15_000, "a RESUME");
    expect(h.fake.gateway.stats.identifies).toBe(identifies);
    behaviour = async (inv) => simple(inv);
    const sent = h.fake.interactions.slash("who", { query: "resumed" });
    expect(embedText(await h.fake.answer(sent))).toContain("You asked: resumed");
  });
});

describe("GIVEN many different people ask, in a server and by DM", () => {
  it("THEN each is answered and none of them stays in the client's memory", async () => {
    behaviour = async (inv) => simple(inv);
    for (let i = 0; i < 20; i++) {
      const sent = h.fake.interactions.slash("who", { query: `asker ${i}` }, { userId: `6000000000000010${String(i).padStart(2, "0")}`, dm: i % 2 === 0 });
      expect(embedText(await h.fake.answer(sent))).toContain(`You asked: asker ${i}`);
    }
    const users = h.adapter.client.users.cache;
    expect([...users.keys()].filter((id) => id !== h.adapter.client.user?.id)).toEqual([]);
    for (const guild of h.adapter.client.guilds.cache.values()) {
      expect([...guild.members.cache.keys()].filter((id) => id !== h.adapter.client.user?.id)).toEqual([]);
    }
  });
});

describe("GIVEN a command slower than a second", () => {
  it("THEN the reply is deferred first and filled in afterwards", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    behaviour = async (inv) => {
      await gate;
      return simple(inv);
    };
    const sent = h.fake.interactions.slash("who", { query: "slow" });
    const cb = await h.fake.callbackOf(sent);
    expect(cb.type).toBe(5);
    release();
    expect(embedText(await h.fake.answer(sent))).toContain("You asked: slow");
  });

  it("THEN a 500 on filling it in replaces the 'thinking…' with a localised apology", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    behaviour = async () => {
      await gate;
      return longTimeline(3, "ar");
    };
    const sent = h.fake.interactions.slash("timeline", { query: "بطيء" });
    expect((await h.fake.callbackOf(sent)).type).toBe(5);
    // discord.js retries a 5xx three times: four failures make the edit fail for good.
    h.fake.failNext("PATCH", /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, 500, 4);
    release();
    const msg = await h.fake.answer(sent);
    expect(msg.content).toBe("عذرًا، حدث خطأ أثناء الإجابة. حاول مرة أخرى بعد قليل.");
    expect(msg.embeds).toEqual([]);
  });
});
