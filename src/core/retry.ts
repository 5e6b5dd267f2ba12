// The retry policy: pure functions of (method, idempotency key, status or error, attempt). No clock, no I/O.

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Backoff between retries: the first delay and the cap, in ms (jittered). */
  backoff: { initialMs: number; maxMs: number };
  /** Longest `Retry-After` the client waits; a longer one ends the retries. */
  maxRetryAfterMs: number;
}

/** What one attempt came to: an HTTP answer, or no answer (`sent: false` when the request provably never left). */
export type AttemptOutcome = { status: number; headers: Headers } | { error: "connection" | "timeout"; sent: boolean };

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; why: string };

/** Methods whose repetition has the effect of one request (RFC 9110 9.2.2). */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);
const RETRYABLE_STATUS = new Set([408, 409, 429]);

/** A status worth another attempt of a request that may safely be repeated. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE_STATUS.has(status);
}

/**
 * Whether to send the request again after attempt number `attempt` (1 = the first), and after how long.
 * GET, HEAD, PUT, DELETE: connection errors, timeouts, 408, 409, 429 and >= 500.
 * POST, PATCH with an idempotency key: the same, except 409 (the key was reused with another body, or is in use).
 * POST, PATCH without a key: only when the request never left the machine (connection refused, DNS failed).
 */
export function decideRetry(
  request: { method: string; keyed: boolean },
  outcome: AttemptOutcome,
  attempt: number,
  policy: RetryPolicy,
  now = Date.now(),
): RetryDecision {
  if (attempt > policy.maxRetries) return { retry: false, why: "retries used up" };
  const repeatable = IDEMPOTENT_METHODS.has(request.method) || request.keyed;
  if ("error" in outcome) {
    if (!repeatable && outcome.sent) {
      return { retry: false, why: "a write without an idempotency key may have reached the server" };
    }
    return { retry: true, delayMs: backoffMs(attempt - 1, policy.backoff) };
  }
  const { status, headers } = outcome;
  if (!isRetryableStatus(status)) return { retry: false, why: `${status} is not retried` };
  if (!repeatable) return { retry: false, why: "a write without an idempotency key is not re-sent" };
  if (status === 409 && !IDEMPOTENT_METHODS.has(request.method)) return { retry: false, why: "409 to a keyed write" };
  const asked = retryAfterMs(headers, now);
  if (asked !== undefined && asked > policy.maxRetryAfterMs) {
    return { retry: false, why: `Retry-After (${Math.round(asked)} ms) is longer than maxRetryAfterMs` };
  }
  return { retry: true, delayMs: asked ?? backoffMs(attempt - 1, policy.backoff) };
}

/** Milliseconds the server asked us to wait, from `retry-after-ms` or `Retry-After` (seconds or HTTP-date). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter: up to a quarter shorter than initialMs * 2^retry, capped at maxMs. */
export function backoffMs(retry: number, { initialMs, maxMs }: { initialMs: number; maxMs: number }, random = Math.random()): number {
  const delay = Math.min(initialMs * 2 ** retry, maxMs);
  return delay * (1 - random * 0.25);
}
