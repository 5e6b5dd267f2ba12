// One typed GET for the wrapper's resources: per-call retry policy, typed errors instead of { data, error }.
import type { Client } from "openapi-fetch";
import { apiErrorFrom, BlooioError, ContractError } from "./errors.js";
import type { paths } from "./generated/v4.js";
import { checkRetryOptions, type ResolvedOptions, type RetryOptions } from "./options.js";
import type { AttemptPolicy, Fetch } from "./transport.js";
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
  if (error instanceof SyntaxError) {
    return new ContractError(`${label}: the response body is not valid JSON (${error.message})`, "", { cause: error });
  }
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
  send: (request: Request, policy: AttemptPolicy) => Promise<Response>,
  defaults: AttemptPolicy,
  { apiKey, validateResponses, onWarning }: Pick<ResolvedOptions, "apiKey" | "validateResponses" | "onWarning">,
): GetJson {
  const sendWith = (policy: AttemptPolicy): Fetch => (request) => send(request, policy);
  const sendWithDefaults = sendWith(defaults);

  return async function getJson(path, query, options = {}) {
    const label = `GET ${path}`;
    assertValidQuery(path, query, label);
    const custom = options.maxRetries !== undefined || options.timeoutMs !== undefined;
    const fetch = custom ? sendWith(checkRetryOptions(options, defaults)) : sendWithDefaults;
    let result;
    try {
      // The generic path defeats openapi-fetch's per-path overloads; CursorPath guarantees a GET with this query.
      result = await (api.GET as (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>)(
        path,
        { params: { query }, signal: options.signal, fetch },
      );
    } catch (error) {
      throw asBlooioError(error, label);
    }
    if (!result.response.ok) throw apiErrorFrom(result.response, withoutKey(result.error, apiKey), label);
    if (validateResponses) await checkResponse(path, result.data, label, validateResponses, onWarning);
    return result.data as PageOf<typeof path>;
  };
}
