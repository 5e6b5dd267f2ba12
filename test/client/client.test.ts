// The client as an app builds it: options and the environment at construction, and client.api beside the methods.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError, createBlooioClient } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { FAKE_KEY, page } from "../support/data.js";
import { json, onePage, stubFetch } from "../support/stub-fetch.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("createBlooioClient options", () => {
  it("reads the key and base URL from BLOOIO_API_KEY and BLOOIO_BASE_URL", async () => {
    vi.stubEnv("BLOOIO_API_KEY", FAKE_KEY);
    vi.stubEnv("BLOOIO_BASE_URL", "https://example.test/v4/");
    const stub = stubFetch(onePage);
    await createBlooioClient({ fetch: stub.fetch }).chats.list();
    expect(stub.requests[0]!.url).toBe("https://example.test/v4/chats");
    expect(stub.requests[0]!.headers.get("authorization")).toBe(`Bearer ${FAKE_KEY}`);
  });

  it("defaults to the documented server and treats a blank BLOOIO_BASE_URL as unset", async () => {
    vi.stubEnv("BLOOIO_BASE_URL", "  ");
    const stub = stubFetch(onePage);
    await createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch }).chats.list();
    expect(stub.requests[0]!.url).toBe("https://api.blooio.com/v4/chats");
  });

  it("accepts a base URL with a trailing slash", async () => {
    const stub = stubFetch(onePage);
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

  it("checks every client's base URL, also right after another client's passed (the last good one is remembered)", async () => {
    const stub = stubFetch(onePage);
    for (let round = 0; round < 2; round++) {
      await createBlooioClient({ apiKey: FAKE_KEY, baseUrl: "https://a.example.test/v4/", fetch: stub.fetch }).chats.list();
      expect(() => createBlooioClient({ apiKey: FAKE_KEY, baseUrl: "https://user:pw@a.example.test/v4" })).toThrow(/credentials/);
      expect(() => createBlooioClient({ apiKey: FAKE_KEY, baseUrl: "ftp://a.example.test/v4" })).toThrow(/http/);
    }
    expect(stub.requests.map((request) => request.url)).toEqual(["https://a.example.test/v4/chats", "https://a.example.test/v4/chats"]);
  });

  it("sends custom headers with every request, and the key as a bearer token", async () => {
    const stub = stubFetch(onePage);
    const client = createBlooioClient({ apiKey: FAKE_KEY, fetch: stub.fetch, headers: { "X-App": "demo" } });
    await client.chats.list();
    await client.api.GET("/chats");
    for (const request of stub.requests) {
      expect(request.headers.get("x-app")).toBe("demo");
      expect(request.headers.get("authorization")).toBe(`Bearer ${FAKE_KEY}`);
    }
  });
});

describe("client.api", () => {
  it("applies a middleware added to client.api to client.api calls, not to the methods", async () => {
    const stub = stubFetch(onePage);
    const client = testClient(stub);
    client.api.use({ onResponse: () => json(page(5, 2, null)) });
    expect((await client.api.GET("/chats")).data?.data?.map((chat) => chat.id)).toEqual(["chat_5", "chat_6"]);
    expect((await client.chats.list()).data?.map((chat) => chat.id)).toEqual(["chat_0"]);
  });

  it("leaves client.api in openapi-fetch's { data, error, response } style", async () => {
    const stub = stubFetch(() => json({ message: "bad key" }, { status: 401 }));
    const client = testClient(stub);
    const { data, error, response } = await client.api.GET("/chats", { params: { query: { limit: 1 } } });
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "bad key" });
    expect(response.status).toBe(401);
  });
});
