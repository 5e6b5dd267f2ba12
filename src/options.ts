// Client options: defaults from the environment, checked once at construction.
import { assertSafeToSendKey } from "./auth.js";
import { checkHeaders, nonNegativeInteger, type RetryOptions, retrySettings, withoutKey } from "./core/call.js";
import { ConfigurationError } from "./core/errors.js";
import { createLog, type Log, LOG_LEVELS, type Logger, type LogLevel } from "./core/log.js";
import type { Warning } from "./core/warnings.js";
import { browserRefusal, readEnv } from "./runtime.js";

export const DEFAULT_BASE_URL = "https://api.blooio.com/v4";

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

// Control characters in the key would let it inject headers or break the request.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

function fromEnv(name: string): string | undefined {
  const value = readEnv(name)?.trim();
  return value ? value : undefined;
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

/** The app's onWarning, guarded (a throwing callback must not fail the call), else the logger's warn. */
function warningsTo(onWarning: ((warning: Warning) => void) | undefined, log: Log): (warning: Warning) => void {
  if (!onWarning) return (warning) => log.warn(warning.message);
  return (warning) => {
    try {
      onWarning(warning);
    } catch (error) {
      log.error(`onWarning threw on "${warning.message}": ${error instanceof Error ? error.message : String(error)}`);
    }
  };
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
  checkHeaders(headers);
  const { maxRetries, timeoutMs } = retrySettings(options, { maxRetries: 2, timeoutMs: 60_000 });
  const baseUrl = checkBaseUrl(options.baseUrl?.trim() || fromEnv("BLOOIO_BASE_URL") || DEFAULT_BASE_URL);
  const allowInsecureHttp = options.allowInsecureHttp ?? false;
  assertSafeToSendKey(baseUrl, allowInsecureHttp);
  const logLevel = options.logLevel ?? (fromEnv("BLOOIO_LOG") as LogLevel | undefined) ?? "warn";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigurationError(`logLevel (or BLOOIO_LOG) must be one of ${LOG_LEVELS.join(", ")} (got ${JSON.stringify(logLevel)})`);
  }
  const log = createLog(logLevel, options.logger ?? console, (text) => withoutKey(text, apiKey));
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
    onWarning: warningsTo(options.onWarning, log),
    allowInsecureHttp,
    log,
  };
}
