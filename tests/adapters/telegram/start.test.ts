/** Start-up: a wrong token stops the start with a message that says what to fix, without the token. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import { createApp } from "../../../src/app/dispatch.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import { createStore } from "../../../src/store/index.ts";
import { startTelegram } from "../../../src/adapters/telegram/start.ts";
import { startFakeTelegram, type FakeTelegram } from "../../fakes/telegram/server.ts";
import { syntheticCore } from "./synthetic-core.ts";

let fake: FakeTelegram;
beforeEach(async () => {
  fake = await startFakeTelegram();
});
afterEach(async () => {
  await fake.close();
});

const app = () => createApp({ core: syntheticCore({ events: 3 }), store: createStore("memory:"), t: createTranslator() });

describe("GIVEN start-up settings", () => {
  it("THEN a wrong token fails with a hint naming TELEGRAM_BOT_TOKEN and without the token", async () => {
    const logs: string[] = [];
    const wrong = "999999:WRONG-secret-value-abcdefghijkl";
    const start = startTelegram({ token: wrong, apiRoot: fake.apiRoot, app: app(), logger: pino({}, { write: (l: string) => void logs.push(l) }) });
    await expect(start).rejects.toThrow(/401 Unauthorized: TELEGRAM_BOT_TOKEN/);
    await start.catch((e: Error) => expect(e.message).not.toContain(wrong));
    expect(logs.join("")).not.toContain(wrong);
  });

  it("THEN an apiRoot with a trailing slash still reaches the server", async () => {
    const handle = await startTelegram({ token: fake.token, apiRoot: `${fake.apiRoot}/`, app: app(), logger: pino({ level: "silent" }) });
    expect(handle.bot.botInfo.username).toBe(fake.bot.username);
    await handle.stop();
  });
});
