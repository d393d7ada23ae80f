/**
 * The load process of the end-to-end benchmark (forked by bench/e2e/bot.ts with an IPC channel): it runs the
 * fake platform server and the load generator, so that the bot's process holds only the bot, as in production
 * where Telegram's and Discord's servers are elsewhere. Latencies are measured here, on this process's clock.
 *
 * argv[2] is "telegram" or "discord". Messages: it sends `{ type: "ready", endpoint }` once the fake listens;
 * it answers `{ type: "level", id, concurrency, rounds, commands }` with `{ type: "result", id, result }` (or
 * `{ type: "error", id, message }`), and `{ type: "stop" }` closes the fake and exits.
 */
import type { BenchCommand, Load } from "./commands.ts";

type Request =
  | { type: "level"; id: number; concurrency: number; rounds: number; commands: BenchCommand[] }
  | { type: "stop" };

const platform = process.argv[2];
const send = (message: unknown): void => void process.send?.(message);

async function startLoad(): Promise<Load<unknown>> {
  if (platform === "telegram") return (await import("./telegram.ts")).startTelegramLoad();
  if (platform === "discord") return (await import("./discord.ts")).startDiscordLoad();
  throw new Error(`load: unknown platform ${String(platform)}`);
}

if (!process.send) {
  process.stderr.write("load.ts runs as a forked child with an IPC channel (see bench/e2e/bot.ts)\n");
  process.exit(2);
}

const load = await startLoad();
process.on("message", (message: Request) => {
  if (message.type === "stop") {
    void load.stop().finally(() => process.exit(0));
    return;
  }
  const { id, concurrency, rounds, commands } = message;
  load.level(concurrency, rounds, commands).then(
    (result) => send({ type: "result", id, result }),
    (err: unknown) => send({ type: "error", id, message: (err as Error).stack ?? String(err) }),
  );
});
// The bot's process went away: nothing left to load.
process.on("disconnect", () => void load.stop().finally(() => process.exit(0)));
send({ type: "ready", endpoint: load.endpoint });
