// Fault injection against real HTTP servers on 127.0.0.1: every case ends in success after retry or in the
// documented typed error, within bounded time, with the number of requests asserted.
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import {
  AbortError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ContractError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type BlooioClientOptions,
} from "../../src/index.js";
import { testClient } from "../support/client.js";
import { page } from "../support/data.js";
import { sendJson, startServer, startServerForTest, type ServerHandler, type TestServer } from "../support/http-server.js";

/** The server of the running test (serve() starts it; it is closed when the test ends). */
let server: TestServer | undefined;

// A server that never answers fails a call within two seconds unless a test says otherwise.
const TIMEOUT = { timeoutMs: 2_000 } satisfies BlooioClientOptions;

async function serve(handler: ServerHandler, options: BlooioClientOptions = {}) {
  server = await startServerForTest(handler);
  return testClient(server, { ...TIMEOUT, ...options });
}

const okPage = page(0, 2, null);

/** Answers the statuses in turn, then a page of chats. */
function sequence(...statuses: number[]): ServerHandler {
  return (_, response, index) => {
    const status = statuses[index];
    if (status === undefined) sendJson(response, okPage);
    else sendJson(response, { message: `status ${status}` }, status);
  };
}

async function timed<T>(promise: Promise<T>): Promise<{ result: T | unknown; ms: number }> {
  const start = performance.now();
  const result = await promise.catch((error: unknown) => error);
  return { result, ms: performance.now() - start };
}

describe("retries", () => {
  it.each([
    [[500, 502], 3],
    [[503], 2],
    [[504, 503], 3],
    [[408], 2],
    [[409], 2],
    [[429], 2],
  ])("retries %j and then succeeds (%i requests)", async (statuses, requests) => {
    const client = await serve(sequence(...statuses));
    expect(await client.chats.list()).toEqual(okPage);
    expect(server!.requests).toHaveLength(requests);
  });

  it("gives up after maxRetries (default 2) with the last error", async () => {
    const client = await serve(sequence(500, 502, 503, 504));
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503 });
    expect(server!.requests).toHaveLength(3);
  });

  it("takes maxRetries per request over the client's", async () => {
    const client = await serve(sequence(500, 500, 500, 500), { maxRetries: 0 });
    await expect(client.chats.list({}, { maxRetries: 4 })).resolves.toEqual(okPage);
    expect(server!.requests).toHaveLength(5);
  });

  it.each([
    [400, BadRequestError],
    [404, NotFoundError],
    [422, Error],
  ])("never retries %i", async (status, ErrorClass) => {
    const client = await serve(sequence(status, status));
    await expect(client.chats.list()).rejects.toBeInstanceOf(ErrorClass);
    expect(server!.requests).toHaveLength(1);
  });

  it("retries 409 with ConflictError when retries run out", async () => {
    const client = await serve(sequence(409, 409, 409));
    await expect(client.chats.list()).rejects.toBeInstanceOf(ConflictError);
    expect(server!.requests).toHaveLength(3);
  });

  it("retries a connection reset, then succeeds", async () => {
    const client = await serve((request, response, index) => {
      if (index === 0) request.socket.destroy();
      else sendJson(response, okPage);
    });
    await expect(client.chats.list()).resolves.toEqual(okPage);
    expect(server!.requests).toHaveLength(2);
  });

  it("ends in ConnectionError when every attempt is reset", async () => {
    const client = await serve((request) => void request.socket.destroy());
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/chats: connection failed: .* \(gave up after 3 attempts\)$/);
    expect(server!.requests).toHaveLength(3);
  });

  it("ends in ConnectionError when nothing listens", async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const client = testClient(closed, { ...TIMEOUT, maxRetries: 1 });
    await expect(client.chats.list()).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe("Retry-After", () => {
  it("honours retry-after-ms", async () => {
    const client = await serve((_, response, index) =>
      index === 0 ? sendJson(response, {}, 429, { "retry-after-ms": "300" }) : sendJson(response, okPage),
    );
    const { result, ms } = await timed(client.chats.list());
    expect(result).toEqual(okPage);
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(server!.requests).toHaveLength(2);
  });

  it("honours Retry-After in seconds", async () => {
    const client = await serve((_, response, index) =>
      index === 0 ? sendJson(response, {}, 429, { "retry-after": "1" }) : sendJson(response, okPage),
    );
    const { result, ms } = await timed(client.chats.list());
    expect(result).toEqual(okPage);
    expect(ms).toBeGreaterThanOrEqual(990);
    expect(server!.requests).toHaveLength(2);
  });

  it("honours Retry-After as an HTTP date", async () => {
    const client = await serve((_, response, index) =>
      index === 0
        ? sendJson(response, {}, 503, { "retry-after": new Date(Date.now() + 1_500).toUTCString() })
        : sendJson(response, okPage),
    );
    const { result, ms } = await timed(client.chats.list());
    expect(result).toEqual(okPage);
    // HTTP dates have whole seconds: the wait is between 0.5 and 1.5 s.
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(server!.requests).toHaveLength(2);
  });

  it("does not wait past maxRetryAfterMs: the 429 surfaces at once as RateLimitError", async () => {
    const client = await serve((_, response) => sendJson(response, { message: "slow down" }, 429, { "retry-after": "3600" }));
    const { result, ms } = await timed(client.chats.list());
    expect(result).toBeInstanceOf(RateLimitError);
    expect((result as RateLimitError).headers.get("retry-after")).toBe("3600");
    expect(ms).toBeLessThan(1_000);
    expect(server!.requests).toHaveLength(1);
  });
});

describe("timeouts", () => {
  it("times out a server that never answers, per attempt, then gives up with TimeoutError", async () => {
    const client = await serve(() => {}, { timeoutMs: 150, maxRetries: 1 });
    const { result, ms } = await timed(client.chats.list());
    expect(result).toBeInstanceOf(TimeoutError);
    expect(result).toBeInstanceOf(ConnectionError);
    expect((result as Error).message).toMatch(/\/chats: no complete response within 150 ms \(timeoutMs\) \(gave up after 2 attempts\)$/);
    expect(server!.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(2_000);
  });

  it("retries slow headers that miss the timeout and succeeds when the next attempt is quick", async () => {
    const client = await serve(
      (_, response, index) => void setTimeout(() => sendJson(response, okPage), index === 0 ? 1_000 : 0),
      { timeoutMs: 200 },
    );
    await expect(client.chats.list()).resolves.toEqual(okPage);
    expect(server!.requests).toHaveLength(2);
  });

  it("times the body too: headers sent, then a stalled body", async () => {
    const client = await serve(
      (_, response) => {
        response.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        response.write('{"data":[');
      },
      { timeoutMs: 150, maxRetries: 0 },
    );
    await expect(client.chats.list()).rejects.toBeInstanceOf(TimeoutError);
    expect(server!.requests).toHaveLength(1);
  });

  it("takes timeoutMs per request over the client's", async () => {
    const client = await serve((_, response) => void setTimeout(() => sendJson(response, okPage), 300), {
      timeoutMs: 50,
      maxRetries: 0,
    });
    await expect(client.chats.list()).rejects.toBeInstanceOf(TimeoutError);
    await expect(client.chats.list({}, { timeoutMs: 2_000 })).resolves.toEqual(okPage);
  });
});

describe("abort", () => {
  it("aborts mid-flight at once, with AbortError and no retry", async () => {
    const client = await serve(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { result, ms } = await timed(client.chats.list({}, { signal: controller.signal }));
    expect(result).toBeInstanceOf(AbortError);
    expect((result as Error).name).toBe("AbortError");
    expect(ms).toBeLessThan(1_000);
    expect(server!.requests).toHaveLength(1);
  });

  it("aborts during the wait between retries", async () => {
    const client = await serve(sequence(503, 503), { backoff: { initialMs: 5_000, maxMs: 5_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { result, ms } = await timed(client.chats.list({}, { signal: controller.signal }));
    expect(result).toBeInstanceOf(AbortError);
    expect(ms).toBeLessThan(1_000);
    expect(server!.requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const client = await serve(sequence());
    await expect(client.chats.list({}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server!.requests).toHaveLength(0);
  });
});

describe("bodies that are not what the spec says", () => {
  it("a body cut short by the server is a connection failure, retried", async () => {
    const client = await serve((_, response, index) => {
      if (index > 0) return sendJson(response, okPage);
      response.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      response.write('{"data":[{"id":"chat_', () => response.socket?.destroy());
    });
    await expect(client.chats.list()).resolves.toEqual(okPage);
    expect(server!.requests).toHaveLength(2);
  });

  it("a body that is not JSON gives ContractError, not SyntaxError", async () => {
    const client = await serve((_, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html>maintenance</html>");
    });
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as Error).message).toMatch(/not valid JSON/);
    expect(server!.requests).toHaveLength(1);
  });

  it.each([
    ["an array", [], "the body should be an object, got array"],
    ["null", null, "the body should be an object, got null"],
    ["data not an array", { data: "chats" }, "data should be an array, got string"],
    ["has_more not a boolean", { data: [], has_more: "yes" }, "has_more should be a boolean, got string"],
    ["next_cursor a number", { data: [], has_more: true, next_cursor: 7 }, "next_cursor should be a string or null, got number"],
  ])("JSON of the wrong shape (%s) gives ContractError", async (_, body, message) => {
    const client = await serve((__, response) => sendJson(response, body));
    await expect(client.chats.list()).rejects.toThrow(ContractError);
    await expect(client.chats.list()).rejects.toThrow(message);
    await expect(async () => {
      for await (const chat of client.chats.listAll()) void chat;
    }).rejects.toThrow(ContractError);
  });

  it("an empty 200 body gives ContractError", async () => {
    const client = await serve((_, response) => void response.end());
    await expect(client.chats.list()).rejects.toThrow(ContractError);
  });
});

describe("a custom fetch", () => {
  it("that ignores its signal still times out, and is retried", async () => {
    let calls = 0;
    const client = testClient({ fetch: () => (calls++, new Promise<Response>(() => {})) }, { timeoutMs: 100, maxRetries: 1 });
    const { result, ms } = await timed(client.chats.list());
    expect(result).toBeInstanceOf(TimeoutError);
    expect(calls).toBe(2);
    expect(ms).toBeLessThan(1_000);
  });

  it("that ignores its signal still stops at the caller's abort", async () => {
    const client = testClient({ fetch: () => new Promise<Response>(() => {}) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(client.chats.list({}, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    await expect(client.api.GET("/chats", { signal: AbortSignal.timeout(50) })).rejects.toBeInstanceOf(AbortError);
  });
});

describe("edge cases of the transport", () => {
  it("lets 20 concurrent calls share one AbortSignal with no listener warning and no listener left", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const client = await serve((_, response) => void setTimeout(() => sendJson(response, okPage), 20));
      const shared = new AbortController();
      await Promise.all(Array.from({ length: 20 }, () => client.chats.list({}, { signal: shared.signal })));
      // The methods leave no listener on the caller's signal (client.api's Request, built by openapi-fetch,
      // holds one until it is collected, as with plain fetch).
      expect(getEventListeners(shared.signal, "abort")).toHaveLength(0);
      await Promise.all(Array.from({ length: 20 }, () => client.api.GET("/chats", { signal: shared.signal })));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("honours a timeoutMs above 2^31-1 ms as no limit instead of timing out at once", async () => {
    const client = await serve((_, response) => void setTimeout(() => sendJson(response, okPage), 50), {
      timeoutMs: Number.MAX_SAFE_INTEGER,
    });
    expect(await client.chats.list()).toEqual(okPage);
    expect(await client.chats.list({}, { timeoutMs: 2 ** 40 })).toEqual(okPage);
  });

  it("waits out a 30-day Retry-After when maxRetryAfterMs allows it, instead of retrying at once", async () => {
    const client = await serve((_, response) => sendJson(response, {}, 429, { "retry-after": String(30 * 24 * 3600) }), {
      maxRetryAfterMs: Number.MAX_SAFE_INTEGER,
    });
    const stop = new AbortController();
    const call = client.chats.list({}, { signal: stop.signal }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server!.requests).toHaveLength(1);
    stop.abort();
    expect(await call).toBeInstanceOf(AbortError);
  });

  it.each([600, 999])("takes a status of %i as an answer: a ServerError carrying it, retried as a server error", async (status) => {
    const client = await serve((_, response) => sendJson(response, { message: "odd" }, status), { maxRetries: 1 });
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status, attempts: 2 });
    expect(server!.requests).toHaveLength(2);
    const { error: body, response } = await client.api.GET("/chats");
    expect(response.status).toBe(status);
    expect(response.ok).toBe(false);
    expect(body).toEqual({ message: "odd" });
  });
});
