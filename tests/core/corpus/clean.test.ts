import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanText, isProse, widgetRule } from "../../../src/core/corpus/clean.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");
const JAWHARA = "/work/shared/corpora/ant-jawhara/articles.jsonl";
const FORBIDDEN = ["00963", "°C", "تصنيفات", "دقائق القراءة", "اقرا أيضاً", "اقرأ أيضاً", "المصدر:", "ترجمة:"];

describe("cleanText on the seeds", () => {
  const meta = JSON.parse(readFileSync(join(SEEDS, "meta.json"), "utf8")).articles as Record<string, { title: string }>;
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));

  it.each(files)("GIVEN seed %s THEN no boilerplate remains and no paragraph repeats the title", (file) => {
    const raw = readFileSync(join(SEEDS, file), "utf8");
    const { paragraphs, title } = cleanText(raw, { title: meta[file]!.title });
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) {
      for (const bad of FORBIDDEN) expect(p).not.toContain(bad);
      expect(p).not.toBe(title);
      expect(isProse(p)).toBe(true);
    }
    // Every long prose line of the raw page survives unchanged (content is not collateral damage).
    const prose = raw.split("\n").map((l) => l.trim()).filter((l) => l.split(/\s+/).length > 15 && /[.؟!]["”»]?$/.test(l));
    const uniqueProse = prose.filter((l) => prose.indexOf(l) === prose.lastIndexOf(l));
    for (const line of uniqueProse) expect(paragraphs).toContain(line.replace(/^-\s+/, ""));
  });

  it("GIVEN the scraped seed pages THEN sub-headings, captions, bylines and credits are dropped", () => {
    const dropped = files.flatMap((f) => cleanText(readFileSync(join(SEEDS, f), "utf8"), { title: meta[f]!.title }).dropped);
    const rules = new Set(dropped.map((d) => d.rule));
    for (const r of ["weather", "digits-symbols", "reading-time", "byline", "caption-repeat", "read-also", "credit", "heading", "title"]) {
      expect(rules, r).toContain(r);
    }
  });
});

describe("cleanText rules on invented pages", () => {
  const body = [
    "القاهرة 31°C",
    "+20 100 555 1234",
    "مدة القراءة: 3 دقائق",
    "بيروت - سامر خليل",
    "عنوان المقال الطويل عن المحادثات بين البلدين الجارين",
    "صورة أرشيفية لاجتماع سابق بين الوفدين في العاصمة. 3 مارس 2022",
    "صورة أرشيفية لاجتماع سابق بين الوفدين في العاصمة. 3 مارس 2022",
    "عقد وزيرا خارجية البلدين اجتماعا مطولا في العاصمة لبحث ملفات الحدود والمياه والتجارة.",
    "خلفية الأزمة",
    "وبدأت الأزمة قبل عامين عندما أغلقت الحدود بين البلدين بشكل مفاجئ.",
    "- أولا: فتح المعابر الحدودية أمام الشاحنات.",
    "شارك المقال",
    "Facebook Twitter WhatsApp",
    "عقد وزيرا خارجية البلدين اجتماعا مطولا في العاصمة لبحث ملفات الحدود والمياه والتجارة.",
    "المصدر: وكالات",
    "إقرأ أيضا:",
    "وزير الخارجية يزور العاصمة الأسبوع المقبل",
    "مباحثات جديدة حول المياه",
    "الوسوم: الحدود، المياه",
  ].join("\n");
  const r = cleanText(body, { title: null });

  it("GIVEN no title THEN the first clean line is the title and is not repeated", () => {
    expect(r.title).toBe("عنوان المقال الطويل عن المحادثات بين البلدين الجارين");
    expect(r.paragraphs).not.toContain(r.title);
  });

  it("GIVEN widgets, a doubled caption, a heading, a repeat and a related-links block THEN only prose remains", () => {
    expect(r.paragraphs).toEqual([
      "عقد وزيرا خارجية البلدين اجتماعا مطولا في العاصمة لبحث ملفات الحدود والمياه والتجارة.",
      "وبدأت الأزمة قبل عامين عندما أغلقت الحدود بين البلدين بشكل مفاجئ.",
      "أولا: فتح المعابر الحدودية أمام الشاحنات.",
    ]);
  });

  it("GIVEN a long sentence mentioning a source THEN it is content, not a credit line", () => {
    const line = "المصدر: قال مسؤول حكومي رفيع إن المحادثات ستستأنف الأسبوع المقبل في العاصمة بحضور وفود من عدة دول مجاورة.";
    expect(widgetRule(line)).toBeNull();
  });

  it("GIVEN an empty body THEN no title and no paragraphs", () => {
    expect(cleanText("  \n\n ", {})).toEqual({ title: null, paragraphs: [], dropped: [] });
  });
});

describe("cleanText on ant-jawhara (real, unseen pages)", () => {
  const lines = readFileSync(JAWHARA, "utf8").split("\n").filter(Boolean);
  const sample = lines.filter((_, i) => i % 97 === 0).map((l) => JSON.parse(l) as { title: string; text: string });

  it("GIVEN a sample of 100+ articles THEN every long unique prose line survives and nothing forbidden remains", () => {
    expect(sample.length).toBeGreaterThan(100);
    let checked = 0;
    for (const a of sample) {
      const { paragraphs } = cleanText(a.text, { title: a.title });
      const raw = a.text.split("\n").map((l) => l.replace(/\s+/g, " ").trim());
      for (const line of raw) {
        if (line.split(" ").length <= 12 || raw.indexOf(line) !== raw.lastIndexOf(line)) continue;
        checked++;
        expect(paragraphs.some((p) => p.includes(line.replace(/^[-*•]\s+/, "").slice(0, 40)))).toBe(true);
      }
      for (const p of paragraphs) for (const bad of FORBIDDEN) expect(p).not.toContain(bad);
    }
    expect(checked).toBeGreaterThan(150);
  });
});
