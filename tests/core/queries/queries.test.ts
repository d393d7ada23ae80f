import { describe, expect, it } from "vitest";
import { createCore } from "../../../src/core/create.ts";
import { sentenceHash } from "../../../src/core/text/sentences.ts";
import { INVENTED } from "./invented.ts";

const core = createCore({ articles: INVENTED, problems: [{ file: "bad.txt", reason: "empty" }] });

describe("who", () => {
  it("GIVEN a minister named in two articles THEN one person with both articles", () => {
    const found = core.who("سالم ولد الداه");
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe("person");
    expect(found[0]!.articles).toEqual(["x1", "x2"]);
    expect(found[0]!.roles.map((r) => r.ar).join(" ")).toContain("وزير الزراعة");
  });

  it("GIVEN a partial or English name THEN the same person", () => {
    const id = core.who("سالم ولد الداه")[0]!.id;
    expect(core.who("الداه")[0]?.id).toBe(id);
    const en = core.who("سالم ولد الداه")[0]!.name.en;
    expect(en).toMatch(/[A-Za-z]/);
    expect(core.who(en)[0]?.id).toBe(id);
    expect(core.who(en.toUpperCase())[0]?.id).toBe(id);
  });

  it("GIVEN no query THEN people and organisations by prominence; GIVEN an unknown name THEN []", () => {
    const all = core.who();
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((e) => e.type !== "place")).toBe(true);
    expect(all[0]!.name.ar).toContain("الداه");
    expect(core.who("زبيدة المنصوري")).toEqual([]);
    expect(core.who("Zubaida")).toEqual([]);
  });
});

describe("timeline", () => {
  it("GIVEN one launch reported by two articles THEN one event with both sources", () => {
    const launch = core.timeline().filter((e) => e.date === "2031-05-12");
    expect(launch).toHaveLength(1);
    expect(launch[0]!.articles).toEqual(["x1", "x2"]);
    expect(launch[0]!.precision).toBe("day");
  });

  it("GIVEN events THEN chronological, with month precision for a month-only date", () => {
    const events = core.timeline();
    const dates = events.map((e) => e.date);
    expect(dates).toContain("2031-04-02");
    expect(dates).toContain("2031-03");
    expect(events.find((e) => e.date === "2031-03")!.precision).toBe("month");
    const starts = dates.map((d) => d.padEnd(10, "-"));
    expect([...starts].sort()).toEqual(starts);
  });

  it("GIVEN a person or a keyword THEN only their events", () => {
    const person = core.timeline({ query: "ولد الداه" });
    expect(person.map((e) => e.date)).toContain("2031-05-12");
    expect(person.every((e) => e.articles.some((a) => a === "x1" || a === "x2"))).toBe(true);
    const horses = core.timeline({ query: "الفروسية" });
    expect(horses.map((e) => e.date)).toEqual(["2031-04-02"]);
    expect(core.timeline({ query: "كلمةلاوجودلها" })).toEqual([]);
  });

  it("GIVEN a date range THEN events overlapping it, month events included by overlap", () => {
    expect(core.timeline({ from: "2031-04-01", to: "2031-04-30" }).map((e) => e.date)).toEqual(["2031-04-02"]);
    expect(core.timeline({ from: "2031-03-31", to: "2031-04-01" }).map((e) => e.date)).toEqual(["2031-03"]);
    expect(core.timeline({ limit: 1 })).toHaveLength(1);
    expect(core.timeline({ limit: 1 })[0]!.articles).toHaveLength(2); // the best-sourced event is kept
  });
});

describe("summary", () => {
  it("GIVEN an article THEN its statements in order, never a heading or fragment", () => {
    const s = core.summary({ article: "x1", limit: 10 });
    expect(s.length).toBeGreaterThanOrEqual(3);
    expect(s.every((x) => x.article === "x1")).toBe(true);
    expect(s.map((x) => x.text.ar)).not.toContain("الطقس");
    const positions = s.map((x) => Number(x.sentenceId.split("#")[1]));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(core.summary({ article: "nope" })).toEqual([]);
  });

  it("GIVEN a query THEN only sentences about it, each cited, no repeats", () => {
    const s = core.summary({ query: "القمح" });
    expect(s.length).toBeGreaterThan(0);
    expect(s.every((x) => /القمح|الخطة/.test(x.text.ar))).toBe(true);
    // x1's and x2's launch sentences say the same thing: MMR keeps one of them.
    const launches = s.filter((x) => /إطلاق خطة وطنية|أطلق وزير/.test(x.text.ar));
    expect(launches.length).toBeLessThanOrEqual(1);
    expect(core.summary({ query: "الخطة", limit: 2 })).toHaveLength(2);
    expect(core.summary({ query: "الخطة", limit: 1 })).toHaveLength(1);
  });

  it("GIVEN no query THEN leads of the latest articles; GIVEN since after indexing THEN nothing", () => {
    expect(core.summary().length).toBeGreaterThan(0);
    expect(core.summary({ since: "2999-01-01T00:00:00Z" })).toEqual([]);
    expect(core.summary({ since: "2000-01-01T00:00:00Z" }).length).toBeGreaterThan(0);
  });
});

describe("search, suggest, translations, articles", () => {
  it("GIVEN a keyword THEN ranked articles with titles and snippets", () => {
    const hits = core.search("الفروسية");
    expect(hits[0]!.article).toBe("x3");
    expect(hits[0]!.title).toBe("بطولة الفروسية");
    expect(core.sentence(hits[0]!.sentenceId)?.articleId).toBe("x3");
  });

  it("GIVEN an English name THEN search finds the Arabic articles", () => {
    const en = core.who("سالم ولد الداه")[0]!.name.en;
    expect(core.search(en).map((h) => h.article)).toContain("x1");
  });

  it("GIVEN a prefix THEN name suggestions in both scripts", () => {
    const id = core.who("سالم ولد الداه")[0]!.id;
    expect(core.suggest("سال").map((e) => e.id)).toContain(id);
    const en = core.who("سالم ولد الداه")[0]!.name.en;
    expect(core.suggest(en.slice(0, 3).toLowerCase()).map((e) => e.id)).toContain(id);
  });

  it("GIVEN translations added later THEN english() and summaries use them", () => {
    const first = core.summary({ article: "x2", limit: 1 })[0]!;
    const hash = sentenceHash(first.text.ar);
    expect(core.english(hash)).toBeUndefined();
    core.addTranslations(new Map([[hash, "The minister launched a wheat plan."]]));
    expect(core.english(hash)).toBe("The minister launched a wheat plan.");
    expect(core.summary({ article: "x2", limit: 1 })[0]!.text.en).toBe("The minister launched a wheat plan.");
  });

  it("GIVEN the core THEN articles, problems and indexedAt are kept", () => {
    expect(core.articles().map((a) => a.id)).toEqual(["x1", "x2", "x3"]);
    expect(core.article("x2")?.title).toBe("إطلاق خطة القمح");
    expect(core.problems()).toEqual([{ file: "bad.txt", reason: "empty" }]);
    expect(core.indexedAt("x1")).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(core.indexedAt("nope")).toBeUndefined();
  });
});
