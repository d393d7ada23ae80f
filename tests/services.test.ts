/**
 * The whole bot as `npm start` wires it (startServices: app, LLM off, digest scheduler, Telegram adapter), against the
 * fake Bot API: a member asks, a moderator schedules a digest and sends it now, a non-moderator is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { parseConfig } from "../src/config.ts";
import { loadCore } from "../src/core/create.ts";
import { createStore } from "../src/store/index.ts";
import { createTranslator } from "../src/i18n/index.ts";
import { startServices, type Services } from "../src/services.ts";
import { startFakeTelegram, type FakeTelegram } from "./fakes/telegram/server.ts";
import { parseTelegramHtml } from "./fakes/telegram/html.ts";
import { group, omar, sara } from "./adapters/telegram/harness.ts";

let fake: FakeTelegram;
let services: Services;
const store = createStore("memory:");

beforeAll(async () => {
  fake = await startFakeTelegram();
  const parsed = parseConfig({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, STORE_URL: "memory:" });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  services = await startServices({ config: parsed.config, core: await loadCore(), store, t: createTranslator(), logger: pino({ level: "silent" }) });
  fake.members.set(`${group.id}:${sara.id}`, "administrator");
}, 30_000);

afterAll(async () => {
  await services?.stop();
  await store.close();
  await fake?.close();
});

/** Sends a message as `from` in the group; returns the text of the bot's answer to it (the message replying to it). */
async function say(text: string, from = sara): Promise<string> {
  const sent = fake.pushMessage({ chat: group, from, text });
  const isAnswer = (c: { ok: boolean; params: Record<string, unknown> }) =>
    c.ok && (c.params.reply_parameters as { message_id?: number } | undefined)?.message_id === sent.message_id;
  for (let tries = 0; tries < 100; tries++) {
    const answer = fake.callsOf("sendMessage").find(isAnswer);
    if (answer) return parseTelegramHtml(String(answer.params.text)).text;
    await fake.waitFor("sendMessage", fake.callsOf("sendMessage").filter((c) => c.ok).length + 1).catch(() => undefined);
  }
  throw new Error(`no answer to ${text}`);
}

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
