/**
 * The real Telegram adapter (grammY long polling) against the fake Bot API on loopback: `c` users each send a
 * command at the same instant; the latency of each is the time from queueing its update to the fake
 * recording the bot's sendMessage to that chat. Rounds are bounded in count and time.
 */
import pino from "pino";
import type { App } from "../../src/app/dispatch.ts";
import { startTelegram } from "../../src/adapters/telegram/start.ts";
import { startFakeTelegram, type ApiCall } from "../../tests/fakes/telegram/server.ts";
import { now } from "../lib/stats.ts";
import { ROUND_TIMEOUT_MS, type BenchCommand, type LevelResult } from "./commands.ts";

export interface TelegramBench {
  level(concurrency: number, rounds: number, commands: readonly BenchCommand[]): Promise<LevelResult>;
  stop(): Promise<void>;
}

export async function startTelegramBench(app: App): Promise<TelegramBench> {
  const fake = await startFakeTelegram();
  const handle = await startTelegram({ token: fake.token, apiRoot: fake.apiRoot, app, logger: pino({ level: "silent" }) });

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
    async level(concurrency, rounds, commands) {
      const result: LevelResult = { latencies: [], lost: 0, errors: 0 };
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
      await handle.stop();
      await fake.close();
    },
  };
}
