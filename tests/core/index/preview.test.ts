/**
 * The early index of a first start: which articles it holds (newestArticles), and loadCore delivering it from its own
 * indexer process before the whole corpus is indexed.
 */
import { describe, expect, it } from "vitest";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../../../src/core/types.ts";
import type { Core } from "../../../src/core/core.ts";
import { loadCore, SEEDS_DIR } from "../../../src/core/create.ts";
import { newestArticles } from "../../../src/core/index/preview.ts";

const article = (id: string, published: string | null, chars: number): Article => ({
  id, title: "", source: null, sourceEn: null, published, publishedPrecision: published ? "day" : null, url: null, lang: "ar",
  paragraphs: ["ن".repeat(chars)], origin: `${id}.txt`,
});

describe("newestArticles", () => {
  const corpus = [article("a", "2021-05-01", 100), article("b", null, 100), article("c", "2024-01-02", 100), article("d", "2023-12-31", 100), article("e", "2024-01-02", 100)];
  const ids = (list: Article[]) => list.map((a) => a.id);

  it("GIVEN a budget of three articles THEN the three newest, in corpus order (a tie keeps both)", () => {
    expect(ids(newestArticles(corpus, 300))).toEqual(["c", "d", "e"]);
  });

  it("GIVEN a budget larger than the corpus THEN every article, undated ones included", () => {
    expect(ids(newestArticles(corpus, 10_000))).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("GIVEN a budget smaller than the newest article THEN that article alone", () => {
    expect(ids(newestArticles(corpus, 10))).toEqual(["c"]);
  });

  it("GIVEN only undated articles THEN the first ones in corpus order", () => {
    expect(ids(newestArticles([article("x", null, 50), article("y", null, 50), article("z", null, 50)], 100))).toEqual(["x", "y"]);
  });

  it("GIVEN no articles THEN none", () => {
    expect(newestArticles([], 100)).toEqual([]);
  });
});

describe("loadCore with onPreview (a first start on a corpus indexed in the indexer process)", async () => {
  const root = await mkdtemp(join(tmpdir(), "mawjaz-preview-test-"));
  const corpus = join(root, "corpus");
  // Many older copies of the seed articles, and one newer article: the early index holds that one alone.
  const seeds = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith(".txt")).sort();
  const text = await readFile(join(SEEDS_DIR, seeds[0]!), "utf8");
  const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: `old-${i}`, title: `مقال ${i}`, published: "2021-03-01", lang: "ar", text }));
  lines.push(JSON.stringify({ id: "newest", title: "خبر اليوم", published: "2024-09-30", lang: "ar", text: "أعلن وزير الدفاع الأمريكي لويد أوستن اليوم عن زيارة إلى بغداد الأسبوع المقبل." }));
  await mkdir(corpus, { recursive: true });
  await writeFile(join(corpus, "articles.jsonl"), `${lines.join("\n")}\n`);

  it("GIVEN no saved index THEN the early core of the newest article comes first and says so; the whole core follows", async () => {
    const early: Core[] = [];
    const whole = await loadCore(corpus, { cache: join(root, "cache"), childBuildMinBytes: 0, previewChars: 200, onPreview: (core) => early.push(core) });
    expect(early).toHaveLength(1);
    expect(early[0]!.partial?.()).toEqual({ articles: 1, of: 151 });
    expect(early[0]!.articles().map((a) => a.id)).toEqual(["newest"]);
    expect(early[0]!.who("Austin")[0]?.name.en).toBe("Lloyd Austin");
    expect(whole.partial?.()).toBeUndefined();
    expect(whole.articles()).toHaveLength(151);
    // The early index was a temporary file: the cache holds the whole index only.
    expect((await readdir(join(root, "cache"))).filter((f) => !f.endsWith(".snap"))).toEqual([]);
  }, 90_000);

  it("GIVEN a saved index THEN there is no early core", async () => {
    const early: Core[] = [];
    const whole = await loadCore(corpus, { cache: join(root, "cache"), childBuildMinBytes: 0, previewChars: 200, onPreview: (core) => early.push(core) });
    expect(early).toEqual([]);
    expect(whole.articles()).toHaveLength(151);
  }, 60_000);

  it("cleans up", async () => {
    await rm(root, { recursive: true, force: true });
  });
});
