/** The dispatcher every front end calls: language resolution, validation and preferences, as a user sees them. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadCore } from "../../src/core/create.ts";
import { createApp, type App, type Invocation } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";

let app: App;
beforeAll(async () => {
  app = createApp({ core: await loadCore(), store: createStore("memory:"), t: createTranslator() });
});

const ask = (over: Partial<Invocation>) =>
  app.handle({ platform: "telegram", command: "who", text: "", userId: "u1", chatId: "c1", chatType: "group", ...over });

describe("language resolution: option → user → chat → platform hint → English", () => {
  it("GIVEN an Arabic query and no preference THEN the answer is Arabic", async () => {
    expect((await ask({ text: "أوستن", userId: "a1" })).lang).toBe("ar");
  });
  it("GIVEN a Latin query from a Telegram user whose client is Arabic THEN Arabic", async () => {
    expect((await ask({ text: "Austin", userId: "a2", platformLang: "ar" })).lang).toBe("ar");
  });
  it("GIVEN no hint at all THEN English", async () => {
    expect((await ask({ command: "timeline", userId: "a3" })).lang).toBe("en");
  });
  it("GIVEN an explicit option THEN it wins over everything", async () => {
    const r = await ask({ text: "أوستن --lang en", userId: "a4", platformLang: "ar" });
    expect(r.lang).toBe("en");
    expect(r.title).toBe("Lloyd Austin");
  });
  it("GIVEN a chat preference set by a moderator THEN members without their own follow it, and a user preference beats it", async () => {
    const refused = await ask({ command: "lang", text: "ar chat", userId: "m0", chatId: "g9", isModerator: false });
    expect(refused.status).toBe("invalid");
    const set = await ask({ command: "lang", text: "ar chat", userId: "m1", chatId: "g9", isModerator: true });
    expect(set.intro).toContain("بالعربية");
    expect((await ask({ text: "Austin", userId: "m2", chatId: "g9" })).lang).toBe("ar");
    await ask({ command: "lang", text: "en", userId: "m3", chatId: "g9" });
    expect((await ask({ text: "أوستن", userId: "m3", chatId: "g9" })).lang).toBe("en");
  });
});

describe("validation", () => {
  it.each([
    [{ command: "nope" }, "/help"],
    [{ command: "search", text: "" }, "/search"],
    [{ command: "search", text: "x".repeat(5000) }, "5000"],
    [{ command: "timeline", text: "--from 2024-13-45x" }, "YYYY-MM-DD"],
    [{ command: "who", text: "--lang fr" }, "ar"],
    [{ command: "timeline", text: "--limit -3" }, "--limit"],
  ])("GIVEN %j THEN a localised refusal that says what to do", async (over, hint) => {
    const r = await ask({ ...over, userId: "v1" });
    expect(r.status).toBe("invalid");
    expect(r.intro).toContain(hint);
    expect(r.items).toEqual([]);
  });

  it("GIVEN a refused /lang from a non-moderator THEN nothing is stored", async () => {
    await ask({ command: "lang", text: "en chat", userId: "x1", chatId: "g10", isModerator: false });
    expect((await ask({ text: "أوستن", userId: "x2", chatId: "g10" })).lang).toBe("ar");
  });

  it("GIVEN @everyone in a query THEN it is echoed as text only in a not-found answer (adapters stop the ping)", async () => {
    const r = await ask({ text: "@everyone", userId: "v2" });
    expect(r.status).toBe("empty");
  });
});

describe("a period written in words", () => {
  it("GIVEN «من … إلى …» or «from … to …» in a /timeline THEN the same events as the flags, the dates out of the words asked", async () => {
    const flags = await ask({ command: "timeline", text: "--from 2024-07-01 --to 2024-07-31", userId: "w1", options: { lang: "en" } });
    expect(flags.status).toBe("ok");
    for (const text of ["من 2024-07-01 إلى 2024-07-31", "from 2024-07-01 to 2024-07-31", "من ٢٠٢٤-٠٧-٠١ حتى ٢٠٢٤-٠٧-٣١"]) {
      const written = await ask({ command: "timeline", text, userId: "w1", options: { lang: "en" } });
      expect(written.items.map((i) => i.heading), text).toEqual(flags.items.map((i) => i.heading));
      expect(written.status).toBe("ok");
    }
  });

  it("GIVEN a written date that is no date THEN the same refusal as for the flag, and a search keeps its words", async () => {
    const r = await ask({ command: "timeline", text: "داعش من 2024-02-31", userId: "w2" });
    expect(r.status).toBe("invalid");
    expect(r.intro).toContain("2024-02-31");
    // /search takes no period: «من 2024» are words of the query there.
    expect((await ask({ command: "search", text: "الانسحاب من 2024", userId: "w2" })).status).not.toBe("invalid");
  });
});

describe("suggest", () => {
  it("GIVEN a prefix in either script THEN at most 25 names with both forms in the label", () => {
    const ar = app.suggest("أوس");
    expect(ar[0]).toEqual({ name: "لويد أوستن — Lloyd Austin", value: "لويد أوستن" });
    const en = app.suggest("Aus");
    expect(en.map((c) => c.value)).toContain("Lloyd Austin");
    expect(app.suggest("").length).toBeLessThanOrEqual(25);
  });
});
