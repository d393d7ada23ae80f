/**
 * The real Discord adapter (discord.js over the fake gateway and REST on loopback): `c` slash commands are
 * dispatched at the same instant; the latency of each is the time from the INTERACTION_CREATE dispatch to the
 * fake holding its visible answer (a reply, or a deferral filled in by PATCH @original).
 */
import pino from "pino";
import type { App } from "../../src/app/dispatch.ts";
import { startDiscord } from "../../src/adapters/discord/start.ts";
import { startFakeDiscord } from "../../tests/fakes/discord/server.ts";
import { now } from "../lib/stats.ts";
import { ROUND_TIMEOUT_MS, type BenchCommand, type LevelResult } from "./commands.ts";

export interface DiscordBench {
  level(concurrency: number, rounds: number, commands: readonly BenchCommand[]): Promise<LevelResult>;
  stop(): Promise<void>;
}

export async function startDiscordBench(app: App): Promise<DiscordBench> {
  const fake = await startFakeDiscord();
  const adapter = await startDiscord({ token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, app, logger: pino({ level: "silent" }) });
  let cursor = 0;
  let user = 0;
  return {
    async level(concurrency, rounds, commands) {
      const result: LevelResult = { latencies: [], lost: 0, errors: 0 };
      for (let r = 0; r < rounds; r++) {
        const answers: Promise<void>[] = [];
        for (let i = 0; i < concurrency; i++) {
          const cmd = commands[cursor++ % commands.length]!;
          const start = now();
          const sent = fake.interactions.slash(cmd.command, cmd.query ? { query: cmd.query } : {}, { userId: String(610_000_000_000_000_000n + BigInt(user++)) });
          answers.push(
            fake.answer(sent).then(
              () => void result.latencies.push(now() - start),
              () => void result.lost++,
            ),
          );
        }
        let timer: NodeJS.Timeout | undefined;
        const all = Promise.all(answers);
        const timedOut = await Promise.race([all.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ROUND_TIMEOUT_MS)))]);
        clearTimeout(timer);
        // fake.answer() gives up by itself (15 s); wait for those so the counts are complete.
        if (timedOut) await all;
      }
      return result;
    },
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}
