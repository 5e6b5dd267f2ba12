// The stateful mock of the spec: it routes each request to its operation by the generated operation table, checks
// the request and its answer against the spec, pages cursor lists through the seeded account, replays keyed writes,
// answers other operations from the app's handler or the spec's example, and plays queued faults. It produces an
// Answer; fetch-adapter.ts and http-adapter.ts deliver it. Knows no operation by name.
import { mockOperations, schemas } from "../generated/mock-data.js";
import { operations } from "../generated/operations.js";
import type { RequestParts } from "../core/request.js";
import type { OperationRow } from "../core/table.js";
import { checkRequest, checkResponse } from "./contract.js";
import { createFaultQueue, type Fault } from "./faults.js";
import { createAccount, pageOf, pathKey, type Seed } from "./mock-state.js";
import { sampleOf, seededRandom } from "./schema-sample.js";

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
  /** Handle one request: the answer to deliver. Adapters call it. */
  handle(request: IncomingRequest): Promise<Answer>;
}

interface Route {
  operationId: string;
  row: OperationRow;
  pattern: RegExp;
  names: string[];
}

function routesOf(): Route[] {
  return Object.entries(rows).map(([operationId, row]) => {
    const names: string[] = [];
    const source = row.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\\?\}/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { operationId, row, pattern: new RegExp(`^${source}$`), names };
  });
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}, delayMs = 0): Answer => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
  delayMs,
  value: body,
});

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const { data, seed = 1, handlers = {}, strict = false, latencyMs = 0, chaos } = options;
  const account = createAccount(data, seed);
  const faults = createFaultQueue();
  const routes = routesOf();
  const random = seededRandom(seed ^ 0x5eed);
  const requests: ReceivedRequest[] = [];
  const violations: Violation[] = [];
  // Keyed writes: operation and key -> the request body and the answer, settled once.
  const keyed = new Map<string, { body: string; answer: Promise<Answer> }>();

  /** The spec's example for a status, else a sample of its schema; a message put where the schema has room. */
  function documented(operationId: string, status: number, message?: string): unknown {
    const response = mockOperations[operationId]?.responses[String(status)];
    if (!response) return message === undefined ? {} : { error: { message } };
    if ("example" in response) return response.example;
    const body = sampleOf(response.schema, { schemas, random, index: 0 });
    if (message !== undefined && body && typeof body === "object") {
      const object = body as Record<string, unknown>;
      if (object.error && typeof object.error === "object" && "message" in object.error) (object.error as Record<string, unknown>).message = message;
      else if ("message" in object || !Object.keys(object).length) object.message = message;
    }
    return body;
  }

  async function operate(route: Route, received: ReceivedRequest, parts: RequestParts, mock: MockApi): Promise<Answer> {
    const { operationId, row } = route;
    const handler = handlers[operationId];
    if (handler) {
      const answer = await handler(received, mock);
      const status = answer.status ?? row.success[0] ?? 200;
      return answer.body === undefined && !("body" in answer)
        ? { status, headers: { ...answer.headers }, body: "", delayMs: 0 }
        : json(status, answer.body, answer.headers);
    }
    if (row.cursorList) {
      const key = pathKey(row, received.params);
      if (key !== undefined && !account.has(operationId, key) && mockOperations[operationId]?.responses["404"]) {
        return json(404, documented(operationId, 404, `nothing at ${received.path}`));
      }
      const result = pageOf(operationId, row, account.items(operationId, key), parts.query, key);
      if ("badCursor" in result) return json(400, documented(operationId, 400, "this cursor was not made for this listing"));
      return json(200, result.page);
    }
    const status = row.success.find((code) => mockOperations[operationId]?.responses[String(code)]) ?? row.success[0] ?? 200;
    return mockOperations[operationId]?.responses[String(status)]
      ? json(status, documented(operationId, status))
      : { status, headers: {}, body: "", delayMs: 0 };
  }

  /** A keyed write is applied once per key: a repeat with the same body gets the first answer again, marked replayed. */
  function once(route: Route, received: ReceivedRequest, text: string, run: () => Promise<Answer>): Promise<Answer> {
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

  const mock: MockApi = {
    requests,
    violations,
    fail: (operationId, ...queued) => faults.push(operationId, queued),
    items: (list, key) => account.items(list, key),
    async handle(incoming) {
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
      const method = incoming.method.toUpperCase();
      const path = url.pathname;
      let route: Route | undefined;
      let match: RegExpExecArray | null = null;
      for (const candidate of routes) {
        if (candidate.row.method === method && (match = candidate.pattern.exec(path))) {
          route = candidate;
          break;
        }
      }
      const params: Record<string, string> = {};
      route?.names.forEach((name, i) => (params[name] = decodeURIComponent(match![i + 1]!)));
      const received: ReceivedRequest = {
        operationId: route?.operationId,
        method,
        path,
        params,
        query,
        headers,
        idempotencyKey: headers["idempotency-key"],
        body,
      };
      requests.push(received);
      const fault = faults.take(route?.operationId) ?? chaos?.(received);
      const delayMs = latencyMs + (fault?.delayMs ?? 0);
      if (!route) {
        violations.push({ side: "request", operationId: undefined, method, path, errors: [`no operation of the spec is ${method} ${path}`] });
        return json(404, { error: { message: `no operation of the spec is ${method} ${path}` } }, {}, delayMs);
      }
      const { operationId, row } = route;

      const parts: RequestParts = { path: { ...params }, query: { ...query }, header: {} };
      for (const p of row.parameters) if (p.in === "header" && headers[p.name.toLowerCase()] !== undefined) parts.header[p.name] = headers[p.name.toLowerCase()];
      if (body !== undefined || row.body) parts.body = body;
      const requestErrors = await checkRequest(operationId, parts);
      if (typeof body === "string" && /json/.test(headers["content-type"] ?? "")) requestErrors.push("body is not valid JSON");
      if (requestErrors.length) violations.push({ side: "request", operationId, method, path, errors: requestErrors });

      const spoil = (answer: Answer): Answer => {
        if (!fault) return { ...answer, delayMs };
        if (fault.reset) return { ...answer, delayMs, reset: true };
        if (fault.truncate) return { ...answer, delayMs, truncate: true };
        if (fault.status !== undefined) return json(fault.status, fault.body ?? { error: { message: `injected ${fault.status}` } }, { ...fault.headers }, delayMs);
        return { ...answer, delayMs };
      };
      // A fault that replaces the answer, before the operation runs: nothing is applied, nothing is checked.
      if (fault && !fault.afterApply && (fault.reset || fault.status !== undefined)) return spoil(json(500, {}));

      let answer: Answer;
      if (strict && requestErrors.length) {
        answer = json(400, documented(operationId, 400, requestErrors.join("; ")), { "sl-violations": JSON.stringify(requestErrors) });
      } else if (mockOperations[operationId]?.secured && !/^Bearer \S/.test(headers.authorization ?? "")) {
        answer = json(401, documented(operationId, 401, "no API key: send it as a bearer token"));
      } else {
        answer = await once(route, received, incoming.body, () => operate(route, received, parts, mock));
      }
      let parsed: unknown;
      const isJson = /json/.test(answer.headers["content-type"] ?? "") && answer.body !== "";
      if (isJson) parsed = "value" in answer ? answer.value : JSON.parse(answer.body);
      const responseErrors = await checkResponse(operationId, answer.status, parsed, isJson);
      if (responseErrors.length) violations.push({ side: "response", operationId, method, path, status: answer.status, errors: responseErrors });
      return spoil(answer);
    },
  };
  return mock;
}
