// Logging: levels, a logger of the app's choice, BLOOIO_LOG, and never the key, even when a server echoes it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError, createBlooioClient, ServerError } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { page } from "../support/data.js";
import { json, onePage, stubFetch } from "../support/stub-fetch.js";

const SECRET = "bl_live_FAKE_logging_0123456789SECRET";

function recorder() {
  const lines: Array<[string, string]> = [];
  const logger = {
    error: (m: string) => lines.push(["error", m]),
    warn: (m: string) => lines.push(["warn", m]),
    info: (m: string) => lines.push(["info", m]),
    debug: (m: string) => lines.push(["debug", m]),
  };
  return { lines, logger };
}

afterEach(() => vi.unstubAllEnvs());

describe("logging", () => {
  it("debug logs every attempt: call, attempt, status, duration, request id, why it is retried and the wait", async () => {
    const { lines, logger } = recorder();
    const stub = stubFetch((_, i) =>
      i === 0
        ? json({ message: `echo ${SECRET}` }, { status: 503, statusText: "Service Unavailable", headers: { "x-request-id": "req_1", "x-echo": SECRET } })
        : json(page(0, 1, null), { headers: { "x-request-id": "req_2" } }),
    );
    const client = testClient(stub, { apiKey: SECRET, logLevel: "debug", logger });
    await client.chats.list({ limit: 1 });
    const debug = lines.filter(([level]) => level === "debug").map(([, m]) => m);
    expect(debug).toHaveLength(2);
    expect(debug[0]).toMatch(/^blooio-v4: GET \/chats attempt 1 of 3: 503 Service Unavailable \[request id req_1\] in \d+ ms; retrying in \d+ ms$/);
    expect(debug[1]).toMatch(/^blooio-v4: GET \/chats attempt 2 of 3: 200 \[request id req_2\] in \d+ ms; not retried: 200 is not retried$/);
    expect(lines).toContainEqual(["info", "blooio-v4: GET /chats 200 after 2 attempts"]);
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it("info logs each call and each failure, with the error's message, the key redacted", async () => {
    const { lines, logger } = recorder();
    const stub = stubFetch(() => json({ message: `bad key ${SECRET}` }, { status: 500 }));
    const client = testClient(stub, { apiKey: SECRET, logLevel: "info", logger, maxRetries: 0 });
    const error = await client.chats.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).attempts).toBe(1);
    expect(lines.map(([level]) => level)).toEqual(["info", "info"]);
    expect(lines[1]![1]).toContain("failed: GET /chats: 500");
    expect(lines[1]![1]).toContain("bad key [redacted]");
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it("warn (the default) carries Deprecation and Sunset warnings and nothing per call", async () => {
    const { lines, logger } = recorder();
    const stub = stubFetch(() => json(page(0, 1, null), { headers: { deprecation: "true" } }));
    const client = testClient(stub, { apiKey: SECRET, logger });
    await client.chats.list();
    await client.chats.list();
    expect(lines).toEqual([["warn", "blooio-v4: GET /chats is deprecated (Deprecation: true)"]]);
  });

  it("reads the level from BLOOIO_LOG, and refuses an unknown level", async () => {
    vi.stubEnv("BLOOIO_LOG", "info");
    const { lines, logger } = recorder();
    await createBlooioClient({ apiKey: SECRET, fetch: stubFetch(onePage).fetch, logger }).chats.list();
    expect(lines).toEqual([["info", "blooio-v4: GET /chats 200 after 1 attempt"]]);
    vi.stubEnv("BLOOIO_LOG", "verbose");
    expect(() => createBlooioClient({ apiKey: SECRET })).toThrow(ConfigurationError);
    expect(() => createBlooioClient({ apiKey: SECRET, logLevel: "off" })).not.toThrow();
  });

  it("off logs nothing; an onWarning that throws is logged at error, and the call still succeeds", async () => {
    const { lines, logger } = recorder();
    const stub = stubFetch(() => json(page(0, 1, null), { headers: { sunset: "Wed, 01 Jan 2027 00:00:00 GMT" } }));
    const throwing = testClient(stub, { apiKey: SECRET, logger, onWarning: () => { throw new Error("boom"); } });
    expect((await throwing.chats.list()).data).toHaveLength(1);
    expect(lines).toEqual([["error", expect.stringContaining("onWarning threw on") as string]]);
    const quiet = recorder();
    await testClient(stub, { apiKey: SECRET, logger: quiet.logger, logLevel: "off" }).chats.list();
    expect(quiet.lines).toEqual([]);
  });
});
