/**
 * A bot's first start on a large corpus, as main.ts wires it: the services start on the early index of the newest
 * articles (Core.partial), every answer from it says so, and digests wait; when the whole corpus is swapped in, the
 * answers no longer carry the notice and the digest scheduler starts, knowing every article.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCore, loadCore } from "../src/core/create.ts";
import type { Core } from "../src/core/core.ts";
import { createSwappableCore, type SwappableCore } from "../src/core/swappable.ts";
import { createStore } from "../src/store/index.ts";
import type { Services } from "../src/services.ts";
import type { FakeTelegram } from "./fakes/telegram/server.ts";
import { answerTo, startWiredBot } from "./wired-bot.ts";

let fake: FakeTelegram;
let services: Services;
let whole: Core;
let holder: SwappableCore;
const store = createStore("memory:");

beforeAll(async () => {
  whole = await loadCore();
  // The early index: the newest of the seed articles alone.
  const newest = [...whole.articles()].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""))[0]!;
  holder = createSwappableCore(createCore({ articles: [newest], partial: { articles: 1, of: whole.articles().length } }));
  ({ fake, services } = await startWiredBot(holder.core, store));
}, 30_000);

afterAll(async () => {
  await services?.stop();
  await store.close();
  await fake?.close();
});

const say = (text: string): Promise<string> => answerTo(fake, text);
const ledger = async () => Object.keys(((await store.ns("digest").get("ledger")) as Record<string, string> | undefined) ?? {});

describe("a first start answering from the early index", () => {
  it("GIVEN the early index THEN answers say they cover the newest articles only, in the asker's language, and digests have not started", async () => {
    const total = whole.articles().length;
    expect(await say("/who أوستن")).toContain(`ما زلت أقرأ الأرشيف: هذه الإجابة مبنية على أحدث المقالات فقط (1 من أصل ${total})`);
    expect(await say("/timeline --lang en")).toContain(`this answer is based on the newest articles only (1 of ${total})`);
    // Commands that do not read the index carry no notice.
    expect(await say("/help --lang en")).not.toContain("still reading");
    expect(await ledger()).toEqual([]);
  });

  it("GIVEN the whole corpus swapped in THEN the notice is gone and the digest scheduler knows every article", async () => {
    holder.swap(whole);
    await services.corpusChanged();
    const answer = await say("/who أوستن");
    expect(answer).toContain("لويد أوستن");
    expect(answer).not.toContain("ما زلت أقرأ الأرشيف");
    expect((await ledger()).sort()).toEqual(whole.articles().map((a) => a.id).sort());
  });
});
