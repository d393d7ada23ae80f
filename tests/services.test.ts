/**
 * The whole bot as `npm start` wires it (startServices: app, LLM off, digest scheduler, Telegram adapter), against the
 * fake Bot API: a member asks, a moderator schedules a digest and sends it now, a non-moderator is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCore } from "../src/core/create.ts";
import { createStore } from "../src/store/index.ts";
import type { Services } from "../src/services.ts";
import type { FakeTelegram } from "./fakes/telegram/server.ts";
import { group, omar, sara } from "./adapters/telegram/harness.ts";
import { answerTo, startWiredBot } from "./wired-bot.ts";
import { parseTelegramHtml } from "./fakes/telegram/html.ts";

let fake: FakeTelegram;
let services: Services;
const store = createStore("memory:");

beforeAll(async () => {
  ({ fake, services } = await startWiredBot(await loadCore(), store));
  fake.members.set(`${group.id}:${sara.id}`, "administrator");
}, 30_000);

afterAll(async () => {
  await services?.stop();
  await store.close();
  await fake?.close();
});

const say = (text: string, from = sara): Promise<string> => answerTo(fake, text, from);

describe("the wired bot on Telegram", () => {
  it("GIVEN /who أوستن in a group THEN an Arabic answer with sources", async () => {
    const text = await say("/who أوستن");
    expect(text).toContain("لويد أوستن");
    expect(text).toContain("المصادر");
  });

  it("GIVEN a member who is not an administrator THEN /digest add is refused and nothing is stored", async () => {
    const text = await say("/digest add 08:30 Asia/Baghdad", omar);
    expect(text).toMatch(/مشرف|moderator|administrator/i);
    expect(await say("/digest list")).toContain("0 digests in this chat");
  });

  it("GIVEN an administrator THEN a digest is scheduled, listed, and sent now to the group with sources", async () => {
    const added = await say("/digest add 08:30 Asia/Baghdad lang:en");
    expect(added).toContain("Asia/Baghdad");
    const id = /Digest (\S+):/.exec(added)?.[1];
    expect(id, added).toBeTruthy();
    expect(await say("/digest list")).toContain(id!);
    const before = fake.callsOf("sendMessage").filter((c) => c.ok).length;
    const confirmation = await say(`/digest send-now ${id}`);
    const posted = fake.callsOf("sendMessage").filter((c) => c.ok).slice(before).map((c) => parseTelegramHtml(String(c.params.text)).text);
    expect(confirmation + posted.join("\n")).toMatch(/Sources|sent/i);
    expect(posted.some((p) => p.includes("Sources"))).toBe(true);
  });
});

describe("digest preview on Telegram", () => {
  it("GIVEN an administrator who has a private chat with the bot THEN the preview goes to them privately, not to the group", async () => {
    const added = await say("/digest add 09:00 Asia/Baghdad lang:en");
    const id = /Digest (\S+):/.exec(added)![1]!;
    // Sara opens a private chat with the bot (so it may write to her).
    fake.pushMessage({ chat: { id: sara.id, type: "private", first_name: sara.first_name }, from: sara, text: "/help" });
    await fake.waitFor("sendMessage", fake.callsOf("sendMessage").filter((c) => c.ok).length + 1);
    const before = fake.callsOf("sendMessage").filter((c) => c.ok).length;
    const inGroup = await say(`/digest preview ${id}`);
    expect(inGroup).toContain("I sent you the preview in a private chat");
    const toSara = fake.callsOf("sendMessage").filter((c) => c.ok).slice(before).filter((c) => Number(c.params.chat_id) === sara.id);
    expect(toSara).toHaveLength(1);
    expect(parseTelegramHtml(String(toSara[0]!.params.text)).text).toContain("Preview of");
  });

  it("GIVEN an administrator the bot cannot write to THEN the group is told how to receive it, and no preview is posted there", async () => {
    const admin = { id: 777, is_bot: false, first_name: "Lina", language_code: "en" };
    fake.members.set(`${group.id}:${admin.id}`, "administrator");
    const added = await say("/digest add 10:00 Asia/Baghdad lang:en", admin);
    const id = /Digest (\S+):/.exec(added)![1]!;
    const text = await say(`/digest preview ${id}`, admin);
    expect(text).toContain("press Start");
    expect(text).not.toContain("Preview of");
  });
});
