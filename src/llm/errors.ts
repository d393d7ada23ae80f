/**
 * One error class for every way a model call can fail, with a short `kind` that becomes the logged
 * fallback reason. Callers never show these to users: they fall back to the offline answer.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";

export type LlmErrorKind =
  | "timeout"
  | "overall_timeout"
  | "aborted"
  | "rate_limited"
  | "http"
  | "connection"
  | "empty"
  | "bad_output";

export class LlmError extends Error {
  override readonly name = "LlmError";
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }

  /** "timeout", "http_500", "rate_limited"...: what the logs and fallback reasons carry. */
  get reason(): string {
    return this.kind === "http" && this.status !== undefined ? `http_${this.status}` : this.kind;
  }
}

/**
 * Maps whatever a call threw to an LlmError. `signal` is the operation's own signal: when it has
 * aborted, its reason (a TimeoutError from AbortSignal.timeout, or the caller's) decides the kind.
 */
export function toLlmError(error: unknown, signal?: AbortSignal): LlmError {
  if (error instanceof LlmError) return error;
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    const timedOut = reason instanceof Error && reason.name === "TimeoutError";
    return new LlmError(timedOut ? "overall_timeout" : "aborted", timedOut ? "overall time limit reached" : "aborted");
  }
  if (error instanceof APIConnectionTimeoutError) return new LlmError("timeout", "request timed out");
  if (error instanceof APIUserAbortError) return new LlmError("aborted", "aborted");
  if (error instanceof APIConnectionError) return new LlmError("connection", error.message);
  if (error instanceof APIError) {
    // APIError.message may quote the server's body, never the request headers: safe to keep.
    if (error.status === 429) return new LlmError("rate_limited", error.message, 429);
    return new LlmError("http", error.message, error.status);
  }
  return new LlmError("bad_output", error instanceof Error ? error.message : String(error));
}
