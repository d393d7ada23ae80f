/**
 * What a real Bot API server does that a happy-path fake would not: concurrent updates from several chats,
 * edited messages and channel posts, commands in captions, /start deep links, a press on the page already
 * shown ("message is not modified"), presses on messages the bot can no longer reach, and the administrators'
 * command menus. The real grammY Bot and the real app, through the fake Bot API.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Message, Update } from "grammy/types";
import type { Command } from "../../../commands/types.ts";
import { createApp, type App, type Invocation } from "../../../src/app/dispatch.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import { createStore } from "../../../src/store/index.ts";
import { dm, group, omar, sara, seen, startHarness, type Harness } from "./harness.ts";
import { syntheticCore } from "./synthetic-core.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const realApp = (extraCommands: Command[] = []): App =>
  createApp({ core: syntheticCore(), store: createStore("memory:"), t: createTranslator(), extraCommands });

const errorsLogged = (x: Harness): string[] =>
  x.logs.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level >= 50).map((l) => l.msg);

describe("GIVEN one chat's command is slow (an LLM call)", () => {
  it("THEN another chat is answered meanwhile, and the slow chat's own next command waits its turn", async () => {
    const app = realApp();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    const gated: App = {
      ...app,
      async handle(inv: Invocation) {
        started.push(`${inv.chatId}:${inv.text}`);
        if (inv.text === "slow") await gate;
        return app.handle(inv);
      },
    };
    h = await startHarness({ app: gated });
    h.fake.pushMessage({ chat: dm(sara), from: sara, text: "/who slow" });
    h.fake.pushMessage({ chat: dm(sara), from: sara, text: "/who مستخدم" });
    const other = await h.ask("/who مستخدم", { from: omar });

    expect(other.call.params.chat_id).toBe(omar.id);
    expect(other.plain).toContain("<b>مستخدم</b> & شريك");
    // Sara's second command has not even started: her chat's updates stay in order.
    expect(started).toEqual([`${sara.id}:slow`, `${omar.id}:مستخدم`]);

    release();
    const sent = await h.fake.waitFor("sendMessage", 3);
    const toSara = sent.filter((c) => c.params.chat_id === sara.id).map((c) => seen(h!.fake, c).plain);
    expect(toSara).toHaveLength(2);
    expect(toSara[0]).toContain(`"slow"`);
    expect(toSara[1]).toContain("<b>مستخدم</b> & شريك");
  });
});

describe("GIVEN updates the bot does not act on", () => {
  it("THEN an edited message and a channel post get no answer and no error, and the next command is answered", async () => {
    h = await startHarness({ core: syntheticCore({ events: 5 }) });
    const when = Math.floor(Date.now() / 1000);
    h.fake.pushUpdate({
      edited_message: { message_id: 1, date: when, edit_date: when, chat: dm(sara), from: sara, text: "/who مستخدم", entities: [{ type: "bot_command", offset: 0, length: 4 }] },
    } as Omit<Update, "update_id">);
    h.fake.pushUpdate({
      channel_post: { message_id: 2, date: when, chat: { id: -100777, type: "channel", title: "قناة" }, sender_chat: { id: -100777, type: "channel", title: "قناة" }, text: "/who مستخدم", entities: [{ type: "bot_command", offset: 0, length: 4 }] },
    } as Omit<Update, "update_id">);
    const answer = await h.ask("/help");
    expect(answer.text).toContain("Mawjaz — news briefings");
    expect(h.fake.callsOf("sendMessage")).toHaveLength(1);
    expect(errorsLogged(h)).toEqual([]);
  });
});

describe("GIVEN a command written in a photo's caption", () => {
  it("THEN it is answered like a text command, in a group too", async () => {
    h = await startHarness({ core: syntheticCore({ events: 5 }) });
    const photo = h.fake.pushCaptioned({ chat: group, from: omar, caption: "/who@mawjaz_test_bot مستخدم" });
    const [call] = await h.fake.waitFor("sendMessage");
    const answer = seen(h.fake, call!);
    expect(answer.plain).toContain("<b>مستخدم</b> & شريك");
    expect(call!.params.reply_parameters).toMatchObject({ message_id: photo.message_id });
  });
});

describe("GIVEN a /start deep link (t.me/bot?start=PAYLOAD)", () => {
  it("THEN the payload is not read as a query: the reader gets the help page", async () => {
    h = await startHarness({ core: syntheticCore({ events: 5 }) });
    // "--promo" is a valid payload (A-Z a-z 0-9 _ -) that, read as a query, would be an unknown flag.
    const answer = await h.ask("/start --promo");
    expect(answer.text).toContain("Mawjaz — news briefings");
    expect(answer.text).not.toContain("Sorry");
  });
});

describe("GIVEN a paged answer", () => {
  it("THEN pressing the page already shown refuses nothing visible: the spinner stops, no apology, no error logged", async () => {
    h = await startHarness({ core: syntheticCore() });
    const first = await h.ask("/timeline --lang en");
    const id = /^pg:([^:]+):1$/.exec(first.buttons[0]!.callback_data!)![1]!;
    const answers = h.fake.callsOf("answerCallbackQuery").length;
    h.fake.pushCallback({ from: sara, message: first.message, data: `pg:${id}:0` });
    const [edit] = await h.fake.waitFor("editMessageText", 1, 10_000, { failed: true });
    expect(edit!.description).toMatch(/message is not modified/);
    const answer = (await h.fake.waitFor("answerCallbackQuery", answers + 1))[answers]!;
    expect(answer.params.text).toBeUndefined();
    expect(h.fake.callsOf("sendMessage")).toHaveLength(1);
    expect(errorsLogged(h)).toEqual([]);
  });

  it("THEN a press on an old message whose chat no longer exists says the answer expired, without an error", async () => {
    h = await startHarness({ core: syntheticCore() });
    const first = await h.ask("/timeline", { chat: group, from: omar });
    h.fake.forgetChat(group.id);
    const { answer, edit } = await h.press(first, first.buttons[0]!.callback_data!, omar);
    expect(edit).toBeUndefined();
    expect(answer.params).toMatchObject({ text: "انتهت صلاحية هذه الإجابة. أعد تشغيل الأمر.", show_alert: true });
    expect(h.fake.callsOf("editMessageText").map((c) => c.description)).toEqual([expect.stringMatching(/chat not found/)]);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(1);
    expect(errorsLogged(h)).toEqual([]);
  });

  it("THEN a press on a message the bot can no longer access (InaccessibleMessage, date 0) says the answer expired", async () => {
    h = await startHarness({ core: syntheticCore() });
    const first = await h.ask("/timeline");
    const inaccessible = { chat: first.message.chat, message_id: first.message.message_id, date: 0 } as unknown as Message;
    const { answer, edit } = await h.press({ ...first, message: inaccessible }, first.buttons[0]!.callback_data!);
    expect(edit).toBeUndefined();
    expect(answer.params.text).toBe("This answer has expired. Run the command again.");
    expect(h.fake.callsOf("editMessageText")).toHaveLength(0);
  });
});

describe("GIVEN the app has a /digest command", () => {
  const digest: Command = {
    data: { name: "digest", description: { en: "Scheduled news briefings", ar: "موجز أخبار مجدول" }, options: [] },
    execute: async () => ({ command: "digest", lang: "en", status: "ok", title: "Digest", items: [], citations: [] }),
  };

  it("THEN administrators' and private menus list it in English and Arabic, the default menus do not", async () => {
    h = await startHarness({ app: realApp([digest]) });
    const menus = h.fake.callsOf("setMyCommands");
    const names = (scope: string, lang?: string) => {
      const call = menus.find((c) => ((c.params.scope as { type?: string } | undefined)?.type ?? "default") === scope && c.params.language_code === lang);
      expect(call?.ok).toBe(true);
      return (call!.params.commands as { command: string; description: string }[]);
    };
    for (const lang of [undefined, "ar"]) {
      expect(names("default", lang).map((c) => c.command)).not.toContain("digest");
      expect(names("default", lang).map((c) => c.command)).toContain("who");
      expect(names("all_chat_administrators", lang).map((c) => c.command)).toEqual([...names("default", lang).map((c) => c.command), "digest"]);
      expect(names("all_private_chats", lang).map((c) => c.command)).toContain("digest");
    }
    expect(names("all_chat_administrators", "ar").find((c) => c.command === "digest")?.description).toBe("موجز أخبار مجدول");
    expect(names("all_chat_administrators").find((c) => c.command === "digest")?.description).toBe("Scheduled news briefings");
  });
});

describe("GIVEN webhook mode and an answer slower than Telegram will wait", () => {
  it("THEN the request is acknowledged with 200 (so Telegram does not send the update again) and the answer follows", async () => {
    const app = realApp();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slow: App = { ...app, handle: async (inv) => { calls++; await gate; return app.handle(inv); } };
    h = await startHarness({ app: slow, adapter: { webhook: { url: "https://bot.example.org/tg", secretToken: "s3cret", port: 0, host: "127.0.0.1", ackAfterMs: 50 } } });
    const update = h.fake.makeMessageUpdate({ chat: dm(sara), from: sara, text: "/who مستخدم" });
    const res = await fetch(`http://127.0.0.1:${h.handle.webhookPort}/tg`, {
      method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s3cret" }, body: JSON.stringify(update),
    });
    expect(res.status).toBe(200);
    expect(calls).toBe(1);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0); // still answering
    release();
    const [sent] = await h.fake.waitFor("sendMessage");
    expect(seen(h.fake, sent!).plain).toContain("<b>مستخدم</b> & شريك");
    expect(errorsLogged(h)).toEqual([]);
  });
});
