/**
 * Indexing in a child process (src/indexer.ts). A build allocates several times what the finished index
 * keeps, and V8 hands little of it back to the system afterwards: built in the bot's own process, that
 * garbage would stay in its resident memory for as long as it runs, and the event loop would stop answering
 * for the whole analysis (seconds at 10k articles) each time a changed corpus is re-indexed. The child
 * builds and writes the snapshot; the caller reads the snapshot (a fraction of a second) and the child's
 * memory goes back to the system when it exits.
 */
import { spawn } from "node:child_process";
import { setPriority } from "node:os";
import { resolve } from "node:path";
import { entryBeside, ROOT } from "../../paths.ts";
import type { BuiltPreview, BuiltSnapshot } from "./build-snapshot.ts";

/** The indexer: dist/indexer.js beside the bundled bot, src/indexer.ts through tsx in development and tests. */
const INDEXER = entryBeside(import.meta.url, "indexer", resolve(ROOT, "src/indexer.ts"));

/**
 * The indexer's environment: what Node itself reads, nothing of the bot's settings (platform tokens, API
 * keys and store URLs stay in the bot's process).
 */
export function indexerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ["PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "TZ", "NODE_OPTIONS", "SYSTEMROOT"]) {
    if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  return env;
}

/** Runs the indexer on `corpusDir`; resolves with the snapshot it wrote, rejects with the reason it failed. */
export function buildInChild(corpusDir: string, cacheDir: string): Promise<BuiltSnapshot> {
  return runIndexer([resolve(corpusDir), resolve(cacheDir)], { background: true });
}

/**
 * Runs the indexer on the newest articles of `corpusDir` (the early index of a first start, see preview.ts), writing the
 * snapshot to `file`, `chars` characters of text at most (default PREVIEW_CHARS). Aborting `signal` stops it (the whole index came first); the promise then rejects.
 */
export function previewInChild(corpusDir: string, file: string, options: { signal?: AbortSignal; chars?: number } = {}): Promise<BuiltPreview> {
  const chars = options.chars === undefined ? [] : [String(options.chars)];
  return runIndexer(["--preview", resolve(corpusDir), resolve(file), ...chars], options.signal ? { signal: options.signal } : {}) as Promise<BuiltPreview>;
}

/**
 * The niceness of a whole-corpus indexer: background work, which must not slow the bot's answers (nor the early index
 * of a first start) when they need the processor; on an otherwise idle machine it runs as fast as ever.
 */
const BACKGROUND_PRIORITY = 10;

function runIndexer(args: string[], options: { signal?: AbortSignal; background?: boolean } = {}): Promise<BuiltSnapshot> {
  const { signal } = options;
  return new Promise((done, fail) => {
    if (signal?.aborted) return fail(new Error("indexer process: not started (aborted)"));
    // --expose-gc: the indexer collects its garbage between the stages of a build (src/indexer.ts). A young generation
    // of 8 MB semi-spaces instead of 16 (what `npm start` gives the bot too) keeps about 20 MB off its peak memory at
    // 10k articles, for no time that the benchmark can tell apart from noise.
    const child = spawn(process.execPath, [...INDEXER.execArgv, "--expose-gc", "--max-semi-space-size=8", INDEXER.path, ...args], {
      cwd: ROOT,
      env: indexerEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (options.background && child.pid !== undefined) {
      try {
        setPriority(child.pid, BACKGROUND_PRIORITY);
      } catch {
        // Not permitted here: it runs at the bot's priority.
      }
    }
    // A bot that exits (a stop, a crash) takes its indexer with it.
    const orphan = () => child.kill();
    process.once("exit", orphan);
    signal?.addEventListener("abort", orphan, { once: true });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr = (stderr + d).slice(-2000)));
    child.once("error", fail);
    child.once("close", (code, signal_) => {
      process.off("exit", orphan);
      signal?.removeEventListener("abort", orphan);
      const line = stdout.trim().split("\n").at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) {
        try {
          const built = JSON.parse(line) as BuiltSnapshot;
          if (typeof built.snapshot === "string") return done(built);
        } catch {
          // reported below
        }
      }
      const why = stderr.trim().split("\n").slice(-3).join(" / ") || (signal_ ? `killed by ${signal_}` : `exit code ${code}`);
      fail(new Error(`indexer process: ${why}`));
    });
  });
}
