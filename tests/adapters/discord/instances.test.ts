/**
 * Paging across instances: instance A answers a long /timeline; instance B (another process over the same
 * SQLite file: another shard, or A after a restart) receives the Next press and shows page 2 in place.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDiscord, type DiscordAdapter } from "../../../src/adapters/discord/start.ts";
import { createStore, type Store } from "../../../src/store/index.ts";
import { EPHEMERAL, startFakeDiscord, type FakeDiscord, type FakeMessage } from "../../fakes/discord/server.ts";
import { longTimeline, stubApp } from "./stub-app.ts";

let dir: string;
let fake: FakeDiscord;
const adapters: DiscordAdapter[] = [];
const stores: Store[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "mawjaz-dc-"));
  fake = await startFakeDiscord({ heartbeatInterval: 500 });
});
afterEach(async () => {
  for (const a of adapters.splice(0)) await a.stop();
  for (const s of stores.splice(0)) await s.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts an instance; the fake dispatches interactions to the session that identified last. */
async function instance(withStore: boolean): Promise<DiscordAdapter> {
  const store = withStore ? createStore(`sqlite://${join(dir, "store.sqlite")}`) : undefined;
  if (store) stores.push(store);
  const adapter = await startDiscord({
    token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl,
    app: stubApp(async () => longTimeline(120, "ar")), logger: pino({ level: "silent" }),
    ...(store ? { store } : {}),
  });
  adapters.push(adapter);
  return adapter;
}

const pageOf = (m: { embeds: Record<string, unknown>[] }): string => (m.embeds[0] as { footer?: { text?: string } }).footer?.text ?? "";
const nextOf = (m: FakeMessage): string =>
  ((m.components[0] as { components: { custom_id: string; label: string }[] }).components.find((b) => /التالي/.test(b.label)))!.custom_id;

describe("GIVEN two instances", () => {
  it("THEN with a shared store, B serves the Next press on A's answer, in place", async () => {
    await instance(true);
    const sent = fake.interactions.slash("timeline", {});
    const first = await fake.answer(sent);
    expect(pageOf(first)).toMatch(/الصفحة 1 من \d+/);
    await instance(true); // B identifies: from now on the fake sends interactions to B only
    expect(fake.gateway.stats.identifies).toBe(2);

    const click = fake.interactions.button(nextOf(first), sent);
    expect((await fake.callbackOf(click)).type).toBe(7);
    expect(pageOf(fake.originals.get(sent.token)!)).toMatch(/الصفحة 2 من \d+/);
  });

  it("THEN without a store, B answers privately that the answer expired (why the store is needed)", async () => {
    await instance(false);
    const sent = fake.interactions.slash("timeline", {});
    const first = await fake.answer(sent);
    await instance(false);
    const cb = await fake.callbackOf(fake.interactions.button(nextOf(first), sent));
    expect(cb).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: "انتهت صلاحية هذه الإجابة. أعد تشغيل الأمر لعرضها." } });
  });

  it("THEN after a restart over the same store the press still pages", async () => {
    const a = await instance(true);
    const sent = fake.interactions.slash("timeline", {});
    const first = await fake.answer(sent);
    await a.stop();
    adapters.splice(adapters.indexOf(a), 1);
    await instance(true);
    const click = fake.interactions.button(nextOf(first), sent);
    expect((await fake.callbackOf(click)).type).toBe(7);
    expect(pageOf(fake.originals.get(sent.token)!)).toMatch(/الصفحة 2 من \d+/);
  });
});
