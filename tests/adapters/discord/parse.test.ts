import { describe, expect, it } from "vitest";
import { hintLang, isModerator, toInvocation, type SlashLike } from "../../../src/adapters/discord/parse.ts";

const base = (over: Partial<SlashLike> & { opts?: { name: string; value?: string | number }[] }): SlashLike => ({
  commandName: "who",
  user: { id: "u1" },
  guildId: "g1",
  channelId: "c1",
  memberPermissions: { bitfield: 0n },
  options: { data: over.opts ?? [] },
  ...over,
});

describe("GIVEN a slash-command interaction", () => {
  it("THEN query, lang, dates and limit become the invocation's text and options", () => {
    const inv = toInvocation(base({ commandName: "timeline", opts: [{ name: "query", value: "أوستن" }, { name: "lang", value: "en" }, { name: "from", value: "2024-01-01" }, { name: "limit", value: 5 }] }));
    expect(inv).toEqual({
      platform: "discord", command: "timeline", text: "أوستن", options: { lang: "en", from: "2024-01-01", limit: 5 },
      userId: "u1", chatId: "g1", chatType: "group", channelId: "c1", isModerator: false,
    });
  });

  it("THEN /lang reset goes as text and its scope maps me→user, chat→chat", () => {
    expect(toInvocation(base({ commandName: "lang", opts: [{ name: "language", value: "reset" }, { name: "scope", value: "me" }] }))).toMatchObject({ text: "reset", options: { scope: "user" } });
    expect(toInvocation(base({ commandName: "lang", opts: [{ name: "language", value: "ar" }, { name: "scope", value: "chat" }] }))).toMatchObject({ text: "", options: { lang: "ar", scope: "chat" } });
  });

  it("THEN a DM is a private chat keyed by its channel, and its only member counts as moderator", () => {
    expect(toInvocation(base({ guildId: null, channelId: "dm1", memberPermissions: null }))).toMatchObject({ chatType: "private", chatId: "dm1", isModerator: true });
  });

  it("THEN Manage Server, Manage Channels or Administrator make a moderator, other bits do not", () => {
    expect([1n << 3n, 1n << 4n, 1n << 5n].map(isModerator)).toEqual([true, true, true]);
    expect(isModerator((1n << 10n) | (1n << 11n))).toBe(false);
  });

  it("THEN the adapter's own messages follow the lang option, else the query's script", () => {
    expect(hintLang({ text: "أوستن" })).toBe("ar");
    expect(hintLang({ text: "أوستن", options: { lang: "en" } })).toBe("en");
    expect(hintLang({ text: "Austin" })).toBe("en");
  });
});
