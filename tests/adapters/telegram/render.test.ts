import { describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/reply.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import { renderPages, TELEGRAM_TEXT_LIMIT } from "../../../src/adapters/telegram/render.ts";
import { parseTelegramHtml } from "../../fakes/telegram/html.ts";

const t = createTranslator();

function reply(partial: Partial<Reply>): Reply {
  return { command: "timeline", lang: "en", status: "ok", title: "Timeline", items: [], citations: [], ...partial };
}

const cite = (n: number, extra: Partial<Reply["citations"][number]> = {}) => ({
  n, articleId: `a${n}`, title: `Article ${n}`, source: "Al Jazeera", date: "2024-01-0" + ((n % 9) + 1), url: `https://example.com/${n}`, ...extra,
});

describe("GIVEN a reply rendered for Telegram", () => {
  it("THEN hostile text in titles, items, citations and names is escaped and the HTML parses", () => {
    const pages = renderPages(reply({
      title: "<b>boss</b> & co",
      intro: "x < y > z",
      items: [{ heading: "<i>head</i>", text: "<script>alert(1)</script> & <a href=x>", cites: [1] }],
      citations: [cite(1, { title: `</b>"quoted" & <u>`, source: "<s>", url: `https://e.com/?a=1&b="2"` })],
    }), t);
    expect(pages).toHaveLength(1);
    const parsed = parseTelegramHtml(pages[0]!);
    expect(parsed.text).toContain("<b>boss</b> & co");
    expect(parsed.text).toContain("<script>alert(1)</script> & <a href=x>");
    expect(parsed.text).toContain(`</b>"quoted" & <u>`);
    // Our own formatting: bold title and heading, one link with the escaped URL intact.
    expect(pages[0]!.startsWith("<b>")).toBe(true);
    expect(parsed.tags.filter((x) => x.name === "a").map((x) => x.attrs.href)).toEqual([`https://e.com/?a=1&b=%222%22`]);
  });

  it("THEN a non-http URL is shown as plain text, never as a link", () => {
    const pages = renderPages(reply({ items: [{ text: "x", cites: [1] }], citations: [cite(1, { url: "javascript:alert(1)" })] }), t);
    expect(parseTelegramHtml(pages[0]!).tags.some((x) => x.name === "a")).toBe(false);
    expect(parseTelegramHtml(pages[0]!).text).toContain("1. Article 1 — Al Jazeera, 2024-01-02");
  });

  it("THEN Arabic names inside English are wrapped in Unicode isolates", () => {
    const pages = renderPages(reply({ items: [{ text: "Minister لويد أوستن met 3 officials", cites: [] }] }), t);
    expect(pages[0]).toContain("\u2068لويد أوستن\u2069");
  });

  it("THEN 200 items become pages within 4096 characters, in order, each listing the sources it cites", () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      heading: `2023-01-${String((i % 28) + 1).padStart(2, "0")}`,
      text: `Event ${i + 1}: the ministers met & discussed <security> cooperation and the timetable of the withdrawal.`,
      cites: [(i % 20) + 1],
    }));
    const citations = Array.from({ length: 20 }, (_, i) => cite(i + 1));
    const pages = renderPages(reply({ items, citations }), t);
    expect(pages.length).toBeGreaterThan(3);
    let next = 1;
    pages.forEach((html, p) => {
      expect(html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      const text = parseTelegramHtml(html).text;
      expect(text).toContain(`Page ${p + 1} of ${pages.length}`);
      for (const m of text.matchAll(/Event (\d+):/g)) expect(Number(m[1])).toBe(next++);
      for (const m of text.matchAll(/\[(\d+)\]/g)) expect(text).toContain(`\n${m[1]}. Article ${m[1]} —`);
    });
    expect(next).toBe(201);
  });

  it("THEN items under one heading show it once per page, as lines under it, and every page still fits", () => {
    const items = [
      { heading: "Roles", text: "Minister of Defence", cites: [1] },
      ...Array.from({ length: 300 }, (_, i) => ({ heading: "Mentioned in", text: `Article number ${i + 1} about the ministry & <its> budget`, cites: [i + 1] })),
    ];
    const citations = Array.from({ length: 300 }, (_, i) => cite(i + 1));
    const pages = renderPages(reply({ items, citations }), t);
    expect(pages.length).toBeGreaterThan(5);
    let next = 1;
    for (const html of pages) {
      expect(html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      const text = parseTelegramHtml(html).text;
      // One heading per page, its lines right under it, one per line.
      expect(text.split("Mentioned in").length - 1).toBe(1);
      const lines = text.slice(text.indexOf("Mentioned in\n") + "Mentioned in\n".length).split("\n\n")[0]!.split("\n");
      for (const line of lines) expect(line).toBe(`Article number ${next} about the ministry & <its> budget [${next++}]`);
    }
    expect(next).toBe(301);
    // Filled: a page holds as many lines as fit; the next page's first line and its source would not (within the
    // few characters kept for the widest "Page k of n" while the count is unknown).
    for (let p = 1; p < pages.length - 1; p++) {
      const next = pages[p + 1]!;
      const line = next.slice(next.indexOf("<b>Mentioned in</b>\n") + "<b>Mentioned in</b>\n".length).split("\n")[0]!;
      const n = /\[(\d+)\]$/.exec(line)![1]!;
      const source = next.split("\n").find((l) => l.startsWith(`${n}. `))!;
      expect(pages[p]!.length + 1 + line.length + 1 + source.length).toBeGreaterThan(TELEGRAM_TEXT_LIMIT - 8);
    }
  });

  it("THEN one item longer than a page is split at sentence boundaries without losing words", () => {
    const sentence = (i: number) => `Sentence number ${i} says that A & B <met> again.`;
    const long = Array.from({ length: 400 }, (_, i) => sentence(i)).join(" ");
    const pages = renderPages(reply({ items: [{ heading: "Long", text: long, cites: [1] }], citations: [cite(1)] }), t);
    expect(pages.length).toBeGreaterThan(3);
    const bodies = pages.map((html) => {
      expect(html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      const text = parseTelegramHtml(html).text;
      expect(text).toContain("1. Article 1");
      return text;
    });
    const all = bodies.join("\n");
    for (let i = 0; i < 400; i++) expect(all).toContain(sentence(i));
    expect(bodies[1]).toContain("(continued)");
  });

  it("THEN a single word longer than a page is cut between characters and still fits", () => {
    const pages = renderPages(reply({ items: [{ text: "&".repeat(9000), cites: [] }] }), t);
    const total = pages.map((html) => {
      expect(html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      return (parseTelegramHtml(html).text.match(/&/g) ?? []).length;
    }).reduce((a, b) => a + b, 0);
    expect(total).toBe(9000);
  });

  it("THEN oversized titles, intros, footers and source lists are cut so that every page still fits", () => {
    const citations = Array.from({ length: 60 }, (_, i) => cite(i + 1, { title: "&".repeat(900), source: "<".repeat(500), url: `https://e.com/${"x".repeat(350)}` }));
    const pages = renderPages(reply({
      title: "&".repeat(2000),
      intro: "<>".repeat(2000),
      footer: "&".repeat(2000),
      items: [{ heading: "<".repeat(3000), text: "word ".repeat(2000), cites: citations.map((c) => c.n) }, { text: "second", cites: [1, 2] }],
      citations,
    }), t);
    let words = 0;
    for (const html of pages) {
      expect(html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      words += (parseTelegramHtml(html).text.match(/\bword\b/g) ?? []).length;
    }
    // Nothing of the body is lost to the caps.
    expect(words).toBe(2000);
    expect(parseTelegramHtml(pages.at(-1)!).text).toContain("second");
  });

  it("THEN an Arabic reply uses Arabic labels", () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ text: `حدث رقم ${i} في بغداد بين الوفدين حول التعاون الأمني والانسحاب.`, cites: [1] }));
    const pages = renderPages(reply({ lang: "ar", title: "الخط الزمني", items, citations: [cite(1, { title: "مقال" })] }), t);
    expect(pages.length).toBeGreaterThan(1);
    const text = parseTelegramHtml(pages[0]!).text;
    expect(text).toContain("المصادر");
    expect(text).toContain(`الصفحة 1 من ${pages.length}`);
  });
});
