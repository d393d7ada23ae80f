/**
 * A small in-test Core for what the seeds cannot show: a 200-event timeline and hostile article text
 * (tags, ampersands, quotes in titles and URLs). Real commands and the real app run on top of it.
 */
import type { Core } from "../../../src/core/core.ts";
import type { Article, Entity, Sentence, TimelineEvent } from "../../../src/core/types.ts";

/** Text an attacker could put in an article: it must reach the user as text, never as formatting. */
export const HOSTILE_TITLE = `<b>عاجل</b> & "تسريب" <a href="https://evil.example">هنا</a>`;
export const HOSTILE_SENTENCE = `قال المتحدث <script>alert(1)</script> إن الاتفاق & التعاون مستمران <i>`;

function article(i: number): Article {
  return {
    id: `syn-${i}`,
    title: i === 0 ? HOSTILE_TITLE : `مقال تجريبي رقم ${i} عن التعاون الأمني`,
    source: i === 0 ? `Outlet <x> & Co` : "الجزيرة",
    sourceEn: i === 0 ? `Outlet <x> & Co` : "Al Jazeera",
    published: `2024-0${(i % 9) + 1}-1${i % 10}`,
    publishedPrecision: "day",
    url: i === 0 ? `https://example.com/a?x=1&y="2"` : i === 1 ? "javascript:alert(1)" : `https://example.com/news/${i}`,
    lang: "ar",
    paragraphs: [i === 0 ? HOSTILE_SENTENCE : `فقرة من المقال ${i}.`],
    origin: `synthetic/${i}.txt`,
  };
}

/** Builds a Core with `events` dated timeline events spread over `articles` articles. */
export function syntheticCore(options: { events?: number; articles?: number } = {}): Core {
  const articles = Array.from({ length: options.articles ?? 12 }, (_, i) => article(i));
  const events: TimelineEvent[] = Array.from({ length: options.events ?? 200 }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
    const text =
      i === 0
        ? HOSTILE_SENTENCE
        : `الحدث رقم ${i + 1}: التقى وزير الدفاع لويد أوستن نظيره العراقي في بغداد وبحثا مستقبل التعاون الأمني بين البلدين وجدول انسحاب القوات.`;
    return {
      date: `2023-${month}-${day}`,
      precision: "day",
      text: { ar: text },
      articles: [articles[i % articles.length]!.id],
      evidence: `${day}/${month}`,
      sentenceIds: [`${articles[i % articles.length]!.id}#0`],
    };
  });
  const person: Entity = {
    id: "person:hostile",
    type: "person",
    name: { ar: "<b>مستخدم</b> & شريك", en: "<b>User</b> & Partner" },
    aliases: ["<b>مستخدم</b> & شريك"],
    roles: [{ ar: "متحدث <u>رسمي</u>", en: "spokesman <u>official</u>" }],
    articles: [articles[0]!.id],
    mentions: 1,
    quotes: [],
    sentenceIds: [],
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sentence = (id: string): Sentence | undefined => {
    const a = byId.get(id.split("#")[0]!);
    return a ? { id, articleId: a.id, index: 0, paragraph: 0, text: a.paragraphs[0]!, hash: `h-${a.id}`, dates: [], mentions: [], quotes: [] } : undefined;
  };
  return {
    articles: () => articles,
    article: (id) => byId.get(id),
    problems: () => [],
    // Rendering tests never rename anyone.
    applyEnglishNames: () => 0,
    who: (query) => (query === undefined || query.includes("مستخدم") || /user/i.test(query) ? [person] : []),
    timeline: (o) => events.slice(0, o?.limit ?? events.length),
    summary: () => [{ text: { ar: HOSTILE_SENTENCE }, article: articles[0]!.id, sentenceId: `${articles[0]!.id}#0`, score: 1 }],
    search: () => [],
    holders: () => [],
    suggest: () => [person],
    english: () => undefined,
    sentence,
    englishTitle: () => undefined,
    addTranslations: () => undefined,
    indexedAt: () => undefined,
    revision: () => 0,
  };
}
