import { describe, expect, it } from "vitest";
import { paginateItems, splitLong } from "../../../src/adapters/shared/pages.ts";
import { isolateForeign, stripIsolates } from "../../../src/adapters/shared/bidi.ts";
import type { Reply } from "../../../src/core/reply.ts";

const reply = (texts: string[]): Reply => ({
  command: "timeline", lang: "en", status: "ok", title: "T", items: texts.map((text) => ({ text, cites: [] })), citations: [],
});

describe("paginateItems", () => {
  it("GIVEN 200 items THEN every page is within budget and nothing is lost", () => {
    const items = Array.from({ length: 200 }, (_, i) => `Event ${i}: ${"word ".repeat(i % 40)}`.trim());
    const pages = paginateItems(reply(items), (it) => it.text, 1000);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page.join("\n").length).toBeLessThanOrEqual(1000);
    expect(pages.flat()).toEqual(items);
  });

  it("GIVEN an item longer than a page THEN it is split at sentence or word boundaries without losing words", () => {
    const long = Array.from({ length: 120 }, (_, i) => `Sentence number ${i} ends here.`).join(" ");
    const pieces = splitLong(long, 500);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(500);
    expect(pieces.join(" ")).toBe(long);
    expect(pieces[0]!.endsWith(".")).toBe(true);
  });
});

describe("isolateForeign", () => {
  it("GIVEN an Arabic name inside English THEN the whole name is one isolate", () => {
    const out = isolateForeign("Met لويد أوستن on 23 July", "en");
    expect(out).toBe("Met \u2068لويد أوستن\u2069 on 23 July");
    expect(stripIsolates(out)).toBe("Met لويد أوستن on 23 July");
  });
  it("GIVEN Latin inside Arabic THEN it is isolated", () => {
    expect(isolateForeign("قال Lloyd Austin إن", "ar")).toBe("قال \u2068Lloyd Austin\u2069 إن");
  });
  it("GIVEN a command inside Arabic THEN its slash is inside the isolate, so that Telegram still reads /who as a command", () => {
    expect(isolateForeign("أرسل /who دون اسم", "ar")).toBe("أرسل \u2068/who\u2069 دون اسم");
    expect(isolateForeign("حدد المدة ب --from", "ar")).toBe("حدد المدة ب \u2068--from\u2069");
  });
});

describe("isolateForeign brackets", () => {
  it("GIVEN a Latin name in brackets inside Arabic THEN the brackets stay outside the isolate", () => {
    expect(isolateForeign("الوزير (Lloyd Austin) قال", "ar")).toBe("الوزير (\u2068Lloyd Austin\u2069) قال");
  });
});
