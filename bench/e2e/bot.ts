/**
 * The end-to-end benchmark's two children: the load process (bench/e2e/load.ts: the fake platform server and
 * the load generator) and the bot's process (bench/e2e/bot-process.ts: a freshly started bot that reads the
 * corpus's index snapshot, with the real adapter connected to the fake). A level is a request to the load
 * process over IPC, and the latencies come back measured there; the bot's process reports its CPU time and,
 * when asked, a CPU profile.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { entryBeside } from "../../src/paths.ts";
import type { CpuProfile } from "../lib/cpuprofile.ts";
import { benchEnv, startNodeFlags, vmHwmMB } from "../lib/spawn.ts";
import { REPO } from "../lib/corpus.ts";
import { ROUND_TIMEOUT_MS, type BenchCommand, type LevelResult } from "./commands.ts";

export type Platform = "telegram" | "discord";

export interface Bench {
  level(concurrency: number, rounds: number, commands: readonly BenchCommand[]): Promise<LevelResult>;
  /** CPU time of the bot's process so far (all its threads), ms. */
  cpuMs(): Promise<number>;
  /** Peak resident set (VmHWM) of the bot's process so far, MB; null without /proc. */
  peakRssMB(): number | null;
  /** A CPU profile of the bot's process while `work` runs. */
  profile(work: () => Promise<unknown>): Promise<CpuProfile>;
  stop(): Promise<void>;
}

/** A child of this benchmark: bundled beside this code in `npm run bench` (bin/build.js --bench), its source under tsx. */
const script = (name: string) => entryBeside(import.meta.url, name, fileURLToPath(new URL(`./${name}.ts`, import.meta.url)));
const LOAD = script("load");
const BOT = script("bot-process");

/** A forked child that answers `{ id }` requests with `{ id, ... }`; `first` is its opening message. */
function child(
  entry: { path: string; execArgv: string[] },
  args: string[],
): { process: ChildProcess; first: Promise<Record<string, unknown>>; request: (message: Record<string, unknown>) => Promise<Record<string, unknown>>; stop: () => Promise<void> } {
  // The bot runs with the node options of `npm start`; the load generator with none.
  const execArgv = entry === BOT ? [...entry.execArgv, ...startNodeFlags()] : entry.execArgv;
  const proc = fork(entry.path, args, { cwd: REPO, env: benchEnv(), execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const pending = new Map<number, { resolve: (m: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  let exited = false;
  let nextId = 0;
  const first = new Promise<Record<string, unknown>>((resolve, reject) => {
    proc.on("message", (m: Record<string, unknown>) => {
      if (m.type === "ready") return resolve(m);
      const p = pending.get(m.id as number);
      pending.delete(m.id as number);
      if (m.type === "error" || typeof m.error === "string") p?.reject(new Error(`${entry.path}: ${String(m.message ?? m.error)}`));
      else p?.resolve(m);
    });
    proc.once("exit", (code) => {
      exited = true;
      const err = new Error(`${entry.path} exited (code ${code})`);
      reject(err);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  });
  return {
    process: proc,
    first,
    request: (message) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        proc.send({ ...message, id });
      }),
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
      if (proc.connected) proc.send({ type: "stop" });
      const timer = setTimeout(() => proc.kill("SIGKILL"), ROUND_TIMEOUT_MS);
      await gone;
      clearTimeout(timer);
    },
  };
}

/**
 * Forks the load process for `platform`, then the bot's process over the corpus directory `dir` with its index
 * snapshots in `cache`, connected to the load process's fake. With `computeAll`, the bot keeps no answers: every
 * command is computed, as if every one were a question not asked before.
 */
export async function startBench(platform: Platform, dir: string, cache: string, computeAll = false): Promise<Bench> {
  const load = child(LOAD, [platform]);
  let bot: ReturnType<typeof child> | undefined;
  try {
    const { endpoint } = await load.first;
    bot = child(BOT, [platform, dir, cache, JSON.stringify(endpoint), ...(computeAll ? ["compute-all"] : [])]);
    await bot.first;
  } catch (err) {
    await bot?.stop();
    await load.stop();
    throw err;
  }
  const b = bot;
  return {
    async level(concurrency, rounds, commands) {
      return (await load.request({ type: "level", concurrency, rounds, commands })).result as LevelResult;
    },
    async cpuMs() {
      const { user, system } = (await b.request({ type: "cpu" })).value as NodeJS.CpuUsage;
      return (user + system) / 1000;
    },
    peakRssMB() {
      return b.process.pid === undefined ? null : vmHwmMB(b.process.pid);
    },
    async profile(work) {
      await b.request({ type: "profile-start" });
      await work();
      return (await b.request({ type: "profile-stop" })).value as CpuProfile;
    },
    async stop() {
      await b.stop();
      await load.stop();
    },
  };
}
