// The one call path: flat params -> checked request -> the exchange every attempt sends -> transport -> typed result
// or typed error. Every method of every resource, and every page of every listing, goes through `call`; client.api
// builds its exchange here too. Knows no operation by name.
import { type RequestOptions, resolveCallOptions } from "../options.js";
import { apiErrorFrom, BlooioError, ContractError, requestIdOf } from "./errors.js";
import type { Log } from "./log.js";
import { headersWithoutKey, withoutKey } from "./redact.js";
import { bodyOf, splitParams, urlOf } from "./request.js";
import { rowOf } from "./table.js";
import type { CallSettings, Delivered, Exchange } from "./transport.js";
import { reportResponse, validateRequest } from "./validation.js";

export type { RequestOptions, RetryOptions } from "../options.js";

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

/** Copies `source` into `target` under lower-case names, so `User-Agent` replaces `user-agent`. */
export function assignHeaders(target: Record<string, string>, source: Record<string, string> | undefined): Record<string, string> {
  for (const name in source) target[name.toLowerCase()] = String(source[name]);
  return target;
}

/**
 * The one request every attempt of a call sends: the client's headers, then the call's own (lower-case names, the
 * later winning), an Idempotency-Key where the operation declares one and none was given (one per call, so every
 * retry sends the same), and whether that makes a write repeatable. Methods and client.api both build theirs here.
 */
export function buildExchange(
  call: { method: string; url: string; label: string; body?: Exchange["body"] },
  headers: Record<string, string>,
  declaresKey: boolean,
): Exchange {
  if (declaresKey && !("idempotency-key" in headers)) headers["idempotency-key"] = crypto.randomUUID();
  const exchange: Exchange = { method: call.method, url: call.url, headers, keyed: "idempotency-key" in headers, label: call.label };
  if (call.body !== undefined) exchange.body = call.body;
  return exchange;
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

  /** The exchange of one call: params split and checked against the spec, the URL, the headers, the body bytes. */
  async function prepare(id: string, params: object | undefined, options: RequestOptions) {
    const found = rowOf(id);
    const row = found instanceof Promise ? await found : found;
    const parts = splitParams(row, params as Record<string, unknown> | undefined, row.label);
    const validating = validateRequest(id, row, parts, row.label);
    if (validating) await validating;
    const call = resolveCallOptions(options, defaults);
    const headers = { ...baseHeaders };
    for (const name in parts.header) headers[name.toLowerCase()] = String(parts.header[name]);
    const encoding = bodyOf(row, parts);
    const body = encoding instanceof Promise ? await encoding : encoding;
    if (body) headers["content-type"] = body.type;
    if (call.idempotencyKey !== undefined) headers["idempotency-key"] = call.idempotencyKey;
    assignHeaders(headers, call.headers);
    const exchange = buildExchange({ method: row.method, url: urlOf(baseUrl, row, parts, row.label), label: row.label, body: body?.body }, headers, row.idempotencyKey);
    const settings: CallSettings = { maxRetries: call.maxRetries, timeoutMs: call.timeoutMs, signal: call.signal };
    return { exchange, settings };
  }

  /** The answer, read: a 2xx body as data (checked as asked), anything else as its typed error. */
  async function read(id: string, label: string, { response, text, attempts }: Delivered, check: Check | undefined): Promise<WithResponse<unknown>> {
    log.info(`${label} ${response.status} after ${attempts} attempt${attempts === 1 ? "" : "s"}`);
    if (response.status < 200 || response.status >= 300) {
      const errorBody = parseJson(withoutKey(text, apiKey));
      if (validateResponses) await reportResponse(id, response.status, errorBody, label, validateResponses, warn);
      const { status, statusText } = response;
      throw apiErrorFrom({ status, statusText, headers: headersWithoutKey(response.headers, apiKey) }, errorBody, label, attempts);
    }
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch (error) {
      throw new ContractError(`${label}: the response body is not valid JSON (${(error as Error).message})`, { path: "", cause: error, attempts });
    }
    if (validateResponses) await reportResponse(id, response.status, data, label, validateResponses, (m) => warn(withoutKey(m, apiKey)));
    check?.(data, label);
    return { data, response, requestId: requestIdOf(response.headers) };
  }

  async function execute(id: string, params: object | undefined, options: RequestOptions, check: Check | undefined): Promise<WithResponse<unknown>> {
    const { exchange, settings } = await prepare(id, params, options);
    let delivered: Delivered;
    try {
      delivered = await send(exchange, settings);
    } catch (error) {
      if (error instanceof BlooioError) throw error;
      throw new BlooioError(`${exchange.label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return read(id, exchange.label, delivered, check);
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
