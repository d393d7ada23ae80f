import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseArticleEntities, mergeEntities } from "../../../src/core/entities/index.ts";
import { splitSentences, sentenceHash } from "../../../src/core/text/sentences.ts";
import type { Sentence } from "../../../src/core/types.ts";

const CORPUS = "/work/shared/corpora/ant-jawhara/articles.jsonl";

describe.skipIf(!existsSync(CORPUS))("GIVEN the first 500 ant-jawhara articles", () => {
  const articles = readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, 500)
    .map((l) => JSON.parse(l) as { id: string; text: unknown });
  const sentences: Sentence[] = [];
  for (const a of articles) {
    const texts = splitSentences(String(a.text ?? "")).map((s) => s.text);
    analyseArticleEntities(texts).forEach((r, i) =>
      sentences.push({ id: `${a.id}#${i}`, articleId: a.id, index: i, paragraph: 0, text: texts[i]!, hash: sentenceHash(texts[i]!), dates: [], mentions: r.mentions, quotes: r.quotes }),
    );
  }
  const persons = sentences.flatMap((s) => s.mentions.filter((m) => m.type === "person"));

  it("THEN analysis and merging never throw and find people", () => {
    expect(persons.length).toBeGreaterThan(200);
    expect(() => mergeEntities(sentences)).not.toThrow();
  });

  it("THEN no person is a common word, a verb, a place or a prepositional phrase", () => {
    const bad = /^(على|في|من|إلى|الى|عن|مع|قال|أكد|البيان|الحكومة|تونس|الولايات المتحدة|فيسبوك|بحضور|بتاريخ|تنظيم|احسن|أحسن)$/;
    const offenders = persons.filter((m) => bad.test(m.surface) || /^على /.test(m.surface));
    expect(offenders.map((m) => m.surface)).toEqual([]);
  });

  it("THEN mostly well-formed names: few person surfaces longer than four words or ending in a preposition", () => {
    const odd = persons.filter((m) => m.surface.split(/\s+/).length > 4 || /\s(في|من|على|إلى|عن)$/.test(m.surface));
    expect(odd.length).toBeLessThan(persons.length * 0.02);
  });

  it("THEN every mention and quote lies inside its sentence", () => {
    for (const s of sentences) {
      for (const m of [...s.mentions, ...s.quotes]) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(s.text.length);
        expect(m.start).toBeLessThan(m.end);
      }
    }
  });
});
