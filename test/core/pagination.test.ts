// Listing through the methods: listAll, pages and an awaitable list follow cursors, and stop where nextPage says.
import { describe, expect, it } from "vitest";
import { PaginationError, ServerError } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { chats, page, pageOf } from "../support/data.js";
import { json, stubFetch } from "../support/stub-fetch.js";

/** A server of `total` chats served `size` at a time (or the query's limit), with cursors `c<offset>`. */
function pagedServer(total: number, size: number) {
  const account = chats(total);
  return stubFetch((request) => json(pageOf(account, new URL(request.url).searchParams, size)));
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("pagination", () => {
  it("listAll follows next_cursor across pages and yields every chat once, in order", async () => {
    const server = pagedServer(7, 3);
    const client = testClient(server);
    const chats = await collect(client.chats.listAll({ limit: 3, state: "open" }));
    expect(chats.map((c) => c.id)).toEqual(["chat_0", "chat_1", "chat_2", "chat_3", "chat_4", "chat_5", "chat_6"]);
    expect(server.requests.map((_, i) => server.query(i))).toEqual([
      { limit: "3", state: "open" },
      { limit: "3", state: "open", cursor: "c3" },
      { limit: "3", state: "open", cursor: "c6" },
    ]);
  });

  it("a list call is awaitable (the first page) and iterable (every chat), reusing the first page", async () => {
    const server = pagedServer(5, 2);
    const client = testClient(server);
    const first = await client.chats.list({ limit: 2 });
    expect(first.data?.map((c) => c.id)).toEqual(["chat_0", "chat_1"]);
    const listing = client.chats.list({ limit: 2 });
    const chats = await collect(listing);
    expect(chats.map((c) => c.id)).toEqual(["chat_0", "chat_1", "chat_2", "chat_3", "chat_4"]);
    // 1 request for the awaited page, then 3 for the iterated listing: its first page was not requested twice.
    expect(server.requests).toHaveLength(4);
    expect((await listing).next_cursor).toBe("c2");
    const pages = await collect(client.chats.list({ limit: 2, cursor: "c2" }).pages());
    expect(pages.map((p) => p.data?.map((c) => c.id))).toEqual([["chat_2", "chat_3"], ["chat_4"]]);
  });

  it("withResponse gives the page with the HTTP answer and its request id", async () => {
    const stub = stubFetch(() => json(page(0, 1, null), { headers: { "x-request-id": "req_123" } }));
    const client = testClient(stub);
    const { data, response, requestId } = await client.chats.list().withResponse();
    expect(data.data?.[0]?.id).toBe("chat_0");
    expect(response.status).toBe(200);
    expect(requestId).toBe("req_123");
  });

  it("pages yields whole pages and starts from the query's cursor", async () => {
    const server = pagedServer(10, 4);
    const client = testClient(server);
    const pages = await collect(client.chats.pages({ cursor: "c4" }));
    expect(pages.map((p) => p.data?.length)).toEqual([4, 2]);
    expect(server.query(0)).toEqual({ cursor: "c4" });
  });

  it.each([
    ["has_more is false", { ...page(0, 1, "c1"), has_more: false }],
    ["next_cursor is null", { ...page(0, 1, null), has_more: true }],
    ["next_cursor is empty", { ...page(0, 1, ""), has_more: true }],
    ["next_cursor is missing", { data: page(0, 1, null).data, has_more: true }],
  ])("stops when %s", async (_, body) => {
    const stub = stubFetch(() => json(body));
    const client = testClient(stub);
    expect(await collect(client.chats.listAll())).toHaveLength(1);
    expect(stub.requests).toHaveLength(1);
  });

  it("ends with PaginationError, not a loop, when the server hands back a cursor already seen", async () => {
    // The docs' own example page says has_more: true with next_cursor "string", on every request.
    const stub = stubFetch(() => json(page(0, 1, "string")));
    const client = testClient(stub);
    const error = await collect(client.chats.listAll()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/cursor "string" twice/);
    expect(stub.requests).toHaveLength(2);
  });

  it("detects a cycle longer than one page", async () => {
    const cycle = ["a", "b", "c"];
    const stub = stubFetch((_, i) => json(page(i, 1, cycle[i % 3]!)));
    const client = testClient(stub);
    await expect(collect(client.chats.pages())).rejects.toThrow(PaginationError);
    expect(stub.requests).toHaveLength(4);
  });

  it("maxPages bounds the listing without an error", async () => {
    const server = pagedServer(100, 10);
    const client = testClient(server);
    expect(await collect(client.chats.listAll({}, { maxPages: 3 }))).toHaveLength(30);
    expect(server.requests).toHaveLength(3);
  });

  it("stops spending requests when the consumer stops iterating", async () => {
    const server = pagedServer(100, 10);
    const client = testClient(server);
    for await (const chat of client.chats.listAll()) if (chat.id === "chat_12") break;
    expect(server.requests).toHaveLength(2);
  });

  it("throws the typed error of a failing page", async () => {
    const stub = stubFetch((_, i) => (i === 0 ? json(page(0, 2, "c2")) : json({ message: "down" }, { status: 500 })));
    const client = testClient(stub, { maxRetries: 0 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chat of client.chats.listAll()) seen.push(chat.id!);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["chat_0", "chat_1"]);
    expect(error).toBeInstanceOf(ServerError);
  });
});
