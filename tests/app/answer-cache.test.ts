/**
 * Answers of the index-only commands are kept per core revision: asked again, the same question gets the same
 * answer without recomputing it; a new corpus, new English names, the LLM, budgets and failures are respected.
 */
import { mkdtemp, readdir, copyFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCore, loadCore, SEEDS_DIR } from "../../src/core/create.ts";
import type { Core } from "../../src/core/core.ts";
import { createSwappableCore } from "../../src/core/swappable.ts";
import { createApp, type Invocation } from "../../src/app/dispatch.ts";
import { createAnswerCache } from "../../src/app/answer-cache.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";
import type { Reply } from "../../src/core/reply.ts";

let seeds: Core;
beforeAll(async () => {
  seeds = await loadCore(undefined, { cache: false });
});

/** The core, with a count of the queries that reach it. */
function counted(core: Core): { core: Core; calls: () => number } {
  let calls = 0;
  const wrapped = new Proxy(core, {
    get(target, prop) {
      const value = (target as unknown as Record<PropertyKey, unknown>)[prop];
      if (typeof value !== "function") return value;
      const fn = value as (...a: unknown[]) => unknown;
      if (["who", "timeline", "summary", "search", "articles"].includes(String(prop))) {
        return (...args: unknown[]) => {
          calls++;
          return fn.apply(target, args);
        };
      }
      return fn.bind(target);
    },
  });
  return { core: wrapped, calls: () => calls };
}

const inv = (command: string, text: string, over: Partial<Invocation> = {}): Invocation => ({
  platform: "telegram",
  command,
  text,
  userId: "u1",
  chatId: "c1",
  chatType: "private",
  ...over,
});

/** What a user reads: title, intro, items and sources (not object identity). */
const shown = (r: Reply) => JSON.stringify([r.title, r.intro, r.items, r.citations, r.footer]);

describe("GIVEN the same question asked twice, by two people", () => {
  it("THEN both get the same answer and the index is asked once", async () => {
    const { core, calls } = counted(seeds);
    const app = createApp({ core, store: createStore("memory:"), t: createTranslator() });
    const first = await app.handle(inv("who", "أوستن", { userId: "a" }));
    const before = calls();
    const second = await app.handle(inv("who", "أوستن", { userId: "b", chatId: "other", chatType: "group" }));
    expect(second.title).toBe("لويد أوستن");
    expect(shown(second)).toBe(shown(first));
    expect(calls()).toBe(before);
  });

  it("THEN a hundred at once are answered from one computation", async () => {
    const { core, calls } = counted(seeds);
    const app = createApp({ core, store: createStore("memory:"), t: createTranslator() });
    const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => app.handle(inv("timeline", "أوستن", { userId: `u${i}` }))));
    expect(new Set(replies.map(shown)).size).toBe(1);
    expect(replies[0]!.items.length).toBeGreaterThan(0);
    expect(calls()).toBeLessThanOrEqual(2);
  });

  it("THEN another language, query or option is another question", async () => {
    const app = createApp({ core: seeds, store: createStore("memory:"), t: createTranslator() });
    const ar = await app.handle(inv("who", "أوستن"));
    const en = await app.handle(inv("who", "أوستن --lang en"));
    expect(ar.title).toBe("لويد أوستن");
    expect(en.title).toBe("Lloyd Austin");
    const all = await app.handle(inv("timeline", "--lang en"));
    const one = await app.handle(inv("timeline", "--lang en --limit 1"));
    expect(all.items.length).toBeGreaterThan(1);
    expect(one.items.length).toBe(1);
  });

  it("THEN /lang is never kept: it changes what the next answer is in", async () => {
    const app = createApp({ core: seeds, store: createStore("memory:"), t: createTranslator() });
    expect((await app.handle(inv("who", "Austin"))).lang).toBe("en");
    await app.handle(inv("lang", "ar"));
    expect((await app.handle(inv("who", "Austin"))).lang).toBe("ar");
    await app.handle(inv("lang", "en"));
    expect((await app.handle(inv("who", "Austin"))).lang).toBe("en");
  });
});

describe("GIVEN the core changes", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "mawjaz-answers-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("WHEN a new corpus is swapped in THEN the next answer is the new corpus's", async () => {
    // Half the seed articles first, then all of them.
    const files = (await readdir(SEEDS_DIR)).filter((f) => !f.startsWith("."));
    for (const f of files) await copyFile(join(SEEDS_DIR, f), join(dir, f));
    const all = await loadCore(dir, { cache: false });
    const few = createCore({ articles: all.articles().slice(0, 2) });
    const holder = createSwappableCore(few);
    const app = createApp({ core: holder.core, store: createStore("memory:"), t: createTranslator() });
    const before = await app.handle(inv("sources", ""));
    expect(before.items.length).toBe(2);
    holder.swap(all);
    const after = await app.handle(inv("sources", ""));
    expect(after.items.length).toBe(all.articles().length);
  });

  it("WHEN English names are applied THEN the next English /who shows the new name", async () => {
    const core = createCore({ articles: seeds.articles() });
    const app = createApp({ core, store: createStore("memory:"), t: createTranslator() });
    const before = await app.handle(inv("who", "أوستن --lang en"));
    const entity = core.who("أوستن")[0]!;
    expect(core.applyEnglishNames([{ entityId: entity.id, en: "General Lloyd J. Austin III" }])).toBe(1);
    const after = await app.handle(inv("who", "أوستن --lang en"));
    expect(before.title).toBe("Lloyd Austin");
    expect(after.title).toBe("General Lloyd J. Austin III");
  });
});

describe("GIVEN the LLM writes part of the answer", () => {
  it("THEN English answers are asked of the translator every time, Arabic ones are kept", async () => {
    let asked = 0;
    const english = {
      async translate(texts: string[]) {
        asked++;
        return texts.map((_, i) => `Translation ${asked}.${i}`);
      },
    };
    // Without the seeds' reference translations, every English sentence comes from the translator.
    const { core, calls } = counted(createCore({ articles: seeds.articles() }));
    const app = createApp({ core, store: createStore("memory:"), t: createTranslator(), english });
    const first = await app.handle(inv("summary", "--lang en"));
    const second = await app.handle(inv("summary", "--lang en"));
    expect(first.items[0]!.text).toMatch(/^Translation 1\./);
    expect(second.items[0]!.text).toMatch(/^Translation 2\./);
    await app.handle(inv("summary", "--lang ar"));
    const before = calls();
    await app.handle(inv("summary", "--lang ar"));
    expect(calls()).toBe(before);
  });
});

describe("GIVEN a command fails or is refused", () => {
  it("THEN the failure is not kept: asked again, the answer comes", async () => {
    let fail = true;
    const flaky = new Proxy(seeds, {
      get(target, prop) {
        const value = (target as unknown as Record<PropertyKey, unknown>)[prop];
        if (prop === "who") {
          return (...args: unknown[]) => {
            if (fail) {
              fail = false;
              throw new Error("index unavailable");
            }
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const app = createApp({ core: flaky, store: createStore("memory:"), t: createTranslator() });
    expect((await app.handle(inv("who", "أوستن"))).status).toBe("error");
    expect((await app.handle(inv("who", "أوستن"))).title).toBe("لويد أوستن");
  });
});

describe("GIVEN a small budget", () => {
  it("THEN the least recently asked answers are dropped first and computed again when asked", async () => {
    const { core, calls } = counted(seeds);
    const answers = createAnswerCache({ max: 2 });
    const app = createApp({ core, store: createStore("memory:"), t: createTranslator(), answers });
    for (const q of ["أوستن", "السوداني", "بغداد"]) await app.handle(inv("search", q));
    expect(answers.size).toBe(2);
    const before = calls();
    await app.handle(inv("search", "بغداد"));
    expect(calls()).toBe(before);
    await app.handle(inv("search", "أوستن"));
    expect(calls()).toBe(before + 1);
  });
});
