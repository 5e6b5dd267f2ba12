// The `blooio` command as a user runs it: main(argv, io) with captured output, against a loopback page server and
// the kit (--mock); test/contract/cli.contract.test.ts runs it against Prism.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import { PACKAGE_VERSION, SPEC_VERSION } from "../../src/index.js";
import { cli, fakeIo, type FakeIo } from "../support/cli.js";
import { FAKE_KEY } from "../support/data.js";
import { sendJson, startServer, startServerForTest, type TestServer } from "../support/http-server.js";
import { ROOT, TSX } from "../support/processes.js";

// Three pages: chat_1 chat_2 | chat_3 chat_4 | chat_5. Answers 401 to any key but FAKE_KEY, 400 to status=400.
interface Seen {
  query: Record<string, string>;
  stdoutSoFar: string;
}
const seen: Seen[] = [];
let currentIo: FakeIo | undefined;
let server: TestServer;
let baseUrl: string;
const PAGES: Record<string, { ids: string[]; next: string | null }> = {
  "": { ids: ["chat_1", "chat_2"], next: "cur_2" },
  cur_2: { ids: ["chat_3", "chat_4"], next: "cur_3" },
  cur_3: { ids: ["chat_5"], next: null },
};

beforeAll(async () => {
  server = await startServer((request, response) => {
    const query = Object.fromEntries(new URL(request.url!, "http://x").searchParams);
    seen.push({ query, stdoutSoFar: currentIo?.out ?? "" });
    const send = (status: number, body: unknown) => sendJson(response, body, status, { "x-request-id": "req_123" });
    if (request.headers.authorization !== `Bearer ${FAKE_KEY}`) return send(401, { error: "Invalid API key" });
    if (query.channel_id === "ch_bad") return send(400, { message: "Unknown channel\nsecond line" });
    if (query.contact_id === "ct_fails_on_page_2" && query.cursor === "cur_2") return send(400, { message: "cursor expired" });
    const page = PAGES[query.cursor ?? ""] ?? PAGES[""]!;
    send(200, {
      data: page.ids.map((id) => ({ id, channel_type: "blooio", state: "open", contact_id: null, last_message_at: 1_000 })),
      has_more: page.next !== null,
      next_cursor: page.next,
    });
  });
  baseUrl = server.url;
});

afterAll(() => server.close());

afterEach(() => {
  vi.unstubAllEnvs();
  seen.length = 0;
  currentIo = undefined;
});

/** Runs against the page server with the fake key from the environment. */
async function listing(argv: string[], { isTTY = false } = {}) {
  vi.stubEnv("BLOOIO_API_KEY", FAKE_KEY);
  const io = fakeIo({ isTTY });
  currentIo = io;
  const code = await main(["chats", "list", "--base-url", baseUrl, ...argv], io);
  return { code, stdout: io.out, stderr: io.err };
}

describe("blooio --help and --version", () => {
  it("lists a command per operation of the spec, with its summary, and the exit codes", async () => {
    const { code, stdout, stderr } = await cli(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^ {2}chats list +List chats$/m);
    for (const text of ["--api-key", "--base-url", "--mock", "--debug", "--help", "--version", "4  authentication failed"]) {
      expect(stdout).toContain(text);
    }
  });

  it("gives a command's help from the spec: summary, description, every flag with its values", async () => {
    const { code, stdout } = await cli(["chats", "list", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("List chats\n\nReturns your conversations, the most recently active first");
    expect(stdout).toContain("GET /chats (operationId listChats)");
    expect(stdout).toMatch(/--type STRING +blooio \| twilio \| whatsapp \| whatsapp_business \| rcs_business; Keep only chats whose channel is of this kind/);
    for (const flag of ["--state", "--channel-id", "--contact-id", "--limit INTEGER", "--cursor", "--all", "--max-pages", "--format"]) {
      expect(stdout).toContain(flag);
    }
  });

  it("prints the package version and the spec it was built from", async () => {
    const { code, stdout } = await cli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`blooio-v4 ${PACKAGE_VERSION} (spec ${SPEC_VERSION})\n`);
    expect(SPEC_VERSION).toMatch(/^4\.0\.0-beta\+[0-9a-f]{12}$/);
  });
});

describe("bad flags and values: exit 2, a clear message, nothing sent", () => {
  it.each([
    [["--type", "telegram"], /--type "telegram" is not allowed: the spec says enum: blooio \| twilio/],
    [["--state", "archived"], /--state "archived" is not allowed: the spec says enum: open \| closed/],
    [["--limit", "0"], /--limit "0" is not allowed: the spec says minimum: 1/],
    [["--limit", "ten"], /--limit must be an integer \(got "ten"\)/],
    [["--limit", "1.5"], /--limit must be an integer/],
    [["--limit", "201"], /--limit "201" is not allowed: the spec says maximum: 200/],
    [["--all", "--max-pages", "0"], /--max-pages must be a positive integer/],
    [["--max-pages", "2"], /--max-pages needs --all/],
    [["--format", "xml"], /--format must be one of table, json, ndjson \(got "xml"\)/],
    [["--bogus"], /Unknown option '--bogus'/],
    [["--all=yes"], /--all/],
  ])("%j", async (argv, message) => {
    const { code, stdout, stderr } = await listing(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Run `blooio --help` for usage.");
    expect(seen).toHaveLength(0);
  });

  it("names the one command when given another, or none", async () => {
    expect(await cli([])).toMatchObject({ code: 2, stderr: expect.stringContaining("Missing command: blooio RESOURCE METHOD") });
    expect(await cli(["chats", "delete"])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "chats delete"') });
    expect(await cli(["chats", "list", "extra"])).toMatchObject({ code: 2, stderr: expect.stringContaining("Commands take flags only") });
  });

  it("refuses a base URL that is not http(s)", async () => {
    vi.stubEnv("BLOOIO_API_KEY", FAKE_KEY);
    const { code, stderr } = await cli(["chats", "list", "--base-url", "ftp://example.test"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/baseUrl must be http/);
  });

  it("says where a key comes from when there is none", async () => {
    vi.stubEnv("BLOOIO_API_KEY", "");
    const { code, stderr } = await cli(["chats", "list", "--base-url", baseUrl]);
    expect(code).toBe(2);
    expect(stderr).toBe("blooio: No API key: set BLOOIO_API_KEY or pass --api-key (or try --mock)\n");
    expect(seen).toHaveLength(0);
  });
});

describe("API errors: the typed error's one-line message (exit 4 for a bad key, else 1), and the key is never printed", () => {
  const wrongKey = "bl_test_wrong_key_not_real_123";

  it.each([
    ["--api-key KEY", (key: string) => ["--api-key", key]],
    ["--api-key=KEY", (key: string) => [`--api-key=${key}`]],
    ["BLOOIO_API_KEY", () => []],
  ])("a 401 for a key from %s", async (_, flags) => {
    vi.stubEnv("BLOOIO_API_KEY", wrongKey);
    const io = fakeIo({ isTTY: true });
    const code = await main(["chats", "list", "--all", "--base-url", baseUrl, ...flags(wrongKey)], io);
    expect(code).toBe(4);
    expect(io.out).toBe("");
    expect(io.err).toBe(
      "blooio: GET /chats: 401 Unauthorized: Invalid API key (check the API key (BLOOIO_API_KEY)) [request id req_123]\n",
    );
    expect(io.out + io.err).not.toContain(wrongKey);
  });

  it("keeps a key out of the output even when it lands where a message would quote it", async () => {
    vi.stubEnv("BLOOIO_API_KEY", "");
    for (const argv of [
      ["chats", "list", wrongKey],
      [wrongKey],
      ["chats", "list", "--cursor", wrongKey, "--api-key", wrongKey, "--base-url", baseUrl],
    ]) {
      const { code, stdout, stderr } = await cli(argv);
      expect(code, argv.join(" ")).toBeGreaterThan(0);
      expect(stdout + stderr).not.toContain(wrongKey);
    }
  });

  it("prints one line for an error body that has several", async () => {
    const { code, stderr } = await listing(["--channel-id", "ch_bad"]);
    expect(code).toBe(1);
    expect(stderr).toBe("blooio: GET /chats: 400 Bad Request: Unknown channel second line [request id req_123]\n");
  });

  it("exits 1 when nothing answers", async () => {
    vi.stubEnv("BLOOIO_API_KEY", FAKE_KEY);
    const closed = await startServer(() => {});
    await closed.close();
    const { code, stderr } = await cli(["chats", "list", "--base-url", closed.url]);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^blooio: /);
  }, 20_000);
});

describe("blooio chats list", () => {
  it("sends every filter as the spec's query parameter", async () => {
    const argv = ["--type", "whatsapp", "--state", "open", "--channel-id", "ch_1", "--contact-id", "ct_1", "--limit", "10", "--cursor", "cur_3"];
    const { code } = await listing(argv);
    expect(code).toBe(0);
    expect(seen[0]!.query).toEqual({ type: "whatsapp", state: "open", channel_id: "ch_1", contact_id: "ct_1", limit: "10", cursor: "cur_3" });
  });

  it("prints the first page as a table, with the cursor for the next", async () => {
    const { code, stdout, stderr } = await listing([]);
    expect(code).toBe(0);
    expect(stderr).toBe("more: --cursor cur_2 (or --all)\n");
    expect(stdout.split("\n")[0]).toMatch(/^id\s+channel_type\s+state\s+contact_id\s+last_message_at$/);
    // Times as ISO dates; the hint for more goes to stderr, so piped output is only the table.
    expect(stdout).toMatch(/^chat_1\s+blooio\s+open\s+-\s+1970-01-01T00:00:01Z$/m);
    expect(stdout).not.toContain("more");
    expect(seen).toHaveLength(1);
  });

  it("--format json prints the page with its cursor", async () => {
    const { stdout } = await listing(["--format", "json"]);
    expect(JSON.parse(stdout)).toMatchObject({ data: [{ id: "chat_1" }, { id: "chat_2" }], has_more: true, next_cursor: "cur_2" });
  });

  it("--all --format ndjson streams each page before asking for the next", async () => {
    const { code, stdout, stderr } = await listing(["--all", "--format", "ndjson"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.trim().split("\n").map((line) => JSON.parse(line).id)).toEqual(["chat_1", "chat_2", "chat_3", "chat_4", "chat_5"]);
    expect(seen.map((request) => request.query.cursor)).toEqual([undefined, "cur_2", "cur_3"]);
    // What the user had already seen when each later page was requested.
    expect(seen[1]!.stdoutSoFar).toContain('"id":"chat_2"');
    expect(seen[2]!.stdoutSoFar).toContain('"id":"chat_4"');
  });

  it("--all --format json prints the page shape at the end, every chat in data", async () => {
    const { stdout } = await listing(["--all", "--format", "json"]);
    expect(seen[2]!.stdoutSoFar).toBe("");
    const body = JSON.parse(stdout) as { data: Array<{ id: string }>; has_more: boolean; next_cursor: string | null };
    expect(body.data.map((chat) => chat.id)).toEqual(["chat_1", "chat_2", "chat_3", "chat_4", "chat_5"]);
    expect(body).toMatchObject({ has_more: false, next_cursor: null });
    const capped = JSON.parse((await listing(["--all", "--max-pages", "1", "--format", "json"])).stdout);
    expect(capped).toMatchObject({ has_more: true, next_cursor: "cur_2" });
  });

  it("--all --max-pages stops after that many pages", async () => {
    const { code, stdout } = await listing(["--all", "--max-pages", "2", "--format", "ndjson"]);
    expect(code).toBe(0);
    expect(seen).toHaveLength(2);
    expect(stdout.trim().split("\n")).toHaveLength(4);
  });

  it("--all shows progress on stderr when it is a terminal: pages, chats so far, rate", async () => {
    const { code, stdout, stderr } = await listing(["--all"], { isTTY: true });
    expect(code).toBe(0);
    expect(stderr).toMatch(/1 page, 2 chats, \d+ chats\/s/);
    expect(stderr).toMatch(/2 pages, 4 chats, \d+ chats\/s/);
    expect(stderr).toMatch(/3 pages, 5 chats, \d+ chats\/s\n$/);
    expect(stdout).not.toContain("pages");
  });

  it("--all stays quiet on stderr when it is piped", async () => {
    const { code, stdout, stderr } = await listing(["--all"], { isTTY: false });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("chat_5");
  });

  it("reads the server from BLOOIO_BASE_URL", async () => {
    vi.stubEnv("BLOOIO_API_KEY", FAKE_KEY);
    vi.stubEnv("BLOOIO_BASE_URL", baseUrl);
    const { code, stdout } = await cli(["chats", "list", "--format", "ndjson"]);
    expect(code).toBe(0);
    expect(stdout).toContain("chat_1");
  });

  it("--mock --all pages to the end of the kit's seeded account, and stops its server", async () => {
    vi.stubEnv("BLOOIO_API_KEY", "");
    const { code, stdout, stderr } = await cli(["chats", "list", "--mock", "--all", "--format", "ndjson"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const ids = stdout.trim().split("\n").map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    const first = await cli(["chats", "list", "--mock", "--format", "json"]);
    expect(JSON.parse(first.stdout)).toMatchObject({ has_more: true, next_cursor: expect.any(String) });
    expect(JSON.parse(first.stdout).data.map((chat: { id: string }) => chat.id)).toEqual(ids.slice(0, 50));
  });
});

describe("blooio in a pipeline", () => {
  it.each(["table", "json", "ndjson"])("--format %s: a listing that fails midway prints what it fetched, and how to resume", async (format) => {
    const { code, stdout, stderr } = await listing(["--all", "--contact-id", "ct_fails_on_page_2", "--format", format]);
    expect(code).toBe(1);
    expect(stdout).toContain("chat_1");
    expect(stdout).toContain("chat_2");
    if (format === "json") expect(JSON.parse(stdout)).toMatchObject({ has_more: true, next_cursor: "cur_2" });
    expect(stderr).toBe(
      "blooio: GET /chats: 400 Bad Request: cursor expired [request id req_123]\n" +
        `blooio: to resume: blooio chats list --base-url ${baseUrl} --all --contact-id ct_fails_on_page_2 --format ${format} --cursor cur_2\n`,
    );
  });

  it("never puts the key in the resume line", async () => {
    const io = fakeIo();
    const code = await main(["chats", "list", "--api-key", FAKE_KEY, "--all", "--contact-id", "ct_fails_on_page_2", "--base-url", baseUrl], io);
    expect(code).toBe(1);
    expect(io.err).toContain("--cursor cur_2");
    expect(io.err).not.toContain(FAKE_KEY);
    expect(io.err).not.toContain("--api-key");
  });

  it("gives a terminal with TERM=dumb no escape codes: --all's progress is a plain line per page", async () => {
    vi.stubEnv("TERM", "dumb");
    const { code, stderr } = await listing(["--all"], { isTTY: true });
    expect(code).toBe(0);
    expect(stderr).not.toContain("\x1b");
    expect(stderr.split("\n").filter((line) => /^\d+ pages?, \d+ chats, \d+ chats\/s$/.test(line))).toHaveLength(3);
  });

  it("updates --all's progress in place on a terminal that takes escape codes", async () => {
    vi.stubEnv("TERM", "xterm-256color");
    const { code, stderr } = await listing(["--all"], { isTTY: true });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\r\x1b\[K1 page, 2 chats, \d+ chats\/s\r\x1b\[K2 pages, 4 chats/);
  });

  it("logs as BLOOIO_LOG says, as the client does", async () => {
    vi.stubEnv("BLOOIO_LOG", "debug");
    const { code, stderr } = await listing(["--format", "ndjson"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^blooio-v4: GET \/chats attempt 1 of 3: 200 OK/m);
    vi.stubEnv("BLOOIO_LOG", "loud");
    const bad = await listing([]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("BLOOIO_LOG");
  });

  it("--debug logs every attempt to stderr, keeping stdout for the data", async () => {
    const { code, stdout, stderr } = await listing(["--debug", "--format", "ndjson"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^blooio-v4: GET \/chats attempt 1 of 3: 200 OK \[request id req_123\] in \d+ ms; not retried: 200 is not retried$/m);
    expect(stdout.trim().split("\n")).toHaveLength(2);
  });

  it("stops quietly with exit 0 when the reader of its output goes away (| head -1)", async () => {
    const cli = join(ROOT, "src/cli.ts");
    const script = `"${process.execPath}" "${TSX}" "${cli}" chats list --all --format ndjson --base-url ${baseUrl} | head -1; echo "exit \${PIPESTATUS[0]}" >&2`;
    // Asynchronous: the page server runs in this process and must keep answering.
    const result = await promisify(execFile)("bash", ["-c", script], { encoding: "utf8", env: { ...process.env, BLOOIO_API_KEY: FAKE_KEY } });
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(result.stdout).id).toBe("chat_1");
    expect(result.stderr).not.toContain("EPIPE");
    expect(result.stderr.trim()).toBe("exit 0");
  }, 20_000);
});

describe("a form upload from the command line", () => {
  it("sends the file a flag names as the form's file field, typed by its extension", async () => {
    const dir = mkdtempSync(join(tmpdir(), "blooio-cli-upload-"));
    try {
      const file = join(dir, "wall.png");
      writeFileSync(file, "not really a png");
      const upstream = await startServerForTest((_, response) => sendJson(response, { data: { chat_id: "chat_1", background_id: "bg_1", background_url: null } }));
      const io = fakeIo({ env: { BLOOIO_API_KEY: FAKE_KEY } });
      const code = await main(["chats", "setBackground", "--chat-id", "chat_1", "--background", file, "--base-url", upstream.url], io);
      expect(code).toBe(0);
      const { headers, body } = upstream.requests[0]!;
      expect(headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      expect(body).toMatch(/name="background"; filename="wall\.png"\r\nContent-Type: image\/png\r\n\r\nnot really a png\r\n/);
      expect(await main(["chats", "setBackground", "--chat-id", "chat_1", "--background", join(dir, "missing.png")], io)).toBe(2);
      expect(io.err).toContain("--background: cannot read");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
