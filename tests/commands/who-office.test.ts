/**
 * /who with an office rather than a name («وزير الدفاع», "defence minister"): the people the articles gave that office,
 * the most recently so called first, each with the role as said, the date and the article that says it.
 */
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core/create.ts";
import type { Article } from "../../src/core/types.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";

const TEXTS: [string, string][] = [
  ["2031-03-01", "وقال وزير الدفاع سالم ولد الداه إن الجيش مستعد لكل الاحتمالات."],
  ["2031-05-10", "وأعلن وزير الدفاع أحمد ولد سيدي أن الوزارة ستعيد تنظيم الوحدات."],
  ["2031-05-12", "وقال نائب وزير الدفاع محمد ولد عبد الله إن التدريبات تتواصل."],
  ["2031-06-01", "والتقى وزير الدفاع السابق سالم ولد الداه بالصحفيين في العاصمة."],
  ["2031-06-02", "وقال رئيس الوزراء خالد ولد محمود إن الحكومة ستعرض الميزانية، وأكدت وزارة الدفاع أن الوحدات جاهزة."],
];

function article(i: number): Article {
  const [published, text] = TEXTS[i]!;
  return {
    id: `o${i}`, title: `خبر رقم ${i + 1}`, source: "وكالة الأنباء", sourceEn: null, published, publishedPrecision: "day",
    url: `https://example.com/o${i}`, lang: "ar", paragraphs: [text], origin: `o${i}.txt`,
  };
}

describe("GIVEN articles that give people an office, some of them a deputy or a former holder", () => {
  const t = createTranslator();
  const app = createApp({ core: createCore({ articles: TEXTS.map((_, i) => article(i)) }), store: createStore("memory:"), t });
  const ask = (text: string, lang?: "ar" | "en") =>
    app.handle({ platform: "telegram", command: "who", text: lang ? `${text} --lang ${lang}` : text, userId: "u", chatId: "c", chatType: "private" });

  it("WHEN /who وزير الدفاع THEN the holders, newest first, each with the role, its date and its source; no deputy", async () => {
    const reply = await ask("وزير الدفاع");
    expect(reply.status).toBe("ok");
    expect(reply.title).toBe("من وُصف بـ«وزير الدفاع»");
    expect(reply.items.map((item) => item.heading)).toEqual(["أحمد ولد سيدي", "سالم ولد الداه"]);
    expect(reply.items[0]!.text).toBe("وزير الدفاع — آخر ذكر بهذا المنصب في 10 مايو 2031");
    // Salem's newest article calls him a former minister: his line is the article that gave him the office.
    expect(reply.items[1]!.text).toBe("وزير الدفاع — آخر ذكر بهذا المنصب في 1 مارس 2031");
    const cited = reply.items.map((item) => reply.citations[item.cites[0]! - 1]!.articleId);
    expect(cited).toEqual(["o1", "o0"]);
  });

  it("WHEN the query asks for the deputy or a former holder THEN that is who answers", async () => {
    expect((await ask("نائب وزير الدفاع")).items.map((item) => item.heading)).toEqual(["محمد ولد عبد الله"]);
    const former = await ask("وزير الدفاع السابق");
    expect(former.items.map((item) => item.heading)).toEqual(["سالم ولد الداه"]);
    expect(former.items[0]!.text).toContain("وزير الدفاع السابق");
  });

  it("WHEN the office is asked in English, in British spelling THEN the same people, in English", async () => {
    const reply = await ask("defence minister", "en");
    expect(reply.title).toBe('Who was called "defence minister"');
    expect(reply.items).toHaveLength(2);
    expect(reply.items[0]!.text).toBe("Minister of Defense — last so called on 10 May 2031");
    expect(reply.items.every((item) => /^[A-Z][a-z]+ Ould /.test(item.heading ?? ""))).toBe(true);
    expect((await ask("prime minister", "en")).items[0]!.text).toBe("Prime Minister — last so called on 2 June 2031");
  });

  it("WHEN /who names a person or an organisation THEN it is their answer, not an office's", async () => {
    const person = await ask("سالم ولد الداه");
    expect(person.title).toBe("سالم ولد الداه");
    expect(person.items.find((item) => item.heading === "المناصب")?.text).toContain("وزير الدفاع");
    expect((await ask("وزارة الدفاع")).title).toBe("وزارة الدفاع");
  });

  it("WHEN an office no one was given THEN the polite not-found answer", async () => {
    const reply = await ask("وزير الزراعة");
    expect(reply.status).toBe("empty");
    expect(reply.intro).toBe('لم أجد أحدًا اسمه أو منصبه "وزير الزراعة" في المقالات. أرسل /who دون اسم لمعرفة من في الأخبار.');
  });
});

describe("GIVEN a US cabinet Secretary among ministers", () => {
  const texts: [string, string][] = [
    ["2031-03-01", "وقال وزير الدفاع الأمريكي جون هاريس إن القوات ستبقى."],
    ["2031-03-02", "وقال وزير الخارجية الأمريكي توم ريد إن المحادثات مثمرة."],
    ["2031-03-03", "وقال وزير الدفاع العراقي ثابت العباسي إن الحوار مستمر."],
  ];
  const articles: Article[] = texts.map(([published, text], i) => ({
    id: `c${i}`, title: `خبر ${i + 1}`, source: null, sourceEn: null, published, publishedPrecision: "day", url: null, lang: "ar", paragraphs: [text], origin: `c${i}.txt`,
  }));
  const t = createTranslator();
  const app = createApp({ core: createCore({ articles }), store: createStore("memory:"), t });
  const ask = (text: string) => app.handle({ platform: "telegram", command: "who", text: `${text} --lang en`, userId: "u", chatId: "c", chatType: "private" });

  it("WHEN asked for the defense minister THEN the Secretary of Defense is one; WHEN the foreign minister THEN the Secretary of State", async () => {
    expect((await ask("defense minister")).items.map((item) => item.text)).toEqual([
      "Iraqi Minister of Defense — last so called on 3 March 2031",
      "US Secretary of Defense — last so called on 1 March 2031",
    ]);
    expect((await ask("foreign minister")).items.map((item) => item.text)).toEqual(["US Secretary of State — last so called on 2 March 2031"]);
  });
});
