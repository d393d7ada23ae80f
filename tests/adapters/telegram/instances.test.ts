/**
 * Paging across instances: instance A answers a long /timeline, instance B (another process over the same
 * SQLite file) serves the Next press. Webhooks behind a load balancer send any update to any instance; a
 * restart is the same story with A gone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStore, type Store } from "../../../src/store/index.ts";
import { startFakeTelegram, type FakeTelegram } from "../../fakes/telegram/server.ts";
import { dm, omar, seen, startHarness, type Harness } from "./harness.ts";
import { syntheticCore } from "./synthetic-core.ts";

let dir: string;
let fake: FakeTelegram;
const open: Harness[] = [];
const stores: Store[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "mawjaz-tg-"));
  fake = await startFakeTelegram();
});
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
  for (const s of stores.splice(0)) await s.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One instance's own connection to the shared SQLite file, as a separate process would have. */
const sharedStore = (): Store => {
  const store = createStore(`sqlite://${join(dir, "store.sqlite")}`);
  stores.push(store);
  return store;
};

const webhookInstance = async (store: Store | undefined): Promise<{ h: Harness; url: string }> => {
  const h = await startHarness({
    fake,
    core: syntheticCore(),
    adapter: { ...(store ? { store } : {}), webhook: { url: "https://bot.example.org/tg", secretToken: "lb_secret", port: 0, host: "127.0.0.1" } },
  });
  open.push(h);
  return { h, url: `http://127.0.0.1:${h.handle.webhookPort}/tg` };
};

const deliver = async (url: string, update: unknown): Promise<void> => {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "lb_secret" }, body: JSON.stringify(update) });
  expect(res.status).toBe(200);
};

describe("GIVEN two webhook instances behind a load balancer", () => {
  it("THEN with a shared store, B serves the Next press on A's answer: page 2 replaces page 1 in place", async () => {
    const a = await webhookInstance(sharedStore());
    const b = await webhookInstance(sharedStore());
    await deliver(a.url, fake.makeMessageUpdate({ chat: dm(omar), from: omar, text: "/timeline" }));
    const first = seen(fake, (await fake.waitFor("sendMessage"))[0]!);
    const total = Number(/الصفحة 1 من (\d+)/.exec(first.text)?.[1]);
    expect(total).toBeGreaterThan(2);
    const next = first.buttons.find((x) => x.text.includes("التالي"))!;
    expect(Buffer.byteLength(next.callback_data!)).toBeLessThanOrEqual(64);

    await deliver(b.url, fake.makeCallbackUpdate({ from: omar, message: first.message, data: next.callback_data! }));
    const edit = seen(fake, (await fake.waitFor("editMessageText"))[0]!);
    expect(edit.call.params.message_id).toBe(first.message.message_id);
    expect(edit.text).toContain(`الصفحة 2 من ${total}`);
    const answer = fake.callsOf("answerCallbackQuery")[0]!;
    expect(answer.params.text).toBeUndefined();
  });

  it("THEN without a store, B cannot know A's answer and says it expired (why the store is needed)", async () => {
    const a = await webhookInstance(undefined);
    const b = await webhookInstance(undefined);
    await deliver(a.url, fake.makeMessageUpdate({ chat: dm(omar), from: omar, text: "/timeline" }));
    const first = seen(fake, (await fake.waitFor("sendMessage"))[0]!);
    await deliver(b.url, fake.makeCallbackUpdate({ from: omar, message: first.message, data: first.buttons[0]!.callback_data! }));
    const [answer] = await fake.waitFor("answerCallbackQuery");
    expect(answer!.params.text).toBe("انتهت صلاحية هذه الإجابة. أعد تشغيل الأمر.");
  });
});

describe("GIVEN a restart between the answer and the press (long polling)", () => {
  it("THEN the restarted instance serves the Next press from the store", async () => {
    const before = await startHarness({ fake, core: syntheticCore(), adapter: { store: sharedStore() } });
    const first = await before.ask("/timeline", { from: omar });
    await before.close();

    const after = await startHarness({ fake, core: syntheticCore(), adapter: { store: sharedStore() } });
    open.push(after);
    const { edit, answer } = await after.press(first, first.buttons[0]!.callback_data!, omar);
    expect(answer.params.text).toBeUndefined();
    expect(edit!.text).toContain("الصفحة 2 من");
  });
});
