// The one call path: flat params -> checked request -> transport -> typed result or typed error. Every method of
// every resource, and every page of every listing, goes through `call`. Knows no operation by name.
import { nonNegativeInteger } from "./check.js";
import { apiErrorFrom, BlooioError, ConfigurationError, ContractError, requestIdOf } from "./errors.js";
import type { Log } from "./log.js";
import { bodyOf, splitParams, urlOf } from "./request.js";
import { rowOf } from "./table.js";
import type { CallSettings, Delivered, Exchange } from "./transport.js";
import { checkResponse, validateRequest } from "./validation.js";

export { nonNegativeInteger } from "./check.js";

export interface RetryOptions {
  /** Retries after the first attempt (see the README for what is retried). Default 2. */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds, covering headers and body. Default 60 000. */
  timeoutMs?: number;
}

export interface RequestOptions extends RetryOptions {
  /** Aborts the call at once (no retry); the promise rejects with AbortError. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** The `Idempotency-Key` to send (the same on every retry). Default: a new one per call, where the spec declares it. */
  idempotencyKey?: string;
}

export interface WithResponse<T> {
  data: T;
  /** The HTTP answer (its body already read). */
  response: Response;
  requestId: string | undefined;
}

/** A call's result: await it for the data, or `.withResponse()` for the data with the HTTP answer. */
export type ResponsePromise<T> = Promise<T> & { withResponse(): Promise<WithResponse<T>> };

export interface CallConfig {
  baseUrl: string;
  /** Sent with every call, names in lower case: user-agent, authorization, the client's `headers`. */
  headers: Record<string, string>;
  /** Never shown: redacted from error bodies that echo it. */
  apiKey: string;
  defaults: { maxRetries: number; timeoutMs: number };
  validateResponses: boolean | "warn";
  warn: (message: string) => void;
  send: (exchange: Exchange, settings: CallSettings) => Promise<Delivered>;
  /** `info`: a line per call, answered or failed. */
  log: Log;
}

// Control characters in a header value would let a caller inject headers or break the request.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** Copies `source` into `target` under lower-case names, so `User-Agent` replaces `user-agent`. */
export function assignHeaders(target: Record<string, string>, source: Record<string, string> | undefined): Record<string, string> {
  for (const name in source) target[name.toLowerCase()] = String(source[name]);
  return target;
}

export function checkHeaders(headers: Record<string, string> | undefined): void {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (CONTROL_CHARS.test(String(value)) || CONTROL_CHARS.test(name)) {
      throw new ConfigurationError(`Header ${JSON.stringify(name)} contains a control character (CR, LF, ...)`);
    }
  }
}

/** Retry settings from options, checked; `undefined` fields take the defaults. */
export function retrySettings(options: RetryOptions, defaults: { maxRetries: number; timeoutMs: number }) {
  const { timeoutMs = defaults.timeoutMs } = options;
  if (!(timeoutMs > 0)) {
    throw new ConfigurationError(`timeoutMs must be a positive number of milliseconds (got ${String(timeoutMs)})`);
  }
  return { maxRetries: nonNegativeInteger("maxRetries", options.maxRetries, defaults.maxRetries), timeoutMs };
}

/** A server that echoes the key back must not put it into error messages or logs. */
export function withoutKey(text: string, apiKey: string): string {
  return text.includes(apiKey) ? text.replaceAll(apiKey, "[redacted]") : text;
}

/** The headers, or a copy with the key redacted where a server echoed it into one. */
function headersWithoutKey(headers: Headers, apiKey: string): Headers {
  let echoed = false;
  headers.forEach((value) => (echoed ||= value.includes(apiKey)));
  if (!echoed) return headers;
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, withoutKey(value, apiKey)));
  return copy;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const noop = () => {};

/** Throws when a 2xx body is not what the caller can use. */
export type Check = (data: unknown, label: string) => void;

export function createCall(config: CallConfig) {
  const { baseUrl, headers: baseHeaders, apiKey, defaults, validateResponses, warn, send, log } = config;

  async function execute(id: string, params: object | undefined, options: RequestOptions, check: Check | undefined): Promise<WithResponse<unknown>> {
    const found = rowOf(id);
    const row = found instanceof Promise ? await found : found;
    const { label } = row;
    const parts = splitParams(row, params as Record<string, unknown> | undefined, label);
    const validating = validateRequest(id, row, parts, label);
    if (validating) await validating;
    const { maxRetries, timeoutMs } =
      options.maxRetries === undefined && options.timeoutMs === undefined ? defaults : retrySettings(options, defaults);
    const settings: CallSettings = { maxRetries, timeoutMs, signal: options.signal };
    const headers: Record<string, string> = { ...baseHeaders };
    for (const name in parts.header) headers[name.toLowerCase()] = String(parts.header[name]);
    const encoding = bodyOf(row, parts);
    const body = encoding instanceof Promise ? await encoding : encoding;
    if (body) headers["content-type"] = body.type;
    const key = options.idempotencyKey ?? (row.idempotencyKey ? crypto.randomUUID() : undefined);
    if (key !== undefined) headers["idempotency-key"] = key;
    if (options.headers) {
      checkHeaders(options.headers);
      assignHeaders(headers, options.headers);
    }
    const keyed = "idempotency-key" in headers;
    const exchange: Exchange = { method: row.method, url: urlOf(baseUrl, row, parts, label), headers, keyed, label };
    if (body) exchange.body = body.body;

    let delivered: Delivered;
    try {
      delivered = await send(exchange, settings);
    } catch (error) {
      if (error instanceof BlooioError) throw error;
      throw new BlooioError(`${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const { response, text, attempts } = delivered;
    log.info(`${label} ${response.status} after ${attempts} attempt${attempts === 1 ? "" : "s"}`);
    const ok = response.status >= 200 && response.status < 300;
    if (!ok) {
      const errorBody = parseJson(withoutKey(text, apiKey));
      if (validateResponses) await checkResponse(id, response.status, errorBody, label, validateResponses, warn);
      const { status, statusText } = response;
      throw apiErrorFrom({ status, statusText, headers: headersWithoutKey(response.headers, apiKey) }, errorBody, label, attempts);
    }
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch (error) {
      throw new ContractError(`${label}: the response body is not valid JSON (${(error as Error).message})`, {
        path: "",
        cause: error,
        attempts,
      });
    }
    if (validateResponses) await checkResponse(id, response.status, data, label, validateResponses, (m) => warn(withoutKey(m, apiKey)));
    check?.(data, label);
    return { data, response, requestId: requestIdOf(response.headers) };
  }

  /** Every message a call's error carries passes here: a key the server echoed (in a body, a value) is redacted. */
  const failed = (error: unknown) => {
    if (error instanceof BlooioError) {
      error.message = withoutKey(error.message, apiKey);
      if (error.stack) error.stack = withoutKey(error.stack, apiKey);
    }
    log.info(`failed: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  };

  /**
   * Calls operation `id`: its data when awaited, `{ data, response, requestId }` through `.withResponse()`.
   * `check` sees a 2xx body before the caller does (pagination checks that a page is a page).
   */
  return function call<T>(id: string, params?: object, options: RequestOptions = {}, check?: Check): ResponsePromise<T> {
    const full = execute(id, params, options, check).catch(failed) as Promise<WithResponse<T>>;
    const data = full.then((result) => result.data) as ResponsePromise<T>;
    data.withResponse = () => {
      // The caller reads the failure from this promise; the data promise must not report it a second time.
      data.catch(noop);
      return full;
    };
    return data;
  };
}

export type Call = ReturnType<typeof createCall>;
