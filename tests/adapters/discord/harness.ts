/**
 * Test harness: the fake Discord and the real discord.js Client started through startDiscord around an App, with a logger whose output the tests can read.
 */
import pino from "pino";
import { Writable } from "node:stream";
import type { App } from "../../../src/app/dispatch.ts";
import { startDiscord, type DiscordAdapter } from "../../../src/adapters/discord/start.ts";
import { startFakeDiscord, type FakeDiscord } from "../../fakes/discord/server.ts";

export interface Harness {
  fake: FakeDiscord;
  app: App;
  adapter: DiscordAdapter;
  logs: string[];
  stop(): Promise<void>;
}

/** Starts the fake and the adapter around `app` (the real one on seeds/, or a stand-in for rendering cases). */
export async function startHarness(app: App): Promise<Harness> {
  const fake = await startFakeDiscord({ heartbeatInterval: 500 });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString("utf8"));
      done();
    },
  });
  const logger = pino({ level: "debug" }, sink);
  const adapter = await startDiscord({ token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, app, logger });
  return {
    fake,
    app,
    adapter,
    logs,
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}

/** Every visible text of an embed message joined: title, description, fields, footer. */
export function embedText(message: { embeds: Record<string, unknown>[]; content?: string }): string {
  const parts: string[] = [message.content ?? ""];
  for (const e of message.embeds as { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[]) {
    parts.push(e.title ?? "", e.description ?? "", ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? "");
  }
  return parts.join("\n");
}

/** Text without Unicode isolates, for matching names. */
export function plain(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}
