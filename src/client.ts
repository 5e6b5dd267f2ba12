// createBlooioClient: a method for every operation of the spec, made from the generated tables on first use, and
// `client.api` (openapi-fetch typed by `paths`); both go through the same transport. Building a client does no work
// per operation: resources and methods are getters on shared prototypes, each made once per client when first read.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import { assertSafeToSendKey, authorization } from "./auth.js";
import { assignHeaders, buildExchange, createCall, type Call, type ResponsePromise } from "./core/call.js";
import { createListing, type ListCall } from "./core/listing.js";
import { rowAt } from "./core/table.js";
import { createTransport } from "./core/transport.js";
import { deprecationNotices } from "./core/warnings.js";
import type { operations } from "./generated/operations.js";
import { cursorLists, resources } from "./generated/resources.js";
import { PACKAGE_VERSION, SPEC_VERSION } from "./generated/spec-version.js";
import type { OperationParams, OperationResults, Resources } from "./generated/surface.js";
import type { paths } from "./generated/v4.js";
import { type BlooioClientOptions, type PageOptions, type PartitionOptions, type RequestOptions, type ResolvedOptions, resolveClientOptions } from "./options.js";
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

/** One client: its options, checked at construction, and its call path, made on the first call. */
interface ClientState {
  resolved: ResolvedOptions;
  wired?: Wired;
}
interface Wired {
  call: Call;
  headers: Record<string, string>;
  send: ReturnType<typeof createTransport>;
}

function wire(resolved: ResolvedOptions): Wired {
  const send = createTransport(resolved, deprecationNotices(resolved.onWarning));
  // A browser sends its own User-Agent and ignores (or refuses) a script's.
  const headers = assignHeaders(isBrowser() ? {} : { "user-agent": USER_AGENT }, { ...resolved.headers, authorization: authorization(resolved.apiKey) });
  const call = createCall({
    baseUrl: resolved.baseUrl,
    headers,
    apiKey: resolved.apiKey,
    defaults: { maxRetries: resolved.maxRetries, timeoutMs: resolved.timeoutMs },
    validateResponses: resolved.validateResponses,
    warn: (message) => resolved.onWarning({ kind: "contract", message }),
    send,
    log: resolved.log,
  });
  return { call, headers, send };
}
const wired = (state: ClientState) => (state.wired ??= wire(state.resolved));

// Each client's (and each of its resources') state, out of sight: inspecting a client must not show its key.
const states = new WeakMap<object, ClientState>();
const stateOf = (target: object) => states.get(target)!;

const isList = new Set(cursorLists);

/** Replaces a prototype's getter with the value it made, on the object read: made once, then a plain property. */
function keep<T>(target: object, name: PropertyKey, value: T): T {
  Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: true });
  return value;
}

/** The methods of one resource, for one client: a cursor list's listing is made once and gives its helpers. */
function methodsOf(state: ClientState, id: string) {
  const { call } = wired(state);
  if (!isList.has(id)) return { method: (params?: object, options?: RequestOptions) => call(id, params, options) };
  const listing = createListing((params, options, check) => call(id, params, options, check), id);
  return {
    method: listing.listCall,
    pages: listing.pages,
    listAll: listing.items,
    listAllPartitioned: (params?: object, options?: PartitionOptions) => listing.partitioned(params as never, options),
  };
}

// One prototype per resource, made when a client first reads that resource: a getter per method.
const resourcePrototypes = new Map<string, object>();
function resourcePrototype(resource: keyof typeof resources): object {
  let prototype = resourcePrototypes.get(resource);
  if (prototype) return prototype;
  prototype = {};
  const methods: Record<string, string> = resources[resource];
  for (const [name, id] of Object.entries(methods)) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: object) {
        return keep(this, name, methodsOf(stateOf(this), id).method);
      },
    });
  }
  // A cursor list called `list` lends the resource its helpers.
  const list = methods.list;
  if (list !== undefined && isList.has(list)) {
    for (const helper of ["pages", "listAll", "listAllPartitioned"] as const) {
      Object.defineProperty(prototype, helper, {
        configurable: true,
        get(this: object) {
          return keep(this, helper, methodsOf(stateOf(this), list)[helper]);
        },
      });
    }
  }
  resourcePrototypes.set(resource, prototype);
  return prototype;
}

// The client's prototype: a getter per resource, and `api`; made once per process, on the first client.
let clientPrototype: object | undefined;
function clientPrototypeOf(): object {
  if (clientPrototype) return clientPrototype;
  clientPrototype = {};
  for (const resource of Object.keys(resources) as (keyof typeof resources)[]) {
    Object.defineProperty(clientPrototype, resource, {
      configurable: true,
      enumerable: true,
      get(this: object) {
        const methods = Object.create(resourcePrototype(resource)) as object;
        states.set(methods, stateOf(this));
        return keep(this, resource, methods);
      },
    });
  }
  Object.defineProperty(clientPrototype, "api", {
    configurable: true,
    enumerable: true,
    get(this: object) {
      return keep(this, "api", typedClient(stateOf(this)));
    },
  });
  return clientPrototype;
}

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

/**
 * client.api: openapi-fetch builds the request; the transport sends it like any method's, with the same key,
 * retries and timeouts. A middleware notes which path template a request was made from, so the transport knows
 * its operation (for the idempotency key and the label).
 */
function typedClient(state: ClientState): Client<paths> {
  const { resolved } = state;
  const { baseUrl, allowInsecureHttp } = resolved;
  const templateOf = new WeakMap<Request, string>();
  const routing: Middleware = {
    onRequest({ request, schemaPath }) {
      templateOf.set(request, schemaPath);
    },
  };
  const api = createClient<paths>({
    baseUrl,
    fetch: async (request: Request) => {
      assertSafeToSendKey(request.url, allowInsecureHttp);
      const template = templateOf.get(request);
      const row = template === undefined ? undefined : await rowAt(request.method, template);
      const { headers, send } = wired(state);
      const sent: Record<string, string> = { ...headers };
      request.headers.forEach((value, name) => (sent[name] = value));
      const label = row?.label ?? `${request.method} ${new URL(request.url).pathname}`;
      const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
      const exchange = buildExchange({ method: request.method, url: request.url, label, body }, sent, row?.idempotencyKey ?? false);
      const { response, text } = await send(exchange, { ...resolved, signal: request.signal });
      return answer(response, text);
    },
  });
  api.use(routing);
  return api;
}

export function createBlooioClient(options?: BlooioClientOptions): BlooioClient {
  const client = Object.create(clientPrototypeOf()) as object;
  states.set(client, { resolved: resolveClientOptions(options) });
  return client as BlooioClient;
}
