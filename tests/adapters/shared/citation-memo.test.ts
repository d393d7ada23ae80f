/** The memo of rendered citations: the same article renders once per language, and a changed field renders again. */
import { describe, expect, it } from "vitest";
import { memoCitation } from "../../../src/adapters/shared/citation-memo.ts";
import { layoutPages } from "../../../src/adapters/telegram/render.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import type { Citation, Reply } from "../../../src/core/reply.ts";

const citation: Citation = { n: 1, articleId: "a1", title: "اجتماع في بغداد", source: "الجزيرة", date: "2024-01-01", url: "https://example.com/a1" };

describe("GIVEN a memoised citation renderer", () => {
  it("THEN an article is rendered once per language, and again when its outlet, date or link changes", () => {
    let calls = 0;
    const render = memoCitation((c, lang) => `${++calls}:${lang}:${c.title}:${c.source}:${c.date}:${c.url}`);
    expect(render(citation, "ar")).toBe("1:ar:اجتماع في بغداد:الجزيرة:2024-01-01:https://example.com/a1");
    const renumbered: Citation = { ...citation, n: 7 };
    expect(render(renumbered, "ar")).toBe("1:ar:اجتماع في بغداد:الجزيرة:2024-01-01:https://example.com/a1");
    expect(render(citation, "en")).toMatch(/^2:en:/);
    expect(render({ ...citation, source: "العربية" }, "ar")).toMatch(/^3:ar:.*:العربية:/);
    expect(render({ ...citation, url: null }, "ar")).toMatch(/^4:ar:.*:null$/);
  });
});

describe("GIVEN two Telegram answers citing the same article with different numbers", () => {
  it("THEN each lists it under its own number, with the link and outlet", () => {
    const t = createTranslator();
    const reply = (n: number): Reply => ({ command: "search", lang: "ar", status: "ok", title: "بحث", items: [{ text: "نص", cites: [n] }], citations: [{ ...citation, n }] });
    expect(layoutPages(reply(1), t).page(0)).toContain(`1. <a href="https://example.com/a1">اجتماع في بغداد</a> — الجزيرة، 2024-01-01`);
    expect(layoutPages(reply(5), t).page(0)).toContain(`5. <a href="https://example.com/a1">اجتماع في بغداد</a> — الجزيرة، 2024-01-01`);
  });
});
