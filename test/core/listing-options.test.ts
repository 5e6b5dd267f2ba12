// Opt-in listing speed-ups: prefetch of the next page, and the partitioned listing (one cursor chain per `type`).
import { describe, expect, it } from "vitest";
import { AbortError, ConfigurationError, ServerError, type Chat } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { CHANNEL_TYPES, chats, pageOf } from "../support/data.js";
import { json } from "../support/stub-fetch.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits like a real fetch: rejects when the request's signal fires. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new DOMException("aborted", "AbortError"));
    });
  });
}

/**
 * An in-process server of `total` chats (chat i has type CHANNEL_TYPES[i % n]), honouring `type`, `limit` and cursors
 * `c<offset>`, answering after `delayMs`; it counts requests and how many are in flight at once.
 */
function chatServer(total: number, { delayMs = 0, fail }: { delayMs?: number; fail?: (url: URL) => boolean } = {}) {
  const account = chats(total);
  const requests: URL[] = [];
  const signals: AbortSignal[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    requests.push(url);
    signals.push(request.signal);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await wait(delayMs, request.signal);
      if (fail?.(url)) return json({ error: "boom" }, { status: 500 });
      const type = url.searchParams.get("type");
      return json(pageOf(type ? account.filter((chat) => chat.channel_type === type) : account, url.searchParams));
    } finally {
      inFlight--;
    }
  };
  return { fetch, requests, signals, maxInFlight: () => maxInFlight };
}

function client(fetch: (request: Request) => Promise<Response>) {
  return testClient({ fetch }, { maxRetries: 0 });
}

async function ids(iterable: AsyncIterable<Chat>): Promise<string[]> {
  const seen: string[] = [];
  for await (const chat of iterable) seen.push(chat.id!);
  return seen;
}

describe("prefetch", () => {
  it("is off by default: no request for the next page until the consumer asks for it", async () => {
    const server = chatServer(30);
    const pages = client(server.fetch).chats.pages({ limit: 10 })[Symbol.asyncIterator]();
    await pages.next();
    await sleep(20);
    expect(server.requests).toHaveLength(1);
    await pages.next();
    expect(server.requests).toHaveLength(2);
    await pages.return?.(undefined);
  });

  it("requests the next page as soon as a page is handed over, and yields the same chats in the same order", async () => {
    const server = chatServer(25);
    const pages = client(server.fetch).chats.pages({ limit: 10 }, { prefetch: true })[Symbol.asyncIterator]();
    await pages.next();
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.searchParams.get("cursor")).toBe("c10");
    await pages.return?.(undefined);

    const plain = await ids(client(chatServer(25).fetch).chats.listAll({ limit: 10 }));
    const counted = chatServer(25);
    const prefetched = await ids(client(counted.fetch).chats.listAll({ limit: 10 }, { prefetch: true }));
    expect(prefetched).toEqual(plain);
    expect(counted.requests).toHaveLength(3); // nothing past the last page
  });

  it("a consumer that stops has spent exactly one unasked request (the prefetch), aborted, and no more", async () => {
    const server = chatServer(100, { delayMs: 5 });
    for await (const _page of client(server.fetch).chats.pages({ limit: 10 }, { prefetch: true })) break;
    expect(server.requests).toHaveLength(2);
    expect(server.signals[1]!.aborted).toBe(true);
    await sleep(30);
    expect(server.requests).toHaveLength(2);

    const plain = chatServer(100);
    for await (const _page of client(plain.fetch).chats.pages({ limit: 10 })) break;
    await sleep(10);
    expect(plain.requests).toHaveLength(1);
  });

  it("never prefetches past maxPages", async () => {
    const server = chatServer(100);
    const pages = [];
    for await (const page of client(server.fetch).chats.pages({ limit: 10 }, { prefetch: true, maxPages: 2 })) pages.push(page);
    expect(pages).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  it("a failed prefetch throws when the consumer reaches that page, with the cursor to resume from", async () => {
    const server = chatServer(30, { fail: (url) => url.searchParams.get("cursor") === "c20" });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chat of client(server.fetch).chats.listAll({ limit: 10 }, { prefetch: true })) seen.push(chat.id!);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).cursor).toBe("c20");
    expect(seen).toHaveLength(20);
  });

  it("the caller's signal aborts a prefetching listing with AbortError", async () => {
    const server = chatServer(100, { delayMs: 20 });
    const controller = new AbortController();
    const listing = (async () => {
      for await (const _page of client(server.fetch).chats.pages({ limit: 10 }, { prefetch: true, signal: controller.signal })) {
        controller.abort();
      }
    })();
    await expect(listing).rejects.toBeInstanceOf(AbortError);
  });
});

describe("listAllPartitioned", () => {
  it("yields exactly the chats listAll yields, one cursor chain per type from the spec", async () => {
    const sequential = await ids(client(chatServer(1000).fetch).chats.listAll({ limit: 50 }));
    const server = chatServer(1000);
    const partitioned = await ids(client(server.fetch).chats.listAllPartitioned({ limit: 50 }));
    expect(partitioned).toHaveLength(1000);
    expect(new Set(partitioned)).toEqual(new Set(sequential));
    const types = new Set(server.requests.map((url) => url.searchParams.get("type")));
    expect([...types].sort()).toEqual([...CHANNEL_TYPES].sort());
    expect(CHANNEL_TYPES).toContain("whatsapp");
    // Each chain pages through its own type: ceil(167 / 50) or ceil(166 / 50) pages, 4 each.
    expect(server.requests).toHaveLength(CHANNEL_TYPES.length * 4);
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    const server = chatServer(600, { delayMs: 5 });
    const chats = await ids(client(server.fetch).chats.listAllPartitioned({ limit: 20 }, { concurrency: 2 }));
    expect(chats).toHaveLength(600);
    expect(server.maxInFlight()).toBe(2);

    const wide = chatServer(600, { delayMs: 5 });
    await ids(client(wide.fetch).chats.listAllPartitioned({ limit: 20 }));
    expect(wide.maxInFlight()).toBe(CHANNEL_TYPES.length);
  });

  it("a query that sets the type is one chain, like listAll", async () => {
    const server = chatServer(60);
    const chats = await ids(client(server.fetch).chats.listAllPartitioned({ limit: 5, type: "twilio" }));
    expect(chats).toHaveLength(60 / CHANNEL_TYPES.length);
    expect(new Set(server.requests.map((url) => url.searchParams.get("type")))).toEqual(new Set(["twilio"]));
  });

  it("an error stops every chain and names the failing partition and its cursor", async () => {
    const server = chatServer(600, {
      delayMs: 2,
      fail: (url) => url.searchParams.get("type") === "whatsapp" && url.searchParams.get("cursor") === "c20",
    });
    const error = await ids(client(server.fetch).chats.listAllPartitioned({ limit: 20 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).partition).toEqual({ type: "whatsapp" });
    expect((error as ServerError).cursor).toBe("c20");
    const sent = server.requests.length;
    await sleep(30);
    expect(server.requests.length).toBe(sent);
  });

  it("a consumer that stops aborts the requests in flight and sends no more", async () => {
    const server = chatServer(600, { delayMs: 5 });
    for await (const _chat of client(server.fetch).chats.listAllPartitioned({ limit: 20 }, { concurrency: 3 })) break;
    const sent = server.requests.length;
    expect(sent).toBeLessThanOrEqual(3);
    await sleep(30);
    expect(server.requests.length).toBe(sent);
    expect(server.signals.filter((signal) => !signal.aborted).length).toBeLessThanOrEqual(1);
  });

  it("rejects a concurrency that is not a positive integer", async () => {
    const server = chatServer(10);
    await expect(ids(client(server.fetch).chats.listAllPartitioned({}, { concurrency: 0 }))).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(server.requests).toHaveLength(0);
  });
});
