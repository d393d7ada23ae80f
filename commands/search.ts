/**
 * /search <words>: ranked articles with the best-matching sentence, Arabic-aware (stems, clitics, spelling
 * variants) and English names mapped to their Arabic forms by the core.
 */
import type { Reply } from "../src/core/reply.ts";
import type { Command, CommandContext, CommandInput } from "./types.ts";
import { Citations, clampLimit, englishFor, langOption } from "./shared.ts";

export const search = {
  readsIndexOnly: true,
  data: {
    name: "search",
    description: { en: "Search the articles", ar: "ابحث في المقالات" },
    options: [
      { name: "query", type: "string", required: true, description: { en: "Words to look for, Arabic or English", ar: "كلمات البحث بالعربية أو الإنجليزية" } },
      langOption,
      { name: "limit", type: "integer", description: { en: "How many results", ar: "عدد النتائج" }, min: 1, max: 50 },
    ],
  },
  async execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
    const { lang } = input;
    const t = (key: string, vars?: Record<string, unknown>) => ctx.t(lang, key, vars);
    const query = input.query.trim();
    const hits = ctx.core.search(query, { limit: clampLimit(input.limit, 10, 50) });
    const data = { results: hits.map((h) => ({ article: h.article, title: h.title, score: Number(h.score.toFixed(3)), snippet: h.snippet })) };
    if (hits.length === 0) {
      return { command: "search", lang, status: "empty", title: t("search.title", { query }), intro: t("search.none", { query }), items: [], citations: [], data };
    }
    const cites = new Citations(ctx.core, lang);
    const english = lang === "en" ? await englishFor(ctx, hits.map((h) => ({ ar: h.snippet, hash: ctx.core.sentence(h.sentenceId)?.hash ?? "" }))) : [];
    let arabicShown = false;
    const items = hits.map((h, i) => {
      const n = cites.cite(h.article);
      const en = english[i];
      if (lang === "en" && en === undefined) arabicShown = true;
      return { heading: cites.list[n - 1]!.title, text: lang === "ar" ? h.snippet : en ?? `${t("common.arabicLabel")} ${h.snippet}`, cites: [n] };
    });
    return {
      command: "search",
      lang,
      status: "ok",
      title: t("search.title", { query }),
      intro: t("search.count", { count: hits.length }),
      items,
      citations: cites.list,
      ...(arabicShown ? { footer: t("common.arabicShown") } : {}),
      data,
    };
  },
} satisfies Command;
