// Pagination that loses nothing: the paging fixture (real cursors, 1 000 chats) behind `prism proxy`, so every
// request the client sends and every page the fixture serves is checked against openapi/v4.yaml on the way.
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BlooioError,
  ConnectionError,
  createBlooioClient,
  PaginationError,
  ServerError,
  TimeoutError,
  type BlooioClientOptions,
  type ListChatsQuery,
} from "../../src/index.js";
import { startMockServer, type MockServer } from "../../src/testing.js";
import { sendJson, type TestServer } from "../support/http-server.js";
import { chatAt, expectedIds, startPagingServer } from "../support/paging-server.js";
import { FAKE_KEY } from "../support/stub-fetch.js";

const TOTAL = 1_000;
type Intercept = (context: { index: number; cursor: string | null; response: ServerResponse }) => boolean;

let fixture: TestServer;
let proxy: MockServer;
let intercept: Intercept | undefined;

beforeAll(async () => {
  fixture = await startPagingServer({ total: TOTAL, intercept: (context) => intercept?.(context) ?? false });
  proxy = await startMockServer({ upstream: fixture.url });
});
afterAll(async () => {
  await proxy?.close();
  await fixture?.close();
});
beforeEach(() => {
  intercept = undefined;
  fixture.requests.length = 0;
});

function client(options: BlooioClientOptions = {}) {
  return createBlooioClient({ apiKey: FAKE_KEY, baseUrl: proxy.url, backoff: { initialMs: 5, maxMs: 20 }, ...options });
}

/** Collects ids until the listing ends or throws; returns both. */
async function drain(iterable: AsyncIterable<{ id?: string }>): Promise<{ ids: string[]; error?: BlooioError }> {
  const ids: string[] = [];
  try {
    for await (const chat of iterable) ids.push(chat.id!);
    return { ids };
  } catch (error) {
    return { ids, error: error as BlooioError };
  }
}

/** Fails the request with this index once, in the given way. */
function failOnce(at: number, fault: (response: ServerResponse) => void): Intercept {
  let done = false;
  return ({ index, response }) => {
    if (done || index !== at) return false;
    done = true;
    fault(response);
    return true;
  };
}

describe("pagination through prism proxy", () => {
  it("lists all 1 000 chats in order, each once", async () => {
    const { ids, error } = await drain(client().chats.listAll({ limit: 200 }));
    expect(error).toBeUndefined();
    expect(ids).toEqual(expectedIds(TOTAL));
    expect(fixture.requests).toHaveLength(5);
  });

  it("keeps the filters on every page", async () => {
    const query: ListChatsQuery = { type: "whatsapp", state: "open", limit: 7 };
    const { ids } = await drain(client().chats.listAll(query));
    expect(ids).toEqual(expectedIds(TOTAL, query));
    for (const { url } of fixture.requests) expect(url).toMatch(/type=whatsapp&state=open/);
  });

  it("checks what the fixture serves: a page that breaks the spec does not reach the client as data", async () => {
    intercept = ({ response }) => (sendJson(response, { data: [{ ...chatAt(0), state: "archived" }], has_more: false }), true);
    const error = await client({ maxRetries: 0 }).chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(JSON.stringify((error as ServerError).body)).toContain("state");
  });
});

describe("an error mid-listing carries the cursor to resume from: nothing lost, nothing repeated", () => {
  // Prism turns an upstream reset into its own 500, so the reset case talks to the fixture directly.
  it.each([
    ["a 500 with retries used up", (response: ServerResponse) => sendJson(response, { message: "boom" }, 500), ServerError, "proxy"],
    ["a connection reset", (response: ServerResponse) => void response.socket?.destroy(), ConnectionError, "fixture"],
  ])("resumes after %s", async (_, fault, ErrorClass, via) => {
    intercept = failOnce(3, fault);
    const baseUrl = via === "proxy" ? proxy.url : fixture.url;
    const first = await drain(client({ maxRetries: 0, baseUrl }).chats.listAll({ limit: 150 }));
    expect(first.error).toBeInstanceOf(ErrorClass);
    expect(first.ids).toHaveLength(450);
    expect(first.error!.cursor).toMatch(/^cur_/);
    const rest = await drain(client().chats.listAll({ limit: 150, cursor: first.error!.cursor }));
    expect(rest.error).toBeUndefined();
    expect([...first.ids, ...rest.ids]).toEqual(expectedIds(TOTAL));
  });

  it("resumes after a timeout, with pages()", async () => {
    intercept = failOnce(2, () => {}); // never answers
    const pages = client({ maxRetries: 0, timeoutMs: 300 }).chats.pages({ limit: 200 });
    const first = await drain((async function* () {
      for await (const page of pages) yield* page.data ?? [];
    })());
    expect(first.error).toBeInstanceOf(TimeoutError);
    const rest = await drain(client().chats.listAll({ limit: 200, cursor: first.error!.cursor }));
    expect([...first.ids, ...rest.ids]).toEqual(expectedIds(TOTAL));
  });

  it("an error on the first page carries no cursor: resuming starts over", async () => {
    intercept = failOnce(0, (response) => sendJson(response, { message: "boom" }, 503));
    const first = await drain(client({ maxRetries: 0 }).chats.listAll({ limit: 200 }));
    expect(first.error).toBeInstanceOf(ServerError);
    expect(first.error!.cursor).toBeUndefined();
    const rest = await drain(client().chats.listAll({ limit: 200, cursor: first.error!.cursor }));
    expect(rest.ids).toEqual(expectedIds(TOTAL));
  });

  it("a retried failure is invisible: the listing completes with no error", async () => {
    intercept = failOnce(2, (response) => sendJson(response, { message: "busy" }, 503, { "retry-after-ms": "10" }));
    const { ids, error } = await drain(client().chats.listAll({ limit: 200 }));
    expect(error).toBeUndefined();
    expect(ids).toEqual(expectedIds(TOTAL));
    expect(fixture.requests).toHaveLength(6);
  });
});

describe("pagination traps end cleanly or with a clear error, never hang", () => {
  const chats = [chatAt(0), chatAt(1)];

  it("a cursor handed back again ends with PaginationError after two requests", async () => {
    intercept = ({ response }) => (sendJson(response, { data: chats, has_more: true, next_cursor: "cur_same" }), true);
    const { ids, error } = await drain(client().chats.listAll());
    expect(error).toBeInstanceOf(PaginationError);
    expect(error!.message).toContain('"cur_same" twice');
    expect(ids).toHaveLength(4);
    expect(fixture.requests).toHaveLength(2);
  });

  it("has_more: true with a null cursor ends the listing cleanly after one request", async () => {
    intercept = ({ response }) => (sendJson(response, { data: chats, has_more: true, next_cursor: null }), true);
    const { ids, error } = await drain(client().chats.listAll());
    expect(error).toBeUndefined();
    expect(ids).toHaveLength(2);
    expect(fixture.requests).toHaveLength(1);
  });

  it("endless empty pages with fresh cursors end with PaginationError after a bounded number of requests", async () => {
    intercept = ({ index, response }) => (sendJson(response, { data: [], has_more: true, next_cursor: `cur_${index}` }), true);
    const { ids, error } = await drain(client().chats.listAll());
    expect(error).toBeInstanceOf(PaginationError);
    expect(error!.message).toMatch(/20 empty pages in a row/);
    expect(ids).toHaveLength(0);
    expect(fixture.requests).toHaveLength(20);
  });

  it("an empty last page ends cleanly", async () => {
    intercept = ({ response }) => (sendJson(response, { data: [], has_more: false, next_cursor: null }), true);
    const { ids, error } = await drain(client().chats.listAll());
    expect({ ids, error }).toEqual({ ids: [], error: undefined });
  });
});
