/**
 * Child processes for the benchmarks, with a minimal environment (no platform tokens, no LLM key, memory
 * store), started by node itself (no CLI in between, so the pid is the process whose memory we read):
 * - `spawnTs`/`runTs`: `node --import tsx <script>`, the sources as they are (CPU profiles name src/ files);
 * - `spawnBuilt`/`runBuilt`: the script bundled the way `npm start` bundles src/main.ts (bin/build.js), run as
 *   plain JavaScript: what the memory and start-up figures are about, without tsx's loader thread (~40 MB).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO } from "./corpus.ts";

export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, STORE_URL: "memory:", LOG_LEVEL: "warn", ...extra };
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  return env;
}

/**
 * The node options `npm start` runs the bot with (package.json scripts.start: `node <options> dist/main.js`), given to
 * the processes that stand for the bot here so that its memory is measured as it runs.
 */
export function startNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts?: { start?: string } }).scripts?.start ?? "";
  const run = /\bnode((?:\s+--?[\w-]+(?:=\S+)?)*)\s+dist\/main\.js/.exec(start);
  return run?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
}

type SpawnOptions = { env?: NodeJS.ProcessEnv; nodeArgs?: string[] };
type RunResult = { code: number | null; stdout: string; stderr: string; timedOut: boolean };

export function spawnTs(script: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawnNode(["--import", "tsx", script], args, options);
}

type BuildModule = { bundle: (outdir: string, entries: Record<string, string>) => Promise<void>; BENCH_OUTDIR: string; BENCH_ENTRIES: Record<string, string> };
let built: Promise<BuildModule> | undefined;

/**
 * The bundled form of `script` (a .ts path from the project root), from the benchmark's bundle
 * (bin/build.js --bench), which `npm run bench` makes before it starts; made here when the benchmark itself
 * runs from source (tsx bench/run.ts).
 */
async function builtPath(script: string): Promise<string> {
  built ??= (async () => {
    const build = (await import(pathToFileURL(join(REPO, "bin/build.js")).href)) as BuildModule;
    if (import.meta.url.endsWith(".ts")) await build.bundle(build.BENCH_OUTDIR, build.BENCH_ENTRIES);
    return build;
  })();
  const { BENCH_OUTDIR, BENCH_ENTRIES } = await built;
  const name = Object.keys(BENCH_ENTRIES).find((k) => BENCH_ENTRIES[k] === script);
  if (name === undefined) throw new Error(`spawnBuilt: ${script} is not an entry of the benchmark's bundle (bin/build.js BENCH_ENTRIES)`);
  return join(REPO, BENCH_OUTDIR, `${name}.js`);
}

export async function spawnBuilt(script: string, args: string[], options: SpawnOptions = {}): Promise<ChildProcess> {
  return spawnNode([await builtPath(script)], args, options);
}

function spawnNode(entry: string[], args: string[], options: SpawnOptions): ChildProcess {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry, ...args], {
    cwd: REPO,
    env: options.env ?? benchEnv(),
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** Runs a child to completion (killed after `timeoutMs`); resolves with its output and exit code. */
export function runTs(script: string, args: string[], options: SpawnOptions & { timeoutMs?: number } = {}): Promise<RunResult> {
  return runChild(spawnTs(script, args, options), options.timeoutMs);
}

/** runTs for the bundled script (see spawnBuilt). */
export async function runBuilt(script: string, args: string[], options: SpawnOptions & { timeoutMs?: number } = {}): Promise<RunResult> {
  return runChild(await spawnBuilt(script, args, options), options.timeoutMs);
}

function runChild(child: ChildProcess, timeoutMs = 300_000): Promise<RunResult> {
  child.stdin?.end();
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** Peak resident set (VmHWM) of a live process, in MB; null when /proc is not there. */
export function vmHwmMB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
