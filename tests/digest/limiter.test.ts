import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter, type RateLimits } from "../../src/digest/limiter.ts";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});
// Fake timers: the limiter's schedule can be read exactly, in virtual milliseconds from 0.
const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
const LIMITS: RateLimits = { perSecond: 30, perChatMs: 1000, perGroupPerMinute: 20, marginMs: 0 };

async function starts(requests: { chat: string; group: boolean }[], limits = LIMITS): Promise<Map<string, number[]>> {
  const limiter = createRateLimiter(limits, clock);
  const out = new Map<string, number[]>();
  const all = Promise.all(requests.map(async (r) => {
    await limiter.acquire(r.chat, r.group);
    out.set(r.chat, [...(out.get(r.chat) ?? []), Date.now()]);
  }));
  await vi.runAllTimersAsync();
  await all;
  return out;
}

describe("Telegram rate limiter", () => {
  it("GIVEN 90 chats at once THEN at most 30 start in any second, and the last starts at 2 s", async () => {
    const result = await starts(Array.from({ length: 90 }, (_, i) => ({ chat: `c${i}`, group: false })));
    const all = [...result.values()].flat().sort((a, b) => a - b);
    expect(all).toHaveLength(90);
    for (let i = 30; i < all.length; i++) expect(all[i]! - all[i - 30]!).toBeGreaterThanOrEqual(1000);
    expect(all[all.length - 1]).toBe(2000);
  });

  it("GIVEN 3 messages to one private chat THEN they start 1 s apart", async () => {
    const result = await starts([0, 1, 2].map(() => ({ chat: "solo", group: false })));
    expect(result.get("solo")).toEqual([0, 1000, 2000]);
  });

  it("GIVEN 25 messages to one group THEN the 21st waits for the minute window", async () => {
    const result = await starts(Array.from({ length: 25 }, () => ({ chat: "g", group: true })), { ...LIMITS, perChatMs: 0 });
    const g = result.get("g")!;
    expect(g.slice(0, 20).every((t) => t === 0)).toBe(true);
    expect(g[20]).toBe(60_000);
  });

  it("GIVEN a busy chat THEN the chats queued behind it are not held up", async () => {
    const result = await starts([{ chat: "a", group: false }, { chat: "a", group: false }, { chat: "b", group: false }]);
    expect(result.get("a")).toEqual([0, 1000]);
    expect(result.get("b")).toEqual([0]);
  });
});
