// Contract tests: the client against Prism serving openapi/v4.yaml. Prism rejects requests that break the
// spec (400 with an sl-violations header) and answers only with what the spec describes.
import { describe, expect, it } from "vitest";
import { AuthenticationError, BadRequestError, type ChatPage } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { prismUrl } from "../support/prism.js";

const baseUrl = await prismUrl();

/** Prism through a fetch that records its verdict on each request and asks for the named example matching the cursor. */
function prismFetch(examples: Record<string, string> = {}) {
  const violations: string[] = [];
  const fetch = async (request: Request) => {
    const cursor = new URL(request.url).searchParams.get("cursor") ?? "";
    const example = examples[cursor];
    const headers = new Headers(request.headers);
    if (example) headers.set("Prefer", `example=${example}`);
    const response = await globalThis.fetch(new Request(request, { headers }));
    const violation = response.headers.get("sl-violations");
    if (violation) violations.push(violation);
    return response;
  };
  return { url: baseUrl, fetch, violations };
}

describe("contract: GET /chats against the Prism mock of the spec", () => {
  it("sends requests that pass Prism's validation, with every filter set", async () => {
    const prism = prismFetch();
    const client = testClient(prism);
    const page: ChatPage = await client.chats.list({
      type: "whatsapp",
      state: "closed",
      channel_id: "ch_a1b2c3d4",
      contact_id: "ct_a1b2c3d4",
      limit: 200,
      cursor: "cur_page2",
    });
    expect(prism.violations).toEqual([]);
    expect(Array.isArray(page.data)).toBe(true);
    expect(typeof page.has_more).toBe("boolean");
  });

  it("parses the mock's page into the generated types", async () => {
    const client = testClient({ url: baseUrl });
    const page = await client.chats.list({ limit: 2 });
    const chat = page.data![0]!;
    expect(chat.id).toMatch(/^chat_/);
    expect(["blooio", "twilio", "whatsapp", "whatsapp_business", "rcs_business"]).toContain(chat.channel_type);
    expect(["open", "closed", "blocked", "deprecated"]).toContain(chat.state);
    expect(typeof chat.created_at).toBe("number");
  });

  it("lists every page of a multi-page listing through the named examples", async () => {
    const prism = prismFetch({ "": "firstPage", cur_page2: "middlePage", cur_page3: "lastPage" });
    const client = testClient(prism);
    const ids: string[] = [];
    for await (const chat of client.chats.listAll({ limit: 2 })) ids.push(chat.id!);
    expect(ids).toEqual(["chat_a1b2c3d4", "chat_e5f6a7b8", "chat_c9d0e1f2", "chat_a3b4c5d6"]);
    expect(prism.violations).toEqual([]);
  });

  it("ends the docs' example page (has_more with a placeholder cursor) with an error instead of looping", async () => {
    const prism = prismFetch({ "": "docs", string: "docs" });
    const client = testClient(prism);
    await expect(async () => {
      for await (const _ of client.chats.pages()) void _;
    }).rejects.toThrow(/twice/);
  });

  it("surfaces Prism's 401 for a request without a key as AuthenticationError", async () => {
    const withoutKey = async (request: Request) => {
      const headers = new Headers(request.headers);
      headers.delete("authorization");
      return globalThis.fetch(new Request(request, { headers }));
    };
    const client = testClient({ url: baseUrl, fetch: withoutKey });
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as Error).message).toContain("BLOOIO_API_KEY");
  });

  it("surfaces Prism's 400 for a request that breaks the spec as BadRequestError", async () => {
    // client.api sends what it is given; chats.list would refuse limit 500 before sending (ValidationError).
    const client = testClient({ url: baseUrl });
    const { response } = await client.api.GET("/chats", { params: { query: { limit: 500 } } });
    expect(response.status).toBe(400);
    expect(response.headers.get("sl-violations")).toContain("limit");
    const prismOnly = testClient({ url: baseUrl, fetch: (request) => globalThis.fetch(new Request(request.url.replace("limit=5", "limit=500"), request)) });
    await expect(prismOnly.chats.list({ limit: 5 })).rejects.toThrow(BadRequestError);
  });
});
