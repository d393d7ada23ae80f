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

/** Sends a message as `from` in the group; returns the text of the next message the bot sends there. */
async function say(text: string, from = sara): Promise<string> {
  const before = fake.callsOf("sendMessage").filter((c) => c.ok).length;
  fake.pushMessage({ chat: group, from, text });
  const calls = await fake.waitFor("sendMessage", before + 1);
  return parseTelegramHtml(String(calls[before]!.params.text)).text;
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
