import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import type { Core } from "../../src/core/core.ts";
import { createStore, type Store } from "../../src/store/index.ts";
import { createRedisBackend } from "../../src/digest/backend.ts";
import { createDigestScheduler, type DigestScheduler } from "../../src/digest/scheduler.ts";
import type { NewSchedule } from "../../src/digest/service.ts";
import { recordingSink, seedCore, t } from "./fixtures/helpers.ts";

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn("tests/digest/redis.test.ts skipped: set REDIS_URL=redis://127.0.0.1:6379 to run the two-instance test");

describe.skipIf(!REDIS_URL)("two instances sharing Redis", () => {
  let core: Core;
  const stores: Store[] = [];
  const instances: DigestScheduler[] = [];
  const sink = recordingSink();
  // A fresh id set per run, so that schedules left by other runs are not armed here.
  const prefix = `mawjaz-test:${randomBytes(4).toString("hex")}:`;

  beforeAll(async () => {
    core = await seedCore();
    for (let i = 0; i < 2; i++) {
      const store = createStore(REDIS_URL);
      stores.push(store);
      const backend = await createRedisBackend(REDIS_URL!, prefix);
      instances.push(await createDigestScheduler({ store, core, t, sinks: { telegram: sink }, graceMinutes: 60, maxPerChat: 50, refreshMs: 250, backend }));
    }
  });
  const added: { chatId: string; id: string }[] = [];
  afterAll(async () => {
    // Leave the shared Redis as found.
    for (const a of added) await instances[0]!.service.remove("telegram", a.chatId, a.id);
    for (const s of instances) await s.stop();
    for (const s of stores) await s.close();
  });

  const schedule = (chatId: string, cron: string): NewSchedule => ({
    platform: "telegram", chatId, chatType: "private", createdBy: chatId, cron, timezone: "UTC", lang: "ar", scope: { kind: "all" }, policy: "notice",
  });

  it("GIVEN schedules added on one instance WHEN both run and the minute fires THEN each digest is posted once, by one of them", async () => {
    // Both instances live; schedules are added through A only; B learns them from Redis at its next sweep.
    await Promise.all(instances.map((s) => s.start()));
    const fire = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000); // the next minute at least 5 s away
    const cron = `${fire.getUTCMinutes()} ${fire.getUTCHours()} * * *`;
    const chats = Array.from({ length: 12 }, (_, i) => `r${i}`);
    for (const chat of chats) {
      const r = await instances[0]!.service.add(schedule(chat, cron));
      if (!r.ok) throw new Error(r.key);
      added.push({ chatId: chat, id: r.value.id });
    }
    await new Promise((r) => setTimeout(r, fire.getTime() - Date.now() + 3_000));
    for (let i = 0; sink.delivered.length < chats.length && i < 100; i++) await new Promise((r) => setTimeout(r, 100));
    // Let the other instance's sweeps run a few more times: they must not post again.
    await new Promise((r) => setTimeout(r, 1_000));
    const counts = chats.map((c) => sink.delivered.filter((d) => d.chatId === c).length);
    expect(counts).toEqual(chats.map(() => 1));
  }, 75_000);

  it("GIVEN a run both instances find due at start THEN only one posts it", async () => {
    const before = sink.delivered.length;
    // Two fresh instances start at the same moment and both see the same missed run (catch-up race).
    const due = new Date(Date.now() - 60_000);
    const cron = `${due.getUTCMinutes()} ${due.getUTCHours()} * * *`;
    const store = createStore(REDIS_URL);
    stores.push(store);
    const freshPrefix = `mawjaz-test:${randomBytes(4).toString("hex")}:`;
    const a = await createDigestScheduler({ store, core, t, sinks: { telegram: sink }, graceMinutes: 60, maxPerChat: 50, backend: await createRedisBackend(REDIS_URL!, freshPrefix), now: () => new Date(due.getTime() - 3_600_000) });
    const r = await a.service.add(schedule("race", cron)); // created an hour before it was due
    if (!r.ok) throw new Error(r.key);
    await a.stop();
    const pair = await Promise.all([0, 1].map(async () => {
      const s = createStore(REDIS_URL);
      stores.push(s);
      const sched = await createDigestScheduler({ store: s, core, t, sinks: { telegram: sink }, graceMinutes: 60, maxPerChat: 50, backend: await createRedisBackend(REDIS_URL!, freshPrefix) });
      instances.push(sched);
      return sched;
    }));
    await Promise.all(pair.map((s) => s.start()));
    expect(sink.delivered.slice(before).map((d) => d.chatId)).toEqual(["race"]);
    await pair[0]!.service.remove("telegram", "race", r.value.id);
  });
});
