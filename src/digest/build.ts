/**
 * What a digest holds, built from the same core queries as the commands: the articles first indexed in the
 * run's window (since, cutoff], narrowed to the schedule's scope; the top stories (each the article's best
 * summary sentence, cited), the people in them, and their dated events. A neutral Reply, rendered by each
 * platform's own renderer. Kept short on purpose (5 stories, 8 people, 5 events) so that a digest usually
 * fits one Telegram message; a longer one is split into several messages by the renderer.
 */
import type { CommandContext, EnglishProvider } from "../../commands/types.ts";
import { Citations, articleTitle, englishFor, showDate } from "../../commands/shared.ts";
import type { Core } from "../core/core.ts";
import type { Reply, ReplyItem } from "../core/reply.ts";
import type { Lang } from "../core/types.ts";
import type { Translator } from "../i18n/index.ts";
import type { DigestScope, EmptyPolicy } from "./types.ts";

export const MAX_STORIES = 5;
export const MAX_PEOPLE = 8;
export const MAX_EVENTS = 5;

export interface BuildInput {
  core: Core;
  t: Translator;
  english?: EnglishProvider;
  lang: Lang;
  scope: DigestScope;
  policy: EmptyPolicy;
  /** First-indexed time of every known article (the ledger). */
  ledger: Record<string, string>;
  /** Window: articles indexed after `since` (all when undefined) and at or before `cutoff`. */
  since?: string;
  cutoff: string;
}

/** Article ids in the window, in corpus order. */
export function newArticles(core: Core, ledger: Record<string, string>, since: string | undefined, cutoff: string): string[] {
  const lo = since === undefined ? -Infinity : Date.parse(since);
  const hi = Date.parse(cutoff);
  return core.articles().map((a) => a.id).filter((id) => {
    const at = ledger[id] === undefined ? NaN : Date.parse(ledger[id]!);
    return at > lo && at <= hi;
  });
}

/** The ids among `ids` that concern the scope's person, organisation or keyword. */
export function inScope(core: Core, scope: DigestScope, ids: string[]): string[] {
  if (scope.kind === "all") return ids;
  const hits = new Set<string>();
  for (const e of core.who(scope.text, { limit: 10 })) for (const a of e.articles) hits.add(a);
  for (const h of core.search(scope.text, { limit: 200 })) hits.add(h.article);
  return ids.filter((id) => hits.has(id));
}

/** Builds the digest, or null when nothing is new and the policy is to skip. */
export async function buildDigest(input: BuildInput): Promise<Reply | null> {
  const { core, lang } = input;
  const t = (key: string, vars?: Record<string, unknown>) => input.t(lang, key, vars);
  const ids = inScope(core, input.scope, newArticles(core, input.ledger, input.since, input.cutoff));
  const title = input.scope.kind === "all" ? t("digest.title") : t("digest.titleFor", { scope: input.scope.text });
  const base = { command: "digest", lang, title };
  if (ids.length === 0) {
    if (input.policy === "skip") return null;
    return { ...base, status: "empty", intro: t("digest.nothingNew"), items: [], citations: [], data: { articles: [] } };
  }

  const ctx: CommandContext = { core, t: input.t, ...(input.english ? { english: input.english } : {}) };
  const cites = new Citations(core, lang);
  const fresh = new Set(ids);
  let arabicShown = false;
  const inLang = async (texts: { ar: string; en?: string; hash?: string }[]): Promise<string[]> => {
    if (lang === "ar") return texts.map((x) => x.ar);
    const en = await englishFor(ctx, texts);
    return texts.map((x, i) => {
      if (en[i] !== undefined) return en[i]!;
      arabicShown = true;
      return `${t("common.arabicLabel")} ${x.ar}`;
    });
  };

  // Stories: the most recently published first; each told by its best summary sentence.
  const byDate = [...ids].sort((a, b) => (core.article(b)?.published ?? "").localeCompare(core.article(a)?.published ?? ""));
  const stories = byDate
    .map((id) => ({ id, best: core.summary({ article: id, limit: 1 })[0] }))
    .filter((s) => s.best !== undefined)
    .slice(0, MAX_STORIES);
  const storyTexts = await inLang(stories.map((s) => ({ ...s.best!.text, hash: core.sentence(s.best!.sentenceId)?.hash ?? "" })));
  const items: ReplyItem[] = stories.map((s, i) => {
    const article = core.article(s.id);
    return { heading: article ? articleTitle(core, article, lang) : s.id, text: storyTexts[i]!, cites: [cites.cite(s.id)] };
  });

  // People who appear in the new articles, by prominence.
  const people = core.who(undefined, { limit: 200 })
    .filter((e) => e.type === "person" && e.articles.some((a) => fresh.has(a)))
    .slice(0, MAX_PEOPLE);
  if (people.length > 0) {
    const sep = lang === "ar" ? "، " : ", ";
    const names = people.map((e) => {
      const role = e.roles[0]?.[lang];
      return role ? `${e.name[lang]} (${role})` : e.name[lang];
    });
    const where = [...new Set(people.flatMap((e) => e.articles.filter((a) => fresh.has(a))))].slice(0, 5);
    items.push({ heading: t("digest.people"), text: names.join(sep), cites: cites.citeAll(where) });
  }

  // Dated events reported by the new articles, latest first.
  const events = core.timeline({ limit: 1000 })
    .filter((e) => e.articles.some((a) => fresh.has(a)))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, MAX_EVENTS);
  const eventTexts = await inLang(events.map((e) => ({ ...e.text, hash: core.sentence(e.sentenceIds[0] ?? "")?.hash ?? "" })));
  events.forEach((e, i) => {
    items.push({
      heading: `${t("digest.event")} · ${showDate(e.date, e.precision, lang, e.end)}`,
      text: eventTexts[i]!,
      cites: cites.citeAll(e.articles.filter((a) => fresh.has(a))),
    });
  });

  return {
    ...base,
    status: "ok",
    intro: t("digest.intro", { count: ids.length }),
    items,
    citations: cites.list,
    ...(arabicShown ? { footer: t("common.arabicShown") } : {}),
    data: { articles: ids },
  };
}
