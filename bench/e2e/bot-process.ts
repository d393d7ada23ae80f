/**
 * The bot's process of the end-to-end benchmark (forked by bench/e2e/bot.ts with an IPC channel), started the
 * way a deployed bot starts: a fresh process that reads the corpus's index snapshot (building it first, in the
 * indexer process, when there is none), then the app and the real adapter against the fake on loopback. Nothing
 * else lives in it, so its CPU time and garbage collection are the bot's alone.
 *
 * argv: platform ("telegram" | "discord"), corpus directory, index cache directory, endpoint (JSON), and optionally
 * "compute-all": the app then keeps no answers (src/app/answer-cache.ts), so every command is computed. Messages:
 * it sends `{ type: "ready" }` once the adapter is connected; it answers `{ type: "cpu", id }` with its CPU time
 * so far, `{ type: "profile-start", id }` / `{ type: "profile-stop", id }` with a CPU profile of what it did in
 * between; `{ type: "stop" }` stops the adapter and exits.
 */
import pino from "pino";
import { Session } from "node:inspector/promises";
import { loadCore } from "../../src/core/create.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";
import type { DiscordEndpoint } from "./discord.ts";
import type { TelegramEndpoint } from "./telegram.ts";

type Request = { type: "cpu" | "profile-start" | "profile-stop"; id: number } | { type: "stop" };

const [platform, dir, cache, endpointJson, mode] = process.argv.slice(2);
if (!process.send || !platform || !dir || !cache || !endpointJson) {
  process.stderr.write("bot-process runs as a forked child: <platform> <corpus dir> <cache dir> <endpoint JSON>\n");
  process.exit(2);
}
const send = (message: unknown): void => void process.send?.(message);

const core = await loadCore(dir, { cache, childBuildMinBytes: 0 });
const store = createStore("memory:");
const app = createApp({ core, store, t: createTranslator(), ...(mode === "compute-all" ? { answers: false as const } : {}) });
const logger = pino({ level: "silent" });
let stopAdapter: () => Promise<void>;
if (platform === "telegram") {
  const { startTelegram } = await import("../../src/adapters/telegram/start.ts");
  const { token, apiRoot } = JSON.parse(endpointJson) as TelegramEndpoint;
  const handle = await startTelegram({ token, apiRoot, app, logger });
  stopAdapter = () => handle.stop();
} else {
  const { startDiscord } = await import("../../src/adapters/discord/start.ts");
  const { token, applicationId, apiUrl } = JSON.parse(endpointJson) as DiscordEndpoint;
  const adapter = await startDiscord({ token, applicationId, apiUrl, app, logger });
  stopAdapter = () => adapter.stop();
}

let session: Session | undefined;
process.on("message", (message: Request) => {
  if (message.type === "stop") {
    void stopAdapter()
      .catch(() => undefined)
      .finally(() => process.exit(0));
    return;
  }
  const { id } = message;
  const answer = async (): Promise<unknown> => {
    if (message.type === "cpu") return process.cpuUsage();
    if (message.type === "profile-start") {
      session = new Session();
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.setSamplingInterval", { interval: 200 });
      await session.post("Profiler.start");
      return null;
    }
    if (!session) throw new Error("no profile started");
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    session = undefined;
    return profile;
  };
  answer().then(
    (value) => send({ type: "answer", id, value }),
    (err: unknown) => send({ type: "answer", id, error: (err as Error).message }),
  );
});
process.on("disconnect", () => void stopAdapter().finally(() => process.exit(0)));
send({ type: "ready" });
