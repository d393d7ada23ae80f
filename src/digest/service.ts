/**
 * What /digest can do, over the repo: add (with the per-chat limit), list with next runs and last outcomes,
 * remove, pause/resume, preview and send-now. Schedules are only ever visible from the chat they deliver to.
 */
import { randomBytes } from "node:crypto";
import type { Reply } from "../core/reply.ts";
import { buildDigest } from "./build.ts";
import { runPeriod, type DeliveryDeps, type RunOutcome } from "./delivery.ts";
import { nextRun, type Result } from "./schedule.ts";
import type { Schedule, ScheduleStatus } from "./types.ts";

export interface ScheduleView {
  schedule: Schedule;
  status: ScheduleStatus;
  nextRun: Date | null;
}

/** The fields a caller chooses; id, times and paused are set by `add`. */
export type NewSchedule = Omit<Schedule, "id" | "createdAt" | "activeSince" | "paused">;

export interface DigestService {
  readonly maxPerChat: number;
  add(input: NewSchedule): Promise<Result<Schedule>>;
  list(platform: Schedule["platform"], chatId: string): Promise<ScheduleView[]>;
  /** The schedule with that id if it delivers to this chat. */
  find(platform: Schedule["platform"], chatId: string, id: string): Promise<Schedule | undefined>;
  remove(platform: Schedule["platform"], chatId: string, id: string): Promise<boolean>;
  setPaused(platform: Schedule["platform"], chatId: string, id: string, paused: boolean): Promise<Schedule | undefined>;
  /** The digest the schedule would deliver now (nothing recorded; "nothing new" shown rather than skipped). */
  preview(schedule: Schedule): Promise<Reply>;
  /** Delivers now, out of schedule (also when paused); moves the watermark like a scheduled run. */
  sendNow(schedule: Schedule): Promise<RunOutcome>;
}

export interface ServiceHooks {
  /** Called after a schedule is added, changed or removed (undefined), to arm or disarm its task. */
  changed(id: string, schedule: Schedule | undefined): void;
}

const ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no look-alikes (l/1, o/0, i)

function newId(): string {
  return [...randomBytes(5)].map((b) => ID_ALPHABET[b % ID_ALPHABET.length]).join("");
}

export function createDigestService(deps: DeliveryDeps, maxPerChat: number, hooks: ServiceHooks): DigestService {
  const { repo } = deps;
  const find = async (platform: Schedule["platform"], chatId: string, id: string) => {
    const s = await repo.getSchedule(id.trim().toLowerCase());
    return s && s.platform === platform && s.chatId === chatId ? s : undefined;
  };
  return {
    maxPerChat,
    async add(input) {
      const existing = await repo.chatSchedules(input.platform, input.chatId);
      if (existing.length >= maxPerChat) return { ok: false, key: "digest.errors.tooMany", vars: { max: maxPerChat } };
      const all = new Set((await repo.allSchedules()).map((s) => s.id));
      let id = newId();
      while (all.has(id)) id = newId();
      const now = deps.now().toISOString();
      const schedule: Schedule = { ...input, id, createdAt: now, activeSince: now, paused: false };
      await repo.putSchedule(schedule);
      hooks.changed(id, schedule);
      return { ok: true, value: schedule };
    },
    async list(platform, chatId) {
      const now = deps.now();
      return Promise.all((await repo.chatSchedules(platform, chatId)).map(async (schedule) => ({
        schedule,
        status: await repo.getStatus(schedule.id),
        nextRun: schedule.paused ? null : nextRun(schedule.cron, schedule.timezone, now),
      })));
    },
    find,
    async remove(platform, chatId, id) {
      const s = await find(platform, chatId, id);
      if (!s) return false;
      await repo.deleteSchedule(s.id);
      hooks.changed(s.id, undefined);
      return true;
    },
    async setPaused(platform, chatId, id, paused) {
      const s = await find(platform, chatId, id);
      if (!s) return undefined;
      // Resuming starts a new active span: runs missed while paused are not caught up.
      const updated: Schedule = { ...s, paused, ...(paused ? {} : { activeSince: deps.now().toISOString() }) };
      if (s.paused !== paused) await repo.putSchedule(updated);
      hooks.changed(s.id, updated);
      return updated;
    },
    async preview(schedule) {
      const status = await repo.getStatus(schedule.id);
      const reply = await buildDigest({
        core: deps.core, t: deps.t, lang: schedule.lang, scope: schedule.scope, policy: "notice",
        ledger: await repo.ledger(), cutoff: deps.now().toISOString(),
        ...(status.lastDelivered ? { since: status.lastDelivered } : {}), ...(deps.english ? { english: deps.english } : {}),
      });
      return reply!;
    },
    sendNow(schedule) {
      const at = deps.now();
      // Each request is its own period (two clicks are two requests), hence the random suffix.
      return runPeriod(deps, schedule.id, { key: `now:${at.toISOString()}:${newId()}`, at }, { manual: true });
    },
  };
}
