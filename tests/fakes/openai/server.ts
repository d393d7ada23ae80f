/**
 * A fake OpenAI-compatible server for tests: node:http on 127.0.0.1 with a random port, answering
 * POST /v1/chat/completions (and /chat/completions) with replies scripted per test. It records every
 * request, and a reply can be delayed (timeouts), a 429 with retry-after, or any status.
 */
import { createServer } from "node:http";
import type { IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as received. `body` is the parsed JSON (chat.completions parameters). */
export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: ChatBody;
}

/** The parts of a chat.completions body tests look at. */
export interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
  [key: string]: unknown;
}

/** What to answer. `content` builds a normal completion; `json` replaces the whole body. */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  content?: string;
  json?: unknown;
  /** Wait this long before answering (the client's timeout is shorter in a timeout test). */
  delayMs?: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

/** Scripts the reply from the request and its 0-based position among all requests. */
export type Responder = (request: RecordedRequest, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** Base URL for the openai client, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  respond(responder: Responder): void;
  close(): Promise<void>;
}

/** A chat.completion body with `content` as the assistant message. */
export function completion(content: string, usage = { prompt_tokens: 11, completion_tokens: 7 }): unknown {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 0,
    model: "fake-model",
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/** Starts the server; answer with `respond(...)` (default: 500 "no responder"). */
export async function startFakeOpenAI(initial?: Responder): Promise<FakeOpenAI> {
  let responder: Responder = initial ?? (() => ({ status: 500, json: { error: { message: "no responder" } } }));
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const path = (req.url ?? "").split("?")[0] ?? "";
        if (req.method !== "POST" || (path !== "/v1/chat/completions" && path !== "/chat/completions")) {
          res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatBody;
        const recorded: RecordedRequest = { path, headers: req.headers, body };
        const index = requests.push(recorded) - 1;
        const reply = await responder(recorded, index);
        if (reply.delayMs) {
          await new Promise((r) => setTimeout(r, reply.delayMs));
          // The client gave up meanwhile: nothing to answer.
          if (res.destroyed || req.destroyed) return;
        }
        const status = reply.status ?? 200;
        const payload = reply.json ?? (status === 200 ? completion(reply.content ?? "", reply.usage) : { error: { message: `status ${status}` } });
        res.writeHead(status, { "content-type": "application/json", ...reply.headers });
        res.end(JSON.stringify(payload));
      })().catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    respond(next) {
      responder = next;
    },
    close() {
      // Delayed replies hold sockets open; drop them so close() does not wait for the delay.
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

/** The numbered items of a translation request's data block (what the model is asked to translate). */
export function translationItems(request: RecordedRequest): { n: number; ar: string }[] {
  const user = request.body.messages.find((m) => m.role === "user")?.content ?? "";
  const json = user.split("\n").slice(1, -1).join("\n");
  return (JSON.parse(json) as { items: { n: number; ar: string }[] }).items;
}
