/**
 * Answers kept for the commands that read only the index (who, timeline, summary, search, sources): the same
 * question on the same core revision gets the same reply, so it is computed once. A bot's audience asks about the
 * same names and topics as the news breaks (and a digest's readers all open /summary at once); at 10k articles a
 * prominent name's /who or /timeline costs milliseconds to build and lay out, which at a hundred queued commands
 * is the difference between answering within 100 ms and not.
 *
 * Questions in flight are shared: a second identical command waits for the first's answer rather than computing
 * its own. Only answers ("ok" and "empty") are kept, never refusals or failures. Entries are dropped when the core
 * changes (a new corpus swapped in, names or translations added: Core.revision) and, least recently used first,
 * when the kept replies exceed a character budget. Kept replies are shared and must never be changed; the adapters
 * treat them as read-only, and memoise their own layout of each one.
 */
import { replyWeight, type Reply } from "../core/reply.ts";

export interface AnswerCacheOptions {
  /** Characters of replies kept in all (see replyWeight); the newest is always kept. */
  maxChars?: number;
  /** Entries kept at most, whatever their size. */
  max?: number;
}

/**
 * About twenty of the largest replies of a 10k-article corpus (a /who of a name mentioned in 440 articles weighs
 * ~200k). Weights overstate memory, since replies share the index's strings: the benchmark's 48 answers (2.6M
 * characters) held 2.9 MB of heap, and their Telegram layouts 6.4 MB more.
 */
export const DEFAULT_ANSWER_CHARS = 4_000_000;

export interface AnswerCache {
  /** The kept (or in-flight) answer for `key` on `revision`, else the one `compute` gives, kept when it answers. */
  get(key: string, revision: number, compute: () => Promise<Reply>): Promise<Reply>;
  /** Kept answers (tests, logs). */
  readonly size: number;
}

interface Entry {
  revision: number;
  reply: Promise<Reply>;
  /** 0 while in flight. */
  weight: number;
}

export function createAnswerCache(options: AnswerCacheOptions = {}): AnswerCache {
  const maxChars = options.maxChars ?? DEFAULT_ANSWER_CHARS;
  const max = options.max ?? 500;
  const entries = new Map<string, Entry>();
  let chars = 0;

  const forget = (key: string, entry: Entry): void => {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    chars -= entry.weight;
  };
  const trim = (): void => {
    // Map keeps insertion order: the first key is the least recently used.
    for (const [key, entry] of entries) {
      if (entries.size <= 1 || (entries.size <= max && chars <= maxChars)) return;
      forget(key, entry);
    }
  };

  return {
    get(key, revision, compute) {
      const hit = entries.get(key);
      if (hit && hit.revision === revision) {
        // Refresh recency.
        entries.delete(key);
        entries.set(key, hit);
        return hit.reply;
      }
      if (hit) forget(key, hit);
      const reply = compute();
      const entry: Entry = { revision, reply, weight: 0 };
      entries.set(key, entry);
      reply.then(
        (r) => {
          if (r.status !== "ok" && r.status !== "empty") return forget(key, entry);
          if (entries.get(key) !== entry) return;
          entry.weight = replyWeight(r);
          chars += entry.weight;
          trim();
        },
        () => forget(key, entry),
      );
      return reply;
    },
    get size() {
      return entries.size;
    },
  };
}
