import { describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/reply.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import { renderPages } from "../../../src/adapters/discord/render.ts";
import { pagingRow, parsePageCustomId } from "../../../src/adapters/discord/components.ts";
import { checkMessage } from "../../fakes/discord/limits.ts";
import { longTimeline } from "./stub-app.ts";

const t = createTranslator();
const text = (e: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }): string =>
  [e.title, e.description, ...(e.fields ?? []).map((f) => f.value), e.footer?.text].join("\n");

describe("GIVEN a reply to render as embeds", () => {
  it("THEN a 200-event timeline is split into pages that each pass Discord's limits and together hold every event", () => {
    const pages = renderPages(longTimeline(200), t);
    expect(pages.length).toBeGreaterThan(3);
    const events = new Set<number>();
    pages.forEach((p, i) => {
      expect(checkMessage({ embeds: [p], components: pagingRow("abcdefghij", i, pages.length, "en", t) })).toEqual([]);
      expect(p.footer?.text).toContain(`Page ${i + 1}/${pages.length}`);
      for (const m of text(p).matchAll(/Event number (\d+):/g)) events.add(Number(m[1]));
    });
    expect(events.size).toBe(200);
  });

  it("THEN each page lists as sources exactly the citations its items refer to, with links", () => {
    const citations = Array.from({ length: 40 }, (_, i) => ({ n: i + 1, articleId: `a${i}`, title: `Article ${i + 1}`, source: "Al Jazeera", date: "2024-01-02", url: `https://example.com/a${i + 1}` }));
    const items = citations.map((c) => ({ heading: `Item ${c.n}`, text: "word ".repeat(60).trim(), cites: [c.n] }));
    const pages = renderPages({ command: "search", lang: "en", status: "ok", title: "Results", items, citations }, t);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      const marked = [...(p.description ?? "").matchAll(/ \[(\d+)\]$/gm)].map((m) => Number(m[1]));
      const listed = p.fields!.flatMap((f) => [...f.value.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1])));
      expect(listed).toEqual(marked);
    }
    expect(pages[0]!.fields![0]).toEqual({ name: "Sources", value: expect.stringContaining("[1] [Article 1](https://example.com/a1) — Al Jazeera, 2 January 2024") });
  });

  it("THEN an item that stands on dozens of sources marks the first eight, and its page lists those eight", () => {
    const citations = Array.from({ length: 30 }, (_, i) => ({ n: i + 1, articleId: `a${i}`, title: `Article ${i + 1}`, source: "Al Jazeera", date: "2024-01-02", url: null }));
    const items = [{ heading: "Roles", text: "Minister of Defense", cites: citations.map((c) => c.n) }];
    const [page] = renderPages({ command: "who", lang: "en", status: "ok", title: "Someone", items, citations }, t);
    expect(page!.description).toContain("Minister of Defense [1][2][3][4][5][6][7][8]");
    expect(page!.description).not.toContain("[9]");
    const listed = page!.fields!.flatMap((f) => [...f.value.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1])));
    expect(listed).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("THEN items under one heading show it once per page, as lines under it, within Discord's limits", () => {
    const citations = Array.from({ length: 300 }, (_, i) => ({ n: i + 1, articleId: `a${i}`, title: `Article ${i + 1}`, source: "Al Jazeera", date: "2024-01-02", url: null }));
    const items = [
      { heading: "Roles", text: "Minister of Defence", cites: [1] },
      ...citations.map((c) => ({ heading: "Mentioned in", text: `Article number ${c.n} about the ministry`, cites: [c.n] })),
    ];
    const pages = renderPages({ command: "who", lang: "en", status: "ok", title: "Someone", items, citations }, t);
    expect(pages.length).toBeGreaterThan(2);
    let next = 1;
    pages.forEach((p, i) => {
      expect(checkMessage({ embeds: [p], components: pagingRow("abcdefghij", i, pages.length, "en", t) })).toEqual([]);
      const description = p.description!;
      expect(description.split("**Mentioned in**").length - 1).toBe(1);
      const lines = description.slice(description.indexOf("**Mentioned in**\n") + "**Mentioned in**\n".length).split("\n");
      for (const line of lines) expect(line).toBe(`Article number ${next} about the ministry [${next++}]`);
    });
    expect(next).toBe(301);
  });

  it("THEN citations no item refers to are listed on the first page", () => {
    const reply: Reply = { ...longTimeline(2), items: [{ text: "one", cites: [2] }] };
    const sources = renderPages(reply, t)[0]!.fields!.map((f) => f.value).join("\n");
    expect(sources).toContain("[2] [\u2068واشنطن وبغداد\u2069 2](https://example.com/a1) — Al Jazeera, 2 January 2024");
    for (const n of [1, 3, 4, 5]) expect(sources).toContain(`[${n}] `);
  });

  it("THEN one item longer than a page is continued on the next page, not cut", () => {
    const long = Array.from({ length: 300 }, (_, i) => `Sentence ${i} is here.`).join(" ");
    const pages = renderPages({ command: "summary", lang: "en", status: "ok", title: "Summary", items: [{ text: long, cites: [] }], citations: [] }, t);
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.map((p) => p.description).join(" ");
    for (let i = 0; i < 300; i++) expect(all).toContain(`Sentence ${i} is here.`);
  });

  it("THEN a hundred citations stay within the field and 6000-character limits, with a note of the rest", () => {
    const citations = Array.from({ length: 100 }, (_, i) => ({ n: i + 1, articleId: `a${i}`, title: `عنوان طويل جدا ${"كلمة ".repeat(30)}${i}`, source: "Outlet", date: "2024-01-01", url: `https://example.com/${i}` }));
    // Ten short items marking eight sources each: 80 long source lines for one page.
    const items = Array.from({ length: 10 }, (_, k) => ({ text: `مجموعة ${k + 1}`, cites: citations.slice(10 * k, 10 * k + 8).map((c) => c.n) }));
    const reply: Reply = { command: "sources", lang: "ar", status: "ok", title: "المصادر", items, citations };
    const pages = renderPages(reply, t);
    for (const p of pages) expect(checkMessage({ embeds: [p] })).toEqual([]);
    expect(pages[0]!.fields!.at(-1)!.value).toMatch(/… و\d+ مصدرًا آخر|… و\d+ مصدر آخر|… و\d+ مصادر أخرى/);
  });

  it("THEN Arabic inside an English answer is isolated and an Arabic answer labels its pages in Arabic", () => {
    const en = renderPages(longTimeline(1), t)[0]!;
    expect(en.description).toContain("met in \u2068بغداد\u2069 to discuss");
    const ar = renderPages(longTimeline(200, "ar"), t);
    expect(ar[0]!.footer?.text).toBe(`الصفحة 1 من ${ar.length}`);
    expect(ar[0]!.fields![0]!.name).toBe("المصادر");
  });

  it("THEN an empty answer still renders its title and reason", () => {
    const [page] = renderPages({ command: "who", lang: "en", status: "empty", title: "Not found", intro: "Nobody called *Zed* in the corpus.", items: [], citations: [] }, t);
    expect(page).toMatchObject({ title: "Not found", description: "Nobody called \\*Zed\\* in the corpus." });
  });
});

describe("GIVEN paging buttons", () => {
  it("THEN custom_ids carry only ids, differ within a message, and parse back", () => {
    for (const [page, pages] of [[0, 2], [1, 2], [0, 5], [2, 5], [4, 5]] as const) {
      const ids = pagingRow("Ab_9-xYz01", page, pages, "en", t)[0]!.components.map((b) => (b as { custom_id: string }).custom_id);
      expect(new Set(ids).size).toBe(2);
      for (const id of ids) expect(id).toMatch(/^pg:Ab_9-xYz01:\d+$/);
    }
    expect(pagingRow("x", 0, 1, "en", t)).toEqual([]);
    expect(parsePageCustomId("pg:Ab_9-xYz01:12")).toEqual({ id: "Ab_9-xYz01", page: 12 });
    expect(parsePageCustomId("pg:bad id:1")).toBeNull();
    expect(parsePageCustomId("other")).toBeNull();
  });
});
