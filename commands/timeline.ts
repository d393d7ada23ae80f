/**
 * /timeline [who or what] [--from YYYY-MM-DD] [--to YYYY-MM-DD]: dated events in order, each with its date, its
 * precision and every article that reports it.
 */
import type { Reply } from "../src/core/reply.ts";
import type { Command, CommandContext, CommandInput } from "./types.ts";
import { Citations, clampLimit, englishFor, langOption, showDate } from "./shared.ts";

export const timeline = {
  readsIndexOnly: true,
  data: {
    name: "timeline",
    description: { en: "What happened when: dated events in order, with sources", ar: "ماذا حدث ومتى: الأحداث مرتبة زمنيًا مع المصادر" },
    options: [
      { name: "query", type: "string", description: { en: "A person, organisation or keyword (optional)", ar: "شخص أو جهة أو كلمة (اختياري)" }, autocomplete: true },
      { name: "from", type: "string", description: { en: "From date, YYYY-MM-DD", ar: "من تاريخ YYYY-MM-DD" } },
      { name: "to", type: "string", description: { en: "To date, YYYY-MM-DD", ar: "إلى تاريخ YYYY-MM-DD" } },
      langOption,
      { name: "limit", type: "integer", description: { en: "How many events at most", ar: "أقصى عدد من الأحداث" }, min: 1, max: 500 },
    ],
  },
  async execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
    const { lang } = input;
    const t = (key: string, vars?: Record<string, unknown>) => ctx.t(lang, key, vars);
    const query = input.query.trim();
    const events = ctx.core.timeline({
      ...(query ? { query } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
      limit: clampLimit(input.limit, 200, 500),
    });
    const data = {
      events: events.map((e) => ({
        date: e.date,
        ...(e.end ? { end: e.end } : {}),
        precision: e.precision,
        text: e.text,
        articles: e.articles,
        evidence: e.evidence,
      })),
    };
    if (events.length === 0) {
      return {
        command: "timeline",
        lang,
        status: "empty",
        title: t("timeline.title"),
        intro: query ? t("timeline.noneFor", { query }) : t("timeline.none"),
        items: [],
        citations: [],
        data,
      };
    }
    const cites = new Citations(ctx.core, lang);
    const english = lang === "en" ? await englishFor(ctx, events.map((e) => ({ ...e.text, ...(e.sentenceIds[0] ? { hash: ctx.core.sentence(e.sentenceIds[0])?.hash ?? "" } : {}) }))) : [];
    let arabicShown = false;
    const items = events.map((e, i) => {
      const en = english[i];
      if (lang === "en" && en === undefined) arabicShown = true;
      if (en !== undefined) data.events[i]!.text = { ar: e.text.ar, en };
      return {
        heading: showDate(e.date, e.precision, lang, e.end),
        text: lang === "ar" ? e.text.ar : en ?? `${t("common.arabicLabel")} ${e.text.ar}`,
        cites: cites.citeAll(e.articles),
      };
    });
    return {
      command: "timeline",
      lang,
      status: "ok",
      title: query ? t("timeline.titleFor", { query, count: events.length }) : t("timeline.titleCount", { count: events.length }),
      items,
      citations: cites.list,
      ...(arabicShown ? { footer: t("common.arabicShown") } : {}),
      data,
    };
  },
} satisfies Command;
