/**
 * Bot side of the end-to-end benchmark: forks the load process (bench/e2e/load.ts: the fake server and the
 * load generator), then starts the real adapter in this process against the fake's loopback address. This
 * process does nothing but run the bot; a level is a request over IPC, and the latencies come back measured
 * in the load process.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import pino from "pino";
import type { App } from "../../src/app/dispatch.ts";
import { benchEnv } from "../lib/spawn.ts";
import { REPO } from "../lib/corpus.ts";
import { ROUND_TIMEOUT_MS, type BenchCommand, type LevelResult } from "./commands.ts";
import type { DiscordEndpoint } from "./discord.ts";
import type { TelegramEndpoint } from "./telegram.ts";

export type Platform = "telegram" | "discord";

export interface Bench {
  level(concurrency: number, rounds: number, commands: readonly BenchCommand[]): Promise<LevelResult>;
  stop(): Promise<void>;
}

type Reply = { type: "ready"; endpoint: unknown } | { type: "result"; id: number; result: LevelResult } | { type: "error"; id: number; message: string };

/** The load process: bundled beside this code in `npm run bench` (bin/build.js --bench), its source under tsx. */
const LOAD = import.meta.url.endsWith(".ts")
  ? { path: fileURLToPath(new URL("./load.ts", import.meta.url)), execArgv: ["--import", "tsx"] }
  : { path: fileURLToPath(new URL("./load.js", import.meta.url)), execArgv: [] };

/** Forks the load process for `platform` and connects the real adapter of this process to its fake. */
export async function startBench(platform: Platform, app: App): Promise<Bench> {
  const child = fork(LOAD.path, [platform], { cwd: REPO, env: benchEnv(), execArgv: LOAD.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const pending = new Map<number, { resolve: (r: LevelResult) => void; reject: (e: Error) => void }>();
  let exited = false;
  const ready = new Promise<unknown>((resolve, reject) => {
    child.on("message", (m: Reply) => {
      if (m.type === "ready") return resolve(m.endpoint);
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.type === "result") p?.resolve(m.result);
      else p?.reject(new Error(`load process: ${m.message}`));
    });
    child.once("exit", (code) => {
      exited = true;
      const err = new Error(`load process exited (code ${code})`);
      reject(err);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  });
  let stopAdapter: () => Promise<void>;
  try {
    const endpoint = await ready;
    stopAdapter = await startAdapter(platform, endpoint, app);
  } catch (err) {
    await stopChild(child, () => exited);
    throw err;
  }
  let nextId = 0;
  return {
    level(concurrency, rounds, commands) {
      const id = nextId++;
      return new Promise<LevelResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ type: "level", id, concurrency, rounds, commands });
      });
    },
    async stop() {
      await stopAdapter();
      await stopChild(child, () => exited);
    },
  };
}

async function startAdapter(platform: Platform, endpoint: unknown, app: App): Promise<() => Promise<void>> {
  const logger = pino({ level: "silent" });
  if (platform === "telegram") {
    const { startTelegram } = await import("../../src/adapters/telegram/start.ts");
    const { token, apiRoot } = endpoint as TelegramEndpoint;
    const handle = await startTelegram({ token, apiRoot, app, logger });
    return () => handle.stop();
  }
  const { startDiscord } = await import("../../src/adapters/discord/start.ts");
  const { token, applicationId, apiUrl } = endpoint as DiscordEndpoint;
  const adapter = await startDiscord({ token, applicationId, apiUrl, app, logger });
  return () => adapter.stop();
}

async function stopChild(child: ChildProcess, exited: () => boolean): Promise<void> {
  if (exited()) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  if (child.connected) child.send({ type: "stop" });
  const timer = setTimeout(() => child.kill("SIGKILL"), ROUND_TIMEOUT_MS);
  await gone;
  clearTimeout(timer);
}
