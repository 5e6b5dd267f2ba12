// `npm run contract:live` against local upstreams: one that breaks the contract, one that keeps it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLiveContract, formatReport, type LiveReport } from "../../scripts/contract-live.js";
import { chat, FAKE_KEY } from "../support/data.js";
import { sendJson, startServer } from "../support/http-server.js";
import { runTsx } from "../support/processes.js";

/** An upstream on 127.0.0.1 that answers GET /v4/chats from `pages` (keyed by cursor) and records requests. */
async function upstream(pages: Record<string, unknown>) {
  const server = await startServer((request, response) => {
    const url = new URL(request.url!, "http://x");
    const body = url.pathname === "/v4/chats" ? pages[url.searchParams.get("cursor") ?? ""] : undefined;
    sendJson(response, body ?? { error: "not found" }, body ? 200 : 404);
  });
  return { ...server, url: `${server.url}/v4` };
}

// Page 1: a chat without `state`, a chat with a state the spec does not have, a timestamp of the wrong type.
const brokenPages = {
  "": {
    data: [{ ...chat(1), state: undefined }, { ...chat(2), state: "archived" }],
    has_more: true,
    next_cursor: "cur_2",
  },
  cur_2: { data: [{ ...chat(3), created_at: "yesterday" }], has_more: false, next_cursor: null },
};
const goodPages = {
  "": { data: [chat(1), { ...chat(2), channel_type: "blooio", contact_id: null }], has_more: true, next_cursor: "cur_2" },
  cur_2: { data: [{ ...chat(3), state: "closed" }], has_more: false, next_cursor: null },
};

describe("contract:live against an upstream that breaks the contract", () => {
  let broken: Awaited<ReturnType<typeof upstream>>;
  let report: LiveReport;
  beforeAll(async () => {
    broken = await upstream(brokenPages);
    report = await checkLiveContract({ upstream: broken.url, apiKey: FAKE_KEY });
  }, 40_000);
  afterAll(() => broken.close());

  it("walks every page through Prism, forwarding the client's requests and key", () => {
    expect(report.pages).toBe(2);
    expect(broken.requests.map((request) => request.url)).toEqual(["/v4/chats", "/v4/chats?cursor=cur_2"]);
    expect(broken.requests[0]!.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
  });

  it("reports the wrong enum value, with path, expected and got, from Prism and the client's validator", () => {
    expect(report.violations).toContainEqual({
      sources: ["prism", "client validator"],
      request: "GET /chats",
      side: "response",
      path: "data[1].state",
      expected: "one of open, closed, blocked, deprecated",
      got: '"archived"',
    });
  });

  it("reports the wrong type on the page it came from", () => {
    expect(report.violations).toContainEqual({
      sources: ["prism", "client validator"],
      request: "GET /chats?cursor=cur_2",
      side: "response",
      path: "data[0].created_at",
      expected: "of type integer",
      got: '"yesterday"',
    });
    expect(report.violations).toHaveLength(2);
  });

  it("reports the missing field as a documented field left out (the spec makes it optional)", () => {
    expect(report.missing).toEqual([{ path: "data[].state", missing: 1, of: 3 }]);
  });

  it("prints each finding and FAIL", () => {
    const text = formatReport(report);
    expect(text).toContain("response data[1].state  expected: one of open, closed, blocked, deprecated  got: \"archived\"");
    expect(text).toContain('response data[0].created_at  expected: of type integer  got: "yesterday"');
    expect(text).toContain("data[].state  expected: present (documented)  got: missing in 1 of 3");
    expect(text).toMatch(/^FAIL: 2 violation\(s\)$/m);
  });
});

describe("contract:live against an upstream that keeps the contract", () => {
  it("passes with no findings", async () => {
    const good = await upstream(goodPages);
    try {
      const report = await checkLiveContract({ upstream: good.url, apiKey: FAKE_KEY });
      expect(report).toMatchObject({ pages: 2, items: 3, violations: [], missing: [] });
      expect(report.failure).toBeUndefined();
      expect(formatReport(report)).toMatch(/^PASS: every request and response matched the spec$/m);
    } finally {
      await good.close();
    }
  }, 40_000);
});

describe("npm run contract:live", () => {
  const run = (args: string[], env: Record<string, string>) => runTsx("scripts/contract-live.ts", args, { env, timeoutMs: 40_000 });

  it("without BLOOIO_API_KEY says so and exits 0", async () => {
    const result = await run([], { BLOOIO_API_KEY: "" });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("BLOOIO_API_KEY is not set: skipping the live contract check");
    expect(result.stdout).toContain("https://api.blooio.com/v4");
  });

  it("with a key, prints the violations, exits 1, and never prints the key", async () => {
    const broken = await upstream(brokenPages);
    try {
      const result = await run(["--upstream", broken.url], { BLOOIO_API_KEY: FAKE_KEY });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("response data[1].state  expected: one of open, closed, blocked, deprecated  got: \"archived\"");
      expect(result.stdout + result.stderr).not.toContain(FAKE_KEY);
    } finally {
      await broken.close();
    }
  }, 40_000);
});
