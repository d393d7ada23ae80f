import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus, loadNewest } from "../../../src/core/corpus/load.ts";
import { newestArticles, PREVIEW_CHARS } from "../../../src/core/index/preview.ts";
import type { DateTagger } from "../../../src/core/corpus/published.ts";
import type { DateMention } from "../../../src/core/types.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const JAWHARA_DIR = "/work/shared/corpora/ant-jawhara";

const PROSE = "وقال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في العاصمة بحضور وفود من عدة دول.";

/** A fake tagger: finds "D/M/YYYY" only, so these tests do not depend on the real tagger's coverage. */
const fakeTagger: DateTagger = (text) => {
  const out: DateMention[] = [];
  for (const m of text.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/g)) {
    const date = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
    out.push({ date, precision: "day", phrase: m[0], start: m.index!, endOffset: m.index! + m[0].length, relative: false });
  }
  return out;
};

function corpusDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "mawjaz-load-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe("loadCorpus on the seeds", () => {
  it("GIVEN seeds/ THEN five articles, sorted, with meta.json metadata, cleaned, no problems", async () => {
    const { articles, problems } = await loadCorpus(SEEDS);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([...articles.map((a) => a.id)].sort());
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["day", "approx"]).toContain(a.publishedPrecision);
      expect(a.paragraphs[0]).not.toBe(a.title);
      const all = a.paragraphs.join("\n");
      for (const bad of ["00963", "°C", "تصنيفات", "دقائق القراءة"]) expect(all).not.toContain(bad);
    }
    const withEn = articles.filter((a) => a.sourceEn !== null);
    expect(withEn.length).toBeGreaterThan(0);
    expect(articles.some((a) => a.url?.startsWith("https://"))).toBe(true);
  });
});

describe("loadCorpus formats", () => {
  it("GIVEN front matter THEN its keys are used and ISO date-times become days", async () => {
    const dir = corpusDir({
      "a.md": `---\ntitle: "عنوان من الترويسة"\nsource: وكالة\npublished: 2023-05-04T22:10:00+03:00\nurl: https://example.org/a\nlang: ar\n---\n${PROSE}\n`,
    });
    const { articles, problems } = await loadCorpus(dir, { tagDates: null });
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      id: "a",
      title: "عنوان من الترويسة",
      source: "وكالة",
      published: "2023-05-04",
      publishedPrecision: "day",
      url: "https://example.org/a",
      paragraphs: [PROSE],
    });
  });

  it("GIVEN no metadata THEN the first line is the title and the date is inferred from the text", async () => {
    const dir = corpusDir({ "b.txt": `خبر بلا ترويسة\nأعلنت الحكومة يوم 3/2/2021 عن خطة جديدة لدعم المزارعين في الجنوب.\n${PROSE}` });
    const [a] = (await loadCorpus(dir, { tagDates: fakeTagger })).articles;
    expect(a?.title).toBe("خبر بلا ترويسة");
    expect(a?.paragraphs).toHaveLength(2);
    expect(a?.published).toBe("2021-02-03");
    expect(a?.publishedPrecision).toBe("inferred");
  });

  it("GIVEN no metadata date and the default tagger THEN a written date in the lead is inferred", async () => {
    const dir = corpusDir({ "d.txt": `عنوان الخبر\nاستضاف البرنامج يوم الأربعاء 18 جانفي 2017 أبطال الفيلم في موعد استثنائي.\n${PROSE}` });
    const [a] = (await loadCorpus(dir)).articles;
    expect(a?.published).toBe("2017-01-18");
    expect(a?.publishedPrecision).toBe("inferred");
  });

  it("GIVEN no date anywhere THEN published is null", async () => {
    const dir = corpusDir({ "c.txt": `عنوان\n${PROSE}` });
    const [a] = (await loadCorpus(dir, { tagDates: fakeTagger })).articles;
    expect(a?.published).toBeNull();
    expect(a?.publishedPrecision).toBeNull();
  });

  it("GIVEN JSON lines THEN one article per good line; bad lines are problems with line numbers", async () => {
    const good = (id: string) => JSON.stringify({ id, title: `عنوان ${id}`, source: "S", published: "2017-01-20T21:43:00+01:00", text: PROSE });
    const dir = corpusDir({
      "feed.jsonl": [good("z2"), "{not json", "", JSON.stringify({ id: "x", title: "t" }), good("z1"), "[1,2]", JSON.stringify({ text: PROSE })].join("\n"),
    });
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["feed-7", "z1", "z2"]);
    expect(articles[1]).toMatchObject({ published: "2017-01-20", source: "S", origin: "feed.jsonl:5" });
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ["feed.jsonl", 2],
      ["feed.jsonl", 4],
      ["feed.jsonl", 6],
    ]);
    expect(problems[1]!.reason).toMatch(/no text/);
  });

  it("GIVEN non-article files THEN they are ignored", async () => {
    const dir = corpusDir({ "a.txt": `عنوان\n${PROSE}`, "a.en.json": "{}", "notes.csv": "x,y", ".hidden.txt": "x" });
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["a"]);
    expect(problems).toEqual([]);
  });
});

describe("loadCorpus bad input", () => {
  it("GIVEN bad files THEN each is a problem, skipped, and the good file still loads", async () => {
    const dir = corpusDir({
      "good.txt": `عنوان\n${PROSE}`,
      "empty.txt": "",
      "blank.txt": "  \n\n",
      "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0]),
      "unclosed.md": `---\ntitle: x\n${PROSE}\n`,
      "badline.md": `---\ntitle: x\nthis is not a pair\n---\n${PROSE}\n`,
      "boiler.txt": "دمشق °C\n00963 939 114 037\n",
      "meta.json": "{ broken",
      "sub/good.txt": `مكرر\n${PROSE}`,
    });
    const { articles, problems } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["good"]);
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p]));
    expect(Object.keys(byFile).sort()).toEqual(
      ["badline.md", "binary.txt", "blank.txt", "boiler.txt", "empty.txt", "latin1.txt", "meta.json", "sub/good.txt", "unclosed.md"].sort(),
    );
    expect(byFile["binary.txt"]!.reason).toMatch(/binary/);
    expect(byFile["latin1.txt"]!.reason).toMatch(/UTF-8/);
    expect(byFile["badline.md"]).toMatchObject({ line: 3 });
    expect(byFile["unclosed.md"]!.reason).toMatch(/never closed/);
    expect(byFile["sub/good.txt"]!.reason).toMatch(/duplicate/);
  });

  it("GIVEN one story filed twice under two ids THEN it is indexed once and the copy is reported", async () => {
    const dir = corpusDir({
      "news.jsonl": [
        JSON.stringify({ id: "sport-7", title: "فوز الترجي", text: PROSE, published: "2017-01-20" }),
        JSON.stringify({ id: "local-3", title: "فوز الترجي", text: PROSE, published: "20/01/2017" }),
        JSON.stringify({ id: "local-4", title: "فوز الترجي", text: `${PROSE} وأضاف المدرب أن الفريق جاهز.`, published: "2017-01-20" }),
      ].join("\n"),
    });
    const { articles, problems } = await loadCorpus(dir);
    // The first id (in code-unit order) keeps it; a different text is another article.
    expect(articles.map((a) => a.id)).toEqual(["local-3", "local-4"]);
    expect(problems).toEqual([{ file: "news.jsonl", line: 1, reason: 'same title and text as article "local-3" (a copy)', copyOf: "local-3" }]);
  });

  it("GIVEN a missing directory THEN a problem, not a throw", async () => {
    const { articles, problems } = await loadCorpus(join(tmpdir(), "mawjaz-no-such-dir-" + process.pid));
    expect(articles).toEqual([]);
    expect(problems[0]?.reason).toMatch(/ENOENT/);
  });
});

describe("loadCorpus on ant-jawhara (10,138 real articles)", () => {
  it("GIVEN the whole jsonl THEN no throw, nearly all articles load, every problem has a line", async () => {
    const { articles, problems } = await loadCorpus(JAWHARA_DIR);
    expect(articles.length + problems.length).toBe(10_138);
    expect(articles.length).toBeGreaterThan(9_900);
    // The problems are copies: one story filed twice (under two categories) is indexed once.
    for (const p of problems) expect(p.reason).toMatch(/^same title and text as article "JA-/);
    for (const p of problems) expect(p.line).toBeGreaterThan(0);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    const dated = articles.filter((a) => a.published !== null).length;
    expect(dated / articles.length).toBeGreaterThan(0.99);
    for (const a of articles) expect(a.paragraphs.length).toBeGreaterThan(0);
  });
});

describe("loadNewest (the early index of a first start)", () => {
  const dir = corpusDir({
    "feed.jsonl": [
      JSON.stringify({ id: "f1", title: "خبر قديم", text: PROSE, published: "2016-03-01" }),
      JSON.stringify({ id: "f2", title: "خبر جديد", text: `${PROSE} وأضاف أن الوفود وصلت.`, published: "20/05/2017" }),
      JSON.stringify({ id: "f3", title: "خبر جديد", text: `${PROSE} وأضاف أن الوفود وصلت.`, published: "2017-05-20" }),
      "{ broken",
      JSON.stringify({ id: "f4", title: "خبر بلا تاريخ", text: `أعلنت الوزارة يوم 3 جوان 2017 عن برنامج جديد. ${PROSE}` }),
      JSON.stringify({ id: "f5", title: "خبر", text: "دمشق °C" }),
      JSON.stringify({ id: "f6", title: "خبر آخر", text: `${PROSE} وتابع المتحدث أن اللقاء إيجابي.`, published: "2017-05-20T10:00:00+01:00" }),
    ].join("\n"),
    "a.txt": `مقال ملف\n${PROSE}`,
    "meta.json": JSON.stringify({ "a.txt": { published: "2017-01-10" } }),
  });

  it("GIVEN budgets from one article to all THEN it chooses what newestArticles chooses from the whole corpus", async () => {
    const whole = await loadCorpus(dir);
    for (const chars of [1, 100, 150, 200, 300, 400, 10_000]) {
      const got = await loadNewest(dir, chars);
      expect(got.articles.map((a) => a.id), `budget ${chars}`).toEqual(newestArticles(whole.articles, chars).map((a) => a.id));
      // Copies and repeated ids are not counted; an article with no text is only found out when it is cleaned.
      expect(got.of).toBe(whole.articles.length + 1);
    }
    // The undated article's date is inferred from its text, so it is the newest.
    expect((await loadNewest(dir, 1)).articles.map((a) => a.id)).toEqual(["f4"]);
  });

  it.runIf(existsSync(JAWHARA_DIR))("GIVEN the 10k corpus THEN the same newest articles as from the whole corpus, cleaning only those", async () => {
    const whole = await loadCorpus(JAWHARA_DIR);
    const got = await loadNewest(JAWHARA_DIR, PREVIEW_CHARS);
    expect(got.articles.map((a) => a.id)).toEqual(newestArticles(whole.articles, PREVIEW_CHARS).map((a) => a.id));
    expect(got.of).toBe(whole.articles.length);
  });
});
