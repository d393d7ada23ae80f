/**
 * A fake Discord on 127.0.0.1: REST under /api/v10 (node:http) and the gateway (gateway.ts) on the same
 * port. Point discord.js at it with `rest: { api: fake.apiUrl }`. It records every request, keeps the
 * messages each interaction produced (what the user sees), validates Discord's limits (400, code 50035)
 * and can answer the next N calls of a route with 429 (Retry-After) or 500.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeGateway, type FakeGuild } from "./gateway.ts";
import { checkChoices, checkCommand, checkMessage, type LimitError } from "./limits.ts";
import { InteractionFactory } from "./interactions.ts";

/** One request the fake received; `path` is decoded and relative to /api/v10. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
  body: Record<string, unknown> | unknown[] | undefined;
  status: number;
}

/** A message as the fake stores it (what a user would see). */
export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: Record<string, unknown>[];
  components: Record<string, unknown>[];
  flags: number;
  allowed_mentions?: { parse?: string[] };
}

interface Failure {
  method: string;
  path: RegExp;
  status: 429 | 500;
  count: number;
  retryAfter: number;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  heartbeatInterval?: number;
}

export const EPHEMERAL = 1 << 6;

/** Starts the fake; `stop()` closes the sockets and the server. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  await fake.listen();
  return fake;
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly requests: RecordedRequest[] = [];
  readonly guild: FakeGuild = { id: "800000000000000001", name: "Newsroom", channels: [{ id: "800000000000000002", type: 0, name: "general" }] };
  readonly gateway: FakeGateway;
  readonly interactions: InteractionFactory;
  /** Interaction token → the original response message; plus follow-ups. */
  readonly originals = new Map<string, FakeMessage>();
  readonly followups = new Map<string, FakeMessage[]>();
  /** Interaction id → callbacks received ({type, data}). */
  readonly callbacks = new Map<string, { type: number; data?: Record<string, unknown> }[]>();
  /** Channel id → messages posted with Bot auth (digests, fallbacks). */
  readonly channelMessages = new Map<string, FakeMessage[]>();
  private readonly failures: Failure[] = [];
  /** Interaction tokens past their 15 minutes (see `expireToken`). */
  private readonly expired = new Set<string>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly waiters = new Set<() => void>();
  private nextId = 900000000000000000n;
  private port = 0;

  constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? "fake-token.not-a-secret";
    this.applicationId = options.applicationId ?? "700000000000000001";
    this.gateway = new FakeGateway(this.server, {
      token: this.token,
      applicationId: this.applicationId,
      botUser: { id: this.applicationId, username: "mawjaz" },
      guilds: [this.guild],
      heartbeatInterval: options.heartbeatInterval ?? 41_250,
      url: () => `ws://127.0.0.1:${this.port}/gateway`,
      onChange: () => this.notify(),
    });
    this.interactions = new InteractionFactory(this);
  }

  /** Give to discord.js as `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A fresh snowflake (numeric string, increasing). */
  snowflake(): string {
    return String(this.nextId++);
  }

  /** The next `count` calls of `method path` get `status` (429 with Retry-After, or 500). */
  failNext(method: string, path: RegExp, status: 429 | 500, count = 1, retryAfter = 1): void {
    this.failures.push({ method, path, status, count, retryAfter });
  }

  /**
   * The interaction's token is past its 15 minutes: its webhook routes (editReply, follow-ups) answer 401
   * "Invalid Webhook Token" (50027), and so does an update (type 7) of the message it produced.
   */
  expireToken(sent: { token: string }): void {
    this.expired.add(sent.token);
  }

  /** Discord no longer knows this interaction (its 3 s to answer passed): callbacks answer 404 Unknown interaction. */
  forgetInteraction(sent: { id: string }): void {
    this.interactions.pending.delete(sent.id);
  }

  /** Resolves with the first request from index `from` on that matches, waiting for it if needed. */
  async waitFor(match: (r: RecordedRequest) => boolean, from = 0, timeoutMs = 15_000): Promise<RecordedRequest> {
    return this.until(() => this.requests.slice(from).find(match), timeoutMs, "request");
  }

  /** Resolves when `probe` returns a value (re-checked after every request). */
  async until<T>(probe: () => T | undefined | false, timeoutMs = 15_000, what = "condition"): Promise<T> {
    const now = probe();
    if (now) return now;
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const v = probe();
        if (v) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** Waits until the interaction's visible answer exists (not a bare "thinking..." deferral). */
  async answer(sent: { id: string; token: string }): Promise<FakeMessage> {
    return this.until(() => {
      const m = this.originals.get(sent.token);
      return m && (m.content !== "" || m.embeds.length > 0) ? m : undefined;
    }, 15_000, `the answer to interaction ${sent.id}`);
  }

  /** Waits for the first callback of an interaction (reply, defer, update or autocomplete). */
  async callbackOf(sent: { id: string }): Promise<{ type: number; data?: Record<string, unknown> }> {
    return this.until(() => this.callbacks.get(sent.id)?.[0], 15_000, `a callback for interaction ${sent.id}`);
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private message(channelId: string, body: Record<string, unknown>, id = this.snowflake()): FakeMessage {
    return {
      id,
      channel_id: channelId,
      content: typeof body.content === "string" ? body.content : "",
      embeds: (body.embeds as Record<string, unknown>[] | undefined) ?? [],
      components: (body.components as Record<string, unknown>[] | undefined) ?? [],
      flags: typeof body.flags === "number" ? body.flags : 0,
      allowed_mentions: body.allowed_mentions as FakeMessage["allowed_mentions"],
    };
  }

  /** A message in the shape of Discord's API answer. */
  toApi(m: FakeMessage): Record<string, unknown> {
    return {
      id: m.id, channel_id: m.channel_id, type: 0, content: m.content,
      author: { id: this.applicationId, username: "mawjaz", discriminator: "0", avatar: null, bot: true },
      timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false,
      mentions: [], mention_roles: [], attachments: [], embeds: m.embeds, components: m.components,
      pinned: false, flags: m.flags, application_id: this.applicationId, webhook_id: this.applicationId,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // discord.js sends "@original" percent-encoded (%40original): compare decoded paths.
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
    const method = req.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: RecordedRequest["body"];
    try {
      body = raw ? (JSON.parse(raw) as RecordedRequest["body"]) : undefined;
    } catch {
      body = undefined;
    }
    const rec: RecordedRequest = { method, path, query: url.searchParams, auth: req.headers.authorization, body, status: 0 };
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      rec.status = status;
      this.requests.push(rec);
      res.writeHead(status, payload === undefined ? headers : { "content-type": "application/json", ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
      this.notify();
    };
    const failure = this.failures.find((f) => f.count > 0 && f.method === method && f.path.test(path));
    if (failure) {
      failure.count--;
      if (failure.status === 429) {
        send(429, { message: "You are being rate limited.", retry_after: failure.retryAfter, global: false }, {
          "retry-after": String(failure.retryAfter), "x-ratelimit-scope": "user",
        });
      } else send(500, { message: "500: Internal Server Error", code: 0 });
      return;
    }
    const invalid = (errors: LimitError[]): boolean => {
      if (errors.length === 0) return false;
      send(400, { code: 50035, message: "Invalid Form Body", errors: Object.fromEntries(errors.map((e) => [e.path, { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: e.message }] }])) });
      return true;
    };
    const botAuth = req.headers.authorization === `Bot ${this.token}`;
    const needBot = (): boolean => {
      if (botAuth) return true;
      send(401, { message: "401: Unauthorized", code: 0 });
      return false;
    };
    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpMatchArray | null;

    if (method === "GET" && (path === "/gateway/bot" || path === "/gateway")) {
      if (path === "/gateway/bot" && !needBot()) return;
      send(200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } });
    } else if ((m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/)) && method === "PUT") {
      if (!needBot()) return;
      const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
      if (list.length > 100) return void invalid([{ path: "", message: "Must be 100 or fewer in length." }]);
      if (invalid(list.flatMap((c, i) => checkCommand(c, String(i))))) return;
      send(200, list.map((c) => ({ ...c, id: this.snowflake(), application_id: m![1], guild_id: m![2], version: "1", type: 1 })));
    } else if ((m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && method === "POST") {
      this.callback(m[1]!, m[2]!, b, send, invalid);
    } else if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/.*)?$/)) && this.expired.has(m[2]!)) {
      send(401, { message: "Invalid Webhook Token", code: 50027 });
    } else if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/))) {
      const token = m[2]!;
      const target = m[3] === "@original" ? this.originals.get(token) : this.followups.get(token)?.find((f) => f.id === m![3]);
      if (!target) return void send(404, { message: "Unknown Message", code: 10008 });
      if (method === "GET") return void send(200, this.toApi(target));
      if (method === "DELETE") {
        this.originals.delete(token);
        return void send(204);
      }
      if (invalid(checkMessage(b))) return;
      Object.assign(target, this.message(target.channel_id, { ...this.toApi(target), ...b }, target.id));
      send(200, this.toApi(target));
    } else if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)$/)) && method === "POST") {
      if (invalid(checkMessage(b))) return;
      const msg = this.message("0", b);
      this.followups.set(m[2]!, [...(this.followups.get(m[2]!) ?? []), msg]);
      send(200, this.toApi(msg));
    } else if ((m = path.match(/^\/channels\/(\d+)\/messages$/)) && method === "POST") {
      if (!needBot()) return;
      if (invalid(checkMessage(b))) return;
      const msg = this.message(m[1]!, b);
      this.channelMessages.set(m[1]!, [...(this.channelMessages.get(m[1]!) ?? []), msg]);
      send(200, this.toApi(msg));
    } else {
      send(404, { message: "404: Not Found", code: 0 });
    }
  }

  private callback(id: string, token: string, b: Record<string, unknown>,
    send: (s: number, p?: unknown) => void, invalid: (e: LimitError[]) => boolean): void {
    const pending = this.interactions.pending.get(id);
    if (!pending || pending.token !== token) return void send(404, { message: "Unknown interaction", code: 10062 });
    const seen = this.callbacks.get(id) ?? [];
    if (seen.length > 0) return void send(400, { message: "Interaction has already been acknowledged.", code: 40060 });
    const type = Number(b.type);
    const data = (b.data ?? undefined) as Record<string, unknown> | undefined;
    if (type === 7 && pending.messageOf && this.expired.has(pending.messageOf)) {
      return void send(401, { message: "Invalid Webhook Token", code: 50027 });
    }
    if (type === 8) {
      if (invalid(checkChoices((data?.choices ?? []) as { name?: string; value?: unknown }[]))) return;
    } else if ((type === 4 || type === 7) && invalid(checkMessage(data ?? {}))) return;
    this.callbacks.set(id, [...seen, { type, data }]);
    if (type === 4 || type === 5) {
      // A deferred reply (5) shows "thinking..." until PATCH @original fills it in.
      this.originals.set(token, this.message(pending.channelId, type === 4 ? (data ?? {}) : { flags: data?.flags }));
    } else if (type === 7 && pending.messageOf) {
      const target = this.originals.get(pending.messageOf);
      if (target) Object.assign(target, this.message(target.channel_id, { ...this.toApi(target), ...data }, target.id));
    }
    send(204);
  }
}
