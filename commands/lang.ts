/**
 * /lang ar|en [me|chat]: sets the answer language for yourself, or (moderators) for the whole chat or server.
 * /lang alone shows the current settings; /lang reset clears yours.
 */
import type { Reply } from "../src/core/reply.ts";
import type { Command, CommandContext, CommandInput } from "./types.ts";

export const lang = {
  data: {
    name: "lang",
    description: { en: "Choose the answer language (Arabic or English)", ar: "اختر لغة الإجابة (العربية أو الإنجليزية)" },
    options: [
      {
        name: "language",
        type: "string",
        description: { en: "ar, en, or reset", ar: "ar أو en أو reset" },
        choices: [
          { name: "العربية", value: "ar" },
          { name: "English", value: "en" },
          { name: "reset", value: "reset" },
        ],
      },
      {
        name: "scope",
        type: "string",
        description: { en: "me (default) or chat (moderators)", ar: "me (افتراضي) أو chat (للمشرفين)" },
        choices: [
          { name: "me", value: "me" },
          { name: "chat", value: "chat" },
        ],
      },
    ],
  },
  async execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
    const words = input.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const t = (l: "ar" | "en", key: string, vars?: Record<string, unknown>) => ctx.t(l, key, vars);
    const base = { command: "lang", items: [] as never[], citations: [] as never[] };
    const { caller, prefs } = ctx;
    if (!caller || !prefs) {
      return { ...base, lang: input.lang, status: "invalid", title: t(input.lang, "lang.title"), intro: t(input.lang, "lang.unavailable") };
    }
    const choice = words.find((w) => ["ar", "en", "reset", "عربي", "العربية", "english", "انجليزي", "الإنجليزية"].includes(w));
    const scope = words.includes("chat") || words.includes("server") || words.includes("group") ? "chat" : "user";
    if (!choice) {
      const [mine, chat] = await Promise.all([prefs.userLang(caller.userId), prefs.chatLang(caller.chatId)]);
      const show = (l: "ar" | "en" | undefined) => (l ? t(input.lang, `lang.name.${l}`) : t(input.lang, "lang.notSet"));
      return {
        ...base,
        lang: input.lang,
        status: words.length ? "invalid" : "ok",
        title: t(input.lang, "lang.title"),
        intro: (words.length ? t(input.lang, "lang.unknownChoice", { value: words.join(" ") }) + "\n" : "") + t(input.lang, "lang.current", { mine: show(mine), chat: show(chat) }),
      };
    }
    const value = choice === "reset" ? null : ["ar", "عربي", "العربية"].includes(choice) ? "ar" : "en";
    const shown = value ?? input.lang;
    if (scope === "chat" && caller.chatType !== "private" && !caller.isModerator) {
      return { ...base, lang: shown, status: "invalid", title: t(shown, "lang.title"), intro: t(shown, "lang.moderatorsOnly") };
    }
    await prefs.set(scope === "chat" && caller.chatType !== "private" ? "chat" : "user", scope === "chat" && caller.chatType !== "private" ? caller.chatId : caller.userId, value);
    return {
      ...base,
      lang: shown,
      status: "ok",
      title: t(shown, "lang.title"),
      intro: value === null ? t(shown, "lang.cleared") : t(value, scope === "chat" && caller.chatType !== "private" ? "lang.setChat" : "lang.setUser"),
    };
  },
} satisfies Command;
