/**
 * Keeps paged replies so that paging buttons can carry a short id instead of text (Telegram's callback_data is at
 * most 64 bytes; Discord's custom_id 100 characters).
 *
 * With a store, replies live in its "pages" keyv namespace with a TTL, so a Next press works after a restart and on
 * any instance (Telegram webhooks behind a load balancer, several Discord shards): whichever instance receives the
 * press reads the reply the other one stored. A small in-memory LRU sits in front, so a press on the instance that
 * answered costs no round trip. Without a store it is memory only. An expired, evicted or unreadable id gets a polite
 * "run the command again" from the adapter, never an error.
 */
import { randomBytes } from "node:crypto";
import { replyWeight, type Reply } from "../../core/reply.ts";
import type { Store } from "../../store/index.ts";

export interface ReplyCache {
  /** Stores a reply; returns its id (10 URL-safe characters). Never rejects: a store failure keeps the local copy. */
  put(reply: Reply): Promise<string>;
  /** The reply, or undefined when unknown, expired or unreadable (never rejects). */
  get(id: string): Promise<Reply | undefined>;
}

export interface ReplyCacheOptions {
  /** Shared, persistent storage (namespace "pages"); memory only when absent. */
  store?: Pick<Store, "ns">;
  /** How long a reply stays pageable; 24 h by default. */
  ttlMs?: number;
  /** Entries kept in the in-memory LRU in front of the store. */
  max?: number;
  /**
   * Characters of text (see replyWeight) the in-memory LRU keeps in all. At 10k articles a /who or /timeline reply
   * holds hundreds of items (~200k characters), so a count alone would let 500 of them hold ~70 MB of heap, and
   * every reply kept past a young-generation collection is copied into the old one: the bot then spends its time
   * in the garbage collector. The least recently used go first (to the store, when there is one); the newest
   * reply is always kept.
   */
  maxChars?: number;
  /** Clock for the in-memory entries (tests). The store's TTL uses keyv's own clock. */
  now?: () => number;
  /** Told about store failures (the adapters log them); the cache itself carries on without the store. */
  onError?: (err: unknown, op: "put" | "get") => void;
}

export const DEFAULT_PAGE_TTL_MS = 24 * 60 * 60 * 1000;
/** About 5 of the largest replies of a 10k-article corpus, or all 500 entries of a small one. */
export const DEFAULT_MAX_CHARS = 1_000_000;

/** Ids are 60 random bits: collisions between instances writing to one store are not a practical concern. */
function newId(): string {
  return randomBytes(8).toString("base64url").slice(0, 10);
}

export function createReplyCache(options: ReplyCacheOptions = {}): ReplyCache {
  const max = options.max ?? 500;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const ttl = options.ttlMs ?? DEFAULT_PAGE_TTL_MS;
  const now = options.now ?? Date.now;
  const kv = options.store?.ns("pages");
  const onError = options.onError ?? (() => undefined);
  const entries = new Map<string, { reply: Reply; expires: number; weight: number }>();
  let chars = 0;

  const forget = (id: string): void => {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    chars -= entry.weight;
  };
  const remember = (id: string, reply: Reply, expires: number, weight = replyWeight(reply)): void => {
    forget(id);
    entries.set(id, { reply, expires, weight });
    chars += weight;
    // Map keeps insertion order: the first key is the least recently used.
    while (entries.size > max || (chars > maxChars && entries.size > 1)) forget(entries.keys().next().value as string);
  };

  // A kept answer shown to many people (src/app/answer-cache.ts) is stored once, under one id, while that id has
  // more than half its life ahead; the pages' buttons carry the page number, not the asker.
  const ids = new WeakMap<Reply, { id: string; expires: number }>();

  return {
    async put(reply) {
      const known = ids.get(reply);
      if (known && now() + ttl / 2 < known.expires) {
        if (!entries.has(known.id)) remember(known.id, reply, known.expires);
        return known.id;
      }
      const id = newId();
      const expires = now() + ttl;
      ids.set(reply, { id, expires });
      remember(id, reply, expires);
      if (kv) {
        try {
          await kv.set(id, reply, ttl);
        } catch (err) {
          // Paging still works on this instance; other instances will answer "expired".
          onError(err, "put");
        }
      }
      return id;
    },
    async get(id) {
      const hit = entries.get(id);
      if (hit) {
        if (now() <= hit.expires) {
          remember(id, hit.reply, hit.expires, hit.weight); // refresh recency
          return hit.reply;
        }
        forget(id);
      }
      if (!kv) return undefined;
      try {
        // getRaw carries the entry's expiry, so the local copy dies when the stored one does.
        const raw = await kv.getRaw<Reply>(id);
        if (raw?.value === undefined || raw.value === null) return undefined;
        remember(id, raw.value, Math.min(raw.expires ?? Infinity, now() + ttl));
        return raw.value;
      } catch (err) {
        onError(err, "get");
        return undefined;
      }
    },
  };
}
