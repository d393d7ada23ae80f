/**
 * Abstractive, cited summaries: the model writes from the numbered sentences only, and `checkSummary`
 * decides whether anyone sees it. Every failure is a value `{ ok: false, reason }`, logged once here,
 * so the caller just shows the extractive summary.
 */
import type { Logger } from "pino";
import type { ChatRunner } from "./chat.ts";
import { checkSummary } from "./check.ts";
import { toLlmError } from "./errors.ts";
import { summaryPrompt, promptMessages } from "./prompts.ts";
import type { SummaryRequest, SummaryResult } from "./types.ts";

export interface SummarizerDeps {
  runner: ChatRunner;
  logger: Logger;
  overallTimeoutMs: number;
}

/** More sentences than this make a prompt the check cannot help much with; the caller ranks first. */
const MAX_SOURCES = 40;

/** Builds `summarize(request)`; see Llm.summarize. */
export function createSummarize(deps: SummarizerDeps) {
  return async function summarize(
    request: SummaryRequest,
  ): Promise<SummaryResult> {
    const sources = request.sentences.slice(0, MAX_SOURCES);
    if (sources.length === 0) return fallback("no_sources", request);
    const maxWords = request.maxWords ?? 120;
    const overall = AbortSignal.timeout(deps.overallTimeoutMs);
    const signal = request.signal ? AbortSignal.any([overall, request.signal]) : overall;
    const prompt = summaryPrompt(
      request.lang,
      sources.map((s) => s.text),
      maxWords,
      request.glossary,
    );
    let reply: string;
    try {
      reply = await deps.runner.complete({
        op: "summarize",
        messages: promptMessages(prompt),
        signal,
      });
    } catch (error) {
      return fallback(toLlmError(error, signal).reason, request);
    }
    const checked = checkSummary(reply, sources, { lang: request.lang, maxWords });
    if (!checked.ok) return fallback(checked.reason, request);
    return checked;
  };

  function fallback(reason: string, request: SummaryRequest): SummaryResult {
    deps.logger.warn({ op: "summarize", reason, lang: request.lang, sources: request.sentences.length }, "llm summary rejected, using extractive");
    return { ok: false, reason };
  }
}
