/**
 * `npm start` as an operator runs it: the entry point bundled by bin/build.js, as plain JavaScript in a child
 * process, configured only through the environment, against the fake Bot API and Discord on 127.0.0.1;
 * answers a command, then stops cleanly on SIGTERM. The console on a large corpus indexes it in the
 * bundled indexer process.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { startFakeTelegram, type FakeTelegram } from "./fakes/telegram/server.ts";
import { parseTelegramHtml } from "./fakes/telegram/html.ts";
import { startFakeDiscord } from "./fakes/discord/server.ts";
import { embedText } from "./adapters/discord/harness.ts";

const root = join(import.meta.dirname, "..");
// Inside the project (node_modules/.cache), where the bundle finds node_modules and the project root.
const built = join(root, "node_modules/.cache", `mawjaz-test-build-${process.pid}`);
let fake: FakeTelegram | undefined;
let buildWarnings: unknown[] = [];
beforeAll(async () => {
  const { bundle } = (await import(pathToFileURL(join(root, "bin/build.js")).href)) as { bundle: (outdir: string) => Promise<{ warnings: unknown[] }> };
  buildWarnings = (await bundle(built)).warnings;
}, 60_000);
afterAll(async () => {
  await fake?.close();
  await rm(built, { recursive: true, force: true });
});

function start(env: Record<string, string>, stdin: "ignore" | "pipe" = "ignore") {
  const child = spawn(process.execPath, [join(built, "main.js")], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: [stdin, "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe("npm start", () => {
  it("GIVEN the sources THEN the bundle builds with no warning (a key written twice in the data tables is one)", () => {
    expect(buildWarnings).toEqual([]);
  });

  it("GIVEN a malformed setting THEN it refuses to start and names the variable", async () => {
    const run = start({ TELEGRAM_API_ROOT: "not a url", TELEGRAM_BOT_TOKEN: "123:abc" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("TELEGRAM_API_ROOT");
    expect(run.output()).toContain("TELEGRAM_BOT_TOKEN");
  }, 60_000);

  it("GIVEN TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT THEN the bot answers, never logs the token, and exits 0 on SIGTERM", async () => {
    fake = await startFakeTelegram();
    const run = start({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, STORE_URL: "memory:", INDEX_CACHE_DIR: "off" });
    // Queued in the fake until the bot's first getUpdates takes it.
    const user = { id: 42, is_bot: false, first_name: "Ali", language_code: "ar" };
    fake.pushMessage({ chat: { id: 42, type: "private", first_name: "Ali" }, from: user, text: "/who أوستن" });
    const [sent] = await fake.waitFor("sendMessage", 1, 45_000);
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

  it("GIVEN no tokens and a corpus of over 2 MB THEN the console indexes it in the indexer process, answers, and the next start reads the saved index", async () => {
    const dir = await mkdtemp(join(root, "node_modules/.cache/mawjaz-test-corpus-"));
    try {
      const corpus = join(dir, "corpus");
      const cache = join(dir, "cache");
      await largeCorpus(corpus);
      const ask = async () => {
        const run = start({ CORPUS_DIR: corpus, INDEX_CACHE_DIR: cache, STORE_URL: "memory:", LOG_LEVEL: "debug" }, "pipe");
        run.child.stdin!.end("/who Austin --lang en\n");
        expect(await run.exited).toBe(0);
        return run.output();
      };
      const first = await ask();
      expect(first).toContain("indexed in the indexer process");
      expect(first).toContain("Lloyd Austin");
      expect((await readdir(cache)).filter((f) => f.endsWith(".snap"))).toHaveLength(1);
      const second = await ask();
      expect(second).not.toContain("indexer process");
      expect(second).toContain("Lloyd Austin");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("npm start on a corpus that files stories twice", () => {
  it("GIVEN copies of articles THEN the log says once how many were skipped, and the console answers", async () => {
    const dir = await mkdtemp(join(root, "node_modules/.cache/mawjaz-test-corpus-"));
    try {
      const text = "قال وزير التربية ناجي جلول اليوم الأربعاء 8 مارس 2017 إن الامتحانات ستجرى في موعدها.";
      const line = (id: string) => JSON.stringify({ id, title: "الامتحانات في موعدها", published: "2017-03-08", text });
      await writeFile(join(dir, "feed.jsonl"), [line("a-1"), line("b-1"), line("c-1")].join("\n"));
      const run = start({ CORPUS_DIR: dir, INDEX_CACHE_DIR: "off", STORE_URL: "memory:", LOG_LEVEL: "info" }, "pipe");
      run.child.stdin!.end("/who ناجي جلول\n");
      expect(await run.exited).toBe(0);
      const out = run.output();
      expect(out.match(/skipped copies of other articles/g)).toHaveLength(1);
      expect(out).toContain('"copies":2');
      expect(out).not.toContain("skipped: same title");
      expect(out).toContain("ناجي جلول");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("npm start: a bot's first start on a large corpus", () => {
  it("GIVEN a Telegram bot and a corpus with no saved index THEN it answers from the newest articles at once, says so, and then from the whole corpus", async () => {
    const dir = await mkdtemp(join(root, "node_modules/.cache/mawjaz-test-corpus-"));
    const telegram = await startFakeTelegram();
    try {
      const corpus = join(dir, "corpus");
      // Large enough that the whole index takes seconds longer than the early one.
      await largeCorpus(corpus, 6_000_000);
      const run = start({ TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, STORE_URL: "memory:", CORPUS_DIR: corpus, INDEX_CACHE_DIR: join(dir, "cache") });
      const user = { id: 42, is_bot: false, first_name: "Ali", language_code: "en" };
      const ask = async () => {
        const before = telegram.callsOf("sendMessage").length;
        telegram.pushMessage({ chat: { id: 42, type: "private", first_name: "Ali" }, from: user, text: "/who Austin" });
        const sent = await telegram.waitFor("sendMessage", before + 1, 60_000);
        return parseTelegramHtml(String(sent.at(-1)!.params.text)).text;
      };
      const early = await ask();
      expect(early).toContain("Lloyd Austin");
      expect(early).toMatch(/this answer is based on the newest articles only \(\d+ of \d+\)/);
      expect(run.output()).toContain("answering from the newest articles while the whole corpus is indexed");
      const deadline = Date.now() + 60_000;
      while (!run.output().includes("corpus indexed") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const later = await ask();
      expect(later).toContain("Lloyd Austin");
      expect(later).not.toContain("newest articles only");
      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
    } finally {
      await telegram.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

/** A corpus over CHILD_BUILD_MIN_BYTES (or `size` bytes): the seed articles, each copied under many ids. */
async function largeCorpus(dir: string, size = 2_100_000): Promise<void> {
  await mkdir(dir, { recursive: true });
  const seeds = join(root, "seeds");
  const texts = await Promise.all((await readdir(seeds)).filter((f) => f.endsWith(".txt")).map((f) => readFile(join(seeds, f), "utf8")));
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < size; i++) {
    const text = texts[i % texts.length]!;
    const line = JSON.stringify({ id: `copy-${i}`, title: `مقال ${i}`, published: "2024-07-25", lang: "ar", text });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  await writeFile(join(dir, "articles.jsonl"), `${lines.join("\n")}\n`);
}
