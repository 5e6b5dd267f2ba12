// Pagination that loses nothing: the testing kit's mock (real cursors, 1 000 generated chats) over loopback HTTP;
// it checks every request the client sends and every page it serves against openapi/v4.yaml (kit.violations).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  BlooioError,
  ConnectionError,
  ContractError,
  PaginationError,
  ServerError,
  TimeoutError,
  type BlooioClientOptions,
  type ListChatsQuery,
} from "../../src/index.js";
import { createMockApi, type Fault, type MockHttpServer } from "../../src/testing.js";
import { testClient } from "../support/client.js";

const TOTAL = 1_000;
/** Decides a fault by the request's index (0 = the first request of the test). */
type Intercept = (index: number) => Fault | undefined;

let intercept: Intercept | undefined;
let first = 0;
const kit = createMockApi({ data: { chats: TOTAL }, seed: 11, chaos: () => intercept?.(kit.requests.length - 1 - first) });
let server: MockHttpServer;

beforeAll(async () => {
  server = await kit.listen();
});
afterAll(() => server?.close());
afterEach(() => {
  intercept = undefined;
  first = kit.requests.length;
  kit.assertNoViolations();
});
const requests = () => kit.requests.slice(first);

function client(options: BlooioClientOptions = {}) {
  return testClient(server, options);
}

/** The ids the account holds for a filter, in listing order. */
function expectedIds(filter: { type?: string; state?: string } = {}): string[] {
  return kit
    .items("chats")
    .filter((chat) => (filter.type === undefined || chat.channel_type === filter.type) && (filter.state === undefined || chat.state === filter.state))
    .map((chat) => String(chat.id));
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
const failOnce = (at: number, fault: Fault): Intercept => (index) => (index === at ? fault : undefined);

describe("pagination against the kit's mock", () => {
  it("lists all 1 000 chats in order, each once", async () => {
    const { ids, error } = await drain(client().chats.listAll({ limit: 200 }));
    expect(error).toBeUndefined();
    expect(ids).toEqual(expectedIds());
    expect(new Set(ids).size).toBe(TOTAL);
    expect(requests()).toHaveLength(5);
  });

  it("keeps the filters on every page", async () => {
    const query: ListChatsQuery = { type: "whatsapp", state: "open", limit: 7 };
    const { ids } = await drain(client().chats.listAll(query));
    expect(ids.length).toBeGreaterThan(7);
    expect(ids).toEqual(expectedIds(query));
    for (const { query: sent } of requests()) expect(sent).toMatchObject({ type: "whatsapp", state: "open" });
  });

  it("a page that breaks the spec is recorded by the kit, and is a ContractError for a validating client", async () => {
    const bad = createMockApi({ data: { chats: [{ id: "chat_1", state: "archived" }] } });
    const error = await testClient(bad, { validateResponses: true }).chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(bad.violations).toMatchObject([{ side: "response", status: 200, errors: [expect.stringContaining("body.data[0].state")] }]);
  });
});

describe("an error mid-listing carries the cursor to resume from: nothing lost, nothing repeated", () => {
  it.each([
    ["a 500 with retries used up", { status: 500, body: { message: "boom" } }, ServerError],
    ["a connection reset", { reset: true }, ConnectionError],
    ["a body cut short", { truncate: true }, ConnectionError],
  ])("resumes after %s", async (_, fault, ErrorClass) => {
    intercept = failOnce(3, fault);
    const first = await drain(client({ maxRetries: 0 }).chats.listAll({ limit: 150 }));
    expect(first.error).toBeInstanceOf(ErrorClass);
    expect(first.ids).toHaveLength(450);
    expect(first.error!.cursor).toBe(requests()[3]!.query.cursor);
    const rest = await drain(client().chats.listAll({ limit: 150, cursor: first.error!.cursor }));
    expect(rest.error).toBeUndefined();
    expect([...first.ids, ...rest.ids]).toEqual(expectedIds());
  });

  it("resumes after a timeout, with pages()", async () => {
    intercept = failOnce(2, { delayMs: 60_000 }); // no answer in time
    const pages = client({ maxRetries: 0, timeoutMs: 300 }).chats.pages({ limit: 200 });
    const first = await drain((async function* () {
      for await (const page of pages) yield* page.data ?? [];
    })());
    expect(first.error).toBeInstanceOf(TimeoutError);
    const rest = await drain(client().chats.listAll({ limit: 200, cursor: first.error!.cursor }));
    expect([...first.ids, ...rest.ids]).toEqual(expectedIds());
  });

  it("an error on the first page carries no cursor: resuming starts over", async () => {
    intercept = failOnce(0, { status: 503, body: { message: "boom" } });
    const first = await drain(client({ maxRetries: 0 }).chats.listAll({ limit: 200 }));
    expect(first.error).toBeInstanceOf(ServerError);
    expect(first.error!.cursor).toBeUndefined();
    const rest = await drain(client().chats.listAll({ limit: 200, cursor: first.error!.cursor }));
    expect(rest.ids).toEqual(expectedIds());
  });

  it("a retried failure is invisible: the listing completes with no error", async () => {
    intercept = failOnce(2, { status: 503, headers: { "retry-after-ms": "10" }, body: { message: "busy" } });
    const { ids, error } = await drain(client().chats.listAll({ limit: 200 }));
    expect(error).toBeUndefined();
    expect(ids).toEqual(expectedIds());
    expect(requests()).toHaveLength(6);
  });
});

describe("pagination traps end cleanly or with a clear error, never hang", () => {
  const chats = [{ id: "chat_0" }, { id: "chat_1" }];
  // A misbehaving server: each answer is a queued 200 whose body the test writes (queued answers are not checked).
  const answer = (body: unknown): Fault => ({ status: 200, body });

  it("a cursor handed back again ends with PaginationError after two requests", async () => {
    intercept = () => answer({ data: chats, has_more: true, next_cursor: "cur_same" });
    const { ids, error } = await drain(client().chats.listAll());
    expect(error).toBeInstanceOf(PaginationError);
    expect(error!.message).toContain('"cur_same" twice');
    expect(ids).toHaveLength(4);
    expect(requests()).toHaveLength(2);
  });

  it("has_more: true with a null cursor ends the listing cleanly after one request", async () => {
    intercept = () => answer({ data: chats, has_more: true, next_cursor: null });
    const { ids, error } = await drain(client().chats.listAll());
    expect(error).toBeUndefined();
    expect(ids).toHaveLength(2);
    expect(requests()).toHaveLength(1);
  });

  it("endless empty pages with fresh cursors end with PaginationError after a bounded number of requests", async () => {
    intercept = (index) => answer({ data: [], has_more: true, next_cursor: `cur_${index}` });
    const { ids, error } = await drain(client().chats.listAll());
    expect(error).toBeInstanceOf(PaginationError);
    expect(error!.message).toMatch(/20 empty pages in a row/);
    expect(ids).toHaveLength(0);
    expect(requests()).toHaveLength(20);
  });

  it("an empty last page ends cleanly", async () => {
    intercept = () => answer({ data: [], has_more: false, next_cursor: null });
    const { ids, error } = await drain(client().chats.listAll());
    expect({ ids, error }).toEqual({ ids: [], error: undefined });
  });
});
