/**
 * Load side of the Discord run, in the load process (bench/e2e/load.ts), never in the bot's: the fake gateway
 * and REST on loopback, and `c` slash commands dispatched at the same instant. The latency of each is the time
 * from the INTERACTION_CREATE dispatch to the fake holding its visible answer (a reply, or a deferral filled
 * in by PATCH @original), both read on this process's clock.
 */
import { startFakeDiscord } from "../../tests/fakes/discord/server.ts";
import { now } from "../lib/stats.ts";
import { ROUND_TIMEOUT_MS, type Load } from "./commands.ts";

/** Where the bot's adapter finds the fake. */
export interface DiscordEndpoint {
  token: string;
  applicationId: string;
  apiUrl: string;
}

export async function startDiscordLoad(): Promise<Load<DiscordEndpoint>> {
  const fake = await startFakeDiscord();
  let cursor = 0;
  let user = 0;
  return {
    endpoint: { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl },
    async level(concurrency, rounds, commands) {
      const result = { latencies: [] as number[], lost: 0, errors: 0 };
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
      await fake.stop();
    },
  };
}
