// createBlooioClient: a method for every operation of the spec, built from the generated operation table, and
// `client.api` (openapi-fetch typed by `paths`); both go through the same transport.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { assertSafeToSendKey, authorization } from "./auth.js";
import { assignHeaders, createCall, type RequestOptions, type ResponsePromise } from "./core/call.js";
import { createListing, type ListCall, type PageOptions, type PartitionOptions } from "./core/listing.js";
import type { OperationRow } from "./core/request.js";
import { createTransport, type Exchange } from "./core/transport.js";
import { deprecationNotices } from "./core/warnings.js";
import { operations } from "./generated/operations.js";
import { PACKAGE_VERSION, SPEC_VERSION } from "./generated/spec-version.js";
import type { OperationParams, OperationResults, Resources } from "./generated/surface.js";
import type { paths } from "./generated/v4.js";
import { type BlooioClientOptions, resolveOptions } from "./options.js";
import { isBrowser, runtimeName } from "./runtime.js";

type Table = typeof operations;
type OperationId = keyof Table;

/** Params may be left out when the operation requires none. */
type Args<Params, Options> = {} extends Params ? [params?: Params, options?: Options] : [params: Params, options?: Options];
type ItemOf<Page> = Page extends { data?: (infer Item)[] } ? Item : never;
type IsList<Id extends OperationId> = Table[Id]["cursorList"] extends true ? true : false;

/** The method of one operation: a cursor list returns a ListCall, any other a ResponsePromise of its result. */
export type Method<Id extends OperationId> =
  IsList<Id> extends true
    ? (...args: Args<OperationParams[Id], PageOptions>) => ListCall<OperationResults[Id], ItemOf<OperationResults[Id]>>
    : (...args: Args<OperationParams[Id], RequestOptions>) => ResponsePromise<OperationResults[Id]>;

/** What a resource whose `list` is a cursor list gets beside it, as `chats.pages` and `chats.listAll`. */
type ListHelpers<Id extends OperationId> = {
  /** Every page, following `next_cursor` from `params.cursor` (or the first page) to the last. */
  pages(...args: Args<OperationParams[Id], PageOptions>): AsyncIterable<OperationResults[Id]>;
  /** Every item of every page. */
  listAll(...args: Args<OperationParams[Id], PageOptions>): AsyncIterable<ItemOf<OperationResults[Id]>>;
} & (Table[Id]["partition"] extends { parameter: string }
  ? {
      /**
       * Every item, listed as one cursor chain per value of the spec's partition parameter (`x-blooio-partition`),
       * `concurrency` at once. The same items as `listAll`, in no overall order; an error stops every chain, and
       * its `cursor` resumes the failing chain, named by `error.partition`.
       */
      listAllPartitioned(...args: Args<OperationParams[Id], PartitionOptions>): AsyncIterable<ItemOf<OperationResults[Id]>>;
    }
  : {});

type Resource<Methods> = { [Name in keyof Methods]: Methods[Name] extends OperationId ? Method<Methods[Name]> : never } &
  (Methods extends { list: infer Id extends OperationId } ? (IsList<Id> extends true ? ListHelpers<Id> : {}) : {});

export type BlooioClient = {
  /** The typed openapi-fetch client, with auth, retries and timeouts: `api.GET("/chats", { params: { query } })`. */
  api: Client<paths>;
} & { [Name in keyof Resources]: Resource<Resources[Name]> };

/** Names the package and the contract it was built from, so a server log says which spec a request came from. */
export const USER_AGENT = `blooio-v4/${PACKAGE_VERSION} (spec ${SPEC_VERSION}; ${runtimeName()})`;

const rows = operations as unknown as Record<string, OperationRow>;

/**
 * A readable copy of an answer whose body the transport read. A status outside 200..599 (a server may send 600) is
 * still an answer, but the Response constructor refuses it: the copy then carries the real status on top of 500.
 */
function answer({ status, statusText, headers }: Response, text: string): Response {
  const inRange = status >= 200 && status <= 599;
  const copy = new Response(text || null, { status: inRange ? status : 500, statusText, headers });
  if (!inRange) Object.defineProperties(copy, { status: { value: status }, ok: { value: false } });
  return copy;
}

export function createBlooioClient(options?: BlooioClientOptions): BlooioClient {
  const resolved = resolveOptions(options);
  const { apiKey, baseUrl, allowInsecureHttp } = resolved;
  const send = createTransport({ ...resolved, onAnswer: deprecationNotices(resolved.onWarning) });
  // A browser sends its own User-Agent and ignores (or refuses) a script's.
  const headers = assignHeaders(isBrowser() ? {} : { "user-agent": USER_AGENT }, { ...resolved.headers, authorization: authorization(apiKey) });
  const call = createCall({
    baseUrl,
    headers,
    apiKey,
    defaults: { maxRetries: resolved.maxRetries, timeoutMs: resolved.timeoutMs },
    validateResponses: resolved.validateResponses,
    warn: (message) => resolved.onWarning({ kind: "contract", message }),
    send,
    log: resolved.log,
  });

  const client: Record<string, Record<string, unknown>> = {};
  for (const [id, row] of Object.entries(rows)) {
    const resource = (client[row.resource] ??= {});
    if (!row.cursorList) {
      resource[row.name] = (params?: object, opts?: RequestOptions) => call(id, row, params, opts);
      continue;
    }
    const listing = createListing((params, opts, check) => call(id, row, params, opts, check), `${row.method} ${row.path}`);
    resource[row.name] = listing.listCall;
    if (row.name === "list") {
      resource.pages = listing.pages;
      resource.listAll = listing.items;
      const { partition } = row;
      if (partition) resource.listAllPartitioned = (params?: object, opts: PartitionOptions = {}) => listing.partitioned(params as never, opts, partition);
    }
  }

  // client.api: openapi-fetch builds the request; the transport sends it like any method's, with the same key,
  // retries and timeouts. A middleware tells the transport which operation it is (for the idempotency key).
  const routes = new Map(Object.values(rows).map((row) => [`${row.method} ${row.path}`, row]));
  const operationOf = new WeakMap<Request, OperationRow>();
  const routing: Middleware = {
    onRequest({ request, schemaPath }) {
      const row = routes.get(`${request.method} ${schemaPath}`);
      if (row) operationOf.set(request, row);
    },
  };
  const api = createClient<paths>({
    baseUrl,
    fetch: async (request: Request) => {
      assertSafeToSendKey(request.url, allowInsecureHttp);
      const row = operationOf.get(request);
      const sent: Record<string, string> = { ...headers };
      request.headers.forEach((value, name) => (sent[name] = value));
      if (row?.idempotencyKey && !request.headers.has("idempotency-key")) sent["idempotency-key"] = crypto.randomUUID();
      const exchange: Exchange = {
        method: request.method,
        url: request.url,
        headers: sent,
        keyed: "idempotency-key" in sent,
        label: row ? `${row.method} ${row.path}` : `${request.method} ${new URL(request.url).pathname}`,
      };
      if (request.body) exchange.body = new Uint8Array(await request.arrayBuffer());
      const { response, text } = await send(exchange, { ...resolved, signal: request.signal });
      return answer(response, text);
    },
  });
  api.use(routing);
  return { ...client, api } as unknown as BlooioClient;
}
