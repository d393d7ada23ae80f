/** End-to-end tests of the CLI on the seed corpus: what a person typing `npx mawjaz ...` sees. */
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli.ts";

const BOILERPLATE = ["00963", "°C", "تصنيفات", "دقائق القراءة", "اقرا أيضاً"];

async function json(args: string[]) {
  const r = await runCli([...args, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("mawjaz CLI on the seeds", () => {
  it("GIVEN `who أوستن` THEN one person, Lloyd Austin, US Secretary of Defense, in four articles, answered in Arabic", async () => {
    const r = await runCli(["who", "أوستن"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("لويد أوستن");
    expect(r.stdout).toContain("وزير الدفاع");
    expect(r.stdout).toContain("المصادر:");
    const out = await json(["who", "أوستن"]);
    const austin = out.entities[0];
    expect(austin).toMatchObject({ type: "person", name: { en: "Lloyd Austin" } });
    expect(austin.roles.map((r: { en: string }) => r.en)).toContain("US Secretary of Defense");
    expect([...austin.articles].sort()).toEqual(["000_53d4e67052f57d50", "001_f3030394e1454fc6", "003_d4d9ed5f7ed7f6a3", "004_3cef1a9c280f7076"]);
  });

  it("GIVEN `who Austin` THEN the answer is in English with the role and sources", async () => {
    const r = await runCli(["who", "Austin"]);
    expect(r.stdout.split("\n")[0]).toBe("Lloyd Austin");
    expect(r.stdout).toContain("US Secretary of Defense");
    expect(r.stdout).toMatch(/\[\d\] .+ — Al-Araby Al-Jadeed, 2024-07-25/);
  });

  it("GIVEN both spellings of al-Abbasi THEN they are one entity", async () => {
    const a = (await json(["who", "ثابت العباسي"])).entities[0];
    const b = (await json(["who", "ثابت عباسي"])).entities[0];
    expect(a.id).toBe(b.id);
    expect(a.articles.length).toBeGreaterThanOrEqual(2);
  });

  it("GIVEN `timeline --json` THEN the seed events are there, merged across articles, in order", async () => {
    const { events } = await json(["timeline", "--limit", "500"]);
    const dates = events.map((e: { date: string }) => e.date);
    expect([...dates].sort()).toEqual(dates);
    const jan27 = events.filter((e: { date: string }) => e.date === "2024-01-27");
    expect(jan27).toHaveLength(1);
    expect(jan27[0].articles).toEqual(expect.arrayContaining(["000_53d4e67052f57d50", "002_318cd1f350f6fd59"]));
    expect(events.find((e: { date: string }) => e.date === "2021-10-10")?.articles).toContain("003_d4d9ed5f7ed7f6a3");
    expect(dates).toContain("2021-12-31");
    const tuesday = events.find((e: { date: string; evidence: string }) => e.date === "2024-07-23" && e.evidence.includes("الثلاثاء"));
    expect(tuesday?.articles).toContain("001_f3030394e1454fc6");
  });

  it("GIVEN `timeline --from --to` THEN only events in that range are listed", async () => {
    const { events } = await json(["timeline", "--from", "2024-01-01", "--to", "2024-03-31"]);
    expect(events.length).toBeGreaterThan(0);
    // A month- or year-precision event overlaps the range when its span does.
    const first = (d: string) => (d + "-01-01").slice(0, 10);
    const last = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
    for (const e of events) expect(first(e.date) <= "2024-03-31" && last(e.end ?? e.date) >= "2024-01-01", e.date).toBe(true);
    expect(events.map((e: { date: string }) => e.date)).toContain("2024-01-27");
    expect(events.map((e: { date: string }) => e.date)).not.toContain("2024-07-23");
  });

  it("GIVEN `summary` THEN a few cited sentences and no boilerplate, in Arabic and English", async () => {
    const { sentences } = await json(["summary", "--lang", "ar"]);
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.length).toBeLessThanOrEqual(5);
    for (const s of sentences) {
      expect(s.article).toMatch(/^00\d_/);
      for (const b of BOILERPLATE) expect(s.text.ar).not.toContain(b);
    }
    const en = await runCli(["summary", "--lang", "en"]);
    expect(en.stdout.split("\n")[0]).toBe("Summary");
    for (const b of BOILERPLATE) expect(en.stdout).not.toContain(b);
    expect(en.stdout).toMatch(/\[1\]/);
  });

  it("GIVEN `search` in Arabic and `sources` THEN ranked results and the five articles", async () => {
    const { results } = await json(["search", "الانسحاب"]);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]).toEqual(expect.objectContaining({ article: expect.any(String), title: expect.any(String), snippet: expect.stringContaining("انسحاب") }));
    const sources = await runCli(["sources"]);
    expect(sources.stdout).toContain("Sources — 5 articles");
  });

  it("GIVEN bad input THEN a clear message, exit code 2, and no crash", async () => {
    const unknown = await runCli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("/help");
    const badDate = await runCli(["timeline", "--from", "yesterday"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("YYYY-MM-DD");
    // The right shape but no such month or day: refused the same way, not an empty timeline.
    for (const value of ["2025-13-01", "2023-02-30"]) {
      const impossible = await runCli(["timeline", "--from", value]);
      expect(impossible.code).toBe(2);
      expect(impossible.stderr).toContain(`"${value}" is not a date`);
    }
    const long = await runCli(["search", "ب".repeat(5000)]);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/5000/);
    const nobody = await runCli(["who", "زيد عمرو الخيالي"]);
    expect(nobody.code).toBe(0);
    expect(nobody.stdout).toContain("لم أجد أحدًا");
  });

  it("GIVEN --corpus with an unseen article and a broken file THEN the article is indexed and the broken one reported", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mawjaz-cli-"));
    writeFileSync(join(dir, "a1.md"), [
      "---", "title: وزير الزراعة يفتتح معرضا", "source: صحيفة تجريبية", "published: 2025-03-04", "---",
      "افتتح وزير الزراعة المصري، علاء فاروق، أمس الاثنين معرضا دوليا للتمور في القاهرة بمشاركة 40 دولة.",
      "وقال فاروق إن \"الصادرات الزراعية ارتفعت بنسبة كبيرة خلال العام الماضي\".",
    ].join("\n"));
    writeFileSync(join(dir, "broken.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const r = await runCli(["who", "علاء فاروق", "--corpus", dir, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("broken.txt");
    const person = JSON.parse(r.stdout).entities[0];
    expect(person.name.ar).toBe("علاء فاروق");
    expect(person.roles[0].en).toContain("Minister of Agriculture");
    const tl = JSON.parse((await runCli(["timeline", "--corpus", dir, "--json"])).stdout);
    expect(tl.events.map((e: { date: string }) => e.date)).toContain("2025-03-03");
  });

  it("GIVEN the installed bin THEN `mawjaz who Austin` runs as a separate process", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["bin/mawjaz.js", "who", "Austin"], { cwd: join(import.meta.dirname, ".."), timeout: 60_000 });
    expect(stdout.split("\n")[0]).toBe("Lloyd Austin");
  }, 60_000);
});

describe("mawjaz CLI on a corpus that files one story twice", () => {
  it("GIVEN two copies and a bad line THEN one note for the copies, a warning for the bad line, and the story counted once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mawjaz-cli-copies-"));
    const text = "قال وزير التربية ناجي جلول اليوم الأربعاء 8 مارس 2017 إن الامتحانات ستجرى في موعدها.";
    const line = (id: string) => JSON.stringify({ id, title: "الامتحانات في موعدها", published: "2017-03-08", text });
    writeFileSync(join(dir, "feed.jsonl"), [line("a-1"), line("b-1"), line("c-1"), "{ broken"].join("\n"));
    const r = await runCli(["who", "ناجي جلول", "--corpus", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("note: skipped 2 copies of other articles (same title and text)");
    expect(r.stderr).toMatch(/warning: skipped feed\.jsonl:4: malformed JSON/);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(2);
    expect(r.stdout).toMatch(/في مقال واحد|في 1 مقال/);
  });
});
