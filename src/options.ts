// Client options: defaults from the environment, checked once at construction.
import { assertSafeToSendKey } from "./auth.js";
import { ConfigurationError } from "./errors.js";
import { browserRefusal, readEnv, warnOnConsole } from "./runtime.js";

export const DEFAULT_BASE_URL = "https://api.blooio.com/v4";

export type Warning = { kind: "deprecation" | "sunset" | "contract"; message: string };

export interface RetryOptions {
  /** Retries after the first attempt, for connection errors, timeouts, 408, 409, 429 and >=500. Default 2. */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds, covering headers and body. Default 60 000. */
  timeoutMs?: number;
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
  /** Deprecation, Sunset and contract warnings. Default: one `console.warn` line, each once per client. */
  onWarning?: (warning: Warning) => void;
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
}

// Control characters in a header value would let a caller inject headers or break the request.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

function fromEnv(name: string): string | undefined {
  const value = readEnv(name)?.trim();
  return value ? value : undefined;
}

function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`${name} must be a non-negative integer (got ${String(value)})`);
  }
  return value;
}

function checkTimeout(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new ConfigurationError(`timeoutMs must be a positive number of milliseconds (got ${String(value)})`);
  }
  return value;
}

export function checkRetryOptions(options: RetryOptions, defaults: { maxRetries: number; timeoutMs: number }) {
  return {
    maxRetries: nonNegativeInteger("maxRetries", options.maxRetries, defaults.maxRetries),
    timeoutMs: checkTimeout(options.timeoutMs, defaults.timeoutMs),
  };
}

function checkBaseUrl(raw: string): string {
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
  return raw.replace(/\/+$/, "");
}

export function resolveOptions(options: BlooioClientOptions = {}): ResolvedOptions {
  const refusal = browserRefusal(options.dangerouslyAllowBrowser ?? false);
  if (refusal) throw new ConfigurationError(refusal);
  const apiKey = options.apiKey?.trim() ? options.apiKey : fromEnv("BLOOIO_API_KEY");
  if (!apiKey) {
    throw new ConfigurationError("No API key: pass { apiKey } to createBlooioClient or set BLOOIO_API_KEY");
  }
  if (CONTROL_CHARS.test(apiKey)) {
    throw new ConfigurationError("The API key contains a control character (CR, LF, ...); check BLOOIO_API_KEY");
  }
  const headers = { ...options.headers };
  for (const [name, value] of Object.entries(headers)) {
    if (CONTROL_CHARS.test(String(value))) {
      throw new ConfigurationError(`Header ${JSON.stringify(name)} contains a control character (CR, LF, ...)`);
    }
  }
  const { maxRetries, timeoutMs } = checkRetryOptions(options, { maxRetries: 2, timeoutMs: 60_000 });
  const baseUrl = checkBaseUrl(options.baseUrl?.trim() || fromEnv("BLOOIO_BASE_URL") || DEFAULT_BASE_URL);
  const allowInsecureHttp = options.allowInsecureHttp ?? false;
  assertSafeToSendKey(baseUrl, allowInsecureHttp);
  return {
    apiKey,
    baseUrl,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    headers,
    maxRetries,
    timeoutMs,
    backoff: {
      initialMs: nonNegativeInteger("backoff.initialMs", options.backoff?.initialMs, 500),
      maxMs: nonNegativeInteger("backoff.maxMs", options.backoff?.maxMs, 8_000),
    },
    maxRetryAfterMs: nonNegativeInteger("maxRetryAfterMs", options.maxRetryAfterMs, 60_000),
    validateResponses: options.validateResponses ?? false,
    onWarning: options.onWarning ?? warnOnConsole,
    allowInsecureHttp,
  };
}
