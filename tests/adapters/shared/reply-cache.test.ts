/**
 * The paging cache: memory LRU in front of the store's "pages" namespace. Two caches over one store stand for two
 * instances (or one instance before and after a restart).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Keyv from "keyv";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createReplyCache } from "../../../src/adapters/shared/reply-cache.ts";
import { replyWeight } from "../../../src/core/reply.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { createStore, type Store } from "../../../src/store/index.ts";

const reply = (texts: string[]): Reply => ({
  command: "timeline", lang: "ar", status: "ok", title: "الخط الزمني", items: texts.map((text) => ({ text, cites: [1] })),
  citations: [{ n: 1, articleId: "a1", title: "واشنطن وبغداد", source: "الجزيرة", date: "2024-01-01", url: "https://example.com/a1" }],
});

afterEach(() => {
  vi.useRealTimers();
});

describe("GIVEN no store (memory only)", () => {
  it("THEN a stored reply comes back by a short id that fits Telegram's 64-byte callback data, until it expires", async () => {
    let now = 0;
    const cache = createReplyCache({ ttlMs: 1000, now: () => now });
    const id = await cache.put(reply(["a"]));
    expect(Buffer.byteLength(`pg:${id}:199`)).toBeLessThanOrEqual(64);
    expect((await cache.get(id))?.items[0]?.text).toBe("a");
    now = 2000;
    expect(await cache.get(id)).toBeUndefined();
  });

  it("THEN one reply shown to many people is stored once, under one id, renewed once half its life is gone", async () => {
    let now = 0;
    const cache = createReplyCache({ ttlMs: 1000, max: 1, now: () => now });
    const shared = reply(["a"]);
    const id = await cache.put(shared);
    expect(await cache.put(shared)).toBe(id);
    // Pushed out of the LRU by another reply, then shown again: the same id pages it again.
    await cache.put(reply(["b"]));
    expect(await cache.get(id)).toBeUndefined();
    expect(await cache.put(shared)).toBe(id);
    expect((await cache.get(id))?.items[0]?.text).toBe("a");
    now = 600;
    const renewed = await cache.put(shared);
    expect(renewed).not.toBe(id);
    now = 1500;
    expect((await cache.get(renewed))?.items[0]?.text).toBe("a");
    expect(await cache.put(reply(["a"]))).not.toBe(renewed); // an equal reply is another answer
  });

  it("THEN beyond the cap the least recently used reply is forgotten", async () => {
    const cache = createReplyCache({ max: 2 });
    const a = await cache.put(reply(["a"]));
    const b = await cache.put(reply(["b"]));
    expect(await cache.get(a)).toBeDefined(); // a is now more recent than b
    await cache.put(reply(["c"]));
    expect(await cache.get(b)).toBeUndefined();
    expect((await cache.get(a))?.items[0]?.text).toBe("a");
  });

  it("THEN beyond the character budget the least recently used replies are forgotten, however few, and the newest is kept even alone over it", async () => {
    const long = (tag: string) => reply(Array.from({ length: 50 }, (_, i) => `${tag} ${"نص طويل ".repeat(20)}${i}`));
    const maxChars = replyWeight(long("x")) * 2 + 10; // room for two long replies
    const cache = createReplyCache({ maxChars });
    const a = await cache.put(long("a"));
    const b = await cache.put(long("b"));
    const small = await cache.put(reply(["صغير"]));
    expect(await cache.get(a)).toBeUndefined(); // two long ones and a small one overflow: the oldest goes
    expect((await cache.get(b))?.items[0]?.text).toMatch(/^b /);
    expect((await cache.get(small))?.items[0]?.text).toBe("صغير");
    const huge = await cache.put(reply(Array.from({ length: 400 }, (_, i) => `${"كلمة ".repeat(40)}${i}`)));
    expect((await cache.get(huge))?.items).toHaveLength(400);
    expect(await cache.get(b)).toBeUndefined();
    expect(await cache.get(small)).toBeUndefined();
  });

  it("THEN a second cache (another instance) cannot see it", async () => {
    const id = await createReplyCache().put(reply(["a"]));
    expect(await createReplyCache().get(id)).toBeUndefined();
  });
});

describe("GIVEN a shared store", () => {
  it("THEN a reply put by one instance is read by another, Arabic text intact", async () => {
    const store = createStore("memory:");
    const id = await createReplyCache({ store }).put(reply(["التقى الوزير نظيره في بغداد"]));
    const other = await createReplyCache({ store }).get(id);
    expect(other?.items[0]?.text).toBe("التقى الوزير نظيره في بغداد");
    expect(other?.citations[0]?.source).toBe("الجزيرة");
  });

  it("THEN a reply evicted from the local LRU is still read from the store", async () => {
    const cache = createReplyCache({ store: createStore("memory:"), max: 1 });
    const a = await cache.put(reply(["a"]));
    await cache.put(reply(["b"]));
    expect((await cache.get(a))?.items[0]?.text).toBe("a");
  });

  it("THEN the store keeps it for the TTL (24 h by default) and not after", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2025-03-01T10:00:00Z"));
    const store = createStore("memory:");
    const id = await createReplyCache({ store }).put(reply(["a"]));
    vi.setSystemTime(new Date("2025-03-02T09:59:00Z"));
    expect(await createReplyCache({ store }).get(id)).toBeDefined();
    vi.setSystemTime(new Date("2025-03-02T10:01:00Z"));
    expect(await createReplyCache({ store }).get(id)).toBeUndefined();
  });

  it("THEN the local copy of a stored reply ends with the stored one", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2025-03-01T10:00:00Z"));
    const store = createStore("memory:");
    const id = await createReplyCache({ store, ttlMs: 60_000 }).put(reply(["a"]));
    vi.setSystemTime(new Date("2025-03-01T10:00:50Z"));
    const b = createReplyCache({ store, ttlMs: 60_000 });
    expect(await b.get(id)).toBeDefined();
    vi.setSystemTime(new Date("2025-03-01T10:01:10Z"));
    expect(await b.get(id)).toBeUndefined();
  });

  it("THEN two SQLite connections to one file (two processes) share pages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mawjaz-pages-"));
    const url = `sqlite://${join(dir, "store.sqlite")}`;
    const a = createStore(url);
    const b = createStore(url);
    try {
      const id = await createReplyCache({ store: a }).put(reply(["صفحة"]));
      expect((await createReplyCache({ store: b }).get(id))?.items[0]?.text).toBe("صفحة");
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("GIVEN a store that fails", () => {
  const broken = (): Pick<Store, "ns"> => ({
    ns: () => ({ set: () => Promise.reject(new Error("redis down")), getRaw: () => Promise.reject(new Error("redis down")) }) as unknown as Keyv,
  });

  it("THEN put still returns an id served from memory, a miss elsewhere is undefined, and the failures are reported", async () => {
    const errors: string[] = [];
    const onError = (_err: unknown, op: string) => void errors.push(op);
    const cache = createReplyCache({ store: broken(), onError });
    const id = await cache.put(reply(["a"]));
    expect((await cache.get(id))?.items[0]?.text).toBe("a");
    expect(await createReplyCache({ store: broken(), onError }).get(id)).toBeUndefined();
    expect(errors).toEqual(["put", "get"]);
  });
});
