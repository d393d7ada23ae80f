/** Shared set-up for the LLM tests: a capturing pino logger and an Llm pointed at the fake server. */
import { Keyv } from "keyv";
import { pino } from "pino";
import type { Logger } from "pino";
import { createLlm } from "../../src/llm/index.ts";
import type { Llm, LlmOptions } from "../../src/llm/index.ts";
import type { FakeOpenAI } from "../fakes/openai/server.ts";

export const API_KEY = "sk-test-do-not-log-0123456789";

/** A debug-level logger whose lines are kept (parsed) in `lines` and raw in `raw`. */
export function captureLogger(): { logger: Logger; lines: Record<string, unknown>[]; raw: string[] } {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = pino(
    { level: "debug" },
    {
      write(chunk: string) {
        raw.push(chunk);
        lines.push(JSON.parse(chunk) as Record<string, unknown>);
      },
    },
  );
  return { logger, lines, raw };
}

/** An Llm on the fake server with short limits; `store` defaults to a fresh in-memory Keyv. */
export function llmFor(
  fake: FakeOpenAI,
  overrides: Partial<LlmOptions> = {},
): { llm: Llm; store: Keyv; log: ReturnType<typeof captureLogger> } {
  const log = captureLogger();
  const store = overrides.store ?? new Keyv();
  const llm = createLlm({
    apiKey: API_KEY,
    baseURL: fake.baseURL,
    model: "fake-model",
    store,
    logger: log.logger,
    timeoutMs: 5_000,
    overallTimeoutMs: 10_000,
    maxRetries: 2,
    concurrency: 4,
    ...overrides,
  });
  return { llm, store, log };
}

/** The user message of a recorded request. */
export function userMessage(fake: FakeOpenAI, i = 0): string {
  return fake.requests[i]?.body.messages.find((m) => m.role === "user")?.content ?? "";
}

/** The system message of a recorded request. */
export function systemMessage(fake: FakeOpenAI, i = 0): string {
  return fake.requests[i]?.body.messages.find((m) => m.role === "system")?.content ?? "";
}
