import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { splitSentences, sentenceHash } from "../../../src/core/text/sentences.ts";
import { analyseArticleEntities } from "../../../src/core/entities/index.ts";
import type { Article, Sentence } from "../../../src/core/types.ts";

export const SEEDS = fileURLToPath(new URL("../../../seeds/", import.meta.url));

/** Analyses one article's text into Sentence records. */
export function analyseText(articleId: string, text: string): Sentence[] {
  const sents = splitSentences(text).map((s) => s.text);
  return analyseArticleEntities(sents).map((r, i) => ({
    id: `${articleId}#${i}`,
    articleId,
    index: i,
    paragraph: 0,
    text: sents[i]!,
    hash: sentenceHash(sents[i]!),
    dates: [],
    mentions: r.mentions,
    quotes: r.quotes,
  }));
}

/** All seed articles, analysed, in file order. */
export function seedSentences(): Sentence[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => analyseText(f.replace(/\.txt$/, ""), readFileSync(SEEDS + f, "utf8")));
}

/** People found in one sentence, as a reader sees them: "surface <role>". */
export function peopleIn(text: string): string[] {
  return analyseArticleEntities([text])[0]!.mentions.filter((m) => m.type === "person").map((m) => (m.role ? `${m.surface} <${m.role}>` : m.surface));
}

/** Organisations found in one sentence, as written. */
export function orgsIn(text: string): string[] {
  return analyseArticleEntities([text])[0]!.mentions.filter((m) => m.type === "organization").map((m) => m.surface);
}

/** The quotes of one sentence: "speaker: words said". */
export function saidIn(text: string): string[] {
  return analyseArticleEntities([text])[0]!.quotes.map((q) => `${q.speaker}: ${q.text}`);
}

/** An article of the given paragraphs, as a corpus loader makes it (for createCore). */
export function articleOf(id: string, paragraphs: string[], published = "2024-01-01"): Article {
  return { id, title: `خبر ${id}`, source: "وكالة", sourceEn: null, published, publishedPrecision: "day", url: null, lang: "ar", paragraphs, origin: `${id}.txt` };
}
