import { describe, expect, it } from "vitest";
import { cp, mkdtemp, readdir, rm, utimes, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCore, SEEDS_DIR, type LoadCoreOptions } from "../../../src/core/create.ts";
import type { Core } from "../../../src/core/core.ts";
import { answers } from "./answers.ts";
import type { SnapshotStatus } from "../../../src/core/index/snapshot.ts";

async function load(dir: string, cache: string | false): Promise<{ core: Core; status: SnapshotStatus | undefined }> {
  let status: SnapshotStatus | undefined;
  const options: LoadCoreOptions = { cache, snapshotMinMs: 0, onSnapshot: (s) => (status = s) };
  const core = await loadCore(dir, options);
  return { core, status };
}

describe("index snapshots (loadCore)", async () => {
  const root = await mkdtemp(join(tmpdir(), "mawjaz-snap-"));
  const corpus = join(root, "corpus");
  const cache = join(root, "cache");
  await cp(SEEDS_DIR, corpus, { recursive: true });
  const fresh = answers((await load(corpus, false)).core);

  it("GIVEN no snapshot THEN the corpus is analysed and a snapshot written; GIVEN it THEN it is used, with identical answers", async () => {
    const first = await load(corpus, cache);
    expect(first.status).toBe("miss");
    expect((await readdir(cache)).filter((f) => f.endsWith(".snap"))).toHaveLength(1);
    expect(answers(first.core)).toEqual(fresh);
    const second = await load(corpus, cache);
    expect(second.status).toBe("hit");
    expect(answers(second.core)).toEqual(fresh);
  });

  it("GIVEN cache false THEN no snapshot is read or written", async () => {
    const off = await load(corpus, false);
    expect(off.status).toBe("disabled");
  });

  it("GIVEN a changed corpus file THEN the snapshot is not used and the change is seen; the stale snapshot is replaced", async () => {
    await load(corpus, cache);
    const file = join(corpus, "000_53d4e67052f57d50.txt");
    await appendFile(file, "\n\nوقال وزير الخارجية زيد المجهولي إن الاجتماع سيعقد في بغداد الأسبوع المقبل لبحث الانسحاب.\n");
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const changed = await load(corpus, cache);
    expect(changed.status).toBe("miss");
    expect(changed.core.who("زيد المجهولي").length).toBeGreaterThan(0);
    expect(answers(changed.core)).toEqual(answers((await load(corpus, false)).core));
    expect((await readdir(cache)).filter((f) => f.endsWith(".snap"))).toHaveLength(1);
    expect((await load(corpus, cache)).status).toBe("hit");
  });

  it("GIVEN a corrupt snapshot THEN it is ignored and the corpus rebuilt correctly", async () => {
    const expected = answers((await load(corpus, false)).core);
    await load(corpus, cache);
    const [snap] = (await readdir(cache)).filter((f) => f.endsWith(".snap"));
    await writeFile(join(cache, snap!), "not a snapshot at all");
    const corrupt = await load(corpus, cache);
    expect(corrupt.status).toBe("corrupt");
    expect(answers(corrupt.core)).toEqual(expected);
    // Rewritten: the next start uses it again.
    expect((await load(corpus, cache)).status).toBe("hit");
  });

  it("GIVEN a truncated snapshot THEN it is ignored", async () => {
    const [snap] = (await readdir(cache)).filter((f) => f.endsWith(".snap"));
    const { readFile } = await import("node:fs/promises");
    const bytes = await readFile(join(cache, snap!));
    await writeFile(join(cache, snap!), bytes.subarray(0, bytes.length >> 1));
    expect((await load(corpus, cache)).status).toBe("corrupt");
  });

  it("cleans up", async () => {
    await rm(root, { recursive: true, force: true });
  });
});

describe("snapshot sections", () => {
  it("GIVEN long arrays written in slices (here of 3 items) THEN reading gives back exactly the index that was written", async () => {
    const { loadCorpus } = await import("../../../src/core/corpus/load.ts");
    const { buildIndexData } = await import("../../../src/core/index/build.ts");
    const { readSnapshot, writeSnapshot } = await import("../../../src/core/index/snapshot.ts");
    const root = await mkdtemp(join(tmpdir(), "mawjaz-sections-"));
    try {
      const corpus = await loadCorpus(SEEDS_DIR);
      const data = buildIndexData(corpus.articles);
      expect(data.sentences.length).toBeGreaterThan(30);
      const sliced = join(root, "sliced.snap");
      const whole = join(root, "whole.snap");
      await writeSnapshot(sliced, { data, problems: [] }, { chunkItems: 3 });
      await writeSnapshot(whole, { data, problems: [] });
      const back = await readSnapshot(sliced);
      if (back === undefined || back === "corrupt") throw new Error(`snapshot not read: ${back}`);
      expect(back.data).toEqual(data);
      expect((await readSnapshot(whole)) as unknown).toEqual(back);
      // Cut inside a slice: refused as corrupt, never half an index.
      const { readFile } = await import("node:fs/promises");
      const bytes = await readFile(sliced);
      await writeFile(sliced, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      expect(await readSnapshot(sliced)).toBe("corrupt");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
