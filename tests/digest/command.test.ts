import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/core.ts";
import { createApp, type App, type Invocation } from "../../src/app/dispatch.ts";
import { createStore, type Store } from "../../src/store/index.ts";
import { createDigestCommand } from "../../commands/digest.ts";
import { createDigestScheduler, type DigestScheduler } from "../../src/digest/scheduler.ts";
import { recordingSink, seedCore, t } from "./fixtures/helpers.ts";

let core: Core;
let store: Store;
let scheduler: DigestScheduler;
let app: App;
let sink: ReturnType<typeof recordingSink>;
const NOW = new Date("2024-06-10T05:40:00Z");

beforeAll(async () => {
  core = await seedCore();
});

beforeEach(async () => {
  store = createStore("memory:");
  sink = recordingSink();
  scheduler = await createDigestScheduler({ store, core, t, sinks: { telegram: sink }, graceMinutes: 60, maxPerChat: 3, now: () => NOW });
  app = createApp({ core, store, t, extraCommands: [createDigestCommand({ service: scheduler.service, now: () => NOW })] });
});

afterEach(async () => {
  await scheduler.stop();
  await store.close();
});

const group = (text: string, extra: Partial<Invocation> = {}): Invocation => ({
  platform: "telegram", command: "digest", text, userId: "7", chatId: "-100", chatType: "group", isModerator: true, ...extra,
});
const text = (r: { title: string; intro?: string; items: { heading?: string; text: string }[] }) =>
  [r.title, r.intro ?? "", ...r.items.map((i) => `${i.heading ?? ""}\n${i.text}`)].join("\n");

describe("/digest", () => {
  it("GIVEN a moderator in a group WHEN adding 08:30 Asia/Baghdad Sun-Thu THEN it is stored and listed with its next run in that zone", async () => {
    const added = await app.handle(group("add 08:30 Asia/Baghdad days:sun-thu scope:all policy:notice lang:en"));
    expect(added.status).toBe("ok");
    expect(added.intro).toContain("08:30 on Sun, Mon, Tue, Wed, Thu (Asia/Baghdad)");
    // 10 June 2024 05:40 UTC is Monday 08:40 in Baghdad: the next run is Tuesday 08:30 there.
    expect(added.intro).toContain("Next: 11 Jun 2024, 08:30");
    const list = await app.handle(group("list lang:en"));
    expect(list.title).toBe("1 digest in this chat");
    expect(text(list)).toContain("Not delivered yet.");
    expect(text(list)).toContain("nothing new: post a short \"no news\" line");
  });

  it("GIVEN an Arabic request THEN the answer is Arabic, and the scope is kept as written", async () => {
    const added = await app.handle(group("add ٠٨:٣٠ Asia/Baghdad days:sun-thu scope:داعش"));
    expect(added.lang).toBe("ar");
    expect(added.intro).toContain("النطاق: داعش");
    const list = await app.handle(group("قائمة"));
    expect(list.title).toBe("موجز واحد في هذه المحادثة");
  });

  it("GIVEN a member who is not a moderator THEN every action is refused and nothing is stored", async () => {
    for (const sub of ["add 08:30 Asia/Baghdad", "list", "preview"]) {
      const r = await app.handle(group(`${sub} lang:en`, { isModerator: false }));
      expect(r.status).toBe("invalid");
      expect(r.intro).toContain("Only moderators");
    }
    expect(await scheduler.service.list("telegram", "-100")).toHaveLength(0);
  });

  it("GIVEN a private chat THEN anyone may subscribe to a personal digest", async () => {
    const r = await app.handle(group("add 07:00 Europe/Berlin lang:en", { chatType: "private", chatId: "7", isModerator: undefined }));
    expect(r.status).toBe("ok");
    expect(await scheduler.service.list("telegram", "7")).toHaveLength(1);
  });

  it("GIVEN invalid input THEN a clear message names the problem and nothing is stored", async () => {
    const cases: [string, string][] = [
      ["add 25:00 Asia/Baghdad", "\"25:00\" is not a time of day"],
      ["add 08:30 Mars/Olympus", "\"Mars/Olympus\" is not a time zone I know"],
      ["add 08:30", "Which time zone?"],
      ["add cron:*/5 * * * * UTC", "would post every 5 minutes"],
      ["add cron:0 8 * * UTC", "exactly 5 fields"],
      ["add 08:30 UTC days:someday", "\"someday\" is not a list of days"],
      ["add 08:30 UTC policy:loud", "\"loud\" is not a policy"],
      ["frobnicate", "\"frobnicate\" is not a /digest action"],
      ["remove zzzzz", "There is no digest \"zzzzz\""],
    ];
    for (const [input, message] of cases) {
      const r = await app.handle(group(`${input} lang:en`));
      expect(r.status, input).toBe("invalid");
      expect(r.intro, input).toContain(message);
    }
    expect(await scheduler.service.list("telegram", "-100")).toHaveLength(0);
  });

  it("GIVEN the per-chat maximum THEN one more is refused and the others stay", async () => {
    for (let i = 0; i < 3; i++) expect((await app.handle(group(`add 0${i}:00 UTC lang:en`))).status).toBe("ok");
    const r = await app.handle(group("add 09:00 UTC lang:en"));
    expect(r.intro).toContain("already has 3 digests");
    expect(await scheduler.service.list("telegram", "-100")).toHaveLength(3);
    // Another chat is not affected.
    expect((await app.handle(group("add 09:00 UTC lang:en", { chatId: "-200" }))).status).toBe("ok");
  });

  it("GIVEN a schedule THEN pause, resume and remove act on this chat's schedule only", async () => {
    const added = await app.handle(group("add 08:30 UTC lang:en"));
    const id = (added.data as { schedule: { id: string } }).schedule.id;
    expect((await app.handle(group(`pause ${id} lang:en`, { chatId: "-999" }))).intro).toContain(`There is no digest "${id}"`);
    expect((await app.handle(group(`pause ${id} lang:en`))).intro).toContain("paused");
    expect(text(await app.handle(group("list lang:en")))).toContain("Paused.");
    expect((await app.handle(group(`resume ${id} lang:en`))).intro).toContain("Next: 10 Jun 2024, 08:30");
    expect((await app.handle(group(`remove ${id} lang:en`))).intro).toBe(`Digest ${id} removed.`);
    expect(await scheduler.service.list("telegram", "-100")).toHaveLength(0);
  });

  it("GIVEN preview THEN the moderator gets the digest (cited, marked ephemeral) and nothing is sent", async () => {
    await scheduler.start();
    const added = await app.handle(group("add 08:30 UTC lang:en"));
    const id = (added.data as { schedule: { id: string } }).schedule.id;
    const preview = await app.handle(group(`preview ${id} lang:en`));
    expect(preview.title).toBe(`Preview of ${id} — News digest`);
    expect(preview.intro).toBe("5 new articles since the last digest.");
    expect(preview.citations.length).toBeGreaterThan(0);
    expect(preview.data).toMatchObject({ ephemeral: true });
    expect(sink.delivered).toHaveLength(0);
  });

  it("GIVEN send-now THEN the chat gets the digest once, and the next run has nothing new", async () => {
    await scheduler.start();
    const added = await app.handle(group("add 08:30 UTC lang:en policy:notice"));
    const id = (added.data as { schedule: { id: string } }).schedule.id;
    expect((await app.handle(group(`send-now ${id} lang:en`))).intro).toBe(`Digest ${id} sent (1 message).`);
    expect(sink.delivered.map((d) => d.chatId)).toEqual(["-100"]);
    expect(sink.delivered[0]!.text).toContain("5 new articles since the last digest.");
    expect((await app.handle(group(`send-now ${id} lang:en`))).intro).toBe(`Digest ${id} sent (1 message).`);
    expect(sink.delivered[1]!.text).toContain("No news since the last digest.");
    expect(text(await app.handle(group("list lang:en")))).toContain("Last delivered: 10 Jun 2024, 05:40");
  });

  it("GIVEN the early index of a first start THEN preview and send-now wait for the whole corpus, send nothing, and say so", async () => {
    const { createCore } = await import("../../src/core/create.ts");
    const early = createCore({ articles: core.articles().slice(0, 2), partial: { articles: 2, of: 5 } });
    const onEarly = createApp({ core: early, store, t, extraCommands: [createDigestCommand({ service: scheduler.service, now: () => NOW })] });
    const added = await onEarly.handle(group("add 08:30 UTC lang:en"));
    expect(added.status).toBe("ok");
    const id = (added.data as { schedule: { id: string } }).schedule.id;
    for (const sub of [`preview ${id}`, `send-now ${id}`]) {
      const r = await onEarly.handle(group(`${sub} lang:en`));
      expect(r.status).toBe("empty");
      expect(r.intro).toBe("I am still reading the archive (2 of 5 articles so far): a digest made now would leave out the rest. Try again in a minute.");
    }
    expect((await onEarly.handle(group(`send-now ${id}`, { text: `أرسل ${id}` }))).intro).toContain("ما زلت أقرأ الأرشيف (2 من أصل 5 حتى الآن)");
    expect(sink.delivered).toHaveLength(0);
  });

  it("GIVEN Discord in a guild without a channel id from the adapter THEN it refuses rather than guess", async () => {
    const r = await app.handle(group("add 08:30 UTC lang:en", { platform: "discord", chatId: "800000000000000001" }));
    expect(r.intro).toContain("cannot tell which channel");
  });
});
