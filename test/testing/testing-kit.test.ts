// blooio-v4/testing's stateful mock, through its in-process fetch and its loopback server: paging and filters from the
// spec, faults on cue, and the contract check that catches a request or an answer that breaks the spec.
import { describe, expect, it } from "vitest";
import { BadRequestError, BlooioError, ConnectionError, RateLimitError, TimeoutError, type Chat } from "../../src/index.js";
import { createMockApi } from "../../src/testing.js";
import { testClient } from "../support/client.js";
import { chat, FAKE_KEY } from "../support/data.js";

describe("the testing kit's mock", () => {
  it("pages a seeded list to the end with opaque cursors, the spec's default limit and its filters", async () => {
    const chats = Array.from({ length: 130 }, (_, n): Chat => ({ ...chat(n), channel_type: n % 3 ? "whatsapp" : "twilio", state: n % 2 ? "open" : "closed" }));
    const kit = createMockApi({ data: { chats } });
    const client = testClient(kit);
    const all: string[] = [];
    for await (const item of client.chats.listAll()) all.push(item.id!);
    expect(all).toEqual(chats.map((c) => c.id));
    expect(kit.requests.map((r) => r.query.limit)).toEqual([undefined, undefined, undefined]); // 50 + 50 + 30
    const open: Chat[] = [];
    for await (const item of client.chats.listAll({ type: "twilio", state: "open", limit: 7 })) open.push(item);
    expect(open.map((c) => c.id)).toEqual(chats.filter((c) => c.channel_type === "twilio" && c.state === "open").map((c) => c.id));
    const first = await client.chats.list({ type: "twilio", limit: 1 });
    await expect(client.chats.list({ type: "whatsapp", cursor: first.next_cursor! })).rejects.toBeInstanceOf(BadRequestError);
    kit.assertNoViolations();
  });

  it("generates a realistic account from the schemas with a seed: the same seed, the same chats, all valid", async () => {
    const one = createMockApi({ data: { chats: 300 }, seed: 7 });
    const again = createMockApi({ data: { chats: 300 }, seed: 7 });
    expect(again.items("chats")).toEqual(one.items("chats"));
    expect(createMockApi({ data: { chats: 300 }, seed: 8 }).items("chats")).not.toEqual(one.items("chats"));
    const ids = one.items("listChats").map((c) => c.id);
    expect(new Set(ids).size).toBe(300);
    expect(ids.every((id) => typeof id === "string" && id.startsWith("chat_"))).toBe(true);
    expect(one.items("chats").every((c) => String(c.channel_id).startsWith("ch_"))).toBe(true);
    const listed: string[] = [];
    for await (const item of testClient(one, { validateResponses: true }).chats.listAll({ limit: 200 })) listed.push(item.id!);
    expect(listed).toEqual(ids);
    one.assertNoViolations();
  });

  it("catches an answer that breaks the spec, and assertNoViolations says where", async () => {
    const kit = createMockApi({ data: { chats: [chat(1), { ...chat(2), state: "archived" as never }] } });
    await testClient(kit).chats.list();
    expect(kit.violations).toEqual([
      expect.objectContaining({ side: "response", operationId: "listChats", status: 200, errors: [expect.stringContaining("body.data[1].state must be one of open, closed, blocked, deprecated")] }),
    ]);
    expect(() => kit.assertNoViolations()).toThrow(/response GET \/chats \(200\): body\.data\[1\]\.state/);
  });

  it("catches a request that breaks the spec; strict mode answers it with 400 as Prism does", async () => {
    const kit = createMockApi({ data: { chats: 3 } });
    const lax = await kit.fetch(`${kit.url}/chats?limit=500`, { headers: { authorization: `Bearer ${FAKE_KEY}` } });
    expect(lax.status).toBe(200);
    expect(kit.violations).toEqual([expect.objectContaining({ side: "request", errors: ["query.limit must be <= 200"] })]);

    const strict = createMockApi({ data: { chats: 3 }, strict: true });
    const answer = await strict.fetch(`${strict.url}/chats?state=archived`, { headers: { authorization: `Bearer ${FAKE_KEY}` } });
    expect(answer.status).toBe(400);
    expect(answer.headers.get("sl-violations")).toContain("query.state must be one of open, closed, blocked, deprecated");
    expect(strict.violations).toHaveLength(1);
    expect((await strict.fetch(`${strict.url}/chats`)).status).toBe(401);
    expect((await strict.fetch(`${strict.url}/nowhere`)).status).toBe(404);
    expect(strict.violations.at(-1)).toMatchObject({ side: "request", errors: ["no operation of the spec is GET /nowhere"] });
  });

  it("plays queued faults, records each request, and a listing resumes from error.cursor with nothing lost or repeated", async () => {
    const kit = createMockApi({ data: { chats: 120 } });
    const client = testClient(kit, { maxRetries: 1 });
    kit.fail("listChats", { status: 429, headers: { "retry-after": "0" } });
    const seen: string[] = [];
    let cursor: string | undefined;
    try {
      for await (const item of client.chats.listAll({ limit: 50 })) {
        seen.push(item.id!);
        if (seen.length === 60) kit.fail("listChats", { reset: true }, { truncate: true });
      }
    } catch (error) {
      expect(error).toBeInstanceOf(ConnectionError);
      cursor = (error as BlooioError).cursor;
    }
    expect(cursor).toBeTruthy();
    for await (const item of client.chats.listAll({ limit: 50, cursor })) seen.push(item.id!);
    expect(seen).toEqual(kit.items("chats").map((c) => c.id));
    expect(kit.requests.map((r) => r.query.cursor === undefined)).toEqual([true, true, false, false, false, false]) // 429, page 1, page 2, reset, cut off, resumed page 3;
    expect(kit.requests[0]!.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
  });

  it("gives up on a 429 as the client's policy says, with the Retry-After the test queued", async () => {
    const kit = createMockApi({ data: { chats: 1 } });
    kit.fail("*", ...Array(3).fill({ status: 429, headers: { "retry-after-ms": "1" } }));
    const error = await testClient(kit).chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers.get("retry-after-ms")).toBe("1");
    expect(kit.requests).toHaveLength(3);
    kit.assertNoViolations(); // queued faults are what the test asked for, not checked against the spec
  });

  it("over loopback HTTP: a stall past timeoutMs, a reset and a cut-off body are retried to the right page", async () => {
    const kit = createMockApi({ data: { chats: 30 } });
    const server = await kit.listen();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const client = testClient(server, { timeoutMs: 200, maxRetries: 3 });
      kit.fail("listChats", { delayMs: 1_000 }, { reset: true }, { truncate: true });
      const page = await client.chats.list({ limit: 10 });
      expect(page.data!.map((c) => c.id)).toEqual(kit.items("chats").slice(0, 10).map((c) => c.id));
      expect(kit.requests).toHaveLength(4);
      kit.fail("listChats", ...Array(2).fill({ delayMs: 1_000 }));
      await expect(client.chats.list({}, { maxRetries: 1 })).rejects.toBeInstanceOf(TimeoutError);
      kit.assertNoViolations();
    } finally {
      await server.close();
    }
  });
});
