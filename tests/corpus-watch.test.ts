/** New articles dropped into the corpus directory reach the answers without a restart. */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCore } from "../src/core/create.ts";
import { createSwappableCore } from "../src/core/swappable.ts";
import { watchCorpus } from "../src/corpus-watch.ts";

const dir = mkdtempSync(join(tmpdir(), "mawjaz-watch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (title: string, body: string, date: string) => `---\ntitle: ${title}\nsource: صحيفة الاختبار\npublished: ${date}\n---\n${body}\n`;

describe("watchCorpus", () => {
  it("GIVEN a new article file THEN the next check swaps in an index that knows it, and old answers stay until then", async () => {
    writeFileSync(join(dir, "a.md"), article("افتتاح معرض", "افتتح وزير الثقافة الأردني، سامر النعيمي، أمس الأحد معرضا للكتاب في عمّان.", "2025-05-12"));
    const holder = createSwappableCore(await loadCore(dir));
    let swaps = 0;
    const watch = await watchCorpus({ dir, intervalMs: 0, holder, load: (d) => loadCore(d), onSwap: () => void swaps++ });
    expect(await watch.check()).toBe(false);
    expect(holder.core.who("ليلى الحسيني")).toEqual([]);

    writeFileSync(join(dir, "b.md"), article("زيارة رسمية", "وصلت وزيرة الخارجية الليبية، ليلى الحسيني، اليوم الاثنين إلى تونس في زيارة رسمية.", "2025-05-13"));
    expect(await watch.check()).toBe(true);
    expect(swaps).toBe(1);
    expect(holder.core.articles().map((a) => a.id)).toEqual(["a", "b"]);
    expect(holder.core.who("ليلى الحسيني")[0]?.articles).toEqual(["b"]);
    watch.stop();
  });

  it("GIVEN a restart after the corpus changed THEN the previous snapshot answers at once and the first check brings the change in", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "mawjaz-stale-"));
    const cache = join(corpus, "..", `${corpus.split("/").pop()}-cache`);
    try {
      const options = { cache, snapshotMinMs: 0 };
      writeFileSync(join(corpus, "a.md"), article("افتتاح معرض", "افتتح وزير الثقافة الأردني، سامر النعيمي، أمس الأحد معرضا للكتاب في عمّان.", "2025-05-12"));
      await loadCore(corpus, options); // the bot's earlier run: writes the snapshot
      writeFileSync(join(corpus, "b.md"), article("زيارة رسمية", "وصلت وزيرة الخارجية الليبية، ليلى الحسيني، اليوم الاثنين إلى تونس في زيارة رسمية.", "2025-05-13"));

      let status = "";
      const holder = createSwappableCore(await loadCore(corpus, { ...options, stale: true, onSnapshot: (s) => (status = s) }));
      expect(status).toBe("stale");
      expect(holder.core.articles().map((a) => a.id)).toEqual(["a"]);
      expect(holder.core.who("سامر النعيمي")[0]?.articles).toEqual(["a"]);

      const watch = await watchCorpus({ dir: corpus, intervalMs: 0, holder, load: (d) => loadCore(d, options), stale: true });
      expect(await watch.check()).toBe(true);
      expect(holder.core.articles().map((a) => a.id)).toEqual(["a", "b"]);
      expect(await watch.check()).toBe(false);
      watch.stop();

      // The re-index wrote the current snapshot: the next restart is a plain hit.
      await loadCore(corpus, { ...options, stale: true, onSnapshot: (s) => (status = s) });
      expect(status).toBe("hit");
      // Without `stale`, a changed corpus is always analysed afresh.
      writeFileSync(join(corpus, "c.md"), article("خبر", "خبر قصير عن اجتماع عقد في بغداد يوم الخميس الماضي بين الوفدين.", "2025-05-14"));
      const fresh = await loadCore(corpus, { ...options, onSnapshot: (s) => (status = s) });
      expect(status).toBe("miss");
      expect(fresh.articles().length).toBe(3);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it("GIVEN a reload that fails THEN the current index is kept", async () => {
    const holder = createSwappableCore(await loadCore(dir));
    const watch = await watchCorpus({ dir, intervalMs: 0, holder, load: async () => { throw new Error("disk gone"); } });
    writeFileSync(join(dir, "c.md"), article("خبر", "خبر قصير عن اجتماع عقد في بغداد يوم الخميس الماضي بين الوفدين.", "2025-05-14"));
    expect(await watch.check()).toBe(false);
    expect(holder.core.articles().length).toBe(2);
    watch.stop();
  });

  it("GIVEN a bot that indexes in the indexer process THEN a changed corpus is re-indexed there while this process keeps running, and swapped in", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "mawjaz-child-watch-"));
    const cache = `${corpus}-cache`;
    try {
      const outcomes: boolean[] = [];
      const options = { cache, childBuildMinBytes: 0, onChildBuild: (o: { ok: boolean }) => void outcomes.push(o.ok) };
      writeFileSync(join(corpus, "a.md"), article("افتتاح معرض", "افتتح وزير الثقافة الأردني، سامر النعيمي، أمس الأحد معرضا للكتاب في عمّان.", "2025-05-12"));
      const holder = createSwappableCore(await loadCore(corpus, options));
      expect(outcomes).toEqual([true]);
      const watch = await watchCorpus({ dir: corpus, intervalMs: 0, holder, load: (d) => loadCore(d, options) });
      writeFileSync(join(corpus, "b.md"), article("زيارة رسمية", "وصلت وزيرة الخارجية الليبية، ليلى الحسيني، اليوم الاثنين إلى تونس في زيارة رسمية.", "2025-05-13"));

      // While the child analyses, this process's event loop is free: timers fire, the old index answers.
      let ticks = 0;
      let answeredMeanwhile = false;
      const timer = setInterval(() => {
        ticks++;
        if (holder.core.who("سامر النعيمي").length > 0) answeredMeanwhile = true;
      }, 5);
      const swapped = await watch.check();
      clearInterval(timer);
      expect(swapped).toBe(true);
      expect(outcomes).toEqual([true, true]);
      expect(ticks).toBeGreaterThan(5);
      expect(answeredMeanwhile).toBe(true);
      expect(holder.core.who("ليلى الحسيني")[0]?.articles).toEqual(["b"]);
      watch.stop();
    } finally {
      rmSync(corpus, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);
});
