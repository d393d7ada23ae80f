/**
 * The Redis client libraries, loaded only when STORE_URL is a Redis URL: importing @redis/client costs about 40 MB of
 * resident memory, which a bot on SQLite (the default) or memory never needs. Loaded on first use, synchronously,
 * from their CommonJS builds, so the store (through @keyv/redis) and the digest backend share one copy of the client.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** @keyv/redis's store class. */
export function keyvRedis(): typeof import("@keyv/redis").default {
  return (require("@keyv/redis") as typeof import("@keyv/redis")).default;
}

/** @redis/client's createClient. */
export function redisCreateClient(): typeof import("@redis/client").createClient {
  return (require("@redis/client") as typeof import("@redis/client")).createClient;
}
