/**
 * /who without a name: the people in the news, each with how many articles mention them and a few sources to read
 * (the articles most about them), not a numbered source for every article that names them.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core/create.ts";
import type { Article } from "../../src/core/types.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";
import { renderPages } from "../../src/adapters/telegram/render.ts";

const ARTICLES = 12;
/** Article i names the minister once; article 4 three times and article 9 twice. */
const EXTRA: Record<number, number> = { 4: 2, 9: 1 };

function article(i: number): Article {
  const paragraphs = [`زار وزير الزراعة الموريتاني سالم ولد الداه ولاية الحوض الشرقي في الجولة رقم ${i + 1} لتفقد المزارع.`];
  for (let k = 0; k < (EXTRA[i] ?? 0); k++) paragraphs.push(`وأكد ولد الداه أن مشاريع الري ستكتمل في موعدها رقم ${k + 1}.`);
  return {
    id: `m${i}`, title: `جولة الوزير رقم ${i + 1}`, source: "وكالة الأنباء", sourceEn: null,
    published: `2031-03-${String(i + 1).padStart(2, "0")}`, publishedPrecision: "day", url: `https://example.com/m${i}`, lang: "ar",
    paragraphs, origin: `m${i}.txt`,
  };
}

describe("GIVEN a minister named in 12 articles, most often in the 5th and then the 10th", () => {
  const t = createTranslator();
  const app = createApp({ core: createCore({ articles: Array.from({ length: ARTICLES }, (_, i) => article(i)) }), store: createStore("memory:"), t });
  const list = () => app.handle({ platform: "telegram", command: "who", text: "", userId: "u", chatId: "c", chatType: "private", options: { lang: "ar" } });

  it("WHEN /who lists the people THEN his line gives the count of articles and cites three: those most about him, then the newest", async () => {
    const reply = await list();
    const item = reply.items.find((i) => i.heading === "سالم ولد الداه")!;
    expect(item.text).toContain("12");
    expect(item.cites).toHaveLength(3);
    const cited = item.cites.map((n) => reply.citations[n - 1]!.title);
    expect(cited).toEqual(["جولة الوزير رقم 5", "جولة الوزير رقم 10", "جولة الوزير رقم 12"]);
  });

  it("THEN the sources under the list are only the ones its lines cite, numbered from 1", async () => {
    const reply = await list();
    const cited = new Set(reply.items.flatMap((i) => i.cites));
    expect(reply.citations.map((c) => c.n)).toEqual([...cited].sort((a, b) => a - b));
    expect(reply.citations.length).toBeLessThanOrEqual(3 * reply.items.length);
    const page = renderPages(reply, t)[0]!;
    expect(page).toContain('href="https://example.com/m4"');
    expect(page).not.toContain('href="https://example.com/m0"');
  });
});
