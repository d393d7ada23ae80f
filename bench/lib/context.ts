/**
 * What every benchmark section receives: the options, the corpus, memoised expensive inputs (the loaded
 * articles, the full core) and the sinks for figures, notes and skips.
 */
import type { Core } from "../../src/core/core.ts";
import type { Article, LoadProblem } from "../../src/core/types.ts";
import { join } from "node:path";
import { corpusDir, REPO, type CorpusRef } from "./corpus.ts";
import type { Row, Table } from "./results.ts";
import { shuffle } from "./stats.ts";

export interface Options {
  quick: boolean;
  /** Repetitions for medians. */
  runs: number;
  only: Set<string> | null;
  /** Write CPU profiles of indexing and of the end-to-end rounds, summarised, into bench/results/. */
  profile: boolean;
  /** A full run (no --quick, no --only): its artefacts replace the committed ones. */
  full: boolean;
}

export interface Context {
  options: Options;
  corpus: CorpusRef | null;
  rows: Row[];
  /** Extra tables printed under the main one (e.g. latency by corpus size). */
  tables: Table[];
  /** Raw figures kept in latest.json, by section. */
  data: Record<string, unknown>;
  notes: string[];
  skip(section: string, reason: string): void;
  /** Path of a results artefact: bench/results/<name>.md, or <name>.partial.md for quick or partial runs. */
  artifact(name: string): string;
  /** The loaded (cleaned) articles of the whole corpus, or the quick-run subset. */
  articles(): Promise<Article[]>;
  /** A core over `articles()`, built once and shared between sections. */
  fullCore(): Promise<Core>;
}

/** Articles in quick runs: enough to exercise every path in seconds. */
export const QUICK_ARTICLES = 600;
/** The one seed of every random choice (subsets, query sets, spot-check samples). */
export const SEED = 20240727;

export function createContext(options: Options, corpus: CorpusRef | null, skipped: { section: string; reason: string }[]): Context {
  let articles: Promise<Article[]> | undefined;
  let core: Promise<Core> | undefined;
  let problems: LoadProblem[] = [];
  const ctx: Context = {
    options,
    corpus,
    rows: [],
    tables: [],
    data: {},
    notes: [],
    skip: (section, reason) => void skipped.push({ section, reason }),
    artifact: (name) => join(REPO, "bench/results", `${name}${options.full ? "" : ".partial"}.md`),
    articles() {
      articles ??= (async () => {
        if (!corpus) throw new Error("no corpus");
        const { loadCorpus } = await import("../../src/core/corpus/load.ts");
        const loaded = await loadCorpus(await corpusDir(corpus));
        problems = loaded.problems;
        return options.quick ? shuffle(loaded.articles, SEED).slice(0, QUICK_ARTICLES) : loaded.articles;
      })();
      return articles;
    },
    fullCore() {
      core ??= (async () => {
        const { createCore } = await import("../../src/core/create.ts");
        // (The load's problems too, so that robustness counts what was skipped: copies, bad lines.)
        return createCore({ articles: await ctx.articles(), problems });
      })();
      return core;
    },
  };
  return ctx;
}
