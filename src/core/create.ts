/**
 * createCore: index loaded articles once (all analysis happens here) and answer the Core queries from
 * the precomputed structures. loadCore: load a corpus directory and its reference translations, then
 * createCore.
 */
import { fileURLToPath } from "node:url";
import type { Core } from "./core.ts";
import type { Article, LoadProblem } from "./types.ts";
import { loadCorpus } from "./corpus/load.ts";
import { loadReferenceTranslations } from "./corpus/translations.ts";
import { buildIndex } from "./index/build.ts";
import { who, suggest } from "./queries/who.ts";
import { timeline } from "./queries/timeline.ts";
import { summary } from "./queries/summary.ts";
import { search } from "./queries/search.ts";

/** What createCore indexes. */
export interface CoreInput {
  articles: Article[];
  /** Problems met while loading, reported by `problems()`. */
  problems?: LoadProblem[];
  /** Reference translations: English titles by article id, English sentences by sentence hash. */
  translations?: { titles: Map<string, string>; sentences: Map<string, string> };
  /** Clock for `indexedAt` (tests); defaults to the current time. */
  now?: () => Date;
}

/** The seed corpus shipped with the repository: the default of loadCore. */
export const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

/** Indexes the articles and returns the query interface. Synchronous; queries never rescan the corpus. */
export function createCore(input: CoreInput): Core {
  const index = buildIndex(input.articles);
  const problems = [...(input.problems ?? [])];
  const titles = new Map(input.translations?.titles ?? []);
  const sentences = new Map(input.translations?.sentences ?? []);
  const indexedAt = (input.now ?? (() => new Date()))().toISOString();
  const english = (hash: string): string | undefined => sentences.get(hash);

  return {
    articles: () => index.articles,
    article: (id) => {
      const a = index.articleIndex.get(id);
      return a === undefined ? undefined : index.articles[a];
    },
    problems: () => problems,
    who: (query, options) => who(index, query, options),
    timeline: (options = {}) => timeline(index, options, english),
    summary: (options = {}) => {
      // Every article of this core was indexed at the same moment: `since` keeps all or none.
      const since = options.since === undefined ? NaN : Date.parse(options.since);
      const all = Number.isNaN(since) || Date.parse(indexedAt) >= since;
      const allowed = (): boolean => all;
      return summary(index, options, english, allowed);
    },
    search: (query, options = {}) => search(index, query, options.limit),
    suggest: (prefix, limit = 25) => suggest(index, prefix, limit),
    english,
    sentence: (id) => {
      const s = index.sentenceIndex.get(id);
      return s === undefined ? undefined : index.sentences[s];
    },
    englishTitle: (id) => titles.get(id),
    addTranslations: (more) => {
      for (const [hash, en] of more) if (en.trim()) sentences.set(hash, en);
    },
    indexedAt: (id) => (index.articleIndex.has(id) ? indexedAt : undefined),
  };
}

/** Loads a corpus directory (default: the seeds) with its `*.en.json` translations and indexes it. */
export async function loadCore(dir: string = SEEDS_DIR): Promise<Core> {
  const [corpus, refs] = await Promise.all([loadCorpus(dir), loadReferenceTranslations(dir)]);
  return createCore({
    articles: corpus.articles,
    problems: [...corpus.problems, ...refs.problems],
    translations: refs,
  });
}
