/**
 * The real app on seeds/ (loadCore + createApp + memory store) behind the real discord.js Client and the
 * fake Discord: what a reader in a server or a DM would see.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app/dispatch.ts";
import { loadCore } from "../../../src/core/create.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import { createStore } from "../../../src/store/index.ts";
import { checkMessage } from "../../fakes/discord/limits.ts";
import { MANAGE_GUILD } from "../../fakes/discord/interactions.ts";
import { embedText, plain, startHarness, type Harness } from "./harness.ts";

let h: Harness;

beforeAll(async () => {
  const core = await loadCore();
  h = await startHarness(createApp({ core, store: createStore("memory:"), t: createTranslator() }));
});
afterAll(async () => {
  await h?.stop();
});

describe("GIVEN the seed corpus", () => {
  it("THEN /who query:أوستن in a guild answers in Arabic, naming لويد أوستن, with sources", async () => {
    const sent = h.fake.interactions.slash("who", { query: "أوستن" });
    const msg = await h.fake.answer(sent);
    const text = plain(embedText(msg));
    expect(text).toContain("لويد أوستن");
    expect(text).toContain("المصادر");
    expect(text).toMatch(/^\[\d\] \[[^\]]+\]\(https?:\/\/[^)]+\) — /m);
    expect(text).toMatch(/^\[\d\] .+ — العربي الجديد، 25 يوليو 2024$/m);
    expect(msg.allowed_mentions).toEqual({ parse: [] });
  });

  it("THEN /who query:Austin lang:en in a DM answers in English: Lloyd Austin, US Secretary of Defense", async () => {
    const sent = h.fake.interactions.slash("who", { query: "Austin", lang: "en" }, { dm: true });
    const text = plain(embedText(await h.fake.answer(sent)));
    expect(text).toContain("Lloyd Austin");
    expect(text).toMatch(/US Secretary of Defense/i);
    expect(text).toContain("Sources");
  });

  it("THEN autocomplete offers at most 25 names, Arabic and English", async () => {
    const sent = h.fake.interactions.autocomplete("who", { query: "أ" }, "query");
    const cb = await h.fake.callbackOf(sent);
    const choices = cb.data?.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((c) => /[\u0600-\u06FF]/.test(c.name) && /[A-Za-z]/.test(c.name))).toBe(true);
  });

  it("THEN /timeline is answered at once (the index needs no deferral), within the limits, and when paged Next shows page 2", async () => {
    const sent = h.fake.interactions.slash("timeline", { lang: "en", limit: 500 });
    expect((await h.fake.callbackOf(sent)).type).toBe(4);
    const msg = await h.fake.answer(sent);
    expect(checkMessage(msg as never)).toEqual([]);
    const text = plain(embedText(msg));
    expect(text).toMatch(/20\d\d/);
    const next = (msg.components[0] as { components: { custom_id: string; label: string }[] } | undefined)?.components.find((b) => b.label === "Next ▶");
    expect(text).toMatch(/Page 1\/\d+/);
    const firstPage = embedText(msg);
    const click = h.fake.interactions.button(next!.custom_id, sent);
    expect((await h.fake.callbackOf(click)).type).toBe(7);
    const page2 = h.fake.originals.get(sent.token)!;
    expect(checkMessage(page2 as never)).toEqual([]);
    expect(embedText(page2)).toMatch(/Page 2\/\d+/);
    expect(embedText(page2)).not.toBe(firstPage);
  });

  it("THEN /summary answers within the limits, with sources", async () => {
    const sent = h.fake.interactions.slash("summary", { query: "الانسحاب" });
    const msg = await h.fake.answer(sent);
    expect(checkMessage(msg as never)).toEqual([]);
    expect(plain(embedText(msg))).toContain("المصادر");
  });

  it("THEN @everyone in a query cannot ping, and a 5,000-character query gets a clear answer", async () => {
    const ping = h.fake.interactions.slash("search", { query: "@everyone بغداد" });
    expect((await h.fake.answer(ping)).allowed_mentions).toEqual({ parse: [] });
    const long = h.fake.interactions.slash("search", { query: "ب".repeat(5000) });
    const cb = await h.fake.callbackOf(long);
    expect(cb.data?.flags).toBe(64);
    expect(plain(embedText(await h.fake.answer(long)))).toContain("طول الاستعلام 5000 حرفًا؛ يُرجى ألا يتجاوز 500 حرف.");
  });

  it("THEN only a moderator can make the server's answers English, and then an Arabic query is answered in English", async () => {
    const denied = h.fake.interactions.slash("lang", { language: "en", scope: "chat" });
    expect(plain(embedText(await h.fake.answer(denied)))).toContain("Only moderators can set the language of the whole chat.");
    const set = h.fake.interactions.slash("lang", { language: "en", scope: "chat" }, { permissions: MANAGE_GUILD });
    expect(plain(embedText(await h.fake.answer(set)))).toContain("I will answer in English in this chat from now on.");
    const sent = h.fake.interactions.slash("who", { query: "أوستن" }, { userId: "600000000000000055" });
    const text = plain(embedText(await h.fake.answer(sent)));
    expect(text).toContain("US Secretary of Defense");
    expect(text).toContain("Sources");
  });
});

describe("GIVEN autocomplete with nothing typed yet (an empty focused value)", () => {
  it("THEN Discord gets a list of the most mentioned names within its limits, not an error", async () => {
    const sent = h.fake.interactions.autocomplete("who", { query: "" }, "query");
    const cb = await h.fake.callbackOf(sent);
    expect(cb.type).toBe(8);
    const choices = cb.data?.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.value.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
    }
    expect(choices.map((c) => c.name).join("\n")).toMatch(/[\u0600-\u06FF]/);
  });
});
