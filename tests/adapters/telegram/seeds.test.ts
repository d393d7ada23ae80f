/**
 * The "done when": the real core on seeds/, the real app, the real grammY Bot, through the
 * fake Bot API, in a group and in a DM, in Arabic and in English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTelegramHtml } from "../../fakes/telegram/html.ts";
import { dm, group, omar, sara, startHarness, type Harness, type Seen } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

function expectValidPage(s: Seen): void {
  expect(s.html.length).toBeLessThanOrEqual(4096);
  expect(() => parseTelegramHtml(s.html)).not.toThrow();
}

/** The numbered sources block of a page: "1. title — outlet, date" lines. */
function sourceLines(text: string): string[] {
  return text.split("\n").filter((l) => /^\d+\. .+/.test(l));
}

describe("GIVEN /who in Arabic", () => {
  it("THEN /who@bot أوستن in a group answers in Arabic, naming لويد أوستن, with sources", async () => {
    const s = await h.ask(`/who@${h.fake.bot.username} أوستن`, { chat: group, from: sara });
    expectValidPage(s);
    expect(s.text).toContain("لويد أوستن");
    expect(s.text).toContain("المصادر");
    expect(sourceLines(s.text).length).toBeGreaterThan(0);
    expect(s.text).toMatch(/\[\d+\]/);
  });

  it("THEN /who أوستن in a DM gives the same Arabic answer", async () => {
    const s = await h.ask("/who أوستن", { chat: dm(omar), from: omar });
    expectValidPage(s);
    expect(s.text).toContain("لويد أوستن");
    expect(sourceLines(s.text).length).toBeGreaterThan(0);
  });
});

describe("GIVEN /who in English", () => {
  it("THEN /who Austin --lang en names Lloyd Austin, US Secretary of Defense, with sources", async () => {
    const s = await h.ask("/who Austin --lang en", { chat: dm(sara), from: sara });
    expectValidPage(s);
    expect(s.text).toContain("Lloyd Austin");
    expect(s.text).toContain("US Secretary of Defense");
    expect(s.text).toContain("Sources");
    expect(sourceLines(s.text).length).toBeGreaterThan(0);
  });

  it("THEN /who أوستن --lang en in a group answers in English", async () => {
    const s = await h.ask(`/who@${h.fake.bot.username} أوستن --lang en`, { chat: group, from: omar });
    expect(s.text).toContain("Lloyd Austin");
  });
});

describe("GIVEN /timeline and /summary on the seeds", () => {
  it("THEN /timeline answers with dated events, valid pages and working paging when long", async () => {
    const s = await h.ask("/timeline", { chat: group, from: omar });
    expectValidPage(s);
    expect(s.text).toContain("التسلسل الزمني");
    expect(s.text).toMatch(/20(21|22|23|24)/);
    expect(sourceLines(s.text).length).toBeGreaterThan(0);
    const next = s.buttons.find((b) => b.callback_data?.endsWith(":1"));
    if (next) {
      const { edit } = await h.press(s, next.callback_data!, omar);
      expectValidPage(edit!);
      expect(edit!.text).toMatch(/الصفحة 2 من \d+/);
    }
  });

  it("THEN /summary in English gives sentences with their sources", async () => {
    const s = await h.ask("/summary --lang en", { chat: dm(sara), from: sara });
    expectValidPage(s);
    expect(s.text).toContain("Summary");
    expect(s.text).toMatch(/\[\d+\]/);
    expect(sourceLines(s.text).length).toBeGreaterThan(0);
  });
});

describe("GIVEN the platform language hint", () => {
  it("THEN language_code ar makes Arabic the default for a Latin query", async () => {
    const arUser = { id: 777, is_bot: false, first_name: "Layla", language_code: "ar" };
    const s = await h.ask("/help", { chat: dm(arUser), from: arUser });
    expect(s.text).toMatch(/[\u0600-\u06FF]{3,}/);
    const en = await h.ask("/help", { chat: dm(sara), from: sara });
    expect(en.text).not.toMatch(/^[\u0600-\u06FF]/);
  });

  it("THEN an unknown person gets a clear answer in the query's language", async () => {
    const s = await h.ask("/who زيد عمرو بكر", { chat: dm(sara), from: sara });
    expect(s.text).toContain("لم أجد أحدًا");
  });
});

describe("GIVEN two people ask the same long question in two chats", () => {
  it("THEN both get the same first page, and each one's Next turns the page of their own message", async () => {
    const a = await h.ask("/timeline --lang en", { chat: group, from: omar });
    const b = await h.ask("/timeline --lang en", { chat: dm(sara), from: sara });
    expectValidPage(a);
    expect(b.text).toBe(a.text);
    const nextA = a.buttons.find((x) => x.callback_data?.endsWith(":1"));
    const nextB = b.buttons.find((x) => x.callback_data?.endsWith(":1"));
    expect(nextA).toBeDefined();
    const { edit: pageA } = await h.press(a, nextA!.callback_data!, omar);
    const { edit: pageB } = await h.press(b, nextB!.callback_data!, sara);
    expect(pageA!.text).toMatch(/Page 2 of \d+/);
    expect(pageB!.text).toBe(pageA!.text);
    expect(pageA!.message.chat.id).toBe(a.message.chat.id);
    expect(pageB!.message.chat.id).toBe(b.message.chat.id);
    expect(a.message.chat.id).not.toBe(b.message.chat.id);
  });
});
