/**
 * A Core whose implementation can be replaced while the bot runs: the corpus watcher indexes the new corpus in the
 * background and swaps it in at once, so commands in flight finish on the old index and the next one sees the new.
 */
import type { Core } from "./core.ts";

export interface SwappableCore {
  /** Forwards every call to the current core. */
  readonly core: Core;
  swap(next: Core): void;
  current(): Core;
}

export function createSwappableCore(initial: Core): SwappableCore {
  let current = initial;
  const core = new Proxy({} as Core, {
    get(_target, prop) {
      const value = (current as unknown as Record<PropertyKey, unknown>)[prop];
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(current) : value;
    },
  });
  return {
    core,
    swap(next) {
      current = next;
    },
    current: () => current,
  };
}
