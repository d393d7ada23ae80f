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
const LIMITS: RateLimits = { perSecond: 30, perChatMs: 1000, perGroupPerMinute: 20, marginMs: 10 };

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
  it("GIVEN 90 chats at once THEN starts are evenly spaced, never 31 in a second, the last near 3 s", async () => {
    const result = await starts(Array.from({ length: 90 }, (_, i) => ({ chat: `c${i}`, group: false })));
    const all = [...result.values()].flat().sort((a, b) => a - b);
    expect(all).toHaveLength(90);
    // On a grid of 1010/30 = 33.7 ms, rounded to whole timer milliseconds.
    for (let i = 1; i < all.length; i++) expect(all[i]! - all[i - 1]!).toBeGreaterThanOrEqual(33);
    for (let i = 30; i < all.length; i++) expect(all[i]! - all[i - 30]!).toBeGreaterThanOrEqual(1000);
    // 89 gaps of 33.7 ms: within 1% of the 30/s floor.
    expect(all[all.length - 1]).toBeLessThanOrEqual(89 * 34);
  });

  it("GIVEN 3 messages to one private chat THEN they start 1 s apart", async () => {
    const result = await starts([0, 1, 2].map(() => ({ chat: "solo", group: false })));
    expect(result.get("solo")).toEqual([0, 1010, 2020]);
  });

  it("GIVEN 25 messages to one group THEN the 21st waits for the minute window", async () => {
    const result = await starts(Array.from({ length: 25 }, () => ({ chat: "g", group: true })), { ...LIMITS, perChatMs: 0 });
    const g = result.get("g")!;
    expect(g[19]).toBeLessThan(1000); // the first 20 go out at the overall pace
    expect(g[20]).toBe(60_010); // the 21st waits until the first leaves the minute window (+ margin)
    expect(g[24]).toBeGreaterThanOrEqual(g[4]! + 60_010);
  });

  it("GIVEN a busy chat THEN the chats queued behind it are not held up", async () => {
    const result = await starts([{ chat: "a", group: false }, { chat: "a", group: false }, { chat: "b", group: false }]);
    expect(result.get("a")).toEqual([0, 1010]);
    expect(result.get("b")).toEqual([34]);
  });
});
