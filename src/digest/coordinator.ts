/**
 * node-cron 4's own distributed hook: with `distributed: true` and a `runCoordinator`, every instance's task
 * asks `shouldRun("<task name>:<slot ISO>", lease)` at each fire and only the elected one runs. Ours is a
 * Redis `SET key owner NX PX lease` (backend.ts). There is deliberately no `onComplete` release: deleting the
 * key would let an instance whose clock lags fire the same slot again. The election only saves the other
 * instances the work; the per-period run record and lease (delivery.ts) are what make a digest go out once.
 */
import type { RunCoordinator } from "node-cron";
import type { Claims } from "./backend.ts";

export function createRunCoordinator(claims: Claims): RunCoordinator {
  return { shouldRun: (key, ttlMs) => claims.acquire(`cron:${key}`, ttlMs) };
}
