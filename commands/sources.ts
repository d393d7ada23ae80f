/** /sources: the articles of the corpus with title, outlet and date. */
import type { Reply } from "../src/core/reply.ts";
import type { Command, CommandContext, CommandInput } from "./types.ts";
import { Citations, clampLimit, langOption, showDate } from "./shared.ts";

export const sources = {
  readsIndexOnly: true,
  data: {
    name: "sources",
    description: { en: "The articles Mawjaz has read: title, outlet and date", ar: "المقالات التي قرأها موجز: العنوان والمصدر والتاريخ" },
    options: [langOption, { name: "limit", type: "integer", description: { en: "How many articles", ar: "عدد المقالات" }, min: 1, max: 500 }],
  },
  async execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
    const { lang } = input;
    const t = (key: string, vars?: Record<string, unknown>) => ctx.t(lang, key, vars);
    // Newest first: that is what a reader scanning the list wants.
    const all = [...ctx.core.articles()].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""));
    const shown = all.slice(0, clampLimit(input.limit, 100, 500));
    const cites = new Citations(ctx.core, lang);
    const items = shown.map((a) => {
      const n = cites.cite(a.id);
      const c = cites.list[n - 1]!;
      const when = a.published ? showDate(a.published, "day", lang) + (a.publishedPrecision === "approx" || a.publishedPrecision === "inferred" ? ` (${t(`sources.precision.${a.publishedPrecision}`)})` : "") : t("common.undated");
      return { heading: c.title, text: `${c.source ?? t("common.unknownOutlet")} — ${when} — ${t("sources.id", { id: a.id })}`, cites: [n] };
    });
    return {
      command: "sources",
      lang,
      status: items.length ? "ok" : "empty",
      title: t("sources.title", { count: all.length }),
      ...(items.length ? {} : { intro: t("sources.none") }),
      items,
      citations: cites.list,
      data: { articles: shown.map((a) => ({ id: a.id, title: a.title, source: a.source, published: a.published, url: a.url })) },
    };
  },
} satisfies Command;
