// The transport: a fetch for openapi-fetch that gives each attempt its own timeout and retries what is worth it.
import { AbortError, ConnectionError, TimeoutError } from "./errors.js";
import type { ResolvedOptions } from "./options.js";
import { connectionHint } from "./runtime.js";

export type Fetch = (request: Request) => Promise<Response>;

export interface AttemptPolicy {
  maxRetries: number;
  timeoutMs: number;
  /**
   * Keep a 2xx body's text aside (see `takeBodyText`) and hand on the response as it came, body read, instead of
   * a copy with a readable body: the wrapper's own calls parse the text themselves, which saves a second read.
   */
  keepBodyAside?: boolean;
}

/** What one call adds to the policy. */
export interface SendOptions extends AttemptPolicy {
  /** The caller's signal: aborts at once, never retried. `null`: the caller gave none. Default: the request's own. */
  signal?: AbortSignal | null;
  /**
   * A controller whose signal the request already carries: the first attempt then sends the request as it is,
   * instead of a copy with a signal of its own (copying a Request is a large share of a call's overhead).
   */
  firstAttempt?: AbortController;
}

const bodyTexts = new WeakMap<Response, string>();

/** The text of a 2xx body that the transport read inside its attempt with `keepBodyAside`. */
export function takeBodyText(response: Response): string | undefined {
  const text = bodyTexts.get(response);
  bodyTexts.delete(response);
  return text;
}

type TransportOptions = Pick<ResolvedOptions, "fetch" | "backoff" | "maxRetryAfterMs">;

const RETRYABLE_STATUS = new Set([408, 409, 429]);

export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE_STATUS.has(status);
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
export function backoffMs(retry: number, { initialMs, maxMs }: { initialMs: number; maxMs: number }): number {
  const delay = Math.min(initialMs * 2 ** retry, maxMs);
  return delay * (1 - Math.random() * 0.25);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

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

/**
 * One attempt: the request with a signal of its own that fires on the caller's abort or on the timeout.
 * The body is read inside the attempt, so a stalled or cut-short body is timed and retried like the headers.
 */
async function attempt(
  fetch: Fetch,
  request: Request,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  keepBodyAside: boolean,
  controller?: AbortController,
): Promise<Response> {
  if (callerSignal?.aborted) throw aborted(request, callerSignal.reason);
  const own = controller ?? new AbortController();
  const onAbort = () => own.abort(callerSignal!.reason);
  callerSignal?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => own.abort(TIMED_OUT), timeoutMs);
  try {
    const exchange = (async () => {
      const response = await fetch(controller ? request : new Request(request, { signal: own.signal }));
      if (keepBodyAside && response.ok) {
        bodyTexts.set(response, await response.text());
        return response;
      }
      const body = await response.arrayBuffer();
      return new Response(body.byteLength ? body : null, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    })();
    return await untilAborted(exchange, own.signal);
  } catch (error) {
    if (callerSignal?.aborted) throw aborted(request, callerSignal.reason);
    if (own.signal.reason === TIMED_OUT) {
      throw new TimeoutError(`no complete response within ${timeoutMs} ms (timeoutMs)`);
    }
    throw new ConnectionError(`connection failed: ${describe(error)}${connectionHint()}`, { cause: error });
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onAbort);
  }
}

/** `GET https://api.blooio.com/v4/chats`: the call, without its query (cursors can be long). */
function callOf(request: Request): string {
  const url = new URL(request.url);
  return `${request.method} ${url.origin}${url.pathname}`;
}

function aborted(request: Request, reason: unknown): AbortError {
  return new AbortError(`${callOf(request)}: aborted by the caller's signal`, { cause: reason });
}

/** The error a caller sees once retries are used up: which call, what failed, how many attempts. */
function gaveUp(error: ConnectionError, request: Request, attempts: number): ConnectionError {
  const ErrorClass = error.constructor as typeof ConnectionError;
  const tries = attempts > 1 ? ` (gave up after ${attempts} attempts)` : "";
  return new ErrorClass(`${callOf(request)}: ${error.message}${tries}`, { cause: error.cause });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = cause && "code" in cause ? ` (${String(cause.code)})` : "";
  return `${cause?.message ?? error.message}${code}`;
}

/** A fetch with per-attempt timeouts and retries; `policy` is the client's default, overridable per call. */
export function createTransport({ fetch, backoff, maxRetryAfterMs }: TransportOptions) {
  return function send(request: Request, options: SendOptions): Promise<Response> {
    const { maxRetries, timeoutMs, keepBodyAside = false, firstAttempt } = options;
    const signal = options.signal === undefined ? request.signal : (options.signal ?? undefined);
    return (async () => {
      for (let retry = 0; ; retry++) {
        let delay: number;
        try {
          const controller = retry === 0 ? firstAttempt : undefined;
          const response = await attempt(fetch, request, timeoutMs, signal, keepBodyAside, controller);
          if (retry >= maxRetries || !isRetryableStatus(response.status)) return response;
          const asked = retryAfterMs(response.headers);
          if (asked !== undefined && asked > maxRetryAfterMs) return response;
          delay = asked ?? backoffMs(retry, backoff);
        } catch (error) {
          if (!(error instanceof ConnectionError)) throw error;
          if (retry >= maxRetries) throw gaveUp(error, request, retry + 1);
          delay = backoffMs(retry, backoff);
        }
        try {
          await sleep(delay, signal);
        } catch (reason) {
          throw aborted(request, reason);
        }
      }
    })();
  };
}
