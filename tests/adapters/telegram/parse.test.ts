import { describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { needsModeratorCheck, parseCommand, toInvocation } from "../../../src/adapters/telegram/parse.ts";
import { pageData, pageKeyboard, parsePageData } from "../../../src/adapters/telegram/paging.ts";
import { botCommands } from "../../../src/adapters/telegram/commands.ts";
import { commands } from "../../../commands/index.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import { commandEntities } from "../../fakes/telegram/server.ts";

const bot = "mawjaz_test_bot";
const msg = (text: string) => ({ text, entities: commandEntities(text) });

describe("GIVEN a Telegram message", () => {
  it("THEN /who@thisbot and /who are commands for us, /who@otherbot is not", () => {
    expect(parseCommand(msg("/who@Mawjaz_Test_Bot أوستن"), bot)).toEqual({ command: "who", text: "أوستن" });
    expect(parseCommand(msg("/Who أوستن --lang en"), bot)).toEqual({ command: "who", text: "أوستن --lang en" });
    expect(parseCommand(msg("/who@other_bot أوستن"), bot)).toBeNull();
  });

  it("THEN text without a bot_command entity at offset 0 is not a command", () => {
    expect(parseCommand({ text: "/who x" }, bot)).toBeNull();
    expect(parseCommand(msg("see /who"), bot)).toBeNull();
  });

  it("THEN /start opens help", () => {
    expect(parseCommand(msg("/start"), bot)?.command).toBe("help");
  });

  it("THEN the invocation carries ids, chat kind and the language_code hint", () => {
    const message = {
      message_id: 1, date: 0, text: "/who x", chat: { id: -100, type: "supergroup", title: "g" },
      from: { id: 7, is_bot: false, first_name: "a", language_code: "ar" },
    } as Message;
    expect(toInvocation(message, { command: "who", text: "x" })).toEqual({
      platform: "telegram", command: "who", text: "x", userId: "7", chatId: "-100", chatType: "group", platformLang: "ar",
    });
  });

  it("THEN only /lang … chat in a group needs the moderator check", () => {
    const g = { type: "group" as const };
    expect(needsModeratorCheck({ command: "lang", text: "ar chat" }, g)).toBe(true);
    expect(needsModeratorCheck({ command: "lang", text: "ar" }, g)).toBe(false);
    expect(needsModeratorCheck({ command: "lang", text: "ar chat" }, { type: "private" })).toBe(false);
    expect(needsModeratorCheck({ command: "who", text: "chat" }, g)).toBe(false);
  });
});

describe("GIVEN paging buttons", () => {
  it("THEN callback data is an id and a page, within 64 bytes, and round-trips", () => {
    const data = pageData("AbC_-12345", 17);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(parsePageData(data)).toEqual({ id: "AbC_-12345", page: 17 });
    expect(parsePageData("pg:أوستن:1")).toBeNull();
  });

  it("THEN the first page has only Next and the middle ones both buttons", () => {
    const t = createTranslator();
    expect(pageKeyboard("id", 0, 3, "en", t)?.inline_keyboard[0]?.map((b) => b.text)).toEqual(["Next ›"]);
    expect(pageKeyboard("id", 1, 3, "en", t)?.inline_keyboard[0]?.map((b) => b.text)).toEqual(["‹ Previous", "Next ›"]);
    expect(pageKeyboard("id", 0, 1, "en", t)).toBeUndefined();
  });
});

describe("GIVEN the command definitions", () => {
  it("THEN the Telegram menu has valid names and descriptions in both languages", () => {
    for (const lang of ["en", "ar"] as const) {
      const menu = botCommands(commands, lang);
      expect(menu.map((c) => c.command)).toEqual(expect.arrayContaining(["who", "timeline", "summary", "search", "sources", "help", "lang"]));
      for (const c of menu) {
        expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(c.description.length).toBeGreaterThan(0);
        expect(c.description.length).toBeLessThanOrEqual(256);
      }
    }
  });
});
