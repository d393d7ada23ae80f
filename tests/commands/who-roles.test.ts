/**
 * /who of someone named with many ways of saying their office: the answer lists the most often said, not all of them.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core/create.ts";
import type { Article } from "../../src/core/types.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";

/** Six offices, the first said three times, the others once. */
const OFFICES = ["وزير الزراعة", "وزير الزراعة", "وزير الزراعة", "رئيس الحزب", "المتحدث باسم الحكومة", "مدير المعهد", "رئيس الجمعية", "سفير البلاد"];

function article(i: number): Article {
  return {
    id: `r${i}`, title: `خبر رقم ${i + 1}`, source: "وكالة الأنباء", sourceEn: null,
    published: `2031-01-${String(i + 1).padStart(2, "0")}`, publishedPrecision: "day", url: `https://example.com/r${i}`, lang: "ar",
    paragraphs: [`وقال ${OFFICES[i]} سالم ولد الداه إن الموسم جيد.`], origin: `r${i}.txt`,
  };
}

describe("GIVEN a person named with eight mentions of six offices", () => {
  const t = createTranslator();
  const app = createApp({ core: createCore({ articles: OFFICES.map((_, i) => article(i)) }), store: createStore("memory:"), t });

  it("THEN /who lists four of them, the most said first", async () => {
    const reply = await app.handle({ platform: "telegram", command: "who", text: "ولد الداه", userId: "u", chatId: "c", chatType: "private" });
    const roles = reply.items.find((item) => item.heading === "المناصب")!.text.split("؛ ");
    expect(roles).toHaveLength(4);
    expect(roles[0]).toBe("وزير الزراعة");
  });
});
