/**
 * /summary [topic | article id]: what the articles say, in a few sentences, each cited. Extractive and offline by
 * default; when an LLM is configured the abstractive summary replaces it only if it passes the source checks
 * (src/llm).
 */
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import type { SummarySentence } from "../src/core/core.ts";
import type { Lang } from "../src/core/types.ts";
import type { Command, CommandContext, CommandInput } from "./types.ts";
import { Citations, clampLimit, englishFor, langOption } from "./shared.ts";

export const summary = {
  readsIndexOnly: true,
  data: {
    name: "summary",
    description: { en: "What do the articles say? A short cited summary", ar: "ماذا تقول المقالات؟ موجز قصير موثّق بالمصادر" },
    options: [
      { name: "query", type: "string", description: { en: "A topic, person or article id (optional)", ar: "موضوع أو شخص أو معرّف مقال (اختياري)" } },
      langOption,
      { name: "limit", type: "integer", description: { en: "How many sentences", ar: "عدد الجمل" }, min: 1, max: 15 },
    ],
  },
  async execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
    const { lang } = input;
    const t = (key: string, vars?: Record<string, unknown>) => ctx.t(lang, key, vars);
    const query = input.query.trim();
    // An article id (as listed by /sources) summarises that article alone.
    const articleId = input.article ?? (query && ctx.core.article(query) ? query : undefined);
    const sentences = ctx.core.summary({
      ...(articleId ? { article: articleId } : query ? { query } : {}),
      limit: clampLimit(input.limit, 5, 15),
    });
    const data = { sentences: sentences.map((s) => ({ text: s.text, article: s.article })) };
    if (sentences.length === 0) {
      return {
        command: "summary",
        lang,
        status: "empty",
        title: t("summary.title"),
        intro: query ? t("summary.noneFor", { query }) : t("summary.none"),
        items: [],
        citations: [],
        data,
      };
    }
    const cites = new Citations(ctx.core, lang);
    async function extractiveItems() {
      const english = lang === "en"
        ? await englishFor(ctx, sentences.map((s) => ({ ...s.text, hash: ctx.core.sentence(s.sentenceId)?.hash ?? "" })))
        : [];
      let arabicShown = false;
      const items = sentences.map((s, i) => {
        const en = english[i];
        if (lang === "en" && en === undefined) arabicShown = true;
        if (en !== undefined) data.sentences[i]!.text = { ar: s.text.ar, en };
        return { text: lang === "ar" ? s.text.ar : en ?? `${t("common.arabicLabel")} ${s.text.ar}`, cites: [cites.cite(s.article)] };
      });
      return { items, arabicShown };
    }
    const articleCount = new Set(sentences.map((s) => s.article)).size;
    // The checked abstractive summary when an LLM is configured; else (or when it fails) the extractive sentences.
    const abstract = await abstractive(ctx, lang, sentences, cites);
    const extractive = abstract ? undefined : await extractiveItems();
    return {
      command: "summary",
      lang,
      status: "ok",
      title: articleId ? t("summary.titleArticle", { title: cites.list[0]?.title ?? articleId }) : query ? t("summary.titleFor", { query }) : t("summary.title"),
      intro: t("summary.basedOn", { count: articleCount }),
      items: abstract?.items ?? extractive!.items,
      citations: cites.list,
      ...(abstract ? { footer: t("summary.abstractive") } : extractive!.arabicShown ? { footer: t("common.arabicShown") } : {}),
      data: abstract ? { ...data, abstract: abstract.text } : data,
    };
  },
} satisfies Command;

/**
 * The LLM's summary when one is configured and its output passed the source checks; its markers [k] are rewritten
 * to this reply's citation numbers. Undefined means: use the extractive sentences (the reason is logged by the LLM
 * layer).
 */
async function abstractive(ctx: CommandContext, lang: Lang, sentences: SummarySentence[], cites: Citations): Promise<{ items: ReplyItem[]; text: string } | undefined> {
  if (!ctx.summarizer) return undefined;
  try {
    const result = await ctx.summarizer.summarize({
      lang,
      sentences: sentences.map((s) => ({ id: s.sentenceId, text: s.text.ar, article: s.article })),
      maxWords: 120,
    });
    if (!result.ok) return undefined;
    const markers = new Map(result.citations.map((c) => [c.marker, cites.citeAll(c.articles)]));
    const text = result.text.replace(/\[(\d+)\]/g, (_, k: string) => (markers.get(Number(k)) ?? []).map((n) => `[${n}]`).join(""));
    const paragraphs = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
    return {
      text,
      items: paragraphs.map((p) => ({ text: p.replace(/(\[\d+\])+/g, "").replace(/\s+([.,،])/g, "$1").trim(), cites: [...new Set([...p.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))] })),
    };
  } catch {
    return undefined;
  }
}
