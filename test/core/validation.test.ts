// Validation from the spec: bad queries throw before sending; responses are checked when asked.
import { describe, expect, it } from "vitest";
import { ContractError, ValidationError, type Warning } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { page } from "../support/data.js";
import { json, onePage, stubFetch } from "../support/stub-fetch.js";

describe("query validation", () => {
  it.each([
    [{ limit: 0 }, "limit", "minimum: 1", "limit must be >= 1 (got 0)"],
    [{ limit: 201 }, "limit", "maximum: 200", "limit must be <= 200 (got 201)"],
    [{ limit: 2.5 }, "limit", "type: integer", "limit must be of type integer (got 2.5)"],
    [{ limit: "50" }, "limit", "type: integer", 'limit must be of type integer (got "50")'],
    [{ type: "telegram" }, "type", "enum: blooio | twilio | whatsapp | whatsapp_business | rcs_business", 'got "telegram"'],
    [{ state: "OPEN" }, "state", "enum: open | closed | blocked | deprecated", "state must be one of open, closed, blocked, deprecated"],
    [{ channel_id: 12 }, "channel_id", "type: string", "channel_id must be of type string (got 12)"],
    [{ limt: 10 }, "limt", "not in the spec", 'unknown parameter "limt"'],
  ])("rejects %j naming the parameter and the rule, sending nothing", async (query, parameter, rule, message) => {
    const stub = stubFetch(onePage);
    const client = testClient(stub);
    const error = await client.chats.list(query as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ parameter, rule });
    expect((error as Error).message).toContain(message);
    await expect(client.chats.listAll(query as never)[Symbol.asyncIterator]().next()).rejects.toThrow(ValidationError);
    expect(stub.requests).toHaveLength(0);
  });

  it("accepts the bounds", async () => {
    const stub = stubFetch(onePage);
    const client = testClient(stub);
    await client.chats.list({ limit: 1 });
    await client.chats.list({ limit: 200, type: "rcs_business", state: "deprecated", channel_id: "", contact_id: "ct" });
    expect(stub.requests).toHaveLength(2);
  });
});

describe("response validation (validateResponses)", () => {
  const broken = { data: [{ id: "chat_1", state: "archived" }, { id: 7 }], has_more: false, next_cursor: null };

  it("is off by default: a page of the right shape passes through", async () => {
    const stub = stubFetch(() => json(broken));
    const result = await testClient(stub).chats.list();
    expect(result).toEqual(broken);
  });

  it("throws ContractError naming the field path and every violation", async () => {
    const stub = stubFetch(() => json(broken));
    const client = testClient(stub, { validateResponses: true });
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).path).toBe("data[0].state");
    expect((error as Error).message).toContain('data[0].state should be one of open, closed, blocked, deprecated, got "archived"');
    expect((error as Error).message).toContain("data[1].id should be of type string, got 7");
  });

  it('reports through onWarning with "warn" and still returns the page', async () => {
    const warnings: Warning[] = [];
    const stub = stubFetch(() => json(broken));
    const client = testClient(stub, { validateResponses: "warn", onWarning: (w) => warnings.push(w) });
    expect(await client.chats.list()).toEqual(broken);
    expect(warnings).toEqual([{ kind: "contract", message: expect.stringContaining("data[0].state") }]);
  });

  it("passes a page that keeps the spec", async () => {
    const stub = stubFetch(() => json(page(0, 3, "c3")));
    const client = testClient(stub, { validateResponses: true });
    await expect(client.chats.list()).resolves.toMatchObject({ next_cursor: "c3" });
  });
});

describe("undocumented statuses (validateResponses)", () => {
  it("warns of an error status the operation does not document, as the kit records it", async () => {
    const warnings: Warning[] = [];
    const stub = stubFetch(() => json({ error: { code: "slow_down", message: "slow down" } }, { status: 429 }));
    const client = testClient(stub, { validateResponses: "warn", maxRetries: 0, onWarning: (w) => warnings.push(w) });
    await expect(client.chats.list()).rejects.toMatchObject({ name: "RateLimitError" });
    expect(warnings).toEqual([{ kind: "contract", message: "GET /chats: the response status 429 is not documented in the spec" }]);
  });
});
