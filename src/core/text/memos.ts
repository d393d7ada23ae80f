/**
 * Index-time memos (stems, word keys, clitic readings, scanner flags): a news corpus repeats its
 * vocabulary, so analysis looks each distinct word up once. At 10k articles they hold ~40 MB, which
 * queries do not need: `releaseMemos` empties them after a build (they refill on demand).
 */
const memos: { clear(): void }[] = [];

/** Registers a cache to be emptied by `releaseMemos`; returns it. */
export function registerMemo<T extends { clear(): void }>(memo: T): T {
  memos.push(memo);
  return memo;
}

/** Empties every registered memo. */
export function releaseMemos(): void {
  for (const memo of memos) memo.clear();
}
