/**
 * The two things a digest needs beyond plain keyv values: leases (a claim held by one process for a while) and
 * the set of schedule ids. Two implementations:
 * - Redis (STORE_URL=redis://, several instances): `SET key owner NX PX ttl` claims, compare-and-expire /
 *   compare-and-delete in Lua for renew and release, a Redis set for the ids. Atomic across instances.
 * - keyv (SQLite or memory, one instance): ids in keyv, serialised in-process; leases in memory only. With one
 *   instance a lease only has to exclude the process's own concurrent runs, and it must die with the process:
 *   a restart after a crash resumes at once instead of waiting out a lease nobody holds (and a SQLite write,
 *   ~6 ms with the default journal, is saved three times per run). Limit: two live processes on one SQLite
 *   file are not coordinated; use Redis for several instances, as DESIGN.md says.
 */
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type Keyv from "keyv";
import { redisCreateClient } from "../store/redis-modules.ts";
import type { Store } from "../store/index.ts";

export interface Claims {
  /** Takes the lease `name` for `ttlMs` if nobody (alive) holds it. */
  acquire(name: string, ttlMs: number): Promise<boolean>;
  /** Extends our own lease; false when it is no longer ours (expired and taken). */
  renew(name: string, ttlMs: number): Promise<boolean>;
  /** Gives up our own lease (someone else's is left alone). */
  release(name: string): Promise<void>;
}

export interface IdIndex {
  add(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  all(): Promise<string[]>;
}

export interface DigestBackend {
  /** This process's identity in leases: "host:pid:random". */
  readonly owner: string;
  /** True on Redis: several instances may run, node-cron elects one per fire. */
  readonly distributed: boolean;
  readonly claims: Claims;
  readonly ids: IdIndex;
  close(): Promise<void>;
}

/** Runs `fn` after every earlier call with the same key has finished (in-process only). */
function createMutex(): <T>(key: string, fn: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return async (key, fn) => {
    const prev = tails.get(key) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

function newOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Ids in a keyv namespace and leases in memory (SQLite or memory store): one instance. */
export function createKeyvBackend(kv: Keyv, now: () => number = Date.now, owner = newOwner()): DigestBackend {
  const lock = createMutex();
  const leases = new Map<string, number>(); // name → until
  const held = (name: string) => (leases.get(name) ?? -Infinity) > now();
  return {
    owner,
    distributed: false,
    claims: {
      acquire: async (name, ttl) => {
        if (held(name)) return false;
        leases.set(name, now() + ttl);
        return true;
      },
      renew: async (name, ttl) => {
        // Lapsed but not taken is still ours: nothing else in this process runs it without acquiring.
        leases.set(name, now() + ttl);
        return true;
      },
      release: async (name) => void leases.delete(name),
    },
    ids: {
      add: (id) => lock("ids", async () => {
        const ids = ((await kv.get("ids")) as string[] | undefined) ?? [];
        if (!ids.includes(id)) await kv.set("ids", [...ids, id]);
      }),
      remove: (id) => lock("ids", async () => {
        const ids = ((await kv.get("ids")) as string[] | undefined) ?? [];
        await kv.set("ids", ids.filter((x) => x !== id));
      }),
      all: async () => ((await kv.get("ids")) as string[] | undefined) ?? [],
    },
    close: async () => undefined,
  };
}

const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** Leases and ids on Redis, shared by every instance. Connects before returning. */
export async function createRedisBackend(url: string, prefix = "mawjaz:digest:", owner = newOwner()): Promise<DigestBackend> {
  const client = redisCreateClient()({ url });
  // Without a listener a dropped connection would throw; calls made meanwhile reject and are retried by the sweep.
  client.on("error", () => undefined);
  await client.connect();
  const key = (name: string) => `${prefix}lease:${name}`;
  const idsKey = `${prefix}ids`;
  return {
    owner,
    distributed: true,
    claims: {
      acquire: async (name, ttl) => (await client.set(key(name), owner, { NX: true, PX: Math.max(1, Math.round(ttl)) })) === "OK",
      renew: async (name, ttl) => Number(await client.eval(RENEW, { keys: [key(name)], arguments: [owner, String(Math.round(ttl))] })) === 1,
      release: async (name) => {
        await client.eval(RELEASE, { keys: [key(name)], arguments: [owner] });
      },
    },
    ids: {
      add: async (id) => void (await client.sAdd(idsKey, id)),
      remove: async (id) => void (await client.sRem(idsKey, id)),
      all: async () => (await client.sMembers(idsKey)).sort(),
    },
    close: async () => {
      if (client.isOpen) await client.quit();
    },
  };
}

/** The backend that fits the store: Redis when STORE_URL is redis://, keyv otherwise. */
export async function createBackend(store: Store, now: () => number = Date.now): Promise<DigestBackend> {
  if (store.kind === "redis" && store.redisUrl) return createRedisBackend(store.redisUrl);
  return createKeyvBackend(store.ns("digest"), now);
}
