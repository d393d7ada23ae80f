/**
 * /who in English with a spelling of the name the index did not use: «فرحات حشاد» is Farhat Hashad to the
 * transliterator, Hached to every reader; the answer finds him by the sound of the name.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core/create.ts";
import type { Article } from "../../src/core/types.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";

const article: Article = {
  id: "b1", title: "ذكرى الاستقلال", source: "وكالة الأنباء", sourceEn: null, published: "2031-03-20", publishedPrecision: "day",
  url: "https://example.com/b1", lang: "ar", origin: "b1.txt",
  paragraphs: ["وقال الزعيم فرحات حشاد في خطاب شهير إن بناء الدولة يبدأ بالتعليم.", "وأضاف حشاد أن المرأة شريكة في البناء."],
};

describe("GIVEN /who Hached in English", () => {
  const app = createApp({ core: createCore({ articles: [article] }), store: createStore("memory:"), t: createTranslator() });
  const ask = (text: string) => app.handle({ platform: "telegram", command: "who", text, userId: "u", chatId: "c", chatType: "private" });

  it("THEN the answer is about فرحات حشاد, with his sources", async () => {
    const reply = await ask("Hached");
    expect(reply.title).toBe("Farhat Hashad");
    expect(reply.items[0]!.text).toContain("فرحات حشاد");
    expect(reply.citations.length).toBeGreaterThan(0);
  });

  it("THEN a name that sounds like no one is still «not found»", async () => {
    const reply = await ask("Wolfgang Schmidt");
    expect(reply.title).toBe("No one found");
    expect(reply.citations).toEqual([]);
  });
});

describe("GIVEN /timeline with the same spelling", () => {
  const core = createCore({
    articles: [{
      ...article,
      paragraphs: [
        "وألقى الزعيم فرحات حشاد يوم 20 مارس 1956 خطابا بمناسبة إعلان الاستقلال في تونس العاصمة.",
        "والتقى السفير الأمريكي روبرت بوش يوم 22 مارس 1956 بعدد من أعضاء الحكومة الجديدة في قصر باردو.",
      ],
    }],
  });

  it("THEN a name written as a name finds him; an English keyword that only sounds like a name («report», Robert) finds no one", () => {
    expect(core.timeline({ query: "Hached" }).map((e) => e.date)).toEqual(["1956-03-20"]);
    expect(core.timeline({ query: "report" })).toEqual([]);
  });
});
