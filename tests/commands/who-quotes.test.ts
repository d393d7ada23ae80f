/**
 * What /who shows a person said: one quote from each of the articles most about them, readable in a reply, not three
 * from the first article the corpus happens to hold.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core/create.ts";
import type { Article } from "../../src/core/types.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";

function article(id: string, published: string, paragraphs: string[]): Article {
  return { id, title: `خبر ${id}`, source: "وكالة", sourceEn: null, published, publishedPrecision: "day", url: null, lang: "ar", paragraphs, origin: `${id}.txt` };
}

const LONG = Array.from({ length: 60 }, (_, i) => `كلمة${i}`).join(" ");

describe("GIVEN a minister quoted three times in an old article, once in each of two articles about him, and in a few words in the article most about him", () => {
  const core = createCore({
    articles: [
      article("a1", "2016-01-05", [
        "وقال وزير المالية سليم شاكر إن الميزانية ستعرض على البرلمان الأسبوع القادم.",
        "وأضاف شاكر أن العجز سيتراجع في السنة القادمة بفضل الإصلاحات.",
        "وتابع شاكر أن الحكومة لن ترفع الضرائب على الأجراء هذه السنة.",
      ]),
      article("a2", "2016-03-01", [
        `التقى وزير المالية سليم شاكر وفدا من البنك الدولي. وقال شاكر إن ${LONG}.`,
        "وأكد سليم شاكر أن القرض سيخصص لدعم المؤسسات الصغرى والمتوسطة في الجهات.",
        "وأشار شاكر إلى زيارة مرتقبة لوفد من الصندوق.",
      ]),
      article("a3", "2016-04-01", ["أعلن وزير المالية سليم شاكر أن الدولة ستسدد ديونها الخارجية في آجالها دون تأخير.", "وزار شاكر الجهة."]),
      // The article most about him has only a few words in quotes: they are shown last, if at all.
      article("a4", "2016-05-01", [
        'وقال وزير المالية سليم شاكر إن الإصلاح سيتم "خلال مهلة شهرين".',
        "والتقى سليم شاكر النقابات. ثم زار سليم شاكر البنك المركزي. واجتمع سليم شاكر بالولاة. وأشرف سليم شاكر على الندوة.",
      ]),
    ],
  });
  const app = createApp({ core, store: createStore("memory:"), t: createTranslator() });

  it("THEN /who shows a quote from each article, the readable one of an article that has a very long one", async () => {
    const reply = await app.handle({ platform: "telegram", command: "who", text: "سليم شاكر", userId: "u", chatId: "c", chatType: "private" });
    const said = reply.items.filter((item) => item.heading === "قال").map((item) => item.text);
    expect(said).toHaveLength(3);
    expect(said).toContain("«القرض سيخصص لدعم المؤسسات الصغرى والمتوسطة في الجهات»");
    expect(said).toContain("«الدولة ستسدد ديونها الخارجية في آجالها دون تأخير»");
    expect(said.filter((text) => /الميزانية|العجز|الضرائب/.test(text))).toHaveLength(1);
    expect(said.some((text) => text.includes("كلمة59"))).toBe(false);
    expect(said.some((text) => text.includes("خلال مهلة شهرين"))).toBe(false);
  });
});
