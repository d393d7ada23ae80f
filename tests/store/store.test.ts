import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createStore } from "../../src/store/index.ts";
import { createPreferences } from "../../src/app/preferences.ts";

const dir = mkdtempSync(join(tmpdir(), "mawjaz-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("createStore", () => {
  it("GIVEN a SQLite file THEN preferences survive closing and reopening the store", async () => {
    const url = `sqlite://${join(dir, "nested", "prefs.sqlite")}`;
    const first = createStore(url);
    await createPreferences(first).set("user", "42", "ar");
    await first.close();
    const second = createStore(url);
    expect(await createPreferences(second).userLang("42")).toBe("ar");
    expect(await createPreferences(second).chatLang("42")).toBeUndefined();
    await second.close();
  });

  it("GIVEN namespaces THEN the same key does not collide", async () => {
    const store = createStore("memory:");
    await store.ns("prefs").set("k", "a");
    await store.ns("digest").set("k", "b");
    expect(await store.ns("prefs").get("k")).toBe("a");
    expect(await store.ns("digest").get("k")).toBe("b");
    await store.close();
  });

  it("GIVEN an unsupported URL THEN the error names the setting", () => {
    expect(() => createStore("postgres://x")).toThrow(/STORE_URL/);
  });

  it.skipIf(!process.env.REDIS_URL)("GIVEN REDIS_URL THEN values round-trip through Redis", async () => {
    const store = createStore(process.env.REDIS_URL!);
    const prefs = createPreferences(store);
    await prefs.set("chat", "test-chat-1", "en");
    expect(await prefs.chatLang("test-chat-1")).toBe("en");
    await prefs.set("chat", "test-chat-1", null);
    expect(await prefs.chatLang("test-chat-1")).toBeUndefined();
    await store.close();
  });
});
if (!process.env.REDIS_URL) console.warn("notice: REDIS_URL not set; the Redis store test is skipped");
