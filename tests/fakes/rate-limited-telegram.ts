/**
 * A minimal Bot API (`sendMessage` only) that enforces Telegram's broadcast limits the way the platform
 * answers them: more than `perSecond` messages in any sliding second, or two messages to one chat within
 * `perChatMs`, get 429 with `parameters.retry_after`. It counts what each chat received (accepted messages
 * only), so losses and duplicates can be counted. For crash tests it can stop answering after N accepted
 * messages: requests from then on are held open (never accepted), as if the process died mid-request.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RateLimitedOptions {
  token?: string;
  perSecond?: number;
  perChatMs?: number;
  retryAfter?: number;
}

export class RateLimitedTelegram {
  readonly token: string;
  /** Accepted messages per chat id, in order. */
  readonly received = new Map<string, string[]>();
  /** Arrival times (ms) of accepted messages. */
  readonly accepted: number[] = [];
  rejected429 = 0;
  /** Requests held open after the freeze. */
  held = 0;
  private freezeAt = Infinity;
  private onFreeze: (() => void) | undefined;
  private readonly arrivals: number[] = [];
  private readonly lastByChat = new Map<string, number>();
  private readonly server: http.Server;
  private readonly perSecond: number;
  private readonly perChatMs: number;
  private readonly retryAfter: number;

  constructor(opts: RateLimitedOptions = {}) {
    this.token = opts.token ?? "123456:RATE-limited-token-abcdefghijklmnop";
    this.perSecond = opts.perSecond ?? 30;
    this.perChatMs = opts.perChatMs ?? 1000;
    this.retryAfter = opts.retryAfter ?? 1;
    this.server = http.createServer((req, res) => void this.route(req, res));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** After `count` accepted messages, hold every further request open and call `then` once. */
  freezeAfter(count: number, then: () => void): void {
    this.freezeAt = count;
    this.onFreeze = then;
  }

  /** Answers again (held requests stay unanswered: their client is gone). */
  unfreeze(): void {
    this.freezeAt = Infinity;
    this.onFreeze = undefined;
  }

  /** Total accepted messages. */
  get total(): number {
    return this.accepted.length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let raw = "";
    for await (const chunk of req) raw += String(chunk);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    if (!m || decodeURIComponent(m[1]!) !== this.token) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    if (m[2] !== "sendMessage") return send(404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    if (this.total >= this.freezeAt) {
      this.held++;
      const then = this.onFreeze;
      this.onFreeze = undefined;
      then?.();
      return; // never answered
    }
    const p = JSON.parse(raw || "{}") as { chat_id?: unknown; text?: unknown };
    const chat = String(p.chat_id ?? "");
    const now = Date.now();
    while (this.arrivals.length && this.arrivals[0]! <= now - 1000) this.arrivals.shift();
    const tooMany = (description: string) => {
      this.rejected429++;
      send(429, { ok: false, error_code: 429, description: `Too Many Requests: ${description}`, parameters: { retry_after: this.retryAfter } });
    };
    if (this.arrivals.length >= this.perSecond) return tooMany(`retry after ${this.retryAfter}`);
    if (now - (this.lastByChat.get(chat) ?? -Infinity) < this.perChatMs) return tooMany(`retry after ${this.retryAfter} (chat)`);
    if (typeof p.text !== "string" || !p.text) return send(400, { ok: false, error_code: 400, description: "Bad Request: message text is empty" });
    this.arrivals.push(now);
    this.lastByChat.set(chat, now);
    this.accepted.push(now);
    this.received.set(chat, [...(this.received.get(chat) ?? []), p.text]);
    send(200, { ok: true, result: { message_id: this.total, date: Math.floor(now / 1000), chat: { id: Number(chat), type: "group" }, text: p.text } });
  }
}

export async function startRateLimitedTelegram(opts: RateLimitedOptions = {}): Promise<RateLimitedTelegram> {
  const fake = new RateLimitedTelegram(opts);
  await fake.listen();
  return fake;
}
