/**
 * A fake Telegram Bot API server on 127.0.0.1 for driving the real grammY Bot in tests.
 *
 * Speaks `POST /bot<token>/<method>` with JSON (or form) bodies and answers `{ok,result}` or
 * `{ok:false,error_code,description,parameters?}` as the Bot API does. Validates what Telegram
 * validates (message length after HTML parsing, tags, callback_data bytes, command names), records
 * every call, and can inject errors (429 with retry_after, 500) for the next N calls of a method.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";
import { HtmlParseError, parseTelegramHtml } from "./html.ts";
import { validateCommands, validateMarkup } from "./validate.ts";

/** One recorded API call. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** What the fake answered. */
  ok: boolean;
  errorCode?: number;
  description?: string;
}

interface ApiError {
  code: number;
  description: string;
  retryAfter?: number;
}

class Fail extends Error {
  constructor(readonly error: ApiError) {
    super(error.description);
  }
}

const bad = (description: string) => new Fail({ code: 400, description: `Bad Request: ${description}` });

export interface FakeTelegramOptions {
  token?: string;
  botUsername?: string;
  botId?: number;
}

/** Computes `bot_command` entities the way Telegram does: `/name` or `/name@bot` at a word start. */
export function commandEntities(text: string): MessageEntity[] {
  const out: MessageEntity[] = [];
  const re = /(^|\s)(\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?)(?=$|[\s.,!?;:])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ type: "bot_command", offset: m.index + m[1]!.length, length: m[2]!.length });
  }
  return out;
}

export class FakeTelegram {
  readonly token: string;
  readonly bot: User;
  readonly calls: ApiCall[] = [];
  /** Messages the bot sent, by chat id then message id (latest text after edits). */
  readonly sent = new Map<number, Map<number, Message>>();
  /** Chat member statuses for getChatMember, keyed `${chatId}:${userId}`; default "member". */
  readonly members = new Map<string, string>();
  readonly commands = new Map<string, unknown>();
  webhook: { url: string; secret_token?: string } | null = null;

  private readonly server: http.Server;
  private readonly updates: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private nextCallbackId = 1;
  private readonly chats = new Map<number, Chat>();
  private readonly failures = new Map<string, ApiError[]>();
  private pollers: (() => void)[] = [];
  private callWaiters: (() => void)[] = [];
  private port = 0;

  constructor(options: FakeTelegramOptions = {}) {
    this.token = options.token ?? "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";
    this.bot = {
      id: options.botId ?? 123456,
      is_bot: true,
      first_name: "Mawjaz",
      username: options.botUsername ?? "mawjaz_test_bot",
    };
    this.server = http.createServer((req, res) => void this.route(req, res));
  }

  /** Starts listening on a random loopback port. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** The apiRoot to give grammY (no trailing slash). */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Releases held getUpdates and closes every connection (grammY keeps them alive). */
  async close(): Promise<void> {
    for (const wake of this.pollers.splice(0)) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` calls of `method` fail with this error. */
  failNext(method: string, count: number, error: { code: number; description?: string; retryAfter?: number }): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) {
      list.push({
        code: error.code,
        description:
          error.description ??
          (error.code === 429 ? `Too Many Requests: retry after ${error.retryAfter ?? 1}` : "Internal Server Error"),
        retryAfter: error.retryAfter,
      });
    }
    this.failures.set(method, list);
  }

  /** Queues a text message update from a user; bot_command entities are computed as Telegram does. */
  pushMessage(input: { chat: Chat; from: User; text: string }): Message {
    this.chats.set(input.chat.id, input.chat);
    const entities = commandEntities(input.text);
    const message = {
      message_id: this.nextMessageId++,
      from: input.from,
      chat: input.chat,
      date: Math.floor(Date.now() / 1000),
      text: input.text,
      ...(entities.length > 0 ? { entities } : {}),
    } as Message;
    this.pushUpdate({ message } as Omit<Update, "update_id">);
    return message;
  }

  /** Queues a photo whose caption may hold a command (caption_entities computed as Telegram does). */
  pushCaptioned(input: { chat: Chat; from: User; caption: string }): Message {
    this.chats.set(input.chat.id, input.chat);
    const entities = commandEntities(input.caption);
    const message = {
      message_id: this.nextMessageId++,
      from: input.from,
      chat: input.chat,
      date: Math.floor(Date.now() / 1000),
      photo: [{ file_id: "AgACAgQAAxkBAAI", file_unique_id: "AQAD", width: 90, height: 60, file_size: 1200 }],
      caption: input.caption,
      ...(entities.length > 0 ? { caption_entities: entities } : {}),
    } as Message;
    this.pushUpdate({ message } as Omit<Update, "update_id">);
    return message;
  }

  /** The chat is gone (deleted, or the bot removed): every later call about it answers 400 "chat not found". */
  forgetChat(id: number): void {
    this.chats.delete(id);
    this.sent.delete(id);
  }

  /** Builds a button press without queueing it (for posting to a webhook). */
  makeCallbackUpdate(input: { from: User; message: Message; data: string }): Update {
    return {
      update_id: this.nextUpdateId++,
      callback_query: { id: String(this.nextCallbackId++), from: input.from, message: input.message, chat_instance: `ci-${input.message.chat.id}`, data: input.data },
    } as Update;
  }

  /** Queues a button press on a message the bot sent. Returns the callback query id. */
  pushCallback(input: { from: User; message: Message; data: string }): string {
    const id = String(this.nextCallbackId++);
    this.pushUpdate({
      callback_query: {
        id,
        from: input.from,
        message: input.message,
        chat_instance: `ci-${input.message.chat.id}`,
        data: input.data,
      },
    } as Omit<Update, "update_id">);
    return id;
  }

  /** Queues any update (ids start at 1, as Telegram's do for a new bot). */
  pushUpdate(update: Omit<Update, "update_id">): Update {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    this.updates.push(full);
    for (const wake of this.pollers.splice(0)) wake();
    return full;
  }

  /** Builds an update without queueing it (for posting to a webhook). */
  makeMessageUpdate(input: { chat: Chat; from: User; text: string }): Update {
    this.chats.set(input.chat.id, input.chat);
    const entities = commandEntities(input.text);
    return {
      update_id: this.nextUpdateId++,
      message: {
        message_id: this.nextMessageId++,
        from: input.from,
        chat: input.chat,
        date: Math.floor(Date.now() / 1000),
        text: input.text,
        ...(entities.length > 0 ? { entities } : {}),
      },
    } as Update;
  }

  /** Calls of one method, in order. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /**
   * Resolves once `count` successful calls of `method` have been recorded (rejects after `timeoutMs`);
   * with `failed: true`, failed calls count too.
   */
  async waitFor(method: string, count = 1, timeoutMs = 10_000, options: { failed?: boolean } = {}): Promise<ApiCall[]> {
    const done = () => this.calls.filter((c) => c.method === method && (c.ok || options.failed === true));
    const deadline = Date.now() + timeoutMs;
    while (done().length < count) {
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${count} × ${method}; calls: ${this.calls.map((c) => c.method).join(", ")}`);
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 200);
        this.callWaiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return done();
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await new Promise<string>((resolve) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (c: string) => (body += c));
      req.on("end", () => resolve(body));
    });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? "").split("?")[0] ?? "");
    if (!m) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    if (decodeURIComponent(m[1]!) !== this.token) {
      return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    }
    const method = m[2]!;
    let params: Record<string, unknown> = {};
    try {
      params = parseBody(raw, req.headers["content-type"] ?? "", (req.url ?? "").split("?")[1]);
    } catch {
      return send(400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
    }
    const call: ApiCall = { method, params, ok: true };
    try {
      const injected = this.failures.get(method)?.shift();
      if (injected) throw new Fail(injected);
      const result = await this.dispatch(method, params);
      this.record(call);
      send(200, { ok: true, result });
    } catch (e) {
      const err = e instanceof Fail ? e.error : { code: 500, description: `Internal Server Error: ${String(e)}` };
      Object.assign(call, { ok: false, errorCode: err.code, description: err.description });
      this.record(call);
      send(err.code, {
        ok: false,
        error_code: err.code,
        description: err.description,
        ...(err.retryAfter !== undefined ? { parameters: { retry_after: err.retryAfter } } : {}),
      });
    }
  }

  private record(call: ApiCall): void {
    this.calls.push(call);
    for (const wake of this.callWaiters.splice(0)) wake();
  }

  private async dispatch(method: string, p: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "getMe":
        return { ...this.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
      case "deleteWebhook":
        this.webhook = null;
        return true;
      case "setWebhook": {
        const url = String(p.url ?? "");
        if (!/^https:\/\//.test(url)) throw bad("bad webhook: An HTTPS URL must be provided for webhook");
        const secret = p.secret_token;
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(secret))) {
          throw bad("secret token contains unallowed characters");
        }
        this.webhook = { url, ...(secret !== undefined ? { secret_token: String(secret) } : {}) };
        return true;
      }
      case "getUpdates":
        return this.getUpdates(p);
      case "sendMessage":
        return this.sendMessage(p);
      case "editMessageText":
        return this.editMessageText(p);
      case "answerCallbackQuery":
        if (typeof p.callback_query_id !== "string") throw bad("query is too old and response timeout expired or query ID is invalid");
        if (typeof p.text === "string" && p.text.length > 200) throw bad("MESSAGE_TOO_LONG");
        return true;
      case "setMyCommands": {
        const key = `${JSON.stringify(p.scope ?? { type: "default" })}|${String(p.language_code ?? "")}`;
        const error = validateCommands(p);
        if (error) throw bad(error);
        this.commands.set(key, p.commands);
        return true;
      }
      case "getChatMember": {
        const chat = this.chat(p.chat_id);
        const userId = Number(p.user_id);
        const status = this.members.get(`${chat.id}:${userId}`) ?? "member";
        return { status, user: { id: userId, is_bot: false, first_name: "User" } };
      }
      default:
        throw new Fail({ code: 404, description: "Not Found: method not found" });
    }
  }

  private async getUpdates(p: Record<string, unknown>): Promise<Update[]> {
    if (this.webhook) throw new Fail({ code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
    const offset = Number(p.offset ?? 0);
    const limit = Math.min(Math.max(Number(p.limit ?? 100), 1), 100);
    const timeout = Number(p.timeout ?? 0);
    // Telegram forgets every update below the offset: that is how the bot confirms them.
    if (offset > 0) while (this.updates.length > 0 && this.updates[0]!.update_id < offset) this.updates.shift();
    if (this.updates.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, timeout * 1000);
        this.pollers.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.updates.filter((u) => u.update_id >= offset).slice(0, limit);
  }

  private chat(id: unknown): Chat {
    const chat = this.chats.get(Number(id));
    if (!chat) throw bad("chat not found");
    return chat;
  }

  /** Validates text as Telegram does; returns the visible text and the message's reply_markup. */
  private checkText(p: Record<string, unknown>): { text: string; markup: unknown } {
    const raw = p.text;
    if (typeof raw !== "string") throw bad("message text is empty");
    let text = raw;
    if (String(p.parse_mode ?? "").toLowerCase() === "html") {
      try {
        text = parseTelegramHtml(raw).text;
      } catch (e) {
        if (e instanceof HtmlParseError) throw bad(`can't parse entities: ${e.message}`);
        throw e;
      }
    }
    // Telegram strips surrounding whitespace before counting; the limit is in UTF-16 code units.
    text = text.trim();
    if (text.length === 0) throw bad("message text is empty");
    if (text.length > 4096) throw bad("message is too long");
    const markupError = validateMarkup(p.reply_markup);
    if (markupError) throw bad(markupError);
    return { text, markup: p.reply_markup };
  }

  private sendMessage(p: Record<string, unknown>): Message {
    const chat = this.chat(p.chat_id);
    const { text, markup } = this.checkText(p);
    const message = {
      message_id: this.nextMessageId++,
      from: this.bot,
      chat,
      date: Math.floor(Date.now() / 1000),
      text,
      ...(markup ? { reply_markup: markup } : {}),
    } as Message;
    if (!this.sent.has(chat.id)) this.sent.set(chat.id, new Map());
    this.sent.get(chat.id)!.set(message.message_id, message);
    return message;
  }

  private editMessageText(p: Record<string, unknown>): Message {
    const chat = this.chat(p.chat_id);
    const old = this.sent.get(chat.id)?.get(Number(p.message_id));
    if (!old) throw bad("message to edit not found");
    const { text, markup } = this.checkText(p);
    if (old.text === text && JSON.stringify(old.reply_markup ?? null) === JSON.stringify(markup ?? null)) {
      throw bad("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }
    const edited = { ...old, text, edit_date: Math.floor(Date.now() / 1000) } as Message;
    if (markup) Object.assign(edited, { reply_markup: markup });
    else delete (edited as { reply_markup?: unknown }).reply_markup;
    this.sent.get(chat.id)!.set(edited.message_id, edited);
    return edited;
  }
}

function parseBody(raw: string, contentType: string, query: string | undefined): Record<string, unknown> {
  if (contentType.includes("application/json") && raw.length > 0) return JSON.parse(raw) as Record<string, unknown>;
  const form = new URLSearchParams(contentType.includes("x-www-form-urlencoded") ? raw : (query ?? ""));
  const out: Record<string, unknown> = {};
  for (const [k, v] of form) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/** Starts a fake on a random port. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const fake = new FakeTelegram(options);
  await fake.listen();
  return fake;
}
