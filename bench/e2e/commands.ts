/**
 * The command mix of the end-to-end runs: who / search / timeline / summary over names and words drawn
 * from the corpus (the same seeded query set as the query benchmark), cycled in a fixed order.
 */
import type { QuerySet } from "../lib/query-set.ts";

export interface BenchCommand {
  command: "who" | "search" | "timeline" | "summary";
  query: string;
}

export function commandMix(q: QuerySet): BenchCommand[] {
  const out: BenchCommand[] = [];
  const names = [...q.names.slice(0, 10), ...q.english.slice(0, 3)];
  const words = [...q.frequent.slice(0, 4), ...q.midFrequency.slice(0, 4), ...q.phrases.slice(0, 4)];
  for (let i = 0; i < 12; i++) {
    out.push({ command: "who", query: names[i % names.length] ?? "" });
    out.push({ command: "search", query: words[i % words.length] ?? "تونس" });
    out.push({ command: "timeline", query: names[(i + 3) % names.length] ?? "" });
    out.push({ command: "summary", query: words[(i + 5) % words.length] ?? "" });
  }
  return out;
}

/** Latencies of one concurrency level, pooled over its rounds, plus what went wrong. */
export interface LevelResult {
  latencies: number[];
  lost: number;
  errors: number;
}

/** The load side of one platform (the fake server plus the load generator), run in the load process. */
export interface Load<Endpoint> {
  /** What the bot's adapter needs to reach the fake (token, URLs). */
  endpoint: Endpoint;
  level(concurrency: number, rounds: number, commands: readonly BenchCommand[]): Promise<LevelResult>;
  stop(): Promise<void>;
}

/** Rounds per run at each concurrency level: about 20-200 replies per level and run. */
export const LEVELS: { concurrency: number; rounds: number }[] = [
  { concurrency: 1, rounds: 20 },
  { concurrency: 10, rounds: 5 },
  { concurrency: 100, rounds: 2 },
];
/** A round gives up waiting after this long; missing replies count as lost. */
export const ROUND_TIMEOUT_MS = 30_000;
