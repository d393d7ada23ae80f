import { describe, expect, it } from "vitest";
import { tokenize, tokenizeWithKeys } from "../../../src/core/entities/tokenize.ts";
import { WordTokens, wordsGiveTokens } from "../../../src/core/index/word-tokens.ts";
import { createCore } from "../../../src/core/create.ts";
import { normalizeKey } from "../../../src/core/text/normalize.ts";
import { tokenizeKey } from "../../../src/core/text/tokenize.ts";
import { releaseMemos } from "../../../src/core/text/memos.ts";
import type { Article } from "../../../src/core/types.ts";

/** The sentence's index tokens the slow way. */
const fromKey = (text: string) => tokenizeKey(normalizeKey(text));

function fromWords(text: string): string[] | null {
  const words = new WordTokens((token: string) => token);
  const since = words.mark();
  const out: string[] = [];
  return words.read(text, tokenize(text), since, out) ? out : null;
}

describe("index tokens read from the entity tokenizer's words", () => {
  it("GIVEN any BMP character between words THEN the words give the key's tokens, or are not used", () => {
    const contexts = [["ab", "cd"], ["Ab", "CD"], ["اب", "جد"], ["بَ", "ُب"], ["12", "34"], ["", ""], [" ", " "]];
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const [left, right] of contexts) {
        const text = `${left}${ch}${right}`;
        const words = fromWords(text);
        if (words !== null && words.join("|") !== fromKey(text).join("|")) wrong.push(`U+${c.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("GIVEN Arabic news text THEN the same tokens as the key, clitics, digits and Latin words included", () => {
    const text = "قال وزير الدفاع لويد أوستن (Lloyd Austin) إنّ ٣ آلاف جنديٍّ غادروا العراقَ في 2021م، وللتحالف «دور»…";
    expect(fromWords(text)).toEqual(fromKey(text));
    expect(fromKey(text)).toContain("2021");
    expect(fromKey(text)).toContain("3");
  });

  it("GIVEN a zero-width space or a bidi mark between two words THEN the words are not used (the key joins them)", () => {
    for (const mark of ["\u200B", "\u200F", "\u2067", "\uFEFF"]) {
      const text = `الانسحاب${mark}الأمريكي من العراق`;
      expect(wordsGiveTokens(text)).toBe(false);
      expect(fromWords(text)).toBeNull();
      expect(fromKey(text)[0]).toBe("الانسحابالامريكي");
    }
  });

  it("GIVEN the word table emptied after the tokens were made THEN the stale word ids are not used", () => {
    const words = new WordTokens((token: string) => token);
    const since = words.mark();
    const toks = tokenizeWithKeys("أعلن البنتاغون انسحاب القوات", []);
    releaseMemos();
    tokenize("كلمات أخرى تأخذ أرقام الكلمات الأولى");
    expect(words.read("أعلن البنتاغون انسحاب القوات", toks, since, [])).toBe(false);
    const fresh = words.mark();
    const again = tokenize("أعلن البنتاغون انسحاب القوات");
    const out: string[] = [];
    expect(words.read("أعلن البنتاغون انسحاب القوات", again, fresh, out)).toBe(true);
    expect(out).toEqual(fromKey("أعلن البنتاغون انسحاب القوات"));
  });

  it("GIVEN an article whose words are joined by a zero-width space THEN search finds the joined form, as before", () => {
    const article: Article = {
      id: "zw",
      title: "خبر",
      source: null,
      sourceEn: null,
      published: "2024-01-02",
      publishedPrecision: "day",
      url: null,
      lang: "ar",
      paragraphs: ["أعلنت الحكومة الانسحاب\u200Bالأمريكي من القاعدة الجوية في الأنبار اليوم."],
      origin: "test",
    };
    const core = createCore({ articles: [article] });
    expect(core.search("الانسحابالأمريكي").map((hit) => hit.article)).toEqual(["zw"]);
    expect(core.search("القاعدة").map((hit) => hit.article)).toEqual(["zw"]);
  });
});
