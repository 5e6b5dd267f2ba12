// Every option, in one room: its type and docs, its default (DEFAULTS) and its check, read together. One resolver per
// kind: the client's (once, at construction), a call's, and a listing's. Nothing else holds a default.
import { assertSafeToSendKey } from "./auth.js";
import { CONTROL_CHARS, checkHeaders, nonNegativeInteger, positiveInteger } from "./core/check.js";
import { ConfigurationError } from "./core/errors.js";
import { createLog, type Log, LOG_LEVELS, type Logger, type LogLevel } from "./core/log.js";
import { withoutKey } from "./core/redact.js";
import type { Warning } from "./core/warnings.js";
import { browserRefusal, readEnv } from "./runtime.js";

/** The default of every option that has one. */
export const DEFAULTS = {
  baseUrl: "https://api.blooio.com/v4",
  maxRetries: 2,
  timeoutMs: 60_000,
  backoff: { initialMs: 500, maxMs: 8_000 },
  maxRetryAfterMs: 60_000,
  validateResponses: false,
  logLevel: "warn",
  allowInsecureHttp: false,
  dangerouslyAllowBrowser: false,
  maxPages: Infinity,
  prefetch: false,
  concurrency: 6,
} as const;

/** The environment variables the client reads, where the runtime has an environment. */
export const ENV = { apiKey: "BLOOIO_API_KEY", baseUrl: "BLOOIO_BASE_URL", logLevel: "BLOOIO_LOG" } as const;

export interface RetryOptions {
  /** Retries after the first attempt (docs/errors.md says what is retried). Default 2. */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds, covering headers and body; above 2^31-1 means none. Default 60 000. */
  timeoutMs?: number;
}

/** A call's own options, beside the client's. */
export interface RequestOptions extends RetryOptions {
  /** Aborts the call at once (no retry); the promise rejects with AbortError. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** The `Idempotency-Key` to send (the same on every retry). Default: a new one per call, where the spec declares it. */
  idempotencyKey?: string;
}

/** A listing's options: each page's request options, and how far and how eagerly to page. */
export interface PageOptions extends RequestOptions {
  /** Stop after this many pages (a bound, not an error); a positive integer. Default: no bound. */
  maxPages?: number;
  /**
   * Request the next page as soon as a page is handed to you, so the wait overlaps your work on it. Default false.
   * The cost: when you stop iterating, at most one request you did not consume has been sent (the prefetch of the
   * page after the last one you got); it is aborted and its answer or error discarded. No other request is sent.
   */
  prefetch?: boolean;
}

export interface PartitionOptions extends RequestOptions {
  /** How many partitions are listed at once (each is one cursor chain, one request in flight). Default 6. */
  concurrency?: number;
}

export interface BlooioClientOptions extends RetryOptions {
  /** Default: the `BLOOIO_API_KEY` environment variable, where the runtime has an environment. */
  apiKey?: string;
  /** Default: the `BLOOIO_BASE_URL` environment variable, else https://api.blooio.com/v4. No `user:password@`. */
  baseUrl?: string;
  /** A fetch to send requests with (tests, proxies, instrumentation). Default: the global fetch. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Backoff between retries: the first delay and the cap, in ms (jittered). Default 500 and 8 000. */
  backoff?: { initialMs?: number; maxMs?: number };
  /** Longest `Retry-After` the client will wait; a longer one ends the retries. Default 60 000 ms. */
  maxRetryAfterMs?: number;
  /** Check responses against the spec: `true` throws ContractError, `"warn"` reports through onWarning. */
  validateResponses?: boolean | "warn";
  /** Deprecation, Sunset and contract warnings. Default: the logger's `warn`, each once per client. */
  onWarning?: (warning: Warning) => void;
  /**
   * What the client logs: `off`; `error` (what it cannot hand to you, such as an onWarning that throws); `warn`
   * (Deprecation, Sunset and contract warnings, unless onWarning takes them); `info` (a line per call, answered or
   * failed); `debug` (a line per attempt: status, duration, request id, why it is retried and how long it waits).
   * Default `BLOOIO_LOG`, else `warn`.
   */
  logLevel?: LogLevel;
  /** Where log lines go: anything console-shaped. Default `console`. */
  logger?: Logger;
  /** Allow sending the key over plain http:// to a host other than loopback. Default false. */
  allowInsecureHttp?: boolean;
  /**
   * Let the client run in a browser page. Default false: there it throws ConfigurationError, because anyone who
   * opens the page can read the API key. Only for keys meant to be seen (a user's own key, a local tool).
   */
  dangerouslyAllowBrowser?: boolean;
}

export interface ResolvedOptions {
  apiKey: string;
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  headers: Record<string, string>;
  maxRetries: number;
  timeoutMs: number;
  backoff: { initialMs: number; maxMs: number };
  maxRetryAfterMs: number;
  validateResponses: boolean | "warn";
  onWarning: (warning: Warning) => void;
  allowInsecureHttp: boolean;
  log: Log;
}

/** A call's settings: its retries and timeout (the client's unless it says otherwise), and its own extras. */
export interface ResolvedCallOptions {
  maxRetries: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  headers: Record<string, string> | undefined;
  idempotencyKey: string | undefined;
}

function fromEnv(name: string): string | undefined {
  const value = readEnv(name)?.trim();
  return value ? value : undefined;
}

function positiveTimeout(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value > 0)) throw new ConfigurationError(`timeoutMs must be a positive number of milliseconds (got ${String(value)})`);
  return value;
}

// The last base URL that passed its check: an app that builds a client per request (serverless) parses it once.
let lastChecked: { raw: string; baseUrl: string } | undefined;

function checkBaseUrl(raw: string): string {
  if (lastChecked?.raw === raw) return lastChecked.baseUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Whatever precedes an @ may be a password: never echo it.
    const shown = raw.replace(/^([^:/?#]*:\/\/)?[^/?#]*@/, "$1[redacted]@");
    throw new ConfigurationError(`baseUrl is not a valid URL: ${JSON.stringify(shown)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(`baseUrl must be http:// or https:// (got ${url.protocol})`);
  }
  // Credentials in the URL would be sent on every call and end up in error messages: say so without echoing them.
  if (url.username || url.password) {
    throw new ConfigurationError(
      `baseUrl must not contain credentials (user:password@); remove them from the URL of ${url.host} and pass the key as apiKey`,
    );
  }
  lastChecked = { raw, baseUrl: raw.replace(/\/+$/, "") };
  return lastChecked.baseUrl;
}

function checkApiKey(given: string | undefined): string {
  const apiKey = given?.trim() ? given : fromEnv(ENV.apiKey);
  if (!apiKey) throw new ConfigurationError(`No API key: pass { apiKey } to createBlooioClient or set ${ENV.apiKey}`);
  // Control characters in the key would let it inject headers or break the request.
  if (CONTROL_CHARS.test(apiKey)) throw new ConfigurationError(`The API key contains a control character (CR, LF, ...); check ${ENV.apiKey}`);
  return apiKey;
}

function checkLogLevel(given: LogLevel | undefined): LogLevel {
  const level = given ?? (fromEnv(ENV.logLevel) as LogLevel | undefined) ?? DEFAULTS.logLevel;
  if (!LOG_LEVELS.includes(level)) {
    throw new ConfigurationError(`logLevel (or ${ENV.logLevel}) must be one of ${LOG_LEVELS.join(", ")} (got ${JSON.stringify(level)})`);
  }
  return level;
}

/**
 * The app's onWarning, guarded (a throwing callback must not fail the call) and given nothing with the key in it (a
 * server may echo it in a Deprecation header), else the logger's warn (which redacts on its own).
 */
function warningsTo(onWarning: ((warning: Warning) => void) | undefined, log: Log, apiKey: string): (warning: Warning) => void {
  if (!onWarning) return (warning) => log.warn(warning.message);
  return (warning) => {
    try {
      onWarning({ ...warning, message: withoutKey(warning.message, apiKey) });
    } catch (error) {
      log.error(`onWarning threw on "${warning.message}": ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** The client's options, checked once at construction: a ConfigurationError names the first one that is wrong. */
export function resolveClientOptions(options: BlooioClientOptions = {}): ResolvedOptions {
  const refusal = browserRefusal(options.dangerouslyAllowBrowser ?? DEFAULTS.dangerouslyAllowBrowser);
  if (refusal) throw new ConfigurationError(refusal);
  const apiKey = checkApiKey(options.apiKey);
  const baseUrl = checkBaseUrl(options.baseUrl?.trim() || fromEnv(ENV.baseUrl) || DEFAULTS.baseUrl);
  const allowInsecureHttp = options.allowInsecureHttp ?? DEFAULTS.allowInsecureHttp;
  assertSafeToSendKey(baseUrl, allowInsecureHttp);
  const log = createLog(checkLogLevel(options.logLevel), options.logger ?? console, (text) => withoutKey(text, apiKey));
  return {
    apiKey,
    baseUrl,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    headers: checkHeaders({ ...options.headers }),
    maxRetries: nonNegativeInteger("maxRetries", options.maxRetries, DEFAULTS.maxRetries),
    timeoutMs: positiveTimeout(options.timeoutMs, DEFAULTS.timeoutMs),
    backoff: {
      initialMs: nonNegativeInteger("backoff.initialMs", options.backoff?.initialMs, DEFAULTS.backoff.initialMs),
      maxMs: nonNegativeInteger("backoff.maxMs", options.backoff?.maxMs, DEFAULTS.backoff.maxMs),
    },
    maxRetryAfterMs: nonNegativeInteger("maxRetryAfterMs", options.maxRetryAfterMs, DEFAULTS.maxRetryAfterMs),
    validateResponses: options.validateResponses ?? DEFAULTS.validateResponses,
    onWarning: warningsTo(options.onWarning, log, apiKey),
    allowInsecureHttp,
    log,
  };
}

/** A call's options over the client's: checked on every call, cheaply (nothing to check is the common case). */
export function resolveCallOptions(options: RequestOptions, client: { maxRetries: number; timeoutMs: number }): ResolvedCallOptions {
  const { maxRetries, timeoutMs, signal, headers, idempotencyKey } = options;
  return {
    maxRetries: maxRetries === undefined ? client.maxRetries : nonNegativeInteger("maxRetries", maxRetries, client.maxRetries),
    timeoutMs: timeoutMs === undefined ? client.timeoutMs : positiveTimeout(timeoutMs, client.timeoutMs),
    signal,
    headers: headers && checkHeaders(headers),
    idempotencyKey,
  };
}

/** A listing's options: how far and how eagerly it pages, and the options each page's request takes. */
export function resolveListingOptions(options: PageOptions & PartitionOptions = {}) {
  const { maxPages, prefetch, concurrency, ...request } = options;
  return {
    maxPages: maxPages === undefined ? DEFAULTS.maxPages : positiveInteger("maxPages", maxPages),
    prefetch: prefetch ?? DEFAULTS.prefetch,
    concurrency: concurrency === undefined ? DEFAULTS.concurrency : positiveInteger("concurrency", concurrency),
    request: request as RequestOptions,
  };
}
