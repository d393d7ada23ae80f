import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDiscord } from "../../../src/adapters/discord/start.ts";
import { startFakeDiscord, type FakeDiscord } from "../../fakes/discord/server.ts";
import { longTimeline, stubApp } from "./stub-app.ts";

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

describe("GIVEN a digest to post in a channel", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it("THEN post() sends the first page with the bot token, paging buttons and no pings", async () => {
    const adapter = await startDiscord({ token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, app: stubApp(async () => { throw new Error("unused"); }), logger: pino({ level: "silent" }) });
    try {
      const id = await adapter.post("800000000000000002", longTimeline(200));
      expect(id).toMatch(/^\d+$/);
      const req = fake.requests.find((r) => r.method === "POST" && r.path === "/channels/800000000000000002/messages")!;
      expect(req).toMatchObject({ status: 200, auth: `Bot ${fake.token}` });
      const body = req.body as { embeds: { footer: { text: string } }[]; components: { components: { custom_id: string }[] }[]; allowed_mentions: unknown };
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.embeds[0]!.footer.text).toMatch(/^Page 1\/\d+$/);
      expect(body.components[0]!.components.map((b) => b.custom_id)).toEqual([expect.stringMatching(/^pg:.+:0$/), expect.stringMatching(/^pg:.+:1$/)]);
    } finally {
      await adapter.stop();
    }
  });
});
