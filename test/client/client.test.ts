import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  BlooioError,
  ConfigurationError,
  ConnectionError,
  createBlooioClient,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from "../../src/index.js";
import { FAKE_KEY, json, page, stubFetch } from "../support/stub-fetch.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("createBlooioClient options", () => {
  it("reads the key and base URL from BLOOIO_API_KEY and BLOOIO_BASE_URL", async () => {
    vi.stubEnv("BLOOIO_API_KEY", FAKE_KEY);
    vi.stubEnv("BLOOIO_BASE_URL", "https://example.test/v4/");
    const stub = stubFetch(() => json(page(0, 1, null)));
    await createBlooioClient({ fetch: stub.fetch }).chats.list();
    expect(stub.requests[0]!.url).toBe("https://example.test/v4/chats");
    expect(stub.requests[0]!.headers.get("authorization")).toBe(`Bearer ${FAKE_KEY}`);
  });

  it("defaults to the documented server and treats a blank BLOOIO_BASE_URL as unset", async () => {
    vi.stubEnv("BLOOIO_BASE_URL", "  ");
    const stub = stubFetch(() => json(page(0, 1, null)));
    await createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch }).chats.list();
    expect(stub.requests[0]!.url).toBe("https://api.blooio.com/v4/chats");
  });

  it("accepts a base URL with a trailing slash", async () => {
    const stub = stubFetch(() => json(page(0, 1, null)));
    await createBlooioClient({ apiKey: FAKE_KEY, baseUrl: "https://example.test/v4/", fetch: stub.fetch }).chats.list();
    expect(stub.requests[0]!.url).toBe("https://example.test/v4/chats");
  });

  it.each([undefined, "", "   "])("refuses a missing or blank key (%j) at construction, naming BLOOIO_API_KEY", (key) => {
    vi.stubEnv("BLOOIO_API_KEY", key ?? "");
    expect(() => createBlooioClient({ apiKey: key })).toThrow(ConfigurationError);
    expect(() => createBlooioClient({ apiKey: key })).toThrow(/BLOOIO_API_KEY/);
  });

  it("refuses a base URL that is not http(s)", () => {
    expect(() => createBlooioClient({ apiKey: FAKE_KEY, baseUrl: "not a url" })).toThrow(/baseUrl is not a valid URL/);
    expect(() => createBlooioClient({ apiKey: FAKE_KEY, baseUrl: "ftp://example.test" })).toThrow(/http/);
  });

  it("sends custom headers with every request, and the key as a bearer token", async () => {
    const stub = stubFetch(() => json(page(0, 1, null)));
    const client = createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch, headers: { "X-App": "demo" } });
    await client.chats.list();
    await client.api.GET("/chats");
    for (const request of stub.requests) {
      expect(request.headers.get("x-app")).toBe("demo");
      expect(request.headers.get("authorization")).toBe(`Bearer ${FAKE_KEY}`);
    }
  });
});

describe("query serialization", () => {
  it("sends each filter as the documented query parameter and leaves out what is unset", async () => {
    const stub = stubFetch(() => json(page(0, 1, null)));
    const client = createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch });
    await client.chats.list({ type: "whatsapp_business", state: "open", channel_id: "ch_1", contact_id: "ct_1", limit: 200 });
    await client.chats.list({ limit: 5, channel_id: undefined });
    expect(stub.query(0)).toEqual({
      type: "whatsapp_business",
      state: "open",
      channel_id: "ch_1",
      contact_id: "ct_1",
      limit: "200",
    });
    expect(stub.query(1)).toEqual({ limit: "5" });
  });

  it("never sends a null or empty cursor", async () => {
    const stub = stubFetch(() => json(page(0, 1, null)));
    const client = createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch });
    await client.chats.list({ cursor: null as unknown as string });
    await client.chats.list({ cursor: "" });
    expect(stub.requests.map((r) => new URL(r.url).search)).toEqual(["", ""]);
  });

  it("encodes values that need it", async () => {
    const stub = stubFetch(() => json(page(0, 1, null)));
    await createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch }).chats.list({ cursor: "a b&c=d/+" });
    expect(stub.query(0)).toEqual({ cursor: "a b&c=d/+" });
  });
});

describe("errors", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, ServerError],
    [503, ServerError],
    [418, ApiError],
  ])("maps HTTP %i to %s with status, parsed body and headers", async (status, ErrorClass) => {
    const body = { message: `problem ${status}` };
    const stub = stubFetch(() => json(body, { status, headers: { "x-request-id": "req_123" } }));
    const client = createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch, maxRetries: 0 });
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(BlooioError);
    expect(error).toMatchObject({ status, body, requestId: "req_123" });
    expect((error as ApiError).headers.get("x-request-id")).toBe("req_123");
    expect((error as Error).message).toContain(`GET /chats: ${status}`);
    expect((error as Error).message).toContain(`problem ${status}`);
    expect((error as Error).message).not.toContain("\n");
  });

  it("keeps a non-JSON error body as text", async () => {
    const stub = stubFetch(() => new Response("upstream said no", { status: 400 }));
    const error = await createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch }).chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).body).toBe("upstream said no");
  });

  it("maps a network failure to ConnectionError", async () => {
    const fetch = async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    };
    const client = createBlooioClient({ apiKey: FAKE_KEY, fetch, maxRetries: 0 });
    await expect(client.chats.list()).rejects.toThrow(ConnectionError);
    await expect(client.chats.list()).rejects.toThrow(/ECONNREFUSED/);
  });

  it("applies a middleware added to client.api to client.api calls, not to the methods", async () => {
    const stub = stubFetch(() => json(page(0, 1, null)));
    const client = createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch });
    client.api.use({ onResponse: () => json(page(5, 2, null)) });
    expect((await client.api.GET("/chats")).data?.data?.map((chat) => chat.id)).toEqual(["chat_5", "chat_6"]);
    expect((await client.chats.list()).data?.map((chat) => chat.id)).toEqual(["chat_0"]);
  });

  it("leaves client.api in openapi-fetch's { data, error, response } style", async () => {
    const stub = stubFetch(() => json({ message: "bad key" }, { status: 401 }));
    const client = createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch });
    const { data, error, response } = await client.api.GET("/chats", { params: { query: { limit: 1 } } });
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "bad key" });
    expect(response.status).toBe(401);
  });
});
