/**
 * Digest fan-out: bench/digest-fanout.ts belongs to the digest work and writes its own figures to
 * bench/results/digest-fanout.{json,md}. When it is there, it runs in a child (it takes ≥ 34 s by design, so
 * quick runs skip it) and its JSON joins the table.
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Context } from "./lib/context.ts";
import { REPO } from "./lib/corpus.ts";
import { row } from "./lib/results.ts";
import { benchEnv, runTs } from "./lib/spawn.ts";

const S = "digest";
const SCRIPT = "bench/digest-fanout.ts";
const FIGURES = join(REPO, "bench/results/digest-fanout.json");

interface Figures {
  chats: number;
  seconds: number;
  floorSeconds: number;
  ratio: number;
  responses429?: number;
  losses: number;
  duplicates: number;
}

export async function runDigest(ctx: Context): Promise<void> {
  if (!existsSync(join(REPO, SCRIPT))) return ctx.skip(S, `${SCRIPT} is not there yet`);
  if (ctx.options.quick) return ctx.skip(S, "the fan-out takes ≥ 34 s by design; run without --quick");
  const started = Date.now();
  const r = await runTs(SCRIPT, [], { env: benchEnv(), timeoutMs: 900_000 });
  const fresh = existsSync(FIGURES) && (await stat(FIGURES)).mtimeMs >= started;
  if (r.code !== 0 || !fresh) {
    ctx.skip(S, `${SCRIPT} exited ${r.code}${r.timedOut ? " (timed out)" : ""}: ${r.stderr.trim().split("\n").slice(-3).join(" / ").slice(0, 400)}`);
    return;
  }
  const f = JSON.parse(await readFile(FIGURES, "utf8")) as Figures;
  const note = `${f.chats} chats in ${f.seconds} s against ${f.floorSeconds} s floor; ${f.responses429 ?? 0} × 429; single run, see bench/results/digest-fanout.md`;
  ctx.rows.push(
    row(S, "fan-out to 1,000 chats ÷ floor", f.ratio, "×", { max: 1.05 }, note),
    row(S, "digests lost", f.losses, "", { max: 0 }),
    row(S, "digests duplicated", f.duplicates, "", { max: 0 }),
  );
  ctx.data.digest = f;
}
