// One typed GET for the wrapper's resources: per-call retry policy, typed errors instead of { data, error }.
import type { Client } from "openapi-fetch";
import { apiErrorFrom, BlooioError, ContractError } from "./errors.js";
import type { paths } from "./generated/v4.js";
import { checkRetryOptions, type ResolvedOptions, type RetryOptions } from "./options.js";
import { takeBodyText, type AttemptPolicy, type SendOptions } from "./transport.js";
import type { CursorPath, PageOf, QueryOf } from "./types.js";
import { assertValidQuery, checkResponse } from "./validation.js";

export interface RequestOptions extends RetryOptions {
  /** Aborts the call at once (no retry); the promise rejects with AbortError. */
  signal?: AbortSignal;
}

export type GetJson = <P extends CursorPath>(
  path: P,
  query: QueryOf<P>,
  options?: RequestOptions,
) => Promise<PageOf<P>>;

function asBlooioError(error: unknown, label: string): BlooioError {
  if (error instanceof BlooioError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BlooioError(`${label}: ${message}`, { cause: error });
}

/** A server that echoes the key back in an error body must not put it into error messages or logs. */
function withoutKey(body: unknown, apiKey: string): unknown {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  if (!text?.includes(apiKey)) return body;
  const redacted = text.replaceAll(apiKey, "[redacted]");
  return typeof body === "string" ? redacted : JSON.parse(redacted);
}

export function createGetJson(
  api: Client<paths>,
  send: (request: Request, options: SendOptions) => Promise<Response>,
  defaults: AttemptPolicy,
  { apiKey, validateResponses, onWarning }: Pick<ResolvedOptions, "apiKey" | "validateResponses" | "onWarning">,
): GetJson {
  return async function getJson(path, query, options = {}) {
    const label = `GET ${path}`;
    assertValidQuery(path, query, label);
    const custom = options.maxRetries !== undefined || options.timeoutMs !== undefined;
    const { maxRetries, timeoutMs } = custom ? checkRetryOptions(options, defaults) : defaults;
    // The request is built with the first attempt's signal, so the transport need not copy it to add one.
    const firstAttempt = new AbortController();
    const signal = options.signal ?? null;
    const fetch = (request: Request) =>
      send(request, { maxRetries, timeoutMs, keepBodyAside: true, signal, firstAttempt });
    let result;
    try {
      // The generic path defeats openapi-fetch's per-path overloads; CursorPath guarantees a GET with this query.
      // parseAs "stream": openapi-fetch leaves a 2xx body to us; the transport has read it inside the attempt.
      result = await (api.GET as (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>)(
        path,
        { params: { query }, signal: firstAttempt.signal, fetch, parseAs: "stream" },
      );
    } catch (error) {
      throw asBlooioError(error, label);
    }
    const { response } = result;
    if (!response.ok) throw apiErrorFrom(response, withoutKey(result.error, apiKey), label);
    // A middleware added to client.api may have swapped the response for one the transport never read.
    const text = takeBodyText(response) ?? (response.bodyUsed ? "" : await response.text());
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch (error) {
      throw new ContractError(`${label}: the response body is not valid JSON (${(error as Error).message})`, "", { cause: error });
    }
    if (validateResponses) await checkResponse(path, data, label, validateResponses, onWarning);
    return data as PageOf<typeof path>;
  };
}
