/**
 * One (schedule, period) run: claim → build → send each message → confirm.
 *
 * Exact semantics:
 * - Claim: a lease `run:<id>:<period>` (backend.ts; Redis SET NX PX across instances), renewed before every
 *   message. Under it, the schedule's status (`status:<id>`) is read: a period it lists as finished (delivered,
 *   skipped or failed; the last 100 are kept, more than a day at the 15-minute minimum) never runs again.
 * - Build once: the digest is built at the claim, with its window (since, cutoff]; once a message is accepted
 *   it is stored with the run's progress as the status's open run, and a resumed run sends that same digest.
 * - Send: messages go one by one; each accepted message's index is recorded before the next is sent (the last
 *   one by the confirmation). A resumed run skips recorded messages. So each message is delivered at least once, and more than once only if the
 *   process dies (or loses its lease) after the platform accepted it and before the record was written — a
 *   window of one store write. Discord closes it too: the message's nonce (enforce_nonce) makes Discord return
 *   the first message instead of posting again. Telegram has no such key: there, that window can duplicate one
 *   message. A 5xx retried by the backoff may also duplicate on Telegram if the platform had in fact posted.
 * - Confirm: one write of the status — the period joins the finished ones, lastDelivered moves to the cutoff,
 *   the open run is gone. After a crash before it, the scheduler's sweep resumes the run (within the grace
 *   window) once the lease has lapsed — at once on a single instance, whose leases live in memory and died
 *   with the process; past the grace window an open run is closed as failed ("interrupted"), shown in list.
 * - Final failure (a permanent error, or retries exhausted): the run is marked failed with the reason, shown in
 *   /digest list; the watermark does not move, so the next digest carries the same news (nothing is lost).
 */
import type { Logger } from "pino";
import type { EnglishProvider } from "../../commands/types.ts";
import type { Core } from "../core/core.ts";
import type { Reply } from "../core/reply.ts";
import type { Translator } from "../i18n/index.ts";
import type { Claims } from "./backend.ts";
import { buildDigest, inScope, newArticles } from "./build.ts";
import type { DigestRepo } from "./repo.ts";
import { DeliveryError, type DigestPlatform, type DigestSink, type RunRecord, type Schedule, type ScheduleStatus } from "./types.ts";

export interface RetryPolicy {
  /** Attempts for 5xx / network failures, the first included. */
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** 429 answers tolerated for one message before giving up. */
  maxRateWaits: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseBackoffMs: 1000, maxBackoffMs: 30_000, maxRateWaits: 10 };

/** A run's lease: long enough for a digest's few messages at 1/s, renewed before each message. */
export const DEFAULT_LEASE_MS = 5 * 60_000;

export interface DeliveryDeps {
  repo: DigestRepo;
  claims: Claims;
  core: Core;
  t: Translator;
  english?: EnglishProvider;
  sinks: Partial<Record<DigestPlatform, DigestSink>>;
  logger?: Logger;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  leaseMs?: number;
  retry?: RetryPolicy;
  /** Shared by the runs of one process: schedules with the same window, scope and language share one build. */
  buildCache?: Map<string, Reply | null>;
}

export type RunOutcome =
  | { kind: "sent"; messages: number }
  | { kind: "empty" }
  | { kind: "already" }
  | { kind: "busy" }
  | { kind: "inactive" }
  | { kind: "failed"; reason: string }
  | { kind: "interrupted"; reason: string };

class LeaseLost extends Error {}

async function sendWithRetry(
  deps: DeliveryDeps, sink: DigestSink, schedule: Schedule, message: unknown, key: string, renew: () => Promise<boolean>,
): Promise<void> {
  const policy = deps.retry ?? DEFAULT_RETRY;
  let attempts = 0;
  let rateWaits = 0;
  for (;;) {
    try {
      await sink.send({ chatId: schedule.chatId, chatType: schedule.chatType }, message, key);
      return;
    } catch (e) {
      const err = e instanceof DeliveryError ? e : new DeliveryError("transient", e instanceof Error ? e.message : String(e));
      if (err.kind === "permanent") throw err;
      if (err.kind === "rate") {
        if (++rateWaits > policy.maxRateWaits) throw new DeliveryError("permanent", `gave up after ${rateWaits} rate limits: ${err.message}`);
        deps.logger?.debug({ schedule: schedule.id, retryAfterMs: err.retryAfterMs }, "digest send rate-limited; waiting");
        await deps.sleep(err.retryAfterMs ?? 1000);
      } else {
        if (++attempts >= policy.maxAttempts) throw new DeliveryError("permanent", `gave up after ${attempts} attempts: ${err.message}`);
        await deps.sleep(Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** (attempts - 1)));
      }
      if (!(await renew())) throw new LeaseLost("lease lost while retrying");
    }
  }
}

async function build(deps: DeliveryDeps, schedule: Schedule, since: string | undefined, cutoff: string): Promise<Reply | null> {
  const ledger = await deps.repo.ledger();
  const ids = inScope(deps.core, schedule.scope, newArticles(deps.core, ledger, since, cutoff));
  const key = JSON.stringify([schedule.lang, schedule.scope, schedule.policy, ids]);
  const cached = deps.buildCache?.get(key);
  if (cached !== undefined) return cached;
  const reply = await buildDigest({
    core: deps.core, t: deps.t, lang: schedule.lang, scope: schedule.scope, policy: schedule.policy, ledger, cutoff,
    ...(since ? { since } : {}), ...(deps.english ? { english: deps.english } : {}),
  });
  if (deps.buildCache) {
    if (deps.buildCache.size >= 200) deps.buildCache.delete(deps.buildCache.keys().next().value!);
    deps.buildCache.set(key, reply);
  }
  return reply;
}

/** Finished periods remembered per schedule: ≥ 15 min apart, 100 cover more than a day, beyond any grace. */
export const RECENT_PERIODS = 100;

/** True when the period is over (delivered, skipped or failed). */
export function isFinished(status: ScheduleStatus, period: string): boolean {
  return status.lastPeriod === period || (status.recent ?? []).includes(period);
}

function remember(status: ScheduleStatus, period: string): string[] {
  return [...(status.recent ?? []).filter((p) => p !== period), period].slice(-RECENT_PERIODS);
}

/**
 * Runs one period of one schedule (see the module comment). `manual` (send-now) runs even when paused.
 * Store errors propagate (the sweep retries the run); delivery failures are recorded.
 * Store writes per run: one per accepted message but the last (progress), and one to confirm.
 */
export async function runPeriod(
  deps: DeliveryDeps, scheduleId: string, period: { key: string; at: Date }, options: { manual?: boolean } = {},
): Promise<RunOutcome> {
  const { repo, claims } = deps;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const lease = `run:${scheduleId}:${period.key}`;
  if (!(await claims.acquire(lease, leaseMs))) return { kind: "busy" };
  const renew = () => claims.renew(lease, leaseMs);
  try {
    const [status, schedule] = await Promise.all([repo.getStatus(scheduleId), repo.getSchedule(scheduleId)]);
    if (isFinished(status, period.key)) return { kind: "already" };
    // An earlier run still open (its owner died or is slow): the sweep resumes or settles it first.
    if (status.open && status.open.period !== period.key) return { kind: "busy" };
    if (!schedule || (schedule.paused && !options.manual)) return { kind: "inactive" };
    const sink = deps.sinks[schedule.platform];
    const { open: _open, ...closed } = status;
    const fail = async (reason: string): Promise<RunOutcome> => {
      await repo.putStatus(scheduleId, { ...closed, recent: remember(status, period.key), lastError: { at: deps.now().toISOString(), period: period.key, reason } });
      deps.logger?.warn({ schedule: scheduleId, period: period.key, reason }, "digest delivery failed");
      return { kind: "failed", reason };
    };
    if (!sink) return await fail(`no ${schedule.platform} connection is configured`);

    // Claim: the digest is built once; it is stored (as the open run) as soon as one message is accepted.
    let run = status.open?.run;
    if (!run) {
      const cutoff = deps.now().toISOString();
      const since = status.lastDelivered;
      run = { state: "claimed", claimedAt: cutoff, cutoff, ...(since ? { since } : {}), reply: await build(deps, schedule, since, cutoff), sent: [] };
    }
    if (run.reply) {
      const parts = sink.render(run.reply);
      run.parts = parts.length;
      for (const [i, part] of parts.entries()) {
        if (run.sent.includes(i)) continue;
        if (!(await renew())) throw new LeaseLost("lease lost before sending");
        try {
          await sendWithRetry(deps, sink, schedule, part, `${scheduleId}:${period.key}:${i}`, renew);
        } catch (err) {
          if (err instanceof DeliveryError) return await fail(err.message);
          throw err;
        }
        run.sent.push(i);
        // Progress, so that a resumed run skips this message; the last one is recorded by the confirmation.
        if (i < parts.length - 1) await repo.putStatus(scheduleId, { ...status, open: { period: period.key, at: period.at.toISOString(), run } });
      }
    }
    // Confirm, in one write: the period is finished, the watermark moves, the open run is gone.
    await repo.putStatus(scheduleId, { lastDelivered: run.cutoff, lastPeriod: period.key, lastSentAt: deps.now().toISOString(), recent: remember(status, period.key) });
    deps.logger?.info({ schedule: scheduleId, period: period.key, messages: run.sent.length }, run.reply ? "digest delivered" : "digest skipped: nothing new");
    return run.reply ? { kind: "sent", messages: run.parts ?? run.sent.length } : { kind: "empty" };
  } catch (err) {
    if (err instanceof LeaseLost) {
      deps.logger?.warn({ schedule: scheduleId, period: period.key }, "digest run lost its lease; another instance resumes it");
      return { kind: "busy" };
    }
    throw err;
  } finally {
    await claims.release(lease).catch(() => undefined);
  }
}

/** Closes an open run the sweep will not resume (its grace window passed): failed, with the reason. Under its lease. */
export async function settleOpenRun(deps: Pick<DeliveryDeps, "repo" | "now" | "claims" | "leaseMs">, scheduleId: string, reason: string): Promise<void> {
  const first = await deps.repo.getStatus(scheduleId);
  if (!first.open) return;
  const lease = `run:${scheduleId}:${first.open.period}`;
  if (!(await deps.claims.acquire(lease, deps.leaseMs ?? DEFAULT_LEASE_MS))) return;
  try {
    const status = await deps.repo.getStatus(scheduleId);
    if (!status.open) return;
    const { open, ...closed } = status;
    await deps.repo.putStatus(scheduleId, { ...closed, recent: remember(status, open.period), lastError: { at: deps.now().toISOString(), period: open.period, reason } });
  } finally {
    await deps.claims.release(lease).catch(() => undefined);
  }
}
