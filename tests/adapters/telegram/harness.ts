/**
 * Starts the fake Bot API, the real app (createApp) and the real adapter (startTelegram → grammY Bot)
 * against each other, and offers `ask()`: send a message as a user, get what the user would see.
 */
import pino from "pino";
import type { Chat, Message, User } from "grammy/types";
import { createApp, type App } from "../../../src/app/dispatch.ts";
import type { Core } from "../../../src/core/core.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import { createStore } from "../../../src/store/index.ts";
import { startTelegram, type TelegramHandle, type TelegramOptions } from "../../../src/adapters/telegram/start.ts";
import { stripIsolates } from "../../../src/adapters/shared/bidi.ts";
import { parseTelegramHtml } from "../../fakes/telegram/html.ts";
import { startFakeTelegram, type ApiCall, type FakeTelegram } from "../../fakes/telegram/server.ts";

export const sara: User = { id: 501, is_bot: false, first_name: "Sara", language_code: "en" };
export const omar: User = { id: 502, is_bot: false, first_name: "عمر", language_code: "ar" };
export const dm = (user: User): Chat => ({ id: user.id, type: "private", first_name: user.first_name });
export const group: Chat = { id: -1001234, type: "supergroup", title: "غرفة الأخبار" } as Chat;

/** What the user sees of one bot message. */
export interface Seen {
  /** The HTML the bot sent. */
  html: string;
  /** The text Telegram displays (after entity parsing). */
  text: string;
  /** `text` without Unicode isolate marks (for content assertions on mixed-direction text). */
  plain: string;
  /** Inline keyboard buttons, flattened. */
  buttons: { text: string; callback_data?: string }[];
  message: Message;
  call: ApiCall;
}

export interface Harness {
  fake: FakeTelegram;
  handle: TelegramHandle;
  /** Log lines written by the adapter (JSON strings). */
  logs: string[];
  ask(text: string, options?: { chat?: Chat; from?: User }): Promise<Seen>;
  press(seen: Seen, data: string, from?: User): Promise<{ edit?: Seen; answer: ApiCall }>;
  close(): Promise<void>;
}

/** Turns a recorded sendMessage/editMessageText call into what the user sees. */
export function seen(fake: FakeTelegram, call: ApiCall): Seen {
  const html = String(call.params.text);
  const text = call.params.parse_mode === "HTML" ? parseTelegramHtml(html).text : html;
  const markup = call.params.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
  const chatId = Number(call.params.chat_id);
  const messages = [...(fake.sent.get(chatId)?.values() ?? [])];
  const message = call.params.message_id !== undefined
    ? fake.sent.get(chatId)!.get(Number(call.params.message_id))!
    : messages.at(-1)!;
  return { html, text, plain: stripIsolates(text), buttons: markup?.inline_keyboard?.flat() ?? [], message, call };
}

/** `app` replaces the real app (a stand-in whose answers the test controls); `fake` shares one fake Bot API. */
export async function startHarness(options: { core?: Core; app?: App; adapter?: Partial<TelegramOptions>; fake?: FakeTelegram } = {}): Promise<Harness> {
  const fake = options.fake ?? (await startFakeTelegram());
  const logs: string[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void logs.push(line) });
  // Imported lazily: only the seed tests need the full analysis pipeline.
  const app = options.app ?? createApp({
    core: options.core ?? (await (await import("../../../src/core/create.ts")).loadCore()),
    store: createStore("memory:"),
    t: createTranslator(),
    logger,
  });
  const handle = await startTelegram({ token: fake.token, apiRoot: fake.apiRoot, app, logger, ...options.adapter });

  const ask: Harness["ask"] = async (text, o = {}) => {
    const from = o.from ?? sara;
    const before = fake.callsOf("sendMessage").filter((c) => c.ok).length;
    fake.pushMessage({ chat: o.chat ?? dm(from), from, text });
    const calls = await fake.waitFor("sendMessage", before + 1);
    return seen(fake, calls[before]!);
  };

  const press: Harness["press"] = async (s, data, from = sara) => {
    const answersBefore = fake.callsOf("answerCallbackQuery").length;
    const editsBefore = fake.callsOf("editMessageText").filter((c) => c.ok).length;
    fake.pushCallback({ from, message: s.message, data });
    const answers = await fake.waitFor("answerCallbackQuery", answersBefore + 1);
    const answer = answers[answersBefore]!;
    // A page button also edits the message; an expired one only answers the query.
    const edit = answer.params.text === undefined ? (await fake.waitFor("editMessageText", editsBefore + 1))[editsBefore] : undefined;
    return { answer, ...(edit ? { edit: seen(fake, edit) } : {}) };
  };

  return {
    fake,
    handle,
    logs,
    ask,
    press,
    async close() {
      await handle.stop();
      if (!options.fake) await fake.close();
    },
  };
}
