// The retry policy is a pure function of (method, idempotency key, status or error, attempt): no clock, no I/O.
import { describe, expect, it } from "vitest";
import { backoffMs, decideRetry, retryAfterMs, type AttemptOutcome } from "../../src/core/retry.js";

const policy = { maxRetries: 2, backoff: { initialMs: 100, maxMs: 1_000 }, maxRetryAfterMs: 60_000 };
const status = (code: number, headers: Record<string, string> = {}): AttemptOutcome => ({ status: code, headers: new Headers(headers) });
const GET = { method: "GET", keyed: false };
const POST = { method: "POST", keyed: false };
const KEYED_POST = { method: "POST", keyed: true };

describe("decideRetry", () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 600, 999])("retries a GET answered %i", (code) => {
    expect(decideRetry(GET, status(code), 1, policy).retry).toBe(true);
  });

  it.each([400, 401, 403, 404, 422])("does not retry a GET answered %i", (code) => {
    expect(decideRetry(GET, status(code), 1, policy)).toEqual({ retry: false, why: `${code} is not retried` });
  });

  it.each(["PUT", "DELETE", "HEAD"])("retries %s like GET", (method) => {
    expect(decideRetry({ method, keyed: false }, status(503), 1, policy).retry).toBe(true);
    expect(decideRetry({ method, keyed: false }, { error: "connection", sent: true }, 1, policy).retry).toBe(true);
  });

  it("stops when the retries are used up", () => {
    expect(decideRetry(GET, status(503), 2, policy).retry).toBe(true);
    expect(decideRetry(GET, status(503), 3, policy)).toEqual({ retry: false, why: "retries used up" });
  });

  it.each(["POST", "PATCH"])("re-sends a keyed %s after 5xx, 429 and lost connections, but not after 409", (method) => {
    const request = { method, keyed: true };
    expect(decideRetry(request, status(503), 1, policy).retry).toBe(true);
    expect(decideRetry(request, status(429), 1, policy).retry).toBe(true);
    expect(decideRetry(request, { error: "timeout", sent: true }, 1, policy).retry).toBe(true);
    expect(decideRetry(request, status(409), 1, policy)).toEqual({ retry: false, why: "409 to a keyed write" });
  });

  it.each(["POST", "PATCH"])("never re-sends an unkeyed %s that may have reached the server", (method) => {
    const request = { method, keyed: false };
    for (const outcome of [status(503), status(429), { error: "connection" as const, sent: true }, { error: "timeout" as const, sent: true }]) {
      expect(decideRetry(request, outcome, 1, policy).retry).toBe(false);
    }
  });

  it("re-sends an unkeyed POST whose request never left the machine (connection refused)", () => {
    expect(decideRetry(POST, { error: "connection", sent: false }, 1, policy).retry).toBe(true);
  });

  it("waits as long as the server asks, up to maxRetryAfterMs", () => {
    expect(decideRetry(KEYED_POST, status(429, { "retry-after": "3" }), 1, policy)).toEqual({ retry: true, delayMs: 3_000 });
    expect(decideRetry(GET, status(503, { "retry-after-ms": "250" }), 1, policy)).toEqual({ retry: true, delayMs: 250 });
    const tooLong = decideRetry(GET, status(429, { "retry-after": "3600" }), 1, policy);
    expect(tooLong.retry).toBe(false);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-11-25T12:00:00Z");
  it.each([
    [{ "retry-after-ms": "1500" }, 1_500],
    [{ "retry-after": "2" }, 2_000],
    [{ "retry-after": "0.5" }, 500],
    [{ "retry-after": "Wed, 25 Nov 2026 12:00:10 GMT" }, 10_000],
    [{ "retry-after": "Wed, 25 Nov 2026 11:00:00 GMT" }, 0],
    [{ "retry-after": "soon" }, undefined],
    [{ "retry-after-ms": "-1", "retry-after": "1" }, 1_000],
    [{}, undefined],
  ])("%j -> %s ms", (headers, expected) => {
    expect(retryAfterMs(new Headers(headers), now)).toBe(expected);
  });
});

describe("backoffMs", () => {
  it("doubles from initialMs up to maxMs, jittered down by at most a quarter", () => {
    const backoff = { initialMs: 100, maxMs: 1_000 };
    expect([0, 1, 2, 3, 4].map((retry) => backoffMs(retry, backoff, 0))).toEqual([100, 200, 400, 800, 1_000]);
    expect(backoffMs(1, backoff, 1)).toBe(150);
  });
});
