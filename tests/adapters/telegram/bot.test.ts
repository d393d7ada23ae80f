/**
 * The real grammY Bot, the real app and commands, on a synthetic corpus (200 events, hostile text),
 * through the fake Bot API. Every assertion is on what the user would see.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stripIsolates } from "../../../src/adapters/shared/bidi.ts";
import { parseTelegramHtml } from "../../fakes/telegram/html.ts";
import { dm, group, omar, sara, startHarness, type Harness } from "./harness.ts";
import { HOSTILE_SENTENCE, HOSTILE_TITLE, syntheticCore } from "./synthetic-core.ts";

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ core: syntheticCore() });
});
afterEach(async () => {
  await h?.close();
});

describe("GIVEN a 200-event timeline", () => {
  it("THEN it is paged within 4096 characters and Next/Previous edit the message to each page", async () => {
    const first = await h.ask("/timeline --lang en");
    const total = Number(/Page 1 of (\d+)/.exec(first.text)?.[1]);
    expect(total).toBeGreaterThan(5);
    expect(first.buttons.map((b) => b.text)).toEqual(["Next ›"]);
    expect(first.text).toContain("Timeline — 200 events");

    let current = first;
    const seenEvents = new Set<string>();
    for (let page = 2; page <= total; page++) {
      const next = current.buttons.find((b) => b.text === "Next ›")!;
      expect(Buffer.byteLength(next.callback_data!)).toBeLessThanOrEqual(64);
      const { edit } = await h.press(current, next.callback_data!);
      expect(edit!.call.params.message_id).toBe(first.message.message_id);
      expect(edit!.text).toContain(`Page ${page} of ${total}`);
      expect(edit!.html.length).toBeLessThanOrEqual(4096);
      parseTelegramHtml(edit!.html); // throws on broken HTML
      // Every [n] on the page has its source listed on the same page.
      for (const m of edit!.text.matchAll(/\[(\d+)\]/g)) expect(edit!.text).toMatch(new RegExp(`\\n${m[1]}\\. `));
      for (const m of edit!.text.matchAll(/الحدث رقم (\d+)/g)) seenEvents.add(m[1]!);
      current = edit!;
    }
    expect(current.buttons.map((b) => b.text)).toEqual(["‹ Previous"]);
    expect(seenEvents.has("200")).toBe(true);

    const { edit: back } = await h.press(current, current.buttons[0]!.callback_data!);
    expect(back!.text).toContain(`Page ${total - 1} of ${total}`);
  });

  it("THEN a button whose answer is no longer kept says so, in the user's language", async () => {
    const first = await h.ask("/timeline");
    const { answer, edit } = await h.press(first, "pg:unknownid1:1", omar);
    expect(edit).toBeUndefined();
    expect(answer.params.text).toBe("انتهت صلاحية هذه الإجابة. أعد تشغيل الأمر.");
  });
});

describe("GIVEN hostile article text and names", () => {
  it("THEN tags and ampersands reach the user as text, never as formatting", async () => {
    const who = await h.ask("/who مستخدم");
    expect(stripIsolates(who.html)).toContain("&lt;b&gt;مستخدم&lt;/b&gt; &amp; شريك");
    expect(who.plain).toContain("<b>مستخدم</b> & شريك");
    expect(who.plain).toContain(HOSTILE_TITLE);
    const tags = parseTelegramHtml(who.html).tags;
    expect(tags.map((x) => x.name)).not.toContain("u");
    expect(tags.filter((x) => x.name === "a").map((x) => x.attrs.href)).toEqual([`https://example.com/a?x=1&y=%222%22`]);

    const summary = await h.ask("/summary");
    expect(summary.plain).toContain(HOSTILE_SENTENCE);
  });

  it("THEN a hostile query echoed back is escaped too", async () => {
    const s = await h.ask("/search <b>x</b> & y");
    expect(s.plain).toContain("<b>x</b> & y");
    // Only the adapter's own formatting tags are present.
    for (const tag of parseTelegramHtml(s.html).tags) expect(["b", "i", "a"]).toContain(tag.name);
  });
});

describe("GIVEN bad input", () => {
  it("THEN an unknown command, an empty query and a 5,000-character query each get a clear answer", async () => {
    expect((await h.ask("/frobnicate")).text).toContain("There is no command /frobnicate. Send /help");
    expect((await h.ask("/search")).text).toContain("/search needs some words to look for");
    const long = await h.ask(`/search ${"a".repeat(5000)}`);
    expect(long.text).toContain("That query is 5000 characters long");
    expect(long.html.length).toBeLessThanOrEqual(4096);
    expect((await h.ask("/who nobody-here")).text).toContain(`I found no one called or titled "nobody-here"`);
  });

  it("THEN another bot's command in a group is ignored and ours is answered", async () => {
    h.fake.pushMessage({ chat: group, from: sara, text: "/who@other_bot مستخدم" });
    const ours = await h.ask("/who@mawjaz_test_bot مستخدم", { chat: group });
    expect(ours.plain).toContain("<b>مستخدم</b> & شريك");
    expect(h.fake.callsOf("sendMessage").filter((c) => c.ok)).toHaveLength(1);
    // In a group the answer replies to the asker's message.
    expect(ours.call.params.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
  });
});

describe("GIVEN the Bot API fails", () => {
  it("THEN a 429 is retried after retry_after and the user gets the answer", async () => {
    h.fake.failNext("sendMessage", 1, { code: 429, retryAfter: 1 });
    const answer = await h.ask("/who مستخدم");
    expect(answer.plain).toContain("<b>مستخدم</b> & شريك");
    expect(h.fake.callsOf("sendMessage").map((c) => c.errorCode ?? 200)).toEqual([429, 200]);
  });

  it("THEN a 500 on sendMessage is logged with the update id, the user gets an apology, and the next update is answered", async () => {
    h.fake.failNext("sendMessage", 1, { code: 500 });
    const apology = await h.ask("/who مستخدم", { from: omar });
    expect(apology.text).toBe("عذرًا، حدث خطأ أثناء الإجابة. حاول مرة أخرى بعد قليل.");
    const failure = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === "telegram update failed");
    expect(failure?.update_id).toBe(1);
    const next = await h.ask("/who مستخدم", { from: omar });
    expect(next.plain).toContain("<b>مستخدم</b> & شريك");
    expect(h.logs.join("\n")).not.toContain(h.fake.token);
  });
});

describe("GIVEN start-up and language", () => {
  it("THEN the command menus are registered in English and Arabic, for everyone, private chats and group administrators", () => {
    const menus = h.fake.callsOf("setMyCommands");
    expect(menus.map((c) => `${(c.params.scope as { type?: string } | undefined)?.type ?? "default"}/${String(c.params.language_code ?? "-")}`)).toEqual([
      "default/-", "default/ar", "all_private_chats/-", "all_private_chats/ar", "all_chat_administrators/-", "all_chat_administrators/ar",
    ]);
    expect(menus.every((c) => c.ok)).toBe(true);
    const ar = menus[1]!.params.commands as { command: string; description: string }[];
    expect(ar.find((c) => c.command === "who")?.description).toMatch(/[\u0600-\u06FF]/);
    // Without a /digest command every menu lists the same commands.
    const names = (i: number) => (menus[i]!.params.commands as { command: string }[]).map((c) => c.command);
    expect(names(0)).not.toContain("digest");
    expect(names(4)).toEqual(names(0));
  });

  it("THEN /lang en chat in a group is for administrators only (asked via getChatMember)", async () => {
    h.fake.members.set(`${group.id}:${omar.id}`, "administrator");
    const denied = await h.ask("/lang en chat", { chat: group, from: sara });
    expect(denied.text).toContain("Only moderators can set the language of the whole chat");
    const granted = await h.ask("/lang en chat", { chat: group, from: omar });
    expect(granted.text).toContain("I will answer in English in this chat from now on.");
    expect(h.fake.callsOf("getChatMember")).toHaveLength(2);
    // Plain commands never ask.
    await h.ask("/help", { chat: group });
    expect(h.fake.callsOf("getChatMember")).toHaveLength(2);
  });

  it("THEN plain text in a DM gets a hint about commands", async () => {
    const hint = await h.ask("hello", { chat: dm(sara) });
    expect(hint.text).toContain("Send a command");
  });
});
