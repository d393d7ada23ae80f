/**
 * Keeps one node-cron 4 task per active schedule (its cron, in its time zone) and a periodic sweep.
 *
 * - At start: the ledger records the corpus's articles, every schedule is armed, and the sweep runs once — so
 *   a run missed while the bot was down is delivered now if its fire time is within the grace window
 *   (DIGEST_GRACE_MINUTES), and an interrupted run is resumed. Only the latest missed fire is delivered (it
 *   covers everything since the watermark); older ones, and fires before creation or while paused, are not.
 * - At each fire: node-cron calls runPeriod for the period (local wall time). With Redis, node-cron's
 *   `distributed` mode elects one instance per fire through our Redis run coordinator.
 * - Every `refreshMs` (default a minute) the sweep re-reads the schedules (so a schedule added, paused or
 *   removed on another instance is armed or disarmed here), resumes open runs whose lease lapsed (an instance
 *   died mid-run), retries due runs that failed on a store error, and marks runs that can no longer be resumed
 *   (past grace) as failed with the reason. runPeriod makes every one of these idempotent.
 */
import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import type { EnglishProvider } from "../../commands/types.ts";
import type { Core } from "../core/core.ts";
import type { Reply } from "../core/reply.ts";
import type { Translator } from "../i18n/index.ts";
import type { Store } from "../store/index.ts";
import { createBackend, type DigestBackend } from "./backend.ts";
import { createRunCoordinator } from "./coordinator.ts";
import { isFinished, runPeriod, settleOpenRun, DEFAULT_LEASE_MS, type DeliveryDeps, type RetryPolicy } from "./delivery.ts";
import { createRepo } from "./repo.ts";
import { lastFireWithin, parseCronFields, slotKey } from "./schedule.ts";
import { createDigestService, type DigestService } from "./service.ts";
import type { DigestPlatform, DigestSink, Schedule } from "./types.ts";

export interface DigestSchedulerOptions {
  store: Store;
  core: Core;
  t: Translator;
  english?: EnglishProvider;
  /** One sink per platform the bot is connected to. */
  sinks: Partial<Record<DigestPlatform, DigestSink>>;
  logger?: Logger;
  /** DIGEST_GRACE_MINUTES. */
  graceMinutes: number;
  /** DIGEST_MAX_PER_CHAT. */
  maxPerChat: number;
  /** Sweep period; default 60 s. */
  refreshMs?: number;
  leaseMs?: number;
  retry?: RetryPolicy;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Leases and ids; default from the store (Redis when STORE_URL is redis://). */
  backend?: DigestBackend;
}

export interface DigestScheduler {
  readonly service: DigestService;
  /** Records the corpus, arms every schedule, catches up missed runs, starts the sweep. */
  start(): Promise<void>;
  /** Records articles the core has now and the ledger has not seen (after the corpus was re-indexed). */
  noticeArticles(): Promise<void>;
  /** One sweep (also run every refreshMs): re-arm, resume, catch up. Resolves when its runs have finished. */
  sweep(): Promise<void>;
  /** Destroys the tasks and the sweep timer; waits for runs in progress. */
  stop(): Promise<void>;
}

/** Schedules checked (and their due runs delivered) at the same time by one sweep. */
const SWEEP_CONCURRENCY = 64;

interface Armed {
  task: ScheduledTask;
  cron: string;
  timezone: string;
}

/** Creates the scheduler (nothing runs until start). */
export async function createDigestScheduler(opts: DigestSchedulerOptions): Promise<DigestScheduler> {
  const now = opts.now ?? (() => new Date());
  const backend = opts.backend ?? (await createBackend(opts.store, () => now().getTime()));
  const ownsBackend = !opts.backend;
  const repo = createRepo(opts.store.ns("digest"), backend.ids);
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const deps: DeliveryDeps = {
    repo, claims: backend.claims, core: opts.core, t: opts.t, sinks: opts.sinks, now, leaseMs,
    sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    buildCache: new Map<string, Reply | null>(),
    ...(opts.english ? { english: opts.english } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.retry ? { retry: opts.retry } : {}),
  };
  const log = opts.logger;
  const coordinator = backend.distributed ? createRunCoordinator(backend.claims) : undefined;
  const tasks = new Map<string, Armed>();
  const inFlight = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let sweeping: Promise<void> | undefined;

  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => undefined);
    return p;
  };
  // A send-now period ("now:<iso>") resumes as what it was: manual, so it runs even if paused since.
  const run = (id: string, key: string, at: Date) =>
    track(runPeriod(deps, id, { key, at }, { manual: key.startsWith("now:") }).catch((err: unknown) => {
      // A store failure: the run stays open (or not started) and the next sweep retries it.
      log?.error({ err, schedule: id, period: key }, "digest run failed; the sweep will retry");
    }));

  function disarm(id: string): void {
    const armed = tasks.get(id);
    if (!armed) return;
    tasks.delete(id);
    void Promise.resolve(armed.task.destroy()).catch(() => undefined);
  }

  function arm(s: Schedule | undefined, id: string): void {
    if (stopped) return;
    if (!s || s.paused) return disarm(id);
    const armed = tasks.get(id);
    if (armed && armed.cron === s.cron && armed.timezone === s.timezone) return;
    disarm(id);
    const task = cron.createTask(s.cron, (ctx) => run(s.id, slotKey(ctx.date, s.timezone), ctx.date), {
      name: `mawjaz-digest:${s.id}`,
      timezone: s.timezone,
      // A fire missed by a blocked event loop is picked up by the sweep, within the grace window.
      suppressMissedWarning: true,
      ...(coordinator ? { distributed: true, runCoordinator: coordinator, distributedLease: leaseMs } : {}),
    });
    task.on("execution:skipped", (ctx) => log?.debug({ schedule: s.id, reason: ctx.reason }, "digest fire handled by another instance"));
    void Promise.resolve(task.start()).catch((err: unknown) => log?.error({ err, schedule: s.id }, "digest task did not start"));
    tasks.set(id, { task, cron: s.cron, timezone: s.timezone });
  }

  const INTERRUPTED = "interrupted: the bot stopped during delivery and the grace window passed; the next digest includes this news";

  /** What one schedule needs now: resume or settle its open run, or run its latest due period. */
  async function check(s: Schedule, t: Date, windowStart: number): Promise<void> {
    const status = await repo.getStatus(s.id);
    if (status.open) {
      const { period, at } = status.open;
      if (Date.parse(at) < windowStart) await track(settleOpenRun(deps, s.id, INTERRUPTED));
      else await run(s.id, period, new Date(at));
      return;
    }
    if (s.paused) return;
    const fields = parseCronFields(s.cron);
    if (!fields.ok) return;
    const from = Math.max(windowStart, Date.parse(s.createdAt), Date.parse(s.activeSince));
    const slot = lastFireWithin(fields.value, s.timezone, new Date(from), t);
    if (!slot) return;
    const key = slotKey(slot, s.timezone);
    if (!isFinished(status, key)) await run(s.id, key, slot);
  }

  async function sweepOnce(): Promise<void> {
    const schedules = await repo.allSchedules();
    const known = new Set(schedules.map((s) => s.id));
    for (const id of [...tasks.keys()]) if (!known.has(id)) disarm(id);
    const t = now();
    const windowStart = t.getTime() - opts.graceMinutes * 60_000;
    // A pool, not all at once: with a thousand due runs, the first messages leave after a few store reads
    // instead of after every schedule's reads; SWEEP_CONCURRENCY runs waiting in the rate limiter keep it fed.
    let next = 0;
    const worker = async () => {
      while (next < schedules.length) {
        const s = schedules[next++]!;
        await check(s, t, windowStart).catch((err: unknown) => log?.error({ err, schedule: s.id }, "digest check failed"));
      }
    };
    const checks = Promise.all(Array.from({ length: Math.min(SWEEP_CONCURRENCY, schedules.length) }, worker));
    // Arming (node-cron computes each next fire) runs while the first checks wait for the store.
    for (const s of schedules) arm(s, s.id);
    await checks;
  }

  const sweep = (): Promise<void> => {
    // One sweep at a time; a tick that finds one running waits for it rather than starting another.
    sweeping ??= sweepOnce()
      .catch((err: unknown) => log?.error({ err }, "digest sweep failed; retrying at the next tick"))
      .finally(() => (sweeping = undefined));
    return sweeping;
  };

  const service = createDigestService(deps, opts.maxPerChat, { changed: (id, s) => arm(s, id) });

  return {
    service,
    sweep,
    async start() {
      await repo.recordArticles(opts.core, now());
      await sweep();
      const every = opts.refreshMs ?? 60_000;
      timer = setInterval(() => void sweep(), every);
      timer.unref();
      log?.info({ schedules: tasks.size, distributed: backend.distributed }, "digest scheduler started");
    },
    async noticeArticles() {
      await repo.recordArticles(opts.core, now());
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      for (const id of [...tasks.keys()]) disarm(id);
      await sweeping;
      await Promise.allSettled([...inFlight]);
      if (ownsBackend) await backend.close();
    },
  };
}
