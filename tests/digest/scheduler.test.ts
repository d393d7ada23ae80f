import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Core } from "../../src/core/core.ts";
import { createStore, type Store } from "../../src/store/index.ts";
import { createDigestScheduler, type DigestScheduler } from "../../src/digest/scheduler.ts";
import type { NewSchedule } from "../../src/digest/service.ts";
import { recordingSink, seedCore, t } from "./fixtures/helpers.ts";

let core: Core;
let store: Store;
let sink: ReturnType<typeof recordingSink>;
const running: DigestScheduler[] = [];

beforeAll(async () => {
  core = await seedCore();
});
beforeEach(() => {
  vi.useFakeTimers();
  store = createStore("memory:");
  sink = recordingSink();
});
afterEach(async () => {
  for (const s of running.splice(0)) await s.stop();
  await store.close();
  vi.useRealTimers();
});

async function boot(graceMinutes = 60): Promise<DigestScheduler> {
  const s = await createDigestScheduler({ store, core, t, sinks: { telegram: sink }, graceMinutes, maxPerChat: 50, refreshMs: 60_000 });
  running.push(s);
  await s.start();
  return s;
}
async function shutdown(s: DigestScheduler): Promise<void> {
  running.splice(running.indexOf(s), 1);
  await s.stop();
}
const daily = (cron: string, timezone: string, extra: Partial<NewSchedule> = {}): NewSchedule => ({
  platform: "telegram", chatId: "-100", chatType: "group", createdBy: "7", cron, timezone, lang: "en",
  scope: { kind: "all" }, policy: "notice", ...extra,
});
async function add(s: DigestScheduler, schedule: NewSchedule) {
  const r = await s.service.add(schedule);
  if (!r.ok) throw new Error(r.key);
  return r.value;
}

describe("digest scheduler (fake timers)", () => {
  it("GIVEN 08:00 in New York WHEN the clocks spring forward THEN it fires at 08:00 local each day (13:00, then 12:00 UTC)", async () => {
    vi.setSystemTime(new Date("2024-03-09T06:00:00Z"));
    const s = await boot();
    await add(s, daily("0 8 * * *", "America/New_York"));
    await vi.advanceTimersByTimeAsync(3 * 86_400_000);
    expect(sink.delivered.map((d) => d.at)).toEqual(["2024-03-09T13:00:00.000Z", "2024-03-10T12:00:00.000Z", "2024-03-11T12:00:00.000Z"]);
    // The first digest carries the corpus; the next ones have nothing new (policy notice).
    expect(sink.delivered[0]!.text).toContain("5 new articles since the last digest.");
    expect(sink.delivered[1]!.text).toContain("No news since the last digest.");
  });

  it("GIVEN 02:30 in Berlin WHEN the clocks fall back THEN the repeated hour delivers once", async () => {
    vi.setSystemTime(new Date("2024-10-26T12:00:00Z"));
    const s = await boot();
    await add(s, daily("30 2 * * *", "Europe/Berlin", { policy: "notice" }));
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    const on27 = sink.delivered.filter((d) => d.at.startsWith("2024-10-27"));
    expect(on27).toHaveLength(1);
    expect(sink.delivered).toHaveLength(2);
  });

  it("GIVEN Asia/Baghdad Sun-Thu THEN Friday and Saturday are skipped", async () => {
    vi.setSystemTime(new Date("2024-06-06T00:00:00Z")); // Thursday
    const s = await boot();
    await add(s, daily("30 8 * * 0-4", "Asia/Baghdad", { policy: "notice" }));
    await vi.advanceTimersByTimeAsync(4 * 86_400_000);
    expect(sink.delivered.map((d) => d.at)).toEqual(["2024-06-06T05:30:00.000Z", "2024-06-09T05:30:00.000Z"]);
  });

  it("GIVEN the bot was down at 08:00 WHEN it restarts at 08:30 (grace 60 min) THEN the missed digest goes out once, and not again on another restart", async () => {
    vi.setSystemTime(new Date("2024-06-10T07:00:00Z"));
    const first = await boot();
    await add(first, daily("0 8 * * *", "UTC"));
    await shutdown(first);
    vi.setSystemTime(new Date("2024-06-10T08:30:00Z")); // down through 08:00
    expect(sink.delivered).toHaveLength(0);
    const second = await boot();
    expect(sink.delivered.map((d) => d.at)).toEqual(["2024-06-10T08:30:00.000Z"]);
    await shutdown(second);
    vi.setSystemTime(new Date("2024-06-10T08:40:00Z"));
    const third = await boot();
    await vi.advanceTimersByTimeAsync(10 * 60_000); // a few sweeps
    expect(sink.delivered).toHaveLength(1);
    await shutdown(third);
  });

  it("GIVEN the bot was down past the grace window THEN the missed run is not delivered late; the next one is", async () => {
    vi.setSystemTime(new Date("2024-06-10T07:00:00Z"));
    const first = await boot(30);
    await add(first, daily("0 8 * * *", "UTC"));
    await shutdown(first);
    vi.setSystemTime(new Date("2024-06-10T08:45:00Z"));
    await boot(30);
    expect(sink.delivered).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(sink.delivered.map((d) => d.at)).toEqual(["2024-06-11T08:00:00.000Z"]);
    // Nothing was lost: the late digest carries what the missed one would have.
    expect(sink.delivered[0]!.text).toContain("5 new articles since the last digest.");
  });

  it("GIVEN a paused schedule THEN it does not fire, and resuming does not catch up the runs missed while paused", async () => {
    vi.setSystemTime(new Date("2024-06-10T07:00:00Z"));
    const s = await boot();
    const sched = await add(s, daily("0 8 * * *", "UTC"));
    await s.service.setPaused("telegram", "-100", sched.id, true);
    await vi.advanceTimersByTimeAsync(90 * 60_000); // past 08:00
    await s.service.setPaused("telegram", "-100", sched.id, false);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(sink.delivered).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(sink.delivered.map((d) => d.at)).toEqual(["2024-06-11T08:00:00.000Z"]);
  });

  it("GIVEN policy skip and nothing new THEN nothing is posted, yet the run is recorded", async () => {
    vi.setSystemTime(new Date("2024-06-10T07:00:00Z"));
    const s = await boot();
    const sched = await add(s, daily("0 8 * * *", "UTC", { policy: "skip" }));
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(sink.delivered).toHaveLength(1); // the first run had the corpus; the second had nothing
    const [view] = await s.service.list("telegram", "-100");
    expect(view!.status.lastPeriod).toBe("2024-06-11T08:00");
    expect(view!.schedule.id).toBe(sched.id);
  });

  it("GIVEN a send that fails permanently THEN the failure and its reason are recorded, and the next run retries the same news", async () => {
    vi.setSystemTime(new Date("2024-06-10T07:00:00Z"));
    const s = await boot();
    await add(s, daily("0 8 * * *", "UTC"));
    const { DeliveryError } = await import("../../src/digest/types.ts");
    sink.failures.push(new DeliveryError("permanent", "Telegram 403: Forbidden: bot was kicked from the group chat"));
    await vi.advanceTimersByTimeAsync(86_400_000);
    const [view] = await s.service.list("telegram", "-100");
    expect(view!.status.lastError?.reason).toBe("Telegram 403: Forbidden: bot was kicked from the group chat");
    expect(sink.delivered).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(sink.delivered).toHaveLength(1);
    expect(sink.delivered[0]!.text).toContain("5 new articles since the last digest.");
    expect((await s.service.list("telegram", "-100"))[0]!.status.lastError).toBeUndefined();
  });
});
