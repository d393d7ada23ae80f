/**
 * createCore: index loaded articles once (all analysis happens here) and answer the Core queries from
 * the precomputed structures. loadCore: load a corpus directory and its reference translations, then
 * createCore.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { SEEDS_DIR } from "../paths.ts";
import type { Core } from "./core.ts";
import type { Article, LoadProblem } from "./types.ts";
import { loadCorpus } from "./corpus/load.ts";
import { loadReferenceTranslations } from "./corpus/translations.ts";
import { buildIndexData, indexFromData, type CoreIndex } from "./index/build.ts";
import { DEFAULT_CACHE_DIR, readSnapshot, snapshotFor, staleSnapshotPath, writeSnapshot, type Snapshot, type SnapshotStatus } from "./index/snapshot.ts";
import { buildInChild, previewInChild } from "./index/child-build.ts";
import { who, suggest } from "./queries/who.ts";
import { holders } from "./queries/holders.ts";
import { timeline } from "./queries/timeline.ts";
import { summary } from "./queries/summary.ts";
import { search } from "./queries/search.ts";
import { buildEntityLookupData, lookupFrom, soundOkFor } from "./index/entity-lookup.ts";

/** What createCore indexes. */
export interface CoreInput {
  articles: Article[];
  /** Problems met while loading, reported by `problems()`. */
  problems?: LoadProblem[];
  /** Reference translations: English titles by article id, English sentences by sentence hash. */
  translations?: { titles: Map<string, string>; sentences: Map<string, string> };
  /** Clock for `indexedAt` (tests); defaults to the current time. */
  now?: () => Date;
  /** An early index of the newest articles only, while the whole corpus is being indexed (see `Core.partial`). */
  partial?: { articles: number; of: number };
}

/** The seed corpus shipped with the repository: the default of loadCore. */
export { SEEDS_DIR };

/** Indexes the articles and returns the query interface. Synchronous; queries never rescan the corpus. */
export function createCore(input: CoreInput): Core {
  return coreOver(indexFromData(buildIndexData(input.articles)), input);
}

/** Revisions are unique across the cores of a process, so a core swapped in never shares one with the last. */
let lastRevision = 0;

/** The query interface over a built index (fresh or from a snapshot). */
function coreOver(index: CoreIndex, input: Omit<CoreInput, "articles">): Core {
  const problems = [...(input.problems ?? [])];
  const titles = new Map(input.translations?.titles ?? []);
  const sentences = new Map(input.translations?.sentences ?? []);
  const indexedAt = (input.now ?? (() => new Date()))().toISOString();
  const english = (hash: string): string | undefined => sentences.get(hash);
  let revision = ++lastRevision;

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
    holders: (office, options = {}) => holders(index, office, options.limit),
    suggest: (prefix, limit = 25) => suggest(index, prefix, limit),
    english,
    sentence: (id) => {
      const s = index.sentenceIndex.get(id);
      return s === undefined ? undefined : index.sentences[s];
    },
    englishTitle: (id) => titles.get(id),
    applyEnglishNames: (names) => {
      const byId = new Map(index.entities.map((e, i) => [e.id, i]));
      let changed = 0;
      for (const { entityId, en, role } of names) {
        const i = byId.get(entityId);
        const entity = i === undefined ? undefined : index.entities[i];
        if (!entity || !en.trim() || entity.name.en === en) continue;
        if (!entity.aliases.includes(entity.name.en)) entity.aliases.push(entity.name.en);
        entity.name.en = en.trim();
        const known = role && entity.roles.find((r) => r.ar === role.ar);
        if (known && role) known.en = role.en;
        changed++;
      }
      // English names are part of the name lookup (who, search expansion, completion): rebuild it once.
      if (changed > 0) {
        index.lookup = lookupFrom(buildEntityLookupData(index.entities), soundOkFor(index.entities));
        revision = ++lastRevision;
      }
      return changed;
    },
    addTranslations: (more) => {
      for (const [hash, en] of more) if (en.trim()) sentences.set(hash, en);
      revision = ++lastRevision;
    },
    indexedAt: (id) => (index.articleIndex.has(id) ? indexedAt : undefined),
    revision: () => revision,
    partial: () => input.partial,
  };
}

export interface LoadCoreOptions {
  /**
   * Where index snapshots are kept (default: node_modules/.cache/mawjaz of the project); false turns
   * them off. With a snapshot of the same corpus state and the same code, loading and analysis are
   * skipped (see src/core/index/snapshot.ts).
   */
  cache?: string | false;
  /** Told whether a snapshot was used (tests, logs). */
  onSnapshot?: (status: SnapshotStatus) => void;
  /**
   * When the corpus changed since the last snapshot, use that snapshot anyway (status "stale") instead
   * of analysing now: a bot then answers within seconds of a restart and re-indexes in the background
   * (main.ts). Only snapshots of the same directory made by the same code qualify.
   */
  stale?: boolean;
  /**
   * Only analyses that took at least this long are snapshotted (default 1000 ms): a small corpus is
   * rebuilt faster than a snapshot is worth keeping, and test corpora do not fill the cache.
   */
  snapshotMinMs?: number;
  /**
   * Corpora of at least this many bytes are indexed in a child process (src/indexer.ts) whose snapshot is
   * then read, so this process never holds a build's garbage and keeps running while it builds (main.ts).
   * Needs the cache; when the child fails, the corpus is indexed here and `onChildBuild` says why.
   */
  childBuildMinBytes?: number;
  /** Told how a child build went: its time, or why it failed (and the corpus was indexed in this process). */
  onChildBuild?: (outcome: { ok: true; ms: number; peakRssMB: number } | { ok: false; reason: string }) => void;
  /**
   * When the whole corpus has to be indexed in the indexer process (no usable snapshot), a second indexer process
   * indexes its newest articles alone (src/core/index/preview.ts) and this is called with that early core, within a
   * few seconds at 10k articles, unless the whole index is ready first. A bot answers from it meanwhile; its
   * `partial()` says how much of the corpus it holds. Not called at all when there is no child build.
   */
  onPreview?: (core: Core) => void;
  /** Characters of text in the early index (default PREVIEW_CHARS, src/core/index/preview.ts). */
  previewChars?: number;
}

/** Corpus size from which the bot indexes in a child process: about a thousand articles, a second of analysis. */
export const CHILD_BUILD_MIN_BYTES = 2_000_000;

/** Indexes `dir` in the indexer process and reads the snapshot it wrote. */
async function fromChild(dir: string, cacheDir: string): Promise<{ ok: true; ms: number; peakRssMB: number; snapshot: Snapshot } | { ok: false; reason: string }> {
  const started = performance.now();
  try {
    const built = await buildInChild(dir, cacheDir);
    const snapshot = await readSnapshot(built.snapshot);
    if (snapshot === undefined || snapshot === "corrupt") return { ok: false, reason: `the snapshot it wrote could not be read (${snapshot ?? "missing"})` };
    return { ok: true, ms: performance.now() - started, peakRssMB: built.peakRssMB, snapshot };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

/** Loads a corpus directory (default: the seeds) with its `*.en.json` translations and indexes it. */
export async function loadCore(dir: string = SEEDS_DIR, options: LoadCoreOptions = {}): Promise<Core> {
  const cacheDir = options.cache === undefined ? DEFAULT_CACHE_DIR : options.cache;
  const key = cacheDir === false ? null : await snapshotFor(cacheDir, dir).catch(() => null);
  const path = key?.path ?? null;
  const [found, refs] = await Promise.all([path ? readSnapshot(path) : undefined, loadReferenceTranslations(dir)]);
  if (found !== undefined && found !== "corrupt") {
    options.onSnapshot?.("hit");
    return coreOver(indexFromData(found.data), { problems: [...found.problems, ...refs.problems], translations: refs });
  }
  if (options.stale && cacheDir !== false && path !== null) {
    const older = await staleSnapshotPath(cacheDir, dir).catch(() => null);
    const stale = older === null || older === path ? undefined : await readSnapshot(older);
    if (stale !== undefined && stale !== "corrupt") {
      options.onSnapshot?.("stale");
      return coreOver(indexFromData(stale.data), { problems: [...stale.problems, ...refs.problems], translations: refs });
    }
  }
  options.onSnapshot?.(path === null ? "disabled" : found === "corrupt" ? "corrupt" : "miss");
  const childBuild = cacheDir !== false && key !== null && options.childBuildMinBytes !== undefined && key.bytes >= options.childBuildMinBytes;
  const early = childBuild && options.onPreview ? startPreview(dir, refs, options.onPreview, options.previewChars) : undefined;
  try {
    if (childBuild) {
      const built = await fromChild(dir, cacheDir);
      options.onChildBuild?.(built.ok ? { ok: true, ms: built.ms, peakRssMB: built.peakRssMB } : built);
      if (built.ok) return coreOver(indexFromData(built.snapshot.data), { problems: [...built.snapshot.problems, ...refs.problems], translations: refs });
    }
    return await buildHere(dir, path, refs, options.snapshotMinMs);
  } finally {
    early?.stop();
  }
}

type References = Awaited<ReturnType<typeof loadReferenceTranslations>>;

/**
 * The early index (see LoadCoreOptions.onPreview): built in an indexer process of its own, into a temporary file that
 * is read and removed. Stopped, or failed, it delivers nothing: the whole index follows anyway.
 */
function startPreview(dir: string, refs: References, deliver: (core: Core) => void, chars?: number): { stop(): void } {
  const controller = new AbortController();
  void (async () => {
    const tmp = await mkdtemp(join(tmpdir(), "mawjaz-preview-"));
    try {
      const built = await previewInChild(dir, join(tmp, "preview.snap"), { signal: controller.signal, ...(chars !== undefined ? { chars } : {}) });
      const snapshot = await readSnapshot(built.snapshot);
      if (controller.signal.aborted || snapshot === undefined || snapshot === "corrupt") return;
      const partial = { articles: built.articles, of: built.of };
      deliver(coreOver(indexFromData(snapshot.data), { problems: [...snapshot.problems, ...refs.problems], translations: refs, partial }));
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  })().catch(() => undefined);
  return { stop: () => controller.abort() };
}

/** Loads and indexes the corpus in this process, and snapshots the result when it took long enough. */
async function buildHere(dir: string, path: string | null, refs: References, snapshotMinMs = 1000): Promise<Core> {
  const started = performance.now();
  const corpus = await loadCorpus(dir);
  const data = buildIndexData(corpus.articles);
  if (path !== null && performance.now() - started >= snapshotMinMs) {
    // An optimisation only: a read-only or full disk must not stop the bot.
    await writeSnapshot(path, { data, problems: corpus.problems }).catch(() => undefined);
  }
  return coreOver(indexFromData(data), {
    problems: [...corpus.problems, ...refs.problems],
    translations: refs,
  });
}
