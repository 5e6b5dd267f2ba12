// Deprecation and Sunset headers reach the app once per client, before the endpoint is retired.
import { describe, expect, it, vi } from "vitest";
import type { Warning } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { page } from "../support/data.js";
import { json, onePage, stubFetch } from "../support/stub-fetch.js";

const SUNSET = "Wed, 01 Jul 2026 00:00:00 GMT";

describe("Deprecation and Sunset", () => {
  it("calls onWarning once per header per client, however many responses carry it", async () => {
    const stub = stubFetch(() => json(page(0, 1, null), { headers: { deprecation: "@1767225600", sunset: SUNSET } }));
    const warnings: Warning[] = [];
    const client = testClient(stub, { onWarning: (w) => warnings.push(w) });
    await client.chats.list();
    await client.chats.list();
    await client.api.GET("/chats");
    expect(warnings).toEqual([
      { kind: "deprecation", message: "GET /chats is deprecated (Deprecation: @1767225600)" },
      { kind: "sunset", message: `GET /chats will be retired (Sunset: ${SUNSET})` },
    ]);
    const other: Warning[] = [];
    await testClient(stub, { onWarning: (w) => other.push(w) }).chats.list();
    expect(other).toHaveLength(2);
  });

  it("says nothing when the headers are absent", async () => {
    const onWarning = vi.fn();
    const stub = stubFetch(onePage);
    await testClient(stub, { onWarning }).chats.list();
    expect(onWarning).not.toHaveBeenCalled();
  });

  it("writes one line through console.warn by default (stderr in Node; every runtime has a console)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const stub = stubFetch(() => json(page(0, 1, null), { headers: { deprecation: "true" } }));
      const client = testClient(stub);
      await client.chats.list();
      await client.chats.list();
      expect(warn.mock.calls).toEqual([["blooio-v4: GET /chats is deprecated (Deprecation: true)"]]);
    } finally {
      warn.mockRestore();
    }
  });
});
