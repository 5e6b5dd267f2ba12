// The stateful mock of the spec. Each request is received (parsed), routed to its operation by the generated
// operation table, and answered: a queued fault first, then the contract check, the key, a keyed write's replay,
// and the operation itself: a cursor list pages through the seeded account, a webhook operation works on the
// subscriptions (webhook-hub.ts), any other answers from the app's handler or the spec's example. It produces an
// Answer; fetch-adapter.ts and http-adapter.ts deliver it. Knows no operation by name.
import { mockOperations, schemas } from "../generated/mock-data.js";
import { operations } from "../generated/operations.js";
import type { RequestParts } from "../core/request.js";
import type { OperationRow } from "../core/table.js";
import { requestViolations, responseViolations } from "./contract.js";
import { createFaultQueue, type Fault } from "./faults.js";
import { createAccount, pageOf, pathKey, type Seed } from "./mock-state.js";
import { sampleOf, seededRandom } from "./schema-sample.js";
import { createWebhookHub, type DeliveryAttempt, type Receiver, type WebhookDeliveryOptions } from "./webhook-hub.js";

const rows: Readonly<Record<string, OperationRow>> = operations;

/** A request as the mock received it. */
export interface ReceivedRequest {
  /** The operation it matched, or undefined when no path and method of the spec matched. */
  operationId: string | undefined;
  method: string;
  /** The path, without the query. */
  path: string;
  /** Path parameters by their names in the spec. */
  params: Record<string, string>;
  /** Query parameters as sent (text; a repeated name gives an array). */
  query: Record<string, string | string[]>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  idempotencyKey: string | undefined;
  /** The body, parsed when it is JSON, else its text; undefined when there is none. */
  body: unknown;
}

/** A contract violation the mock saw: in a request it received, or in an answer it sent. */
export interface Violation {
  side: "request" | "response";
  operationId: string | undefined;
  method: string;
  path: string;
  status?: number;
  errors: string[];
}

/** What a handler returns: the status defaults to the operation's first documented 2xx. */
export interface HandlerAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export type Handler = (request: ReceivedRequest, mock: MockApi) => HandlerAnswer | Promise<HandlerAnswer>;

export interface MockApiOptions {
  /** Items per cursor list (or how many to generate from the spec's schemas), keyed by resource or operationId. */
  data?: Seed;
  /** Seed of generated items and sample answers. Default 1. */
  seed?: number;
  /** Answers per operationId, for operations that are not cursor lists (or to override one). */
  handlers?: Readonly<Record<string, Handler>>;
  /** Answer a request that breaks the spec with 400 (as Prism does), instead of only recording the violation. */
  strict?: boolean;
  /** Milliseconds every answer waits (a fixed latency). */
  latencyMs?: number;
  /** Consulted for each request no queued fault applies to: return a fault to inject one (random faults). */
  chaos?: (request: ReceivedRequest) => Fault | undefined;
  /** How webhook deliveries are made: in-process receivers, the retry schedule, the attempt timeout. */
  webhooks?: WebhookDeliveryOptions;
}

/** What an adapter delivers. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  delayMs: number;
  reset?: boolean;
  truncate?: boolean;
  /** The body before serializing, so the contract check need not parse it again. */
  value?: unknown;
}

export interface IncomingRequest {
  method: string;
  /** Path and query, as in an HTTP request line. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface MockApi {
  /** Every request received, in order. */
  readonly requests: ReceivedRequest[];
  /** Every contract violation seen, in order: assert it is empty at the end of a test. */
  readonly violations: Violation[];
  /** Queue the next answers of an operation (`*`: any operation). */
  fail(operationId: string, ...faults: Fault[]): void;
  /** The live items of a cursor list, by resource or operationId (and the path key of a nested list). */
  items(list: string, key?: string): Record<string, unknown>[];
  /** Deliver a signed event of `type` (`data`: its payload, else the spec's example's) to every subscription that takes it. */
  emit(type: string, data?: unknown): Promise<DeliveryAttempt[]>;
  /** Every webhook delivery attempt, in order (the API's delivery list shows the same deliveries). */
  readonly deliveries: DeliveryAttempt[];
  /** Answer deliveries to `url` in process, with an app's fetch-style handler, instead of over HTTP. */
  receive(url: string, receiver: Receiver): void;
  /** Resolves once every webhook delivery started so far, retries included, is done. */
  settled(): Promise<void>;
  /** Handle one request: the answer to deliver. Adapters call it. */
  handle(request: IncomingRequest): Promise<Answer>;
}

interface Route {
  operationId: string;
  row: OperationRow;
  pattern: RegExp;
  names: string[];
}

/** Every operation as a route; a path with fewer parameters is tried first (`/contacts/refresh` before `/contacts/{id}`). */
function routesOf(): Route[] {
  const routes = Object.entries(rows).map(([operationId, row]) => {
    const names: string[] = [];
    const source = row.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\\?\}/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { operationId, row, pattern: new RegExp(`^${source}$`), names };
  });
  return routes.sort((a, b) => a.names.length - b.names.length);
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}, delayMs = 0): Answer => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
  delayMs,
  value: body,
});

const empty = (status: number, headers: Record<string, string> = {}): Answer => ({ status, headers, body: "", delayMs: 0 });

/** The status an operation answers by default: a write's 201 where the spec has one, else its first 2xx. */
function successOf(operationId: string, row: OperationRow): number {
  const documented = row.success.filter((code) => mockOperations[operationId]?.responses[String(code)]);
  if (row.method !== "GET" && documented.includes(201)) return 201;
  return documented[0] ?? row.success[0] ?? 200;
}

/** A request, parsed: its path and query apart, headers in lower case, a JSON body read. */
function receive(incoming: IncomingRequest): Omit<ReceivedRequest, "operationId" | "params"> {
  const url = new URL(incoming.url, "http://mock");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) headers[name.toLowerCase()] = value;
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const before = query[name];
    query[name] = before === undefined ? value : ([] as string[]).concat(before, value);
  }
  let body: unknown = incoming.body === "" ? undefined : incoming.body;
  if (body !== undefined && /json/.test(headers["content-type"] ?? "")) {
    try {
      body = JSON.parse(incoming.body);
    } catch {
      // kept as text: the request check reports it
    }
  }
  return { method: incoming.method.toUpperCase(), path: url.pathname, query, headers, idempotencyKey: headers["idempotency-key"], body };
}

/** The operation a method and path belong to, and its path parameters. */
function route(routes: readonly Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const candidate of routes) {
    const match = candidate.row.method === method ? candidate.pattern.exec(path) : null;
    if (!match) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));
    return { route: candidate, params };
  }
  return undefined;
}

/** A queued fault applied to an answer: a replaced status, a reset, a body cut short, or only a delay. */
function applyFault(answer: Answer, fault: Fault | undefined, delayMs: number): Answer {
  if (!fault) return { ...answer, delayMs };
  if (fault.reset) return { ...answer, delayMs, reset: true };
  if (fault.truncate) return { ...answer, delayMs, truncate: true };
  if (fault.status !== undefined) return json(fault.status, fault.body ?? { error: { message: `injected ${fault.status}` } }, { ...fault.headers }, delayMs);
  return { ...answer, delayMs };
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const { data, seed = 1, handlers = {}, strict = false, latencyMs = 0, chaos } = options;
  const account = createAccount(data, seed);
  const faults = createFaultQueue();
  const routes = routesOf();
  const random = seededRandom(seed ^ 0x5eed);
  const hub = createWebhookHub(account, random, options.webhooks);
  const requests: ReceivedRequest[] = [];
  const violations: Violation[] = [];
  // Keyed writes: operation and key -> the request body and the answer, settled once.
  const keyed = new Map<string, { body: string; answer: Promise<Answer> }>();

  /** The spec's example for a status, else a sample of its schema; a message put where the schema has room. */
  function documented(operationId: string, status: number, message?: string): unknown {
    const response = mockOperations[operationId]?.responses[String(status)];
    if (!response) return message === undefined ? {} : { error: { message } };
    const body = "example" in response ? structuredClone(response.example) : sampleOf(response.schema, { schemas, random, index: 0 });
    if (message !== undefined && body && typeof body === "object") {
      const object = body as Record<string, unknown>;
      if (object.error && typeof object.error === "object" && "message" in object.error) (object.error as Record<string, unknown>).message = message;
      else if ("message" in object || !Object.keys(object).length) object.message = message;
    }
    return body;
  }

  /** The operation itself: the app's handler, a page of a cursor list, a webhook operation, or the spec's example. */
  async function operate(route: Route, received: ReceivedRequest, parts: RequestParts, mock: MockApi): Promise<Answer> {
    const { operationId, row } = route;
    const handler = handlers[operationId];
    if (handler) {
      const answer = await handler(received, mock);
      const status = answer.status ?? successOf(operationId, row);
      return answer.body === undefined && !("body" in answer) ? empty(status, { ...answer.headers }) : json(status, answer.body, answer.headers);
    }
    const notFound = () => json(404, documented(operationId, 404, `nothing at ${received.path}`));
    if (row.cursorList) {
      const key = pathKey(row, received.params);
      if (key !== undefined && !account.has(operationId, key) && mockOperations[operationId]?.responses["404"]) return notFound();
      const result = pageOf(operationId, row, account.items(operationId, key), parts.query, key);
      if ("badCursor" in result) return json(400, documented(operationId, 400, "this cursor was not made for this listing"));
      return json(200, result.page);
    }
    const webhook = hub.operate(operationId, received.params, received.body);
    if (webhook) return webhook.body === undefined ? notFound() : json(webhook.status, webhook.body);
    const status = successOf(operationId, row);
    return mockOperations[operationId]?.responses[String(status)] ? json(status, documented(operationId, status)) : empty(status);
  }

  /** A keyed write is applied once per key: a repeat with the same body gets the first answer again, marked replayed. */
  function replayingKeyed(route: Route, received: ReceivedRequest, text: string, run: () => Promise<Answer>): Promise<Answer> {
    const key = received.idempotencyKey;
    if (key === undefined || (received.method !== "POST" && received.method !== "PATCH")) return run();
    const slot = `${route.operationId} ${key}`;
    const earlier = keyed.get(slot);
    if (!earlier) {
      const answer = run();
      keyed.set(slot, { body: text, answer });
      return answer;
    }
    if (earlier.body !== text) {
      return Promise.resolve(json(409, documented(route.operationId, 409, "this idempotency key was used with another body")));
    }
    return earlier.answer.then((answer) => ({ ...answer, headers: { ...answer.headers, "idempotent-replayed": "true" } }));
  }

  /** The answer to a routed request: its faults, its contract checks both ways, the key, and the operation. */
  async function answer(route: Route, received: ReceivedRequest, incoming: IncomingRequest, fault: Fault | undefined, delayMs: number): Promise<Answer> {
    const { operationId, row } = route;
    const { method, path, headers, body } = received;
    const parts: RequestParts = { path: { ...received.params }, query: { ...received.query }, header: {} };
    for (const p of row.parameters) if (p.in === "header" && headers[p.name.toLowerCase()] !== undefined) parts.header[p.name] = headers[p.name.toLowerCase()];
    if (body !== undefined || row.body) parts.body = body;
    const requestErrors = await requestViolations(operationId, parts);
    if (typeof body === "string" && /json/.test(headers["content-type"] ?? "")) requestErrors.push("body is not valid JSON");
    if (requestErrors.length) violations.push({ side: "request", operationId, method, path, errors: requestErrors });

    // A fault that replaces the answer, before the operation runs: nothing is applied, nothing is checked.
    if (fault && !fault.afterApply && (fault.reset || fault.status !== undefined)) return applyFault(json(500, {}), fault, delayMs);

    let result: Answer;
    if (strict && requestErrors.length) {
      result = json(400, documented(operationId, 400, requestErrors.join("; ")), { "sl-violations": JSON.stringify(requestErrors) });
    } else if (mockOperations[operationId]?.secured && !/^Bearer \S/.test(headers.authorization ?? "")) {
      result = json(401, documented(operationId, 401, "no API key: send it as a bearer token"));
    } else {
      result = await replayingKeyed(route, received, incoming.body, () => operate(route, received, parts, mock));
      // An accepted call leads to its events, delivered to the subscriptions (a replayed keyed write does not).
      if (result.status === successOf(operationId, row) && !result.headers["idempotent-replayed"]) hub.after(operationId, result.value);
    }
    let parsed: unknown;
    const isJson = /json/.test(result.headers["content-type"] ?? "") && result.body !== "";
    if (isJson) parsed = "value" in result ? result.value : JSON.parse(result.body);
    const responseErrors = await responseViolations(operationId, result.status, parsed, isJson);
    if (responseErrors.length) violations.push({ side: "response", operationId, method, path, status: result.status, errors: responseErrors });
    return applyFault(result, fault, delayMs);
  }

  const mock: MockApi = {
    requests,
    violations,
    fail: (operationId, ...queued) => faults.push(operationId, queued),
    items: (list, key) => account.items(list, key),
    emit: (type, payload) => hub.emit(type, payload),
    deliveries: hub.deliveries,
    receive: (url, receiver) => hub.receive(url, receiver),
    settled: () => hub.settled(),
    async handle(incoming) {
      const request = receive(incoming);
      const found = route(routes, request.method, request.path);
      const received: ReceivedRequest = { ...request, operationId: found?.route.operationId, params: found?.params ?? {} };
      requests.push(received);
      const fault = faults.take(found?.route.operationId) ?? chaos?.(received);
      const delayMs = latencyMs + (fault?.delayMs ?? 0);
      if (!found) {
        const message = `no operation of the spec is ${request.method} ${request.path}`;
        violations.push({ side: "request", operationId: undefined, method: request.method, path: request.path, errors: [message] });
        return json(404, { error: { message } }, {}, delayMs);
      }
      return answer(found.route, received, incoming, fault, delayMs);
    },
  };
  return mock;
}
