/**
 * Persistent state through keyv: language preferences, digest schedules and delivery records, the LLM translation
 * cache. STORE_URL picks the backend:
 * - `sqlite://path/to/file.sqlite` (the default for `npm start`: one machine),
 * - `redis://host:port` (several instances share it),
 * - `memory:` (tests; nothing survives the process).
 * Each area of the bot gets its own namespace so keys never collide.
 */
import Keyv from "keyv";
import KeyvSqlite from "@keyv/sqlite";
import { keyvRedis } from "./redis-modules.ts";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

export type Namespace = "prefs" | "digest" | "translations" | "pages";

export interface Store {
  /** The backend kind, for logs and for features that need Redis (distributed digest coordination). */
  readonly kind: "memory" | "sqlite" | "redis";
  /** The Redis URL when kind is redis. */
  readonly redisUrl?: string;
  /** A keyv instance for one namespace (created once, then reused). */
  ns(name: Namespace): Keyv;
  close(): Promise<void>;
}

/** Creates the store for a STORE_URL (see the module comment); throws on an unsupported scheme. */
export function createStore(url: string = "memory:"): Store {
  const kind = url.startsWith("sqlite:") ? "sqlite" : url.startsWith("redis:") || url.startsWith("rediss:") ? "redis" : url === "memory:" || url === "memory" ? "memory" : undefined;
  if (!kind) throw new Error(`STORE_URL "${url}" is not supported: use sqlite://path, redis://host:port or memory:`);
  if (kind === "sqlite") {
    const path = url.replace(/^sqlite:\/\//, "").replace(/^sqlite:/, "");
    if (path && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  }
  const instances = new Map<Namespace, Keyv>();
  return {
    kind,
    ...(kind === "redis" ? { redisUrl: url } : {}),
    ns(name) {
      let kv = instances.get(name);
      if (!kv) {
        const adapter = kind === "sqlite" ? new KeyvSqlite({ uri: url, busyTimeout: 5000 }) : kind === "redis" ? new (keyvRedis())(url) : undefined;
        kv = new Keyv({ ...(adapter ? { store: adapter } : {}), namespace: `mawjaz:${name}` });
        // Keyv emits "error" on backend failures; without a listener Node would throw. Callers see rejected promises.
        kv.on("error", () => undefined);
        instances.set(name, kv);
      }
      return kv;
    },
    async close() {
      await Promise.allSettled([...instances.values()].map((kv) => kv.disconnect()));
      instances.clear();
    },
  };
}
