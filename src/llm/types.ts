/**
 * Public types of the LLM layer. The core never imports this module; commands receive an `Llm` (or just
 * its `translate`, as an EnglishProvider) when one is configured.
 */
import type { Keyv } from "keyv";
import type { Logger } from "pino";
import type { Lang } from "../core/types.ts";
import type { NameProposal } from "./names.ts";

/** Settings for `createLlm`; `src/main.ts` fills them from OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL. */
export interface LlmOptions {
  /** Never logged. */
  apiKey: string;
  /** Any OpenAI-compatible endpoint (llama.cpp, vLLM, Ollama: ".../v1"). Default: api.openai.com. */
  baseURL?: string;
  model: string;
  /** Persistent translation cache (SQLite or Redis through keyv). */
  store: Keyv;
  logger: Logger;
  /** Limit for one HTTP attempt (ms). Default 20 000. */
  timeoutMs?: number;
  /** Limit for one public operation, queueing and retries included (ms). Default 45 000. */
  overallTimeoutMs?: number;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** Retries on 408/409/429/5xx and connection errors, honouring retry-after. Default 2. */
  maxRetries?: number;
  /** Sentences per translation request. Default 20. */
  batchSize?: number;
}

/** A sentence offered to the summariser: `id` is the core's sentence id, `article` its article id. */
export interface SourceSentence {
  id: string;
  text: string;
  article: string;
}

/** What a marker [n] in a checked summary points to. */
export interface Citation {
  marker: number;
  sentenceIds: string[];
  articles: string[];
}

export interface SummaryRequest {
  lang: Lang;
  sentences: SourceSentence[];
  /** Target length; output much longer than this is rejected. Default 120. */
  maxWords?: number;
  /** The caller's own deadline (e.g. the command's), combined with the overall limit. */
  signal?: AbortSignal;
  /** Arabic names → the English forms the core knows (English summaries). */
  glossary?: ReadonlyMap<string, string>;
}

/** A checked summary, or why there is none (the caller then uses the extractive summary). */
export type SummaryResult =
  | { ok: true; text: string; citations: Citation[] }
  | { ok: false; reason: string };

export interface Llm {
  /**
   * English for Arabic texts, in order; `undefined` where no checked translation could be had.
   * Cached by normalised text and model. `glossary` maps Arabic names to the English forms to keep.
   * Implements the commands' EnglishProvider.
   */
  translate(texts: string[], glossary?: Map<string, string>): Promise<(string | undefined)[]>;
  /** An abstractive, cited summary of the given sentences only, checked before it is returned. */
  summarize(request: SummaryRequest): Promise<SummaryResult>;
  /** Proposed English names and roles for people found at ingest; filter with `acceptProposals`. */
  proposeNames(people: { ar: string; context: string }[]): Promise<NameProposal[]>;
}
