// The transport: every call's attempts. Each attempt sends a fresh Request (same bytes), under its own timeout
// that covers headers and body; between attempts it waits as the retry policy says. Knows no operation by name.
import { AbortError, ConnectionError, requestIdOf, TimeoutError } from "./errors.js";
import { connectionHint } from "../runtime.js";
import type { Log } from "./log.js";
import { MAX_TIMER_MS, sleep } from "./sleep.js";
import { type AttemptOutcome, decideRetry, type RetryPolicy } from "./retry.js";

export type Fetch = (request: Request) => Promise<Response>;

/** One call, built once: every attempt sends exactly this. */
export interface Exchange {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Serialized once, so a retry sends the same bytes. */
  body?: string | Uint8Array<ArrayBuffer>;
  /** Carries an idempotency key: a write that may be repeated. */
  keyed: boolean;
  /** The operation, as `POST /chats/{chatId}/messages`, for messages and warnings. */
  label: string;
}

export interface CallSettings {
  maxRetries: number;
  timeoutMs: number;
  /** Aborts at once, never retried. */
  signal?: AbortSignal | undefined;
}

/** The last attempt's answer, its body read inside the attempt. */
export interface Delivered {
  response: Response;
  text: string;
  attempts: number;
}

export interface TransportOptions extends Omit<RetryPolicy, "maxRetries"> {
  fetch: Fetch;
  /** Debug lines, one per attempt. */
  log?: Log;
}

// setTimeout fires at once for a delay above 2^31-1 ms: a longer timeout means "no limit".
const TIMED_OUT = Symbol("timed out");

/** Settles with `promise`, or rejects when `signal` fires: a custom fetch that ignores its signal cannot hang us. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener("abort", onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener("abort", onAbort), reject(error)),
    );
  });
}

// Error codes meaning the request never left this machine, so even a write without a key may be sent again.
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ConnectionRefused"]);

function codeOf(error: unknown): string | undefined {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause && typeof cause === "object" && "code" in cause ? String(cause.code) : undefined;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = codeOf(error);
  return `${cause?.message ?? error.message}${code ? ` (${code})` : ""}`;
}

/** `GET https://api.blooio.com/v4/chats`: the call, without its query (cursors can be long). */
function callOf({ method, url }: Exchange): string {
  const parsed = new URL(url);
  return `${method} ${parsed.origin}${parsed.pathname}`;
}

/** `503 Service Unavailable [request id req_1]` */
function answerOf({ status, statusText, headers }: Response): string {
  const id = requestIdOf(headers);
  return `${status}${statusText ? ` ${statusText}` : ""}${id ? ` [request id ${id}]` : ""}`;
}

type AttemptResult = { delivered: Delivered } | { failure: ConnectionError; sent: boolean };

/** `onAnswer` sees every final answer (deprecation notices). */
export function createTransport({ fetch, backoff, maxRetryAfterMs, log }: TransportOptions, onAnswer?: (label: string, response: Response) => void) {
  /** One attempt: its own signal, fired by the caller's abort or the timeout; the body is read inside it. */
  async function attempt(exchange: Exchange, settings: CallSettings, caller: AbortSignal | undefined, attempts: number): Promise<AttemptResult> {
    const own = new AbortController();
    const onAbort = () => own.abort(caller!.reason);
    caller?.addEventListener("abort", onAbort, { once: true });
    const timer = settings.timeoutMs <= MAX_TIMER_MS ? setTimeout(() => own.abort(TIMED_OUT), settings.timeoutMs) : undefined;
    try {
      const { method, url, headers, body } = exchange;
      const exchanged = (async () => {
        const response = await fetch(new Request(url, { method, headers, body: body ?? null, signal: own.signal }));
        return { response, text: await response.text(), attempts };
      })();
      return { delivered: await untilAborted(exchanged, own.signal) };
    } catch (error) {
      if (caller?.aborted) throw new AbortError(`${callOf(exchange)}: aborted by the caller's signal`, { cause: caller.reason, attempts });
      if (own.signal.reason === TIMED_OUT) {
        return { failure: new TimeoutError(`no complete response within ${settings.timeoutMs} ms (timeoutMs)`), sent: true };
      }
      const code = codeOf(error);
      const failure = new ConnectionError(`connection failed: ${describe(error)}${connectionHint()}`, { cause: error });
      return { failure, sent: !code || !NOT_SENT.has(code) };
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    }
  }

  return async function send(exchange: Exchange, settings: CallSettings): Promise<Delivered> {
    // A signal of our own that follows the caller's: many calls may share one caller signal, and listeners on
    // it would pile up (AbortSignal.any links without adding one).
    const caller = settings.signal ? AbortSignal.any([settings.signal]) : undefined;
    const policy = { maxRetries: settings.maxRetries, backoff, maxRetryAfterMs };
    for (let attempts = 1; ; attempts++) {
      if (caller?.aborted) throw new AbortError(`${callOf(exchange)}: aborted by the caller's signal`, { cause: caller.reason, attempts: attempts - 1 });
      const started = log?.debugging ? performance.now() : 0;
      const result = await attempt(exchange, settings, caller, attempts);
      const outcome: AttemptOutcome =
        "delivered" in result
          ? result.delivered.response
          : { error: result.failure instanceof TimeoutError ? "timeout" : "connection", sent: result.sent };
      const decision = decideRetry(exchange, outcome, attempts, policy);
      if (log?.debugging) {
        const what = "delivered" in result ? answerOf(result.delivered.response) : result.failure.message;
        const next = decision.retry ? `retrying in ${Math.round(decision.delayMs)} ms` : `not retried: ${decision.why}`;
        const ms = Math.round(performance.now() - started);
        log.debug(`${exchange.label} attempt ${attempts} of ${settings.maxRetries + 1}: ${what} in ${ms} ms; ${next}`);
      }
      if (!decision.retry) {
        if ("delivered" in result) {
          onAnswer?.(exchange.label, result.delivered.response);
          return result.delivered;
        }
        const { failure } = result;
        const tries =
          attempts > 1 ? ` (gave up after ${attempts} attempts)` : settings.maxRetries > 0 ? ` (not retried: ${decision.why})` : "";
        const ErrorClass = failure.constructor as typeof ConnectionError;
        throw new ErrorClass(`${callOf(exchange)}: ${failure.message}${tries}`, { cause: failure.cause, attempts });
      }
      try {
        await sleep(decision.delayMs, caller);
      } catch (reason) {
        throw new AbortError(`${callOf(exchange)}: aborted by the caller's signal`, { cause: reason, attempts });
      }
    }
  };
}
