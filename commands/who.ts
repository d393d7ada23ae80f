/**
 * /who [name]: without a name, the people and organisations of the corpus by prominence; with a name (Arabic or
 * English), who that is: names in both languages, roles, the articles that mention them, what they said; with an office
 * that is no one's name («وزير الدفاع», "prime minister"), the people the articles gave it, most recently so called first.
 */
import type { Entity, Lang } from "../src/core/types.ts";
import type { OfficeHolder } from "../src/core/core.ts";
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import type { Command, CommandContext, CommandInput } from "./types.ts";
import { Citations, clampLimit, englishFor, langOption, showDate } from "./shared.ts";

const MAX_QUOTES = 3;
/**
 * Sources cited by each person of the list without a name: the articles most about them (see rankArticles). Citing
 * every article would number hundreds of sources for one line at 10k articles (the count is in the text).
 */
const LIST_CITES = 3;

export const who = {
  readsIndexOnly: true,
  data: {
    name: "who",
    description: { en: "Who is this person? Roles, mentions and quotes, with sources", ar: "من هذا الشخص؟ مناصبه وذكره وتصريحاته مع المصادر" },
    options: [
      { name: "query", type: "string", description: { en: "A name or an office, in Arabic or English", ar: "اسم أو منصب بالعربية أو الإنجليزية" }, autocomplete: true },
      langOption,
      { name: "limit", type: "integer", description: { en: "How many people to list", ar: "عدد الأشخاص" }, min: 1, max: 50 },
    ],
  },
  async execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
    const { lang } = input;
    const t = (key: string, vars?: Record<string, unknown>) => ctx.t(lang, key, vars);
    const cites = new Citations(ctx.core, lang);
    const query = input.query.trim();

    if (!query) {
      const top = ctx.core.who(undefined, { limit: clampLimit(input.limit, 10, 50) });
      const items: ReplyItem[] = top.map((e) => ({
        heading: e.name[lang],
        text: [e.roles[0]?.[lang], t("who.mentionedIn", { count: e.articles.length })].filter(Boolean).join(" — "),
        cites: cites.citeAll(rankArticles(e, ctx.core).slice(0, LIST_CITES)),
      }));
      return {
        command: "who",
        lang,
        status: items.length ? "ok" : "empty",
        title: t("who.topTitle"),
        ...(items.length ? {} : { intro: t("who.noneInCorpus") }),
        items,
        citations: cites.list,
        data: { entities: top.map(entityJson) },
      };
    }

    // An office («وزير الدفاع», "prime minister") that is no one's name: who was called so.
    const holders = ctx.core.holders(query, { limit: clampLimit(input.limit, 10, 50) });
    if (holders.length) return officeReply(query, holders, lang, ctx);
    const matches = ctx.core.who(query, { limit: 10 });
    const best = matches[0];
    if (!best) {
      return {
        command: "who",
        lang,
        status: "empty",
        title: t("who.notFoundTitle"),
        intro: t("who.notFound", { query }),
        items: [],
        citations: [],
        data: { entities: [] },
      };
    }

    const items: ReplyItem[] = [];
    const other = lang === "ar" ? "en" : "ar";
    // Sources are numbered in the order the articles are listed, so the marks of the list read 1, 2, 3…
    const articles = rankArticles(best, ctx.core);
    const numbers = cites.citeAll(articles);
    items.push({ heading: t("who.names"), text: `${best.name[lang]} (${best.name[other]})`, cites: [] });
    if (best.roles.length) {
      // The sources of the roles: the first articles, in the order listed, whose text gives this entity a role.
      const stated = roleArticles(best, ctx.core, articles).map((id) => numbers[articles.indexOf(id)]!);
      items.push({ heading: t("who.roles"), text: best.roles.slice(0, ROLES_SHOWN).map((r) => r[lang]).join(lang === "ar" ? "؛ " : "; "), cites: stated });
    }
    const aliases = best.aliases.filter((a) => a !== best.name.ar && a !== best.name.en);
    if (aliases.length) items.push({ heading: t("who.aliases"), text: aliases.slice(0, 8).join(lang === "ar" ? "، " : ", "), cites: [] });

    const quotes = pickQuotes(best, articles);
    let arabicShown = false;
    if (quotes.length) {
      const english = lang === "en"
        ? await englishFor(ctx, quotes.map((q) => {
            const sentence = ctx.core.sentence(q.sentenceId);
            return { ar: sentence?.text ?? q.text, ...(sentence ? { hash: sentence.hash } : {}) };
          }))
        : [];
      quotes.forEach((q, i) => {
        const en = english[i];
        if (lang === "en" && en === undefined) arabicShown = true;
        const text = lang === "ar" ? `«${q.text}»` : en !== undefined ? en : `${t("common.arabicLabel")} «${q.text}»`;
        items.push({ heading: t("who.said"), text, cites: [cites.cite(q.articleId)] });
      });
    }

    const others = matches.slice(1, 5);
    if (others.length) items.push({ heading: t("who.otherMatches"), text: others.map((e) => e.name[lang]).join(lang === "ar" ? "، " : ", "), cites: [] });

    // Where they were mentioned comes last: for a prominent person it runs to hundreds of articles and many pages,
    // and what they said must not wait at the end of them.
    const mentionedIn = t("who.mentionedInArticle");
    const undated = t("common.undated");
    const unknownOutlet = t("common.unknownOutlet");
    const comma = lang === "ar" ? "، " : ", ";
    articles.forEach((id, i) => {
      const article = ctx.core.article(id);
      if (!article) return;
      const n = numbers[i]!;
      const citation = cites.list[n - 1]!;
      const when = article.published ? showDate(article.published, "day", lang) : undated;
      items.push({ heading: mentionedIn, text: `${citation.title} — ${citation.source ?? unknownOutlet}${comma}${when}`, cites: [n] });
    });

    return {
      command: "who",
      lang,
      status: "ok",
      title: best.name[lang],
      intro: t("who.summaryLine", { type: t(`who.type.${best.type}`), times: t("who.times", { count: best.mentions }), articles: t("who.articleCount", { count: best.articles.length }) }),
      items,
      citations: cites.list,
      ...(arabicShown ? { footer: t("common.arabicShown") } : {}),
      data: { entities: matches.map(entityJson) },
    };
  },
} satisfies Command;

/**
 * A query that names no one but an office ("/who وزير الدفاع"): the people the articles gave it, most recently so
 * called first, each with the role as said and the newest article that says it.
 */
function officeReply(query: string, holders: readonly OfficeHolder[], lang: Lang, ctx: CommandContext): Reply {
  const t = (key: string, vars?: Record<string, unknown>) => ctx.t(lang, key, vars);
  const cites = new Citations(ctx.core, lang);
  const items: ReplyItem[] = holders.map((h) => ({
    heading: h.entity.name[lang],
    text: [h.role[lang], h.published ? t("who.officeLast", { date: showDate(h.published, "day", lang) }) : undefined].filter(Boolean).join(" — "),
    cites: [cites.cite(h.articleId)],
  }));
  return {
    command: "who",
    lang,
    status: "ok",
    title: t("who.officeTitle", { query }),
    intro: t("who.officeIntro", { query }),
    items,
    citations: cites.list,
    footer: t("who.officeFooter"),
    data: { entities: holders.map((h) => entityJson(h.entity)), office: holders.map((h) => ({ id: h.entity.id, role: h.role, article: h.articleId, published: h.published })) },
  };
}

/** Words in a quote shown where there is a choice: a whole thought, short enough to read in a reply. */
const QUOTE_WORDS = { min: 6, max: 45 };

/**
 * The quotes shown: one of a readable length from each of the articles most about them (in the order listed), never
 * the same words twice; then more readable ones, then the short or long ones («خلال مهلة شهرين»), when there are
 * fewer.
 */
function pickQuotes(entity: Entity, articles: readonly string[]): Entity["quotes"] {
  const byArticle = new Map<string, Entity["quotes"]>();
  for (const q of entity.quotes) {
    const list = byArticle.get(q.articleId);
    if (list) list.push(q);
    else byArticle.set(q.articleId, [q]);
  }
  const out: Entity["quotes"] = [];
  const seen = new Set<string>();
  const take = (q: Entity["quotes"][number] | undefined) => {
    if (q === undefined) return;
    out.push(q);
    seen.add(q.text);
  };
  const readable = (q: Entity["quotes"][number]) => {
    const n = q.text.split(/\s+/).length;
    return n >= QUOTE_WORDS.min && n <= QUOTE_WORDS.max;
  };
  // Readable ones first, one per article; then more readable ones from the same articles; then any.
  for (const id of articles) {
    if (out.length === MAX_QUOTES) return out;
    take(byArticle.get(id)?.find((q) => readable(q) && !seen.has(q.text)));
  }
  for (const pass of [readable, () => true]) {
    for (const q of entity.quotes) {
      if (out.length === MAX_QUOTES) return out;
      if (!seen.has(q.text) && pass(q)) take(q);
    }
  }
  return out;
}

/**
 * The articles that mention an entity, those about them first: most mentions of them, then the newest, then by id.
 * (The entity lists them in corpus order, which means nothing to a reader.)
 */
function rankArticles(entity: Entity, core: CommandContext["core"]): string[] {
  // One record per article, sorted on plain fields (at 10k articles a prominent name has hundreds of articles and
  // thousands of mentions: Map lookups inside the comparator cost more than the rest of the reply).
  const ranked = entity.articles.map((id) => ({ id, mentions: 0, published: core.article(id)?.published ?? "" }));
  const byId = new Map(ranked.map((r) => [r.id, r]));
  // A sentence id is "<article id>#<n>", and an article's sentences are contiguous: look the article up once per run.
  let prefix = "";
  let current: (typeof ranked)[number] | undefined;
  for (const id of entity.sentenceIds) {
    if (!(current && id.startsWith(prefix) && id.indexOf("#", prefix.length) < 0)) {
      current = byId.get(id.slice(0, id.lastIndexOf("#")));
      if (!current) continue;
      prefix = `${current.id}#`;
    }
    current.mentions++;
  }
  ranked.sort((a, b) => b.mentions - a.mentions || (a.published > b.published ? -1 : a.published < b.published ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked.map((r) => r.id);
}

/**
 * Roles shown for an entity: the most often said first, at most this many (a prominent name gathers a dozen ways of
 * saying its office: «candidate of the centre; independent candidate; new French President …»), as with aliases.
 */
const ROLES_SHOWN = 4;

/** Articles cited for an entity's roles: at most this many (the line would otherwise cite hundreds at 10k articles). */
const ROLE_CITES = 3;

/** The first ROLE_CITES of `ranked` (the entity's articles, most relevant first) where one of its mentions has a role. */
function roleArticles(entity: Entity, core: CommandContext["core"], ranked: readonly string[]): string[] {
  const names = new Set([entity.name.ar, ...entity.aliases]);
  const stated = new Set<string>();
  for (const id of entity.sentenceIds) {
    const s = core.sentence(id);
    if (s && !stated.has(s.articleId) && s.mentions.some((m) => m.role !== undefined && names.has(m.surface))) stated.add(s.articleId);
  }
  return ranked.filter((id) => stated.has(id)).slice(0, ROLE_CITES);
}

/** The stable `--json` shape of an entity (issue 2). */
export function entityJson(e: Entity) {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    roles: e.roles,
    articles: e.articles,
    mentions: e.mentions,
    quotes: e.quotes.map((q) => ({ text: q.text, article: q.articleId })),
  };
}
