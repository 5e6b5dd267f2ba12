// `npm run contract:live` against local upstreams: one that breaks the contract, one that keeps it.
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLiveContract, formatReport, type LiveReport } from "../../scripts/contract-live.js";
import { FAKE_KEY } from "../support/stub-fetch.js";

const root = join(import.meta.dirname, "../..");

const chat = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  channel_id: `ch_${id}`,
  channel_type: "whatsapp",
  contact_id: `ct_${id}`,
  identity_id: null,
  group_id: null,
  state: "open",
  capabilities: {},
  window_expires_at: null,
  last_message_at: 1764000000,
  created_at: 1763000000,
  ...overrides,
});

/** An upstream on 127.0.0.1 that answers GET /v4/chats from `pages` (keyed by cursor) and records requests. */
async function upstream(pages: Record<string, unknown>) {
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request);
    const url = new URL(request.url!, "http://x");
    const body = url.pathname === "/v4/chats" ? pages[url.searchParams.get("cursor") ?? ""] : undefined;
    response.writeHead(body ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(body ?? { error: "not found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v4`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Page 1: a chat without `state`, a chat with a state the spec does not have, a timestamp of the wrong type.
const brokenPages = {
  "": {
    data: [chat("chat_1", { state: undefined }), chat("chat_2", { state: "archived" })],
    has_more: true,
    next_cursor: "cur_2",
  },
  cur_2: { data: [chat("chat_3", { created_at: "yesterday" })], has_more: false, next_cursor: null },
};
const goodPages = {
  "": { data: [chat("chat_1"), chat("chat_2", { channel_type: "blooio", contact_id: null })], has_more: true, next_cursor: "cur_2" },
  cur_2: { data: [chat("chat_3", { state: "closed" })], has_more: false, next_cursor: null },
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
  const run = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/contract-live.ts"), ...args], {
        cwd: root,
        env: { ...process.env, ...env },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });

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
