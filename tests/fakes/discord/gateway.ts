/**
 * The fake Discord gateway: a `ws` WebSocketServer that speaks gateway v10 in plain JSON (no zlib-sync
 * installed, so discord.js asks for no compression; PLATFORMS.md). Sequence: op 10 HELLO → op 2 IDENTIFY →
 * READY + one GUILD_CREATE per guild (else discord.js waits ~15 s for them); op 1 heartbeat → op 11 ACK;
 * after a close with 4000 the client reconnects to `resume_gateway_url` and sends op 6 RESUME → RESUMED.
 */
import type { Server } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";

/** A guild the fake announces in READY and GUILD_CREATE. */
export interface FakeGuild {
  id: string;
  name: string;
  channels: { id: string; type: number; name: string }[];
}

export interface GatewayOptions {
  token: string;
  applicationId: string;
  botUser: { id: string; username: string };
  guilds: FakeGuild[];
  /** op 10 heartbeat_interval in ms (Discord sends ~41250). */
  heartbeatInterval: number;
  url: () => string;
  /** Called after every message the client sends, so that waiters can re-check their condition. */
  onChange: () => void;
}

/** What the client did on the gateway, for assertions. */
export interface GatewayStats {
  identifies: number;
  resumes: number;
  heartbeats: number;
}

/** The gateway half of the fake: counts, dispatch to the live session, forced closes. */
export class FakeGateway {
  readonly stats: GatewayStats = { identifies: 0, resumes: 0, heartbeats: 0 };
  private readonly wss: WebSocketServer;
  private live: WebSocket | undefined;
  private seq = 0;
  private sessionId = "";
  private readonly opts: GatewayOptions;

  constructor(server: Server, opts: GatewayOptions) {
    this.opts = opts;
    this.wss = new WebSocketServer({ server, path: "/gateway" });
    this.wss.on("connection", (ws) => this.onConnection(ws));
  }

  /** True once a session is identified (or resumed) on an open socket. */
  get ready(): boolean {
    return this.live !== undefined && this.live.readyState === this.live.OPEN;
  }

  /** Sends a dispatch (op 0) with the next sequence number to the live session. */
  dispatch(t: string, d: unknown): void {
    if (!this.live) throw new Error("fake gateway: no identified session to dispatch to");
    this.send(this.live, { op: 0, t, s: ++this.seq, d });
  }

  /** Closes the live socket with `code` (4000 = unknown error: the client must RESUME). */
  close(code: number): void {
    const ws = this.live;
    this.live = undefined;
    ws?.close(code, "fake close");
  }

  async stop(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private send(ws: WebSocket, payload: unknown): void {
    ws.send(JSON.stringify(payload));
  }

  private onConnection(ws: WebSocket): void {
    this.send(ws, { op: 10, d: { heartbeat_interval: this.opts.heartbeatInterval }, s: null, t: null });
    ws.on("close", () => {
      if (this.live === ws) this.live = undefined;
      this.opts.onChange();
    });
    ws.on("message", (raw) => {
      let msg: { op?: number; d?: Record<string, unknown> };
      try {
        msg = JSON.parse(String(raw)) as typeof msg;
      } catch {
        ws.close(4002, "Error while decoding payload.");
        return;
      }
      switch (msg.op) {
        case 1:
          this.stats.heartbeats++;
          this.send(ws, { op: 11, s: null, t: null, d: null });
          break;
        case 2:
          this.identify(ws, msg.d ?? {});
          break;
        case 6:
          this.resume(ws, msg.d ?? {});
          break;
        default:
          // op 3 presence, op 8 request members...: accepted and ignored.
          break;
      }
      this.opts.onChange();
    });
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.opts.token && d.token !== `Bot ${this.opts.token}`) {
      ws.close(4004, "Authentication failed.");
      return;
    }
    this.stats.identifies++;
    this.live = ws;
    this.seq = 0;
    this.sessionId = `session-${this.stats.identifies}`;
    const { botUser, guilds, applicationId } = this.opts;
    this.dispatch("READY", {
      v: 10,
      user: { id: botUser.id, username: botUser.username, discriminator: "0", avatar: null, bot: true },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.opts.url(),
      application: { id: applicationId, flags: 0 },
    });
    for (const g of guilds) {
      this.dispatch("GUILD_CREATE", {
        id: g.id,
        name: g.name,
        owner_id: "1",
        unavailable: false,
        member_count: 2,
        roles: [{ id: g.id, name: "@everyone", permissions: "0", position: 0 }],
        channels: g.channels.map((c) => ({ ...c, guild_id: g.id })),
        members: [],
        threads: [],
        voice_states: [],
        presences: [],
      });
    }
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    if (d.session_id !== this.sessionId || typeof d.token !== "string") {
      // op 9 INVALID_SESSION, not resumable: the client identifies again.
      this.send(ws, { op: 9, d: false, s: null, t: null });
      return;
    }
    this.stats.resumes++;
    this.live = ws;
    this.dispatch("RESUMED", {});
  }
}
