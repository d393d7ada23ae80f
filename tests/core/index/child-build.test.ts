/**
 * Indexing in the indexer process (loadCore with childBuildMinBytes): the answers are those of an index
 * built in this process, the snapshot it wrote is used by the next start, and when the child cannot do its
 * work the corpus is still indexed here, with the reason reported.
 */
import { describe, expect, it } from "vitest";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCore, SEEDS_DIR, type LoadCoreOptions } from "../../../src/core/create.ts";
import { answers } from "./answers.ts";
import type { SnapshotStatus } from "../../../src/core/index/snapshot.ts";
import { indexerEnv } from "../../../src/core/index/child-build.ts";

type Outcome = { ok: true; ms: number; peakRssMB: number } | { ok: false; reason: string };

async function load(dir: string, cache: string | false, childBuildMinBytes: number | undefined) {
  let status: SnapshotStatus | undefined;
  let child: Outcome | undefined;
  const options: LoadCoreOptions = { cache, childBuildMinBytes, onSnapshot: (s) => (status = s), onChildBuild: (o) => (child = o) };
  const core = await loadCore(dir, options);
  return { core, status, child };
}

describe("indexing in the indexer process", async () => {
  const root = await mkdtemp(join(tmpdir(), "mawjaz-child-"));
  const corpus = join(root, "corpus");
  await cp(SEEDS_DIR, corpus, { recursive: true });
  // A file the loader reports as a problem: the child's problems reach the parent through the snapshot.
  await writeFile(join(corpus, "broken.jsonl"), '{"id": "x", "text": "نص"\n');
  const inProcess = answers((await load(corpus, false, undefined)).core);

  it("GIVEN a corpus at least the threshold THEN the child builds it, the answers are the same, and the next start uses its snapshot", async () => {
    const cache = join(root, "cache-a");
    const first = await load(corpus, cache, 0);
    expect(first.status).toBe("miss");
    expect(first.child?.ok).toBe(true);
    // The indexer reports its peak memory (the bot logs it): a real figure, of a whole Node process.
    const peak = first.child?.ok ? first.child.peakRssMB : 0;
    expect(peak).toBeGreaterThan(20);
    expect(peak).toBeLessThan(2000);
    expect((first.core.problems() as { file: string }[]).some((p) => p.file.endsWith("broken.jsonl"))).toBe(true);
    expect(answers(first.core)).toEqual(inProcess);
    const second = await load(corpus, cache, 0);
    expect(second.status).toBe("hit");
    expect(second.child).toBeUndefined();
    expect(answers(second.core)).toEqual(inProcess);
  }, 60_000);

  it("GIVEN a corpus below the threshold THEN it is indexed in this process", async () => {
    const cache = join(root, "cache-b");
    const small = await load(corpus, cache, 1_000_000_000);
    expect(small.child).toBeUndefined();
    expect(answers(small.core)).toEqual(inProcess);
  });

  it("GIVEN no cache THEN there is no child (it would have nowhere to put the index)", async () => {
    const off = await load(corpus, false, 0);
    expect(off.status).toBe("disabled");
    expect(off.child).toBeUndefined();
  });

  it("GIVEN a cache path that is a file THEN the child fails, the reason is reported, and the corpus is indexed here", async () => {
    const cache = join(root, "not-a-folder");
    await writeFile(cache, "a file where the cache folder should be");
    const failed = await load(corpus, join(cache, "sub"), 0);
    expect(failed.child).toMatchObject({ ok: false });
    if (failed.child?.ok === false) expect(failed.child.reason).toMatch(/indexer process: .*(ENOTDIR|not a directory)/i);
    expect(answers(failed.core)).toEqual(inProcess);
  }, 60_000);

  it("cleans up", async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("GIVEN platform tokens and keys in the bot's environment THEN the indexer process is not given them", () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { TELEGRAM_BOT_TOKEN: "123:secret", OPENAI_API_KEY: "sk-secret", STORE_URL: "redis://user:pw@host", NODE_OPTIONS: "--max-old-space-size=2048" });
      const env = indexerEnv();
      expect(JSON.stringify(env)).not.toContain("secret");
      expect(env.STORE_URL).toBeUndefined();
      expect(env.NODE_OPTIONS).toBe("--max-old-space-size=2048");
      expect(env.PATH).toBe(process.env.PATH);
    } finally {
      process.env = saved;
    }
  });
});
