/**
 * Load side of the Telegram run, in the load process (bench/e2e/load.ts), never in the bot's: the fake Bot API
 * on loopback, and `c` users each sending a command at the same instant. The latency of each is the time from
 * queueing its update to the fake recording the bot's sendMessage to that chat, both read on this process's
 * clock. Rounds are bounded in count and time.
 */
import { startFakeTelegram, type ApiCall } from "../../tests/fakes/telegram/server.ts";
import { now } from "../lib/stats.ts";
import { ROUND_TIMEOUT_MS, type Load } from "./commands.ts";

/** Where the bot's adapter finds the fake. */
export interface TelegramEndpoint {
  token: string;
  apiRoot: string;
}

export async function startTelegramLoad(): Promise<Load<TelegramEndpoint>> {
  const fake = await startFakeTelegram();

  // Every recorded call passes through calls.push: stamp the replies the round is waiting for.
  let waiting = new Map<number, { start: number; done: (ms: number | null) => void }>();
  const push = fake.calls.push.bind(fake.calls);
  fake.calls.push = (...calls: ApiCall[]): number => {
    for (const call of calls) {
      if (call.method !== "sendMessage") continue;
      const w = waiting.get(Number(call.params.chat_id));
      if (!w) continue;
      waiting.delete(Number(call.params.chat_id));
      w.done(call.ok ? now() - w.start : null);
    }
    return push(...calls);
  };

  let nextChat = 1_000_000;
  let cursor = 0;
  return {
    endpoint: { token: fake.token, apiRoot: fake.apiRoot },
    async level(concurrency, rounds, commands) {
      const result = { latencies: [] as number[], lost: 0, errors: 0 };
      for (let r = 0; r < rounds; r++) {
        waiting = new Map();
        const replies: Promise<void>[] = [];
        for (let i = 0; i < concurrency; i++) {
          const id = nextChat++;
          const cmd = commands[cursor++ % commands.length]!;
          replies.push(new Promise<void>((resolve) => {
            waiting.set(id, {
              start: now(),
              done: (ms) => {
                if (ms === null) result.errors++;
                else result.latencies.push(ms);
                resolve();
              },
            });
          }));
          fake.pushMessage({
            chat: { id, type: "private", first_name: "Reader" },
            from: { id, is_bot: false, first_name: "Reader", language_code: "ar" },
            text: `/${cmd.command} ${cmd.query}`.trim(),
          });
        }
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([Promise.all(replies), new Promise<void>((resolve) => (timer = setTimeout(resolve, ROUND_TIMEOUT_MS)))]);
        clearTimeout(timer);
        result.lost += waiting.size;
        waiting = new Map();
      }
      return result;
    },
    async stop() {
      await fake.close();
    },
  };
}
