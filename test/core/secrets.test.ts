// The key never leaks: not in errors (message, JSON, inspect), not in warnings, not over plain http off-machine.
import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { BlooioError, ConfigurationError, createBlooioClient, type Warning } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { page } from "../support/data.js";
import { sendJson, startServerForTest } from "../support/http-server.js";
import { json, onePage, stubFetch } from "../support/stub-fetch.js";

const SECRET = "bl_live_FAKE0123456789abcdefSECRET";


function leaks(value: unknown): boolean {
  const texts = [String(value), inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? ""];
  if (value instanceof Error) texts.push(value.message, value.stack ?? "");
  return texts.some((text) => text.includes(SECRET) || text.includes(SECRET.slice(8)));
}

describe("the API key stays secret", () => {
  it.each([
    ["401 echoing the key", (res: Parameters<typeof sendJson>[0]) => sendJson(res, { message: `invalid key ${SECRET}` }, 401)],
    ["500 with the key in a text body", (res: Parameters<typeof sendJson>[0]) => void res.writeHead(500).end(`key=${SECRET}`)],
    ["a reset connection", (res: Parameters<typeof sendJson>[0]) => void res.socket?.destroy()],
    ["a schema violation", (res: Parameters<typeof sendJson>[0]) => sendJson(res, { data: [{ id: SECRET, state: 1 }] })],
    ["a timeout", () => {}],
  ])("is absent from the error for %s", async (_, handler) => {
    const server = await startServerForTest((__, res) => handler(res));
    const client = testClient(server, { apiKey: SECRET, maxRetries: 0, timeoutMs: 200, validateResponses: true });
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlooioError);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(leaks(error)).toBe(false);
  });

  it("is absent from a ContractError and from contract warnings when a 2xx body echoes it", async () => {
    const echo = () => json({ data: [{ id: "chat_1", state: SECRET }], has_more: false, next_cursor: null });
    const strict = testClient(stubFetch(echo), { apiKey: SECRET, validateResponses: true });
    const error = await strict.chats.list().catch((e: unknown) => e);
    expect((error as Error).message).toContain("data[0].state should be one of open");
    expect((error as Error).message).toContain("[redacted]");
    expect(leaks(error)).toBe(false);
    const warnings: Warning[] = [];
    const lenient = testClient(stubFetch(echo), { apiKey: SECRET, validateResponses: "warn", onWarning: (warning) => warnings.push(warning) });
    await lenient.chats.list();
    expect(warnings).toHaveLength(1);
    expect(leaks(warnings)).toBe(false);
  });

  it("is absent from error.headers when a response header echoes it", async () => {
    const stub = stubFetch(() => json({ message: "no" }, { status: 401, headers: { "x-echo": `Bearer ${SECRET}`, "x-request-id": "req_1" } }));
    const error = await testClient(stub, { apiKey: SECRET }).chats.list().catch((e: unknown) => e);
    expect((error as { headers: Headers }).headers.get("x-echo")).toBe("Bearer [redacted]");
    expect((error as { requestId: string }).requestId).toBe("req_1");
    expect(leaks(error)).toBe(false);
  });

  it("is absent from configuration errors and the client object", () => {
    const error = (() => {
      try {
        createBlooioClient({ apiKey: SECRET, baseUrl: "http://api.example.test/v4" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(leaks(error)).toBe(false);
    expect(leaks(createBlooioClient({ apiKey: SECRET }))).toBe(false);
  });

  it("is absent from warnings", async () => {
    const warnings: Warning[] = [];
    // A server that echoes the key in a Deprecation header: the app's onWarning gets it redacted too.
    const stub = stubFetch(() => json(page(0, 1, null), { headers: { deprecation: `key ${SECRET}`, sunset: "Wed, 01 Jul 2026 00:00:00 GMT" } }));
    await testClient(stub, { apiKey: SECRET, onWarning: (w) => warnings.push(w) }).chats.list();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]!.message).toContain("[redacted]");
    expect(leaks(warnings)).toBe(false);
  });
});

describe("plain http", () => {
  it("refuses a non-loopback http:// base URL at construction, before anything is sent", () => {
    const stub = stubFetch(onePage);
    expect(() => createBlooioClient({ apiKey: SECRET, baseUrl: "http://api.example.test/v4", fetch: stub.fetch })).toThrow(
      /Refusing to send the API key over plain http:\/\/ to api\.example\.test/,
    );
    expect(stub.requests).toHaveLength(0);
  });

  it("refuses a per-request http:// base URL through client.api too", async () => {
    const stub = stubFetch(onePage);
    const client = testClient(stub, { apiKey: SECRET });
    await expect(client.api.GET("/chats", { baseUrl: "http://evil.example.test" })).rejects.toThrow(ConfigurationError);
    expect(stub.requests).toHaveLength(0);
  });

  it.each(["http://127.0.0.1:9/v4", "http://localhost:9", "http://[::1]:9"])("allows loopback %s", (baseUrl) => {
    expect(() => createBlooioClient({ apiKey: SECRET, baseUrl })).not.toThrow();
  });

  it("sends over http:// elsewhere only with allowInsecureHttp", async () => {
    const stub = stubFetch(onePage);
    const client = testClient(stub, { apiKey: SECRET, baseUrl: "http://api.example.test", allowInsecureHttp: true });
    await client.chats.list();
    expect(stub.requests[0]!.url).toBe("http://api.example.test/chats");
  });
});

describe("header injection", () => {
  it.each(["bl_test\r\nX-Evil: 1", "bl_test\n", "bl_test\u0000", "bl_test\u007f"])("rejects a key with a control character (%j)", (apiKey) => {
    expect(() => createBlooioClient({ apiKey })).toThrow(ConfigurationError);
    expect(() => createBlooioClient({ apiKey })).toThrow(/control character/);
  });

  it("rejects a key with a control character from BLOOIO_API_KEY", () => {
    vi.stubEnv("BLOOIO_API_KEY", "bl_test\r\nX-Evil: 1");
    try {
      expect(() => createBlooioClient()).toThrow(/control character.*BLOOIO_API_KEY/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("rejects a custom header value with CR/LF", () => {
    expect(() => createBlooioClient({ apiKey: "bl_test_x", headers: { "X-App": "a\r\nX-Evil: 1" } })).toThrow(
      /Header "X-App" contains a control character/,
    );
  });
});
