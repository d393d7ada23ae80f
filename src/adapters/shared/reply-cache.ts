/**
 * Keeps recent replies so that paging buttons can carry a short id instead of text (Telegram's callback_data is at
 * most 64 bytes; Discord's custom_id 100 characters). Memory only: an expired or evicted id gets a polite
 * "run the command again" from the adapter, never an error.
 */
import { randomBytes } from "node:crypto";
import type { Reply } from "../../core/reply.ts";

export interface ReplyCache {
  /** Stores a reply; returns its id (10 URL-safe characters). */
  put(reply: Reply): string;
  get(id: string): Reply | undefined;
  readonly size: number;
}

export function createReplyCache(options: { max?: number; ttlMs?: number; now?: () => number } = {}): ReplyCache {
  const max = options.max ?? 2000;
  const ttl = options.ttlMs ?? 6 * 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { reply: Reply; at: number }>();
  return {
    put(reply) {
      const id = randomBytes(8).toString("base64url").slice(0, 10);
      entries.set(id, { reply, at: now() });
      // Map keeps insertion order: the first key is the least recently stored.
      while (entries.size > max) entries.delete(entries.keys().next().value as string);
      return id;
    },
    get(id) {
      const hit = entries.get(id);
      if (!hit) return undefined;
      if (now() - hit.at > ttl) {
        entries.delete(id);
        return undefined;
      }
      return hit.reply;
    },
    get size() {
      return entries.size;
    },
  };
}
