/**
 * /who of a prominent person: mentioned in more articles than a page holds. What they said and the other
 * matches are on the first page the user sees; the list of articles follows, paged, complete.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core/create.ts";
import type { Article } from "../../src/core/types.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";
import { layoutPages as telegramPages } from "../../src/adapters/telegram/render.ts";
import { layoutPages as discordPages } from "../../src/adapters/discord/render.ts";

const MENTIONS = 80;
const QUOTE = "الموسم الزراعي القادم سيكون أفضل من كل المواسم السابقة";

function article(i: number): Article {
  const day = String((i % 28) + 1).padStart(2, "0");
  const paragraphs = [`زار وزير الزراعة الموريتاني سالم ولد الداه ولاية الحوض الشرقي في الجولة رقم ${i + 1} لتفقد المزارع ومشاريع الري الجديدة.`];
  if (i === MENTIONS - 1) paragraphs.push(`وقال ولد الداه إن "${QUOTE}".`);
  return {
    id: `m${i}`, title: `جولة الوزير رقم ${i + 1} في الولايات الزراعية`, source: "وكالة الأنباء", sourceEn: null,
    published: `2031-0${(i % 9) + 1}-${day}`, publishedPrecision: "day", url: `https://example.com/m${i}`, lang: "ar",
    paragraphs, origin: `m${i}.txt`,
  };
}

describe("GIVEN a person mentioned in 80 articles, who said one thing in the last of them", () => {
  const t = createTranslator();
  const app = createApp({ core: createCore({ articles: Array.from({ length: MENTIONS }, (_, i) => article(i)) }), store: createStore("memory:"), t });
  const ask = () => app.handle({ platform: "telegram", command: "who", text: "ولد الداه", userId: "u", chatId: "c", chatType: "private" });

  it("THEN the first Telegram page and the first Discord embed show the quote, ahead of the articles that mention him", async () => {
    const reply = await ask();
    expect(reply.title).toBe("سالم ولد الداه");
    const tg = telegramPages(reply, t);
    expect(tg.count).toBeGreaterThan(1);
    expect(tg.page(0)).toContain(QUOTE);
    expect(tg.page(0).indexOf(QUOTE)).toBeLessThan(tg.page(0).indexOf("ورد في"));
    const dc = discordPages(reply, t);
    expect(dc.page(0).description).toContain(QUOTE);
  });

  it("THEN every article that mentions him is listed, once, across the pages", async () => {
    const reply = await ask();
    const pages = telegramPages(reply, t);
    const all = Array.from({ length: pages.count }, (_, i) => pages.page(i)).join("\n");
    for (let i = 0; i < MENTIONS; i++) expect(all).toContain(`جولة الوزير رقم ${i + 1} في`);
    expect(reply.items.filter((item) => item.heading === "ورد في")).toHaveLength(MENTIONS);
  });
});

describe("GIVEN the articles that mention a person", () => {
  const t = createTranslator();
  const app = createApp({ core: createCore({ articles: Array.from({ length: MENTIONS }, (_, i) => article(i)) }), store: createStore("memory:"), t });

  it("THEN the one that mentions him most comes first, then the newest, numbered 1, 2, 3 in that order", async () => {
    const reply = await app.handle({ platform: "telegram", command: "who", text: "ولد الداه", userId: "u", chatId: "c", chatType: "private" });
    const listed = reply.items.filter((item) => item.heading === "ورد في");
    expect(listed[0]!.text).toContain(`جولة الوزير رقم ${MENTIONS} في`);
    expect(listed.map((item) => item.cites[0])).toEqual(listed.map((_, i) => i + 1));
    const dates = listed.slice(1).map((item) => reply.citations[item.cites[0]! - 1]!.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe("GIVEN a person whose role is stated in some of the articles that mention him", () => {
  const t = createTranslator();
  // Articles 0-9 give his office; 10-19 only his name.
  const articles = Array.from({ length: 20 }, (_, i) => {
    const a = article(i);
    return i < 10 ? a : { ...a, paragraphs: [`وشهدت الولاية في الجولة رقم ${i + 1} زيارة سالم ولد الداه للمزارع.`] };
  });
  const app = createApp({ core: createCore({ articles }), store: createStore("memory:"), t });

  it("THEN the roles line cites a few articles that state the role, not every article", async () => {
    const reply = await app.handle({ platform: "telegram", command: "who", text: "ولد الداه", userId: "u", chatId: "c", chatType: "private" });
    const roles = reply.items.find((item) => item.heading === "المناصب")!;
    expect(roles.text).toContain("وزير الزراعة الموريتاني");
    expect(roles.cites.length).toBeGreaterThan(0);
    expect(roles.cites.length).toBeLessThanOrEqual(3);
    for (const n of roles.cites) {
      const id = reply.citations.find((c) => c.n === n)!.articleId;
      expect(Number(id.slice(1))).toBeLessThan(10);
    }
  });
});
