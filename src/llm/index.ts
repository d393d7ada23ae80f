/**
 * The LLM layer: English translations, checked and cited abstractive summaries, and name proposals,
 * through any OpenAI-compatible chat.completions endpoint. Optional: every operation falls back (an
 * `undefined` translation, `{ ok: false }` summary, no proposals) and the bot answers offline.
 *
 * Wiring (src/main.ts): when OPENAI_API_KEY is set,
 *   const llm = createLlm({ apiKey, baseURL: OPENAI_BASE_URL, model: OPENAI_MODEL, store, logger });
 *   ctx.english = llm;                       // EnglishProvider for English answers
 *   const s = await llm.summarize({ lang, sentences }); if (!s.ok) use the extractive summary.
 */
import { createTranslationCache } from "./cache.ts";
import { createChatRunner } from "./chat.ts";
import { createProposeNames } from "./names.ts";
import { createSummarize } from "./summarize.ts";
import { createTranslate } from "./translate.ts";
import type { Llm, LlmOptions } from "./types.ts";

export type { Llm, LlmOptions, SummaryRequest, SummaryResult, SourceSentence, Citation } from "./types.ts";
export type { NameProposal, ExtractedPerson, Acceptance } from "./names.ts";
export { acceptProposals } from "./names.ts";
export { enrichNames } from "./enrich.ts";
export { checkSummary } from "./check.ts";
export { LlmError } from "./errors.ts";

/** Builds the LLM layer. Nothing is sent until an operation is called. */
export function createLlm(opts: LlmOptions): Llm {
  if (opts.apiKey === "") throw new Error("apiKey is required. Set OPENAI_API_KEY or leave the LLM layer off.");
  if (opts.model === "") throw new Error("model is required. Set OPENAI_MODEL.");
  const logger = opts.logger.child({ component: "llm" });
  const overallTimeoutMs = opts.overallTimeoutMs ?? 45_000;
  const runner = createChatRunner({
    apiKey: opts.apiKey,
    ...(opts.baseURL !== undefined ? { baseURL: opts.baseURL } : {}),
    model: opts.model,
    logger,
    timeoutMs: opts.timeoutMs ?? 20_000,
    concurrency: opts.concurrency ?? 4,
    maxRetries: opts.maxRetries ?? 2,
  });
  return {
    translate: createTranslate({
      runner,
      cache: createTranslationCache(opts.store, logger),
      model: opts.model,
      logger,
      batchSize: opts.batchSize ?? 20,
      overallTimeoutMs,
    }),
    summarize: createSummarize({ runner, logger, overallTimeoutMs }),
    proposeNames: createProposeNames({ runner, logger, overallTimeoutMs }),
  };
}
