import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscord } from "../../../src/adapters/discord/start.ts";
import { startFakeDiscord, type FakeDiscord } from "../../fakes/discord/server.ts";
import { stubApp } from "./stub-app.ts";

describe("GIVEN the adapter's start and stop", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it("THEN a wrong token fails the start with a message that names the setting, not the token", async () => {
    const token = "wrong-token.do-not-print";
    const attempt = startDiscord({ token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, app: stubApp(async () => { throw new Error("unused"); }), logger: pino({ level: "silent" }) });
    const err = await attempt.then(() => undefined, (e: unknown) => e as Error);
    expect(err?.message).toMatch(/DISCORD_TOKEN/);
    expect(err?.message).not.toContain(token);
  });

  it("THEN a good token identifies once, and stop() closes the gateway session", async () => {
    const adapter = await startDiscord({ token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, app: stubApp(async () => { throw new Error("unused"); }), logger: pino({ level: "silent" }) });
    expect(fake.gateway.stats.identifies).toBe(1);
    expect(adapter.client.isReady()).toBe(true);
    await adapter.stop();
    await fake.until(() => !fake.gateway.ready, 5000, "the gateway to close");
    expect(fake.gateway.ready).toBe(false);
  });
});
