/**
 * Re-indexes the corpus when its files change, so new articles reach /timeline, /summary and the digests without a
 * restart. Polls a cheap fingerprint (names, sizes, modification times) every CORPUS_RELOAD_SECONDS; indexing runs in
 * the background and the new index is swapped in only when complete. A failed reload keeps the old index and is
 * logged.
 */
import type { Logger } from "pino";
import type { Core } from "./core/core.ts";
import type { SwappableCore } from "./core/swappable.ts";
import { corpusFingerprint } from "./core/corpus/files.ts";


export interface CorpusWatchOptions {
  dir: string;
  intervalMs: number;
  holder: SwappableCore;
  load: (dir: string) => Promise<Core>;
  /** Called after a swap (the digest scheduler records the new articles). */
  onSwap?: (core: Core) => Promise<void> | void;
  logger?: Logger;
  /**
   * The holder's index is of an earlier corpus state (started from a stale snapshot): the first check
   * re-indexes whatever the fingerprint says.
   */
  stale?: boolean;
}

export interface CorpusWatch {
  /** One check now (also what the timer runs); resolves true when a new index was swapped in. */
  check(): Promise<boolean>;
  stop(): void;
}

export async function watchCorpus(opts: CorpusWatchOptions): Promise<CorpusWatch> {
  let last = opts.stale ? null : await corpusFingerprint(opts.dir);
  let running: Promise<boolean> | undefined;
  const check = (): Promise<boolean> => {
    // One reload at a time: a slow index of a big corpus must not pile up behind the timer.
    running ??= (async () => {
      try {
        const now = await corpusFingerprint(opts.dir);
        if (now === last && last !== null) return false;
        const next = await opts.load(opts.dir);
        opts.holder.swap(next);
        last = now;
        opts.logger?.info({ articles: next.articles().length, problems: next.problems().length }, "corpus re-indexed");
        await opts.onSwap?.(next);
        return true;
      } catch (err) {
        opts.logger?.error({ err }, "corpus reload failed; keeping the current index");
        return false;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer = opts.intervalMs > 0 ? setInterval(() => void check(), opts.intervalMs) : undefined;
  timer?.unref();
  return { check, stop: () => timer && clearInterval(timer) };
}
