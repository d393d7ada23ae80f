/**
 * The bot as `npm start` wires it (startServices with Telegram, LLM off) against the fake Bot API, for the tests that
 * drive the whole of it, and asking it something in the test group.
 */
import pino from "pino";
import { parseConfig } from "../src/config.ts";
import type { Core } from "../src/core/core.ts";
import type { Store } from "../src/store/index.ts";
import { createTranslator } from "../src/i18n/index.ts";
import { startServices, type Services } from "../src/services.ts";
import { startFakeTelegram, type FakeTelegram } from "./fakes/telegram/server.ts";
import { parseTelegramHtml } from "./fakes/telegram/html.ts";
import { group, sara } from "./adapters/telegram/harness.ts";

export async function startWiredBot(core: Core, store: Store): Promise<{ fake: FakeTelegram; services: Services }> {
  const fake = await startFakeTelegram();
  const parsed = parseConfig({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, STORE_URL: "memory:" });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const services = await startServices({ config: parsed.config, core, store, t: createTranslator(), logger: pino({ level: "silent" }) });
  return { fake, services };
}

/** Sends a message as `from` in the group; returns the text of the bot's answer to it (the message replying to it). */
export async function answerTo(fake: FakeTelegram, text: string, from = sara): Promise<string> {
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
