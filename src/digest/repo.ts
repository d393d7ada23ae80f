/**
 * Digest state in keyv (store.ns("digest")), one key per thing so that the two writers never overwrite each
 * other's fields: commands write `schedule:<id>`; delivery writes `status:<id>` (watermark, last outcome, recent
 * periods and the open run) under the run's lease — one key, so a run's confirmation is a single write. The id set lives in the backend (a Redis set across instances).
 * The ledger (`ledger`) records when each article was first indexed, across restarts: the core's own
 * `indexedAt` is its load time, which a restart would reset.
 */
import type Keyv from "keyv";
import type { Core } from "../core/core.ts";
import type { IdIndex } from "./backend.ts";
import type { Schedule, ScheduleStatus } from "./types.ts";

export interface DigestRepo {
  getSchedule(id: string): Promise<Schedule | undefined>;
  putSchedule(s: Schedule): Promise<void>;
  deleteSchedule(id: string): Promise<void>;
  allSchedules(): Promise<Schedule[]>;
  /** Schedules delivering to one chat, oldest first. */
  chatSchedules(platform: Schedule["platform"], chatId: string): Promise<Schedule[]>;
  getStatus(id: string): Promise<ScheduleStatus>;
  putStatus(id: string, s: ScheduleStatus): Promise<void>;
  /** First-indexed ISO time of every article the ledger knows. */
  ledger(): Promise<Record<string, string>>;
  /** Adds the core's articles the ledger has not seen yet (first seen = core.indexedAt, or now if earlier). */
  recordArticles(core: Core, now: Date): Promise<Record<string, string>>;
}

export function createRepo(kv: Keyv, ids: IdIndex): DigestRepo {
  const repo: DigestRepo = {
    getSchedule: async (id) => (await kv.get(`schedule:${id}`)) as Schedule | undefined,
    async putSchedule(s) {
      // Value first, then the index: a crash in between leaves an orphan value, never an id without a schedule.
      await kv.set(`schedule:${s.id}`, s);
      await ids.add(s.id);
    },
    async deleteSchedule(id) {
      await ids.remove(id);
      await Promise.all([kv.delete(`schedule:${id}`), kv.delete(`status:${id}`)]);
    },
    async allSchedules() {
      const list = await Promise.all((await ids.all()).map((id) => repo.getSchedule(id)));
      return list.filter((s): s is Schedule => s !== undefined).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
    async chatSchedules(platform, chatId) {
      return (await repo.allSchedules()).filter((s) => s.platform === platform && s.chatId === chatId);
    },
    getStatus: async (id) => ((await kv.get(`status:${id}`)) as ScheduleStatus | undefined) ?? {},
    putStatus: async (id, s) => void (await kv.set(`status:${id}`, s)),
    ledger: async () => ((await kv.get("ledger")) as Record<string, string> | undefined) ?? {},
    async recordArticles(core, now) {
      const ledger = await repo.ledger();
      let added = false;
      for (const a of core.articles()) {
        if (ledger[a.id]) continue;
        // The core's load time, unless our clock is earlier (an injected clock in tests): never in our future.
        const at = core.indexedAt(a.id);
        ledger[a.id] = at !== undefined && Date.parse(at) < now.getTime() ? at : now.toISOString();
        added = true;
      }
      // Two instances starting together may both write: they add the same articles with near-equal times.
      if (added) await kv.set("ledger", ledger);
      return ledger;
    },
  };
  return repo;
}
