/**
 * One chat.completions call with the layer's policies: a concurrency slot, per-attempt and overall
 * time limits, the openai package's retries (which honour retry-after), and a log line with latency and
 * tokens. Throws LlmError; never logs the API key or prompt text.
 */
import OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { Logger } from "pino";
import { LlmError, toLlmError } from "./errors.ts";
import { Semaphore } from "./semaphore.ts";

/** What a caller asks of the model. */
export interface ChatRequest {
  /** Operation name for the logs: "translate", "summarize", "propose_names". */
  op: string;
  messages: ChatCompletionMessageParam[];
  responseFormat?: ChatCompletionCreateParamsNonStreaming["response_format"];
  /** The operation's deadline (overall limit, possibly combined with the caller's). */
  signal: AbortSignal;
}

export interface ChatRunner {
  /** The text of the first choice. */
  complete(request: ChatRequest): Promise<string>;
}

export interface ChatRunnerOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  logger: Logger;
  timeoutMs: number;
  concurrency: number;
  maxRetries: number;
}

/** Builds the openai client once and returns the runner every operation shares. */
export function createChatRunner(opts: ChatRunnerOptions): ChatRunner {
  const log = opts.logger;
  const client = new OpenAI({
    apiKey: opts.apiKey,
    // Explicit values so the package does not read OPENAI_BASE_URL / OPENAI_ORG_ID / OPENAI_PROJECT_ID
    // itself: src/main.ts is the only reader of the environment.
    baseURL: opts.baseURL ?? "https://api.openai.com/v1",
    organization: null,
    project: null,
    timeout: opts.timeoutMs,
    maxRetries: opts.maxRetries,
    // The package's own retry notices go to our logger; debug (which dumps request details) stays off.
    logLevel: "info",
    logger: {
      error: (msg: string) => log.error({ component: "openai" }, msg),
      warn: (msg: string) => log.warn({ component: "openai" }, msg),
      info: (msg: string) => log.info({ component: "openai" }, msg),
      debug: () => {},
    },
  });
  const slots = new Semaphore(opts.concurrency);

  return {
    async complete(request) {
      const { op, signal } = request;
      const started = Date.now();
      let release: (() => void) | undefined;
      try {
        release = await slots.acquire(signal);
        const pending = client.chat.completions.create(
          {
            model: opts.model,
            messages: request.messages,
            ...(request.responseFormat ? { response_format: request.responseFormat } : {}),
          },
          { signal },
        );
        const completion = await untilAborted(pending, signal);
        const content = completion.choices[0]?.message?.content ?? "";
        log.info(
          {
            op,
            model: opts.model,
            ms: Date.now() - started,
            promptTokens: completion.usage?.prompt_tokens,
            completionTokens: completion.usage?.completion_tokens,
            totalTokens: completion.usage?.total_tokens,
            finish: completion.choices[0]?.finish_reason,
          },
          "llm call",
        );
        if (content.trim() === "") throw new LlmError("empty", "the model returned no text");
        return content;
      } catch (error) {
        const failure = toLlmError(error, signal);
        log.warn({ op, model: opts.model, ms: Date.now() - started, reason: failure.reason }, "llm call failed");
        throw failure;
      } finally {
        release?.();
      }
    },
  };
}

/**
 * Settles with `promise`, or rejects as soon as `signal` aborts. Needed because the package sleeps
 * through a retry-after delay without watching the signal; once aborted it sends nothing more (it checks
 * the signal before each attempt), so giving its slot back at that point is safe.
 */
function untilAborted<T>(promise: PromiseLike<T>, signal: AbortSignal): Promise<T> {
  const settled = Promise.resolve(promise);
  // The abandoned promise will still reject later (APIUserAbortError): keep that from going unhandled.
  settled.catch(() => {});
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    settled.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
