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

  it("GIVEN a reload that fails THEN the current index is kept", async () => {
    const holder = createSwappableCore(await loadCore(dir));
    const watch = await watchCorpus({ dir, intervalMs: 0, holder, load: async () => { throw new Error("disk gone"); } });
    writeFileSync(join(dir, "c.md"), article("خبر", "خبر قصير عن اجتماع عقد في بغداد يوم الخميس الماضي بين الوفدين.", "2025-05-14"));
    expect(await watch.check()).toBe(false);
    expect(holder.core.articles().length).toBe(2);
    watch.stop();
  });
});
