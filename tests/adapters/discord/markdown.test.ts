import { escapeMarkdown } from "discord.js";
import { describe, expect, it } from "vitest";
import { escapeMarkdownText } from "../../../src/adapters/discord/markdown.ts";

const HOSTILE = [
  "",
  "plain text, nothing to do",
  "لويد أوستن يلتقي نظيره العراقي في بغداد ٢٠٢٣",
  "**bold** *italic* __underline__ _it_ ~~strike~~ ||spoiler|| `code` ``double`` ```fence```",
  "```js\nconsole.log('x')\n```\nafter ``` open",
  "[click here](https://evil.example/path_(x)) and [a](b) [unclosed](",
  "@everyone @here <@123> <@&456> <#789> hello",
  "https://example.com/some_path_with_underscores*and*stars and then _after_",
  "<https://example.com/a_b> <:emoji_name:123456> <a:anim_x:42> _x_",
  "back\\slash \\*escaped\\* \\\\ double",
  "***triple*** ____four____ _____five_____ ***",
  "عنوان *مهم* __جدا__ [رابط](https://e.com) `كود` ~~حذف~~ ||سر||",
  "mixed لويد_أوستن **Austin** — @everyone ```\nكود\n```",
  "# heading\n- bullet\n1. numbered\n> quote",
  "*".repeat(7) + "_".repeat(9) + "`".repeat(5) + "~".repeat(5) + "|".repeat(5),
  "line one_\n_line two*\n*line three",
];

describe("GIVEN escapeMarkdownText", () => {
  it("THEN it gives exactly discord.js escapeMarkdown(text, { maskedLink: true }) on hostile strings", () => {
    for (const text of HOSTILE) expect(escapeMarkdownText(text)).toBe(escapeMarkdown(text, { maskedLink: true }));
  });

  it("THEN it agrees on random mixes of markdown characters, letters and Arabic", () => {
    const alphabet = ["*", "_", "`", "~", "|", "\\", "[", "]", "(", ")", ":", "/", "<", ">", "a", "b", " ", "\n", "ع", "https://x.y/", "@everyone"];
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + rand(30) }, () => alphabet[rand(alphabet.length)]).join("");
      expect(escapeMarkdownText(text)).toBe(escapeMarkdown(text, { maskedLink: true }));
    }
  });

  it("THEN it agrees on text without links or angle brackets, where its own linear italic and underline passes run", () => {
    const alphabet = ["*", "**", "_", "__", "___", "`", "~", "|", "\\", "[", "]", ":", "/", "1", "a", "h", "t", "p", " ", "\n", "ع", "لويد_أوستن"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + rand(40) }, () => alphabet[rand(alphabet.length)]).join("");
      expect(escapeMarkdownText(text)).toBe(escapeMarkdown(text, { maskedLink: true }));
    }
    // A page ruled with underscores, as sports results are: long, many markers, one line.
    const ruled = `النتائج ${"_".repeat(40)} الترجي 2 - 1 النجم ${"_".repeat(33)} *ملاحظة* __مهم__ `.repeat(30);
    expect(escapeMarkdownText(ruled)).toBe(escapeMarkdown(ruled, { maskedLink: true }));
  });
});
