// A failed call as the app sees it: one error class per status family, with status, body, headers and request id.
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  BlooioError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from "../../src/index.js";
import { testClient } from "../support/client.js";
import { json, stubFetch } from "../support/stub-fetch.js";

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
    const client = testClient(stub, { maxRetries: 0 });
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
    const error = await testClient(stub).chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).body).toBe("upstream said no");
  });

  it("maps a network failure to ConnectionError", async () => {
    const fetch = async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    };
    const client = testClient({ fetch }, { maxRetries: 0 });
    await expect(client.chats.list()).rejects.toThrow(ConnectionError);
    await expect(client.chats.list()).rejects.toThrow(/ECONNREFUSED/);
  });
});
