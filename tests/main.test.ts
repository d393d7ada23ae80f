/**
 * `npm start` as an operator runs it: the real entry point in a child process, configured only through the
 * environment, against the fake Bot API on 127.0.0.1; answers a command, then stops cleanly on SIGTERM.
 */
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { startFakeTelegram, type FakeTelegram } from "./fakes/telegram/server.ts";
import { parseTelegramHtml } from "./fakes/telegram/html.ts";
import { startFakeDiscord } from "./fakes/discord/server.ts";
import { embedText } from "./adapters/discord/harness.ts";

const root = join(import.meta.dirname, "..");
let fake: FakeTelegram | undefined;
afterAll(async () => fake?.close());

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe("npm start", () => {
  it("GIVEN a malformed setting THEN it refuses to start and names the variable", async () => {
    const run = start({ TELEGRAM_API_ROOT: "not a url", TELEGRAM_BOT_TOKEN: "123:abc" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("TELEGRAM_API_ROOT");
    expect(run.output()).toContain("TELEGRAM_BOT_TOKEN");
  }, 60_000);

  it("GIVEN TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT THEN the bot answers, never logs the token, and exits 0 on SIGTERM", async () => {
    fake = await startFakeTelegram();
    const run = start({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, STORE_URL: "memory:", INDEX_CACHE_DIR: "off" });
    await fake.waitFor("getUpdates", 1, 45_000);
    const user = { id: 42, is_bot: false, first_name: "Ali", language_code: "ar" };
    fake.pushMessage({ chat: { id: 42, type: "private", first_name: "Ali" }, from: user, text: "/who أوستن" });
    const [sent] = await fake.waitFor("sendMessage", 1, 20_000);
    expect(parseTelegramHtml(String(sent!.params.text)).text).toContain("لويد أوستن");
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toContain(fake.token);
    expect(run.output()).toContain("shutting down");
  }, 90_000);

  it("GIVEN DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_API_URL THEN /who Austin lang:en is answered in English and SIGTERM exits 0", async () => {
    const discord = await startFakeDiscord({ heartbeatInterval: 500 });
    try {
      const run = start({ DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, STORE_URL: "memory:", INDEX_CACHE_DIR: "off" });
      const deadline = Date.now() + 45_000;
      while (discord.gateway.stats.identifies === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      // READY and GUILD_CREATE follow IDENTIFY; the client is ready shortly after.
      await new Promise((r) => setTimeout(r, 1000));
      const sent = discord.interactions.slash("who", { query: "Austin", lang: "en" });
      const text = embedText(await discord.answer(sent)).replace(/[\u2066-\u2069]/g, "");
      expect(text).toContain("Lloyd Austin");
      expect(text).toContain("US Secretary of Defense");
      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      expect(run.output()).not.toContain(discord.token);
    } finally {
      await discord.stop();
    }
  }, 90_000);
});
