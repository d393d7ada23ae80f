/**
 * Benchmark (not a test): 1,000 Telegram chats subscribed to the same digest, all due at once, delivered
 * against a fake Bot API that enforces 30 messages/s overall and 1/s per chat (429 + retry_after beyond).
 * The floor that limit sets is 1000 / 30 ≈ 33.3 s (34 s as the issue rounds it); we report the total time,
 * its ratio to the floor (target ≤ 1.05), 429s received, and losses and duplicates counted at the fake
 * (both must be 0). Real path: SQLite store, scheduler start-up catch-up, claims, build, Telegram HTML
 * renderer, grammY Api, rate limiter, retry loop. Writes bench/results/digest-fanout.{json,md}.
 *   npx tsx bench/digest-fanout.ts [chats]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCore } from "../src/core/create.ts";
import { createTranslator } from "../src/i18n/index.ts";
import { createStore } from "../src/store/index.ts";
import { createKeyvBackend } from "../src/digest/backend.ts";
import { createRepo } from "../src/digest/repo.ts";
import { createDigestScheduler } from "../src/digest/scheduler.ts";
import { createTelegramSink } from "../src/digest/sinks/telegram.ts";
import { createRateLimiter } from "../src/digest/limiter.ts";
import { startRateLimitedTelegram } from "../tests/fakes/rate-limited-telegram.ts";

const CHATS = Number(process.argv[2] ?? 1000);
const RATE = 30;
const FLOOR_S = 34;
const results = fileURLToPath(new URL("./results/", import.meta.url));
const dbDir = `${results}tmp/`;
mkdirSync(dbDir, { recursive: true });
const db = `${dbDir}digest-fanout.sqlite`;
rmSync(db, { force: true });

const core = await loadCore();
const t = createTranslator();
const fake = await startRateLimitedTelegram({ perSecond: RATE });
const store = createStore(process.env.BENCH_STORE ?? `sqlite://${db}`);
const kv = store.ns("digest");
const repo = createRepo(kv, createKeyvBackend(kv).ids);
const due = new Date(Date.now() - 60_000);
const created = new Date(Date.now() - 86_400_000).toISOString();
for (let i = 0; i < CHATS; i++) {
  await repo.putSchedule({
    id: `b${String(i).padStart(4, "0")}`, platform: "telegram", chatId: String(10_000 + i), chatType: "private", createdBy: String(10_000 + i),
    createdAt: created, activeSince: created, cron: `${due.getUTCMinutes()} ${due.getUTCHours()} * * *`, timezone: "UTC",
    lang: "ar", scope: { kind: "all" }, policy: "notice", paused: false,
  });
}

const limiter = createRateLimiter();
const sink = createTelegramSink({ token: fake.token, apiRoot: fake.apiRoot, t, limiter });
// How often the limiter had nobody waiting during the fan-out: the store or the build not keeping it fed.
let samples = 0;
let starved = 0;
const sampler = setInterval(() => {
  if (fake.total === 0 || fake.total >= CHATS) return;
  samples++;
  if (limiter.waiting === 0) starved++;
}, 50);
const scheduler = await createDigestScheduler({ store, core, t, sinks: { telegram: sink }, graceMinutes: 60, maxPerChat: 50 });
const started = performance.now();
const startedAt = Date.now();
await scheduler.start(); // the catch-up delivers every due run before start() resolves
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await scheduler.stop();
await store.close();
await fake.close();

const counts = Array.from({ length: CHATS }, (_, i) => fake.received.get(String(10_000 + i))?.length ?? 0);
const floor = CHATS === 1000 ? FLOOR_S : CHATS / RATE;
const figures = {
  date: new Date().toISOString(),
  chats: CHATS,
  messages: fake.total,
  rateLimitPerSecond: RATE,
  seconds: Number(seconds.toFixed(2)),
  floorSeconds: floor,
  ratio: Number((seconds / floor).toFixed(3)),
  exactFloorSeconds: Number((CHATS / RATE).toFixed(2)),
  ratioToExactFloor: Number((seconds / (CHATS / RATE)).toFixed(3)),
  throughputPerSecond: Number((fake.total / seconds).toFixed(2)),
  firstMessageAfterSeconds: Number(((fake.accepted[0]! - startedAt) / 1000).toFixed(2)),
  fanOutSeconds: Number(((fake.accepted[fake.accepted.length - 1]! - fake.accepted[0]!) / 1000).toFixed(2)),
  responses429: fake.rejected429,
  limiterIdleShare: Number((starved / Math.max(1, samples)).toFixed(3)),
  losses: counts.filter((c) => c === 0).length,
  duplicates: counts.reduce((n, c) => n + Math.max(0, c - 1), 0),
  node: process.version,
};
mkdirSync(results, { recursive: true });
writeFileSync(`${results}digest-fanout.json`, `${JSON.stringify(figures, null, 2)}\n`);
writeFileSync(`${results}digest-fanout.md`, [
  "# Digest fan-out benchmark",
  "",
  `${figures.chats} Telegram chats, one digest each, against a fake Bot API enforcing ${RATE} messages/s overall and 1/s per chat.`,
  "",
  "| figure | value |",
  "| --- | --- |",
  `| total time | ${figures.seconds} s |`,
  `| floor (issue 4) | ${figures.floorSeconds} s |`,
  `| ratio to floor (target ≤ 1.05) | ${figures.ratio} |`,
  `| ratio to ${figures.exactFloorSeconds} s (${CHATS}/${RATE}) | ${figures.ratioToExactFloor} |`,
  `| messages accepted | ${figures.messages} |`,
  `| throughput | ${figures.throughputPerSecond} msg/s |`,
  `| start-up until the first message (read 1,000 schedules, arm tasks, build) | ${figures.firstMessageAfterSeconds} s |`,
  `| first to last message | ${figures.fanOutSeconds} s |`,
  `| 429 answers | ${figures.responses429} |`,
  `| share of the fan-out with no send waiting (store-bound) | ${figures.limiterIdleShare} |`,
  `| losses | ${figures.losses} |`,
  `| duplicates | ${figures.duplicates} |`,
  "",
  `Run ${figures.date} on Node ${figures.node}.`,
  "",
].join("\n"));
console.log(JSON.stringify(figures, null, 2));
rmSync(db, { force: true });
if (figures.losses || figures.duplicates) process.exitCode = 1;
