import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createStore } from "../../src/store/index.ts";
import type { ScheduleStatus } from "../../src/digest/types.ts";
import { startRateLimitedTelegram, type RateLimitedTelegram } from "../fakes/rate-limited-telegram.ts";

const WORKER = fileURLToPath(new URL("./fixtures/worker.ts", import.meta.url));
const CHATS = 40;
const KILL_AFTER = 15;
let dir: string;
let fake: RateLimitedTelegram;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mawjaz-crash-"));
  fake = await startRateLimitedTelegram();
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function worker(env: Record<string, string>): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += String(d)));
  child.stderr!.on("data", (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Messages recorded as sent in the SQLite store for the period (one per chat: its confirmation). */
async function recordedSends(url: string, period: string): Promise<number> {
  const store = createStore(url);
  try {
    const kv = store.ns("digest");
    let n = 0;
    for (let i = 0; i < CHATS; i++) {
      const status = (await kv.get(`status:c${String(i).padStart(3, "0")}`)) as ScheduleStatus | undefined;
      if (status?.lastPeriod === period) n++;
    }
    return n;
  } finally {
    await store.close();
  }
}

describe("crash in the middle of a fan-out", () => {
  it("GIVEN a bot killed after 15 of 40 chats WHEN restarted on the same SQLite store THEN every chat got its digest exactly once", async () => {
    // The run was due two minutes ago (within the 60-minute grace): the worker delivers it at start.
    const due = new Date(Date.now() - 2 * 60_000);
    const cron = `${due.getUTCMinutes()} ${due.getUTCHours()} * * *`;
    const period = `${due.toISOString().slice(0, 16)}`;
    const url = `sqlite://${join(dir, "bot.sqlite")}`;
    const env = { STORE_URL: url, API_ROOT: fake.apiRoot, TOKEN: fake.token, CHATS: String(CHATS), CRON: cron };

    let frozen!: () => void;
    const freeze = new Promise<void>((resolve) => (frozen = resolve));
    fake.freezeAfter(KILL_AFTER, frozen);
    const first = worker(env);
    await Promise.race([freeze, first.exited.then(() => Promise.reject(new Error(`worker exited early: ${first.output()}`)))]);
    // Kill only once the accepted messages are recorded: the state of a crash while a request is in flight.
    // (A kill between the platform's answer and the record is the one window that can duplicate on Telegram.)
    for (let i = 0; (await recordedSends(url, period)) < KILL_AFTER; i++) {
      if (i > 200) throw new Error("the worker did not record its sends");
      await new Promise((r) => setTimeout(r, 50));
    }
    first.child.kill("SIGKILL");
    await first.exited;
    expect(fake.total).toBe(KILL_AFTER);
    expect(fake.held).toBeGreaterThan(0);

    fake.unfreeze();
    const second = worker(env);
    expect(await second.exited, second.output()).toBe(0);
    expect(second.output()).toContain("done");

    const counts = Array.from({ length: CHATS }, (_, i) => fake.received.get(String(1000 + i))?.length ?? 0);
    expect(counts.filter((c) => c === 0), "chats without a digest").toEqual([]);
    expect(counts.filter((c) => c > 1), "chats with duplicates").toEqual([]);
    expect(fake.total).toBe(CHATS);
    expect(fake.received.get("1000")![0]).toContain("موجز الأخبار");
  }, 60_000);
});
