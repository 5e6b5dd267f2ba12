// The app's tests: its listing, its resume after a fault and its 429 handling, against blooio-v4/testing's mock of
// the spec: no fake server of our own, and the mock fails the test if our requests (or its answers) break the spec.
import { createBlooioClient, ConnectionError } from "blooio-v4";
import { createMockApi } from "blooio-v4/testing";
import { afterEach, describe, expect, it } from "vitest";
import { syncChats, type Store } from "../src/sync.js";

const KEY = "bl_test_example_not_a_real_key";
const newStore = (): Store => ({ chats: new Map(), checkpoint: undefined });
let kit = createMockApi();

afterEach(() => kit.assertNoViolations());

describe("syncChats", () => {
  it("copies every chat of a seeded account, page by page", async () => {
    kit = createMockApi({ data: { chats: 120 }, seed: 42 }); // 120 chats generated from the spec's schemas
    const client = createBlooioClient({ apiKey: KEY, baseUrl: kit.url, fetch: kit.fetch });
    const store = newStore();
    expect(await syncChats(client, store)).toEqual({ done: true, saved: 120 });
    expect([...store.chats.keys()]).toEqual(kit.items("chats").map((chat) => chat.id));
    expect(kit.requests.map((request) => request.query.limit)).toEqual(["50", "50", "50"]);
  });

  it("resumes from its checkpoint after the network fails mid-listing: nothing lost, nothing twice", async () => {
    kit = createMockApi({ data: { chats: 120 } });
    const client = createBlooioClient({ apiKey: KEY, baseUrl: kit.url, fetch: kit.fetch, maxRetries: 1, backoff: { initialMs: 1, maxMs: 1 } });
    const store = newStore();
    kit.fail("listChats", {}, { reset: true }, { reset: true }); // page 1 fine, then page 2 fails twice
    const first = await syncChats(client, store);
    expect(first).toMatchObject({ done: false, saved: 50 });
    expect(first.done || first.error).toBeInstanceOf(ConnectionError);
    expect(store.checkpoint).toBeTruthy();
    expect(await syncChats(client, store)).toEqual({ done: true, saved: 70 });
    expect(store.chats.size).toBe(120);
  });

  it("waits out a 429 as Retry-After says, over loopback HTTP", async () => {
    kit = createMockApi({ data: { chats: 10 } });
    const server = await kit.listen(); // a real server on 127.0.0.1, a free port
    try {
      const client = createBlooioClient({ apiKey: KEY, baseUrl: server.url });
      kit.fail("listChats", { status: 429, headers: { "retry-after": "1" }, body: { error: "slow down" } });
      const started = Date.now();
      expect(await syncChats(client, newStore())).toEqual({ done: true, saved: 10 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(kit.requests).toHaveLength(2);
      expect(kit.requests[1]!.headers.authorization).toBe(`Bearer ${KEY}`);
    } finally {
      await server.close();
    }
  });
});
