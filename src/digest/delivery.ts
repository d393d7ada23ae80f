/**
 * One (schedule, period) run: claim → build → send each message → confirm.
 *
 * Exact semantics:
 * - Claim: a lease `run:<id>:<period>` (backend.ts; Redis SET NX PX across instances), renewed before every
 *   message. A finished run record (done, skipped, failed) is checked before and after taking it, so a period
 *   never runs again once finished; records are kept 30 days, far beyond any grace window.
 * - Build once: the digest is built at the first claim and stored with the run (`run:<id>:<period>`), with its
 *   window (since, cutoff]. A resumed run sends that same digest, never a rebuilt one.
 * - Send: messages go one by one; each accepted message's index is recorded before the next is sent. A resumed
 *   run skips recorded messages. So each message is delivered at least once, and more than once only if the
 *   process dies (or loses its lease) after the platform accepted it and before the record was written — a
 *   window of one store write. Discord closes it too: the message's nonce (enforce_nonce) makes Discord return
 *   the first message instead of posting again. Telegram has no such key: there, that window can duplicate one
 *   message. A 5xx retried by the backoff may also duplicate on Telegram if the platform had in fact posted.
 * - Confirm: status.lastDelivered moves to the cutoff and the run is marked done. A crash before confirm leaves
 *   an open run that the scheduler's sweep resumes (within the grace window) once the lease has lapsed —
 *   at once on a single instance, whose dead predecessor's lease is recognised.
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
import { DeliveryError, type DigestPlatform, type DigestSink, type RunRecord, type Schedule } from "./types.ts";

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

/**
 * Runs one period of one schedule (see the module comment). `manual` (send-now) runs even when paused.
 * Store errors propagate (the run stays open and the sweep retries it); delivery failures are recorded.
 */
export async function runPeriod(
  deps: DeliveryDeps, scheduleId: string, period: { key: string; at: Date }, options: { manual?: boolean } = {},
): Promise<RunOutcome> {
  const { repo, claims } = deps;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const lease = `run:${scheduleId}:${period.key}`;
  const finished = (r: RunRecord | undefined) => r !== undefined && r.state !== "claimed";
  if (finished(await repo.getRun(scheduleId, period.key))) return { kind: "already" };
  if (!(await claims.acquire(lease, leaseMs))) return { kind: "busy" };
  const renew = () => claims.renew(lease, leaseMs);
  try {
    let run = await repo.getRun(scheduleId, period.key);
    if (finished(run)) return { kind: "already" };
    const schedule = await repo.getSchedule(scheduleId);
    if (!schedule || (schedule.paused && !options.manual)) return { kind: "inactive" };
    const sink = deps.sinks[schedule.platform];
    const status = await repo.getStatus(scheduleId);
    const fail = async (reason: string, record: RunRecord): Promise<RunOutcome> => {
      await repo.putRun(scheduleId, period.key, { ...record, state: "failed", reply: null, error: reason });
      await repo.putStatus(scheduleId, { ...status, lastError: { at: deps.now().toISOString(), period: period.key, reason } });
      await repo.setOpen(scheduleId, null);
      deps.logger?.warn({ schedule: scheduleId, period: period.key, reason }, "digest delivery failed");
      return { kind: "failed", reason };
    };

    if (!run) {
      const cutoff = deps.now().toISOString();
      const since = status.lastDelivered;
      run = { state: "claimed", claimedAt: cutoff, cutoff, ...(since ? { since } : {}), reply: await build(deps, schedule, since, cutoff), sent: [] };
      await repo.putRun(scheduleId, period.key, run);
      await repo.setOpen(scheduleId, { period: period.key, at: period.at.toISOString() });
    }
    if (!sink) return await fail(`no ${schedule.platform} connection is configured`, run);

    let messages = 0;
    if (run.reply) {
      const parts = sink.render(run.reply);
      run.parts = parts.length;
      for (const [i, part] of parts.entries()) {
        if (run.sent.includes(i)) continue;
        if (!(await renew())) throw new LeaseLost("lease lost before sending");
        try {
          await sendWithRetry(deps, sink, schedule, part, `${scheduleId}:${period.key}:${i}`, renew);
        } catch (err) {
          if (err instanceof DeliveryError) return await fail(err.message, run);
          throw err;
        }
        run.sent.push(i);
        messages++;
        await repo.putRun(scheduleId, period.key, run);
      }
    }
    // Confirm: the watermark moves only now, and the stored digest is dropped (the record stays as a marker).
    await repo.putStatus(scheduleId, { lastDelivered: run.cutoff, lastPeriod: period.key, lastSentAt: deps.now().toISOString() });
    await repo.putRun(scheduleId, period.key, { ...run, state: run.reply ? "done" : "skipped", reply: null });
    await repo.setOpen(scheduleId, null);
    deps.logger?.info({ schedule: scheduleId, period: period.key, messages }, run.reply ? "digest delivered" : "digest skipped: nothing new");
    return run.reply ? { kind: "sent", messages: run.parts ?? messages } : { kind: "empty" };
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

/** Marks an open run that can no longer be resumed (its grace window has passed) as failed, with the reason. */
export async function abandonRun(deps: Pick<DeliveryDeps, "repo" | "now">, scheduleId: string, period: string, reason: string): Promise<void> {
  const run = await deps.repo.getRun(scheduleId, period);
  if (run && run.state === "claimed") await deps.repo.putRun(scheduleId, period, { ...run, state: "failed", reply: null, error: reason });
  const status = await deps.repo.getStatus(scheduleId);
  await deps.repo.putStatus(scheduleId, { ...status, lastError: { at: deps.now().toISOString(), period, reason } });
  await deps.repo.setOpen(scheduleId, null);
}
