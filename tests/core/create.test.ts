import { describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCore } from "../../src/core/create.ts";
import type { Core } from "../../src/core/core.ts";

const ID = { a000: "000_53d4e67052f57d50", a001: "001_f3030394e1454fc6", a002: "002_318cd1f350f6fd59", a003: "003_d4d9ed5f7ed7f6a3", a004: "004_3cef1a9c280f7076" };
const JAWHARA = "/work/shared/corpora/ant-jawhara/articles.jsonl";
const DEBRIS = ["00963", "°C", "تصنيفات"];

describe("the core on the seed corpus (loadCore default)", async () => {
  const core: Core = await loadCore();

  it("GIVEN أوستن or Austin THEN one person, Lloyd Austin, US Secretary of Defense, in four articles", () => {
    for (const query of ["أوستن", "Austin", "لويد أوستن", "lloyd austin"]) {
      const found = core.who(query);
      expect(found, query).toHaveLength(1);
      const austin = found[0]!;
      expect(austin.type).toBe("person");
      expect(austin.name.en).toBe("Lloyd Austin");
      expect(austin.roles.map((r) => r.en)).toContain("US Secretary of Defense");
      expect([...austin.articles].sort()).toEqual([ID.a000, ID.a001, ID.a003, ID.a004]);
    }
  });

  it("GIVEN ثابت العباسي and ثابت عباسي THEN one entity", () => {
    expect(core.who("ثابت العباسي")[0]?.id).toBeDefined();
    expect(core.who("ثابت العباسي")[0]?.id).toBe(core.who("ثابت عباسي")[0]?.id);
  });

  it("GIVEN the timeline THEN the four known events, 2024-01-27 once with both reports", () => {
    const events = core.timeline({ limit: 1000 });
    const jan27 = events.filter((e) => e.date === "2024-01-27");
    expect(jan27).toHaveLength(1);
    expect(jan27[0]!.articles).toEqual(expect.arrayContaining([ID.a000, ID.a002]));
    expect(events.some((e) => e.date === "2021-10-10" && e.articles.includes(ID.a003))).toBe(true);
    expect(events.some((e) => e.date === "2021-12-31")).toBe(true);
    const tuesday = events.filter((e) => e.date === "2024-07-23" && e.articles.includes(ID.a001));
    expect(tuesday.length).toBeGreaterThan(0);
    expect(tuesday.some((e) => /الثلاثاء/.test(e.evidence))).toBe(true);
    const starts = events.map((e) => e.date.padEnd(10, "-"));
    expect([...starts].sort()).toEqual(starts);
  });

  it("GIVEN Austin as the timeline query THEN only events of his sentences, in either script", () => {
    const ar = core.timeline({ query: "أوستن" });
    expect(ar.length).toBeGreaterThan(0);
    expect(ar.map((e) => e.date)).toContain("2024-07-23");
    expect(core.timeline({ query: "Austin" })).toEqual(ar);
  });

  it("GIVEN any summary THEN no debris, no fragment, every sentence with its article", () => {
    const summaries = [
      core.summary({ limit: 10 }),
      core.summary({ query: "داعش", limit: 10 }),
      core.summary({ query: "أوستن" }),
      ...Object.values(ID).map((article) => core.summary({ article, limit: 30 })),
    ];
    for (const s of summaries) {
      expect(s.length).toBeGreaterThan(0);
      for (const x of s) {
        for (const d of DEBRIS) expect(x.text.ar).not.toContain(d);
        expect(x.text.ar.split(/\s+/).length).toBeGreaterThanOrEqual(6);
        expect(core.article(x.article)).toBeDefined();
        expect(core.sentence(x.sentenceId)?.text).toBe(x.text.ar);
      }
    }
  });

  it("GIVEN seed sentences THEN English comes from the reference translations", () => {
    const s = core.summary({ article: ID.a003, limit: 3 });
    expect(s.every((x) => typeof x.text.en === "string" && x.text.en.length > 0)).toBe(true);
    expect(core.englishTitle(ID.a004)).toMatch(/[A-Za-z]/);
  });

  it("GIVEN English names THEN search and suggest reach the Arabic", () => {
    expect(core.search("Austin").map((h) => h.article)).toEqual(expect.arrayContaining([ID.a001]));
    expect(core.suggest("أوس").map((e) => e.name.en)).toContain("Lloyd Austin");
    expect(core.suggest("Lloyd").map((e) => e.name.en)).toContain("Lloyd Austin");
  });
});

describe("the core on unseen real articles", () => {
  it("GIVEN the first 300 ant-jawhara articles THEN it indexes them and answers without throwing", async () => {
    const lines = (await readFile(JAWHARA, "utf8")).split("\n").slice(0, 300).join("\n");
    const dir = await mkdtemp(join(tmpdir(), "mawjaz-core-"));
    try {
      await writeFile(join(dir, "articles.jsonl"), lines);
      const core = await loadCore(dir);
      expect(core.articles().length).toBeGreaterThan(250);
      expect(core.who().length).toBeGreaterThan(0);
      expect(core.timeline({ limit: 50 }).length).toBeGreaterThan(0);
      const summary = core.summary({ limit: 5 });
      expect(summary.length).toBe(5);
      for (const x of summary) expect(x.text.ar.split(/\s+/).length).toBeGreaterThanOrEqual(6);
      const top = core.who()[0]!;
      expect(core.who(top.name.ar).map((e) => e.id)).toContain(top.id);
      expect(core.search(top.name.ar).length).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
