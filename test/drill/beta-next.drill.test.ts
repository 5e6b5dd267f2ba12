// The beta drill: the next beta spec (test/fixtures/beta-next/v4.yaml: today's plus four operations) swapped into a
// copy of the project, `npm run generate`, and nothing else. The new operations must work with zero edits to src/:
// typed methods, validation, pagination through a path parameter, and safe retries of writes.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer, type ServerHandler, type TestServer } from "../support/http-server.js";

const root = join(import.meta.dirname, "../..");
const drill = mkdtempSync(join(tmpdir(), "blooio-drill-"));
const KEY = "bl_test_drill_not_a_real_key";

// The drill copy's own client. Its types come from the drill's generated files, which this project does not have:
// the app test below type-checks the new methods; here they are called untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let blooio: any;
let mock: { url: string; close(): Promise<void> } | undefined;
let server: TestServer | undefined;

/** Each file under `dir` (relative path -> sha256), skipping src/generated: what `npm run generate` may rewrite. */
function handWritten(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) {
        if (relative(dir, path) !== "src/generated") walk(path);
      } else files.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(join(dir, "src"));
  return files;
}

beforeAll(async () => {
  for (const entry of ["src", "scripts", "openapi", "package.json", "tsconfig.json", "redocly.yaml"]) {
    cpSync(join(root, entry), join(drill, entry), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(drill, "node_modules"), "dir");
  cpSync(join(root, "test/fixtures/beta-next/v4.yaml"), join(drill, "openapi/v4.yaml"));
  execFileSync("npm", ["run", "--silent", "generate"], { cwd: drill, stdio: "pipe" });
  blooio = await import(join(drill, "src/index.ts"));
  const testing = (await import(join(drill, "src/testing.ts"))) as typeof import("../../src/testing.js");
  mock = await testing.startMockServer();
}, 120_000);

afterAll(async () => {
  await mock?.close();
  rmSync(drill, { recursive: true, force: true });
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: ServerHandler) {
  server = await startServer(handler);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return blooio.createBlooioClient({ apiKey: KEY, baseUrl: server.url, backoff: { initialMs: 5, maxMs: 20 } }) as any;
}

describe("the beta drill: the next spec, regenerated, with zero edits to src/", () => {
  it("regenerates only src/generated/: every hand-written file of src/ is unchanged", () => {
    expect(handWritten(drill)).toEqual(handWritten(root));
    const generated = readdirSync(join(drill, "src/generated/validators"));
    expect(generated).toContain("sendMessageToChat.request.ts");
    expect(generated).toContain("listChatMessages.responses.ts");
  });

  it("type-checks an app that calls the new methods, and rejects wrong params at compile time", () => {
    mkdirSync(join(drill, "app"));
    writeFileSync(
      join(drill, "app/app.ts"),
      `import { createBlooioClient, type Message, type SentMessage } from "../src/index.js";
const client = createBlooioClient({ apiKey: "${KEY}" });
export async function app(): Promise<void> {
  const chat = await client.chats.create({ channel_id: "ch_1", to: { identifier: "+15551234567" } });
  const created: boolean | undefined = chat.created;
  const got = await client.chats.get({ chatId: "chat_1" });
  const state: "open" | "closed" | "blocked" | "deprecated" | undefined = got.data?.state;
  const page = await client.messages.list({ chatId: "chat_1", order: "asc", limit: 10 });
  const next: string | null | undefined = page.next_cursor;
  for await (const message of client.messages.list({ chatId: "chat_1" })) { const typed: Message = message; }
  for await (const message of client.messages.listAll({ chatId: "chat_1" }, { maxPages: 2 })) { const typed: Message = message; }
  const sent: SentMessage = await client.messages.sendToChat({ chatId: "chat_1", content: { type: "text", text: "hi" } });
  const { data, response, requestId } = await client.messages
    .sendToChat({ chatId: "chat_1", content: { type: "text", text: "hi" }, dry_run: true }, { idempotencyKey: "k-1", timeoutMs: 5_000 })
    .withResponse();
  console.log(created, state, next, sent.status, data.id, response.status, requestId);
  // @ts-expect-error channel_id is required
  await client.chats.create({ to: { identifier: "+15551234567" } });
  // @ts-expect-error chatId is required
  await client.messages.list({ order: "asc" });
  // @ts-expect-error the spec lists only "text" content
  await client.messages.sendToChat({ chatId: "chat_1", content: { type: "image", text: "x" } });
  // @ts-expect-error the spec has no such parameter
  await client.chats.get({ chatId: "chat_1", verbose: true });
}
`,
    );
    writeFileSync(join(drill, "tsconfig.app.json"), JSON.stringify({ extends: "./tsconfig.json", include: ["src", "app"] }));
    const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.app.json"], {
      cwd: drill,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 60_000);

  it("calls every new operation against Prism started from the new spec", async () => {
    const client = blooio.createBlooioClient({ apiKey: KEY, baseUrl: mock!.url });
    const chat = await client.chats.create({ channel_id: "ch_a1b2c3d4", to: { identifier: "+15551234567" } }).withResponse();
    expect([200, 201]).toContain(chat.response.status);
    expect(chat.data.channel_id).toBe("ch_a1b2c3d4");
    expect((await client.chats.get({ chatId: "chat_a1b2c3d4" })).data?.id).toBe("chat_a1b2c3d4");
    const messages = [];
    for await (const message of client.messages.list({ chatId: "chat_a1b2c3d4", order: "asc" })) messages.push(message.id);
    expect(messages).toEqual(["msg_a1b2c3d4"]);
    const sent = await client.messages.sendToChat({ chatId: "chat_a1b2c3d4", content: { type: "text", text: "Hello" } });
    expect(sent).toBeTypeOf("object");
    await expect(client.chats.get({ chatId: "chat_1" }, { headers: { Prefer: "code=404" } })).rejects.toBeInstanceOf(blooio.NotFoundError);
  });

  it("re-sends a keyed write after 503 with the same bytes and one Idempotency-Key, then returns the 201 body", async () => {
    const client = await serve((_, response, index) =>
      index === 0 ? sendJson(response, { error: { message: "busy" } }, 503) : sendJson(response, { id: "msg_1", status: "queued" }, 201),
    );
    const body = { content: { type: "text" as const, text: "Hello" }, reply_to: "msg_0" };
    const { data, response } = await client.messages.sendToChat({ chatId: "chat 1/x", ...body }).withResponse();
    expect(data).toEqual({ id: "msg_1", status: "queued" });
    expect(response.status).toBe(201);
    const [first, second] = server!.requests;
    expect(server!.requests).toHaveLength(2);
    expect(first!.method).toBe("POST");
    expect(first!.url).toBe("/chats/chat%201%2Fx/messages");
    expect(JSON.parse(first!.body)).toEqual(body);
    expect(second!.body).toBe(first!.body);
    expect(first!.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
    expect(first!.headers["content-type"]).toBe("application/json");
  });

  it("sends the caller's idempotency key, and a new key per call", async () => {
    const client = await serve((_, response) => sendJson(response, { id: "msg_1" }, 201));
    const params = { chatId: "chat_1", content: { type: "text" as const, text: "Hello" } };
    await client.messages.sendToChat(params, { idempotencyKey: "order-42" });
    await client.messages.sendToChat(params);
    await client.messages.sendToChat(params);
    const keys = server!.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys[0]).toBe("order-42");
    expect(new Set(keys).size).toBe(3);
  });

  it("does not retry a 409 to a keyed write", async () => {
    const client = await serve((_, response) => sendJson(response, { error: { code: "conflict", message: "key reused" } }, 409));
    const error = await client.messages.sendToChat({ chatId: "chat_1", content: { type: "text", text: "Hi" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(blooio.ConflictError);
    expect(server!.requests).toHaveLength(1);
  });

  it("does not re-send a write without a key that may have reached the server (503, reset)", async () => {
    const client = await serve((_, response, index) => {
      if (index === 0) sendJson(response, {}, 503);
      else response.socket?.destroy();
    });
    const params = { channel_id: "ch_1", to: { identifier: "+15551234567" } };
    await expect(client.chats.create(params)).rejects.toBeInstanceOf(blooio.ServerError);
    const reset = await client.chats.create(params).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(blooio.ConnectionError);
    expect((reset as Error).message).toContain("not retried: a write without an idempotency key may have reached the server");
    expect(server!.requests).toHaveLength(2);
    expect(server!.requests.every((request) => request.headers["idempotency-key"] === undefined)).toBe(true);
  });

  it("applies the same rules through client.api: one key across retries, the body intact", async () => {
    const client = await serve((_, response, index) =>
      index === 0 ? sendJson(response, {}, 503) : sendJson(response, { id: "msg_1", status: "queued" }, 201),
    );
    const { data, response } = await client.api.POST("/chats/{chatId}/messages", {
      params: { path: { chatId: "chat_1" } },
      body: { content: { type: "text", text: "Hello" } },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ id: "msg_1", status: "queued" });
    const [first, second] = server!.requests;
    expect(second!.body).toBe(first!.body);
    expect(JSON.parse(second!.body)).toEqual({ content: { type: "text", text: "Hello" } });
    expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
    expect(first!.headers["idempotency-key"]).toBeTruthy();
  });

  it.each([
    [{ to: { identifier: "+15551234567" } }, "body", "body.channel_id", "channel_id", "required"],
    [{ channel_id: "ch_1", to: {} }, "body", "body.to.identifier", "to", "required"],
    [{ channel_id: 7, to: { identifier: "+1" } }, "body", "body.channel_id", "channel_id", "type: string"],
  ])("refuses a body that breaks the spec (%j) with a ValidationError, sending nothing", async (params, where, field, parameter, rule) => {
    const client = await serve((_, response) => sendJson(response, {}, 201));
    const error = await client.chats.create(params as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(blooio.ValidationError);
    expect(error).toMatchObject({ in: where, field, parameter, rule });
    expect((error as Error).message).toContain(`POST /chats: body field ${field.slice(5)}`);
    expect(server!.requests).toHaveLength(0);
  });

  it("refuses a missing path parameter and a bad enum in the query, sending nothing", async () => {
    const client = await serve((_, response) => sendJson(response, {}));
    await expect(client.chats.get({} as never)).rejects.toMatchObject({ in: "path", field: "path.chatId", rule: "required" });
    await expect(client.messages.list({ chatId: "chat_1", order: "newest" as never })).rejects.toMatchObject({
      in: "query",
      field: "query.order",
      rule: "enum: asc | desc",
    });
    expect(server!.requests).toHaveLength(0);
  });

  it("the copy's testing kit serves the new operations: a nested list, examples, a handler, a keyed write applied once", async () => {
    const testing = (await import(join(drill, "src/testing.ts"))) as typeof import("../../src/testing.js");
    let applied = 0;
    const kit = testing.createMockApi({
      data: { messages: { chat_9: 7, chat_8: [] } },
      handlers: { sendMessageToChat: (request) => (applied++, { status: 201, body: { id: `msg_${applied}`, chat_id: request.params.chatId, status: "queued" } }) },
    });
    const client = blooio.createBlooioClient({ apiKey: KEY, baseUrl: kit.url, fetch: kit.fetch, backoff: { initialMs: 1, maxMs: 2 } });
    const ids = [];
    for await (const message of client.messages.list({ chatId: "chat_9", limit: 3 })) ids.push(message.id);
    expect(ids).toEqual(kit.items("messages", "chat_9").map((message) => message.id));
    expect(ids).toHaveLength(7);
    expect(ids.every((id: string) => id.startsWith("msg_"))).toBe(true);
    expect(kit.requests.map((request) => request.params.chatId)).toEqual(["chat_9", "chat_9", "chat_9"]);
    expect((await client.messages.list({ chatId: "chat_8" })).data).toEqual([]);
    await expect(client.messages.list({ chatId: "chat_unknown" })).rejects.toBeInstanceOf(blooio.NotFoundError);
    expect((await client.chats.get({ chatId: "chat_a1b2c3d4" })).data.id).toBe("chat_a1b2c3d4"); // the spec's example

    // A keyed write whose first answer is lost after the server applied it: retried once, with the same key, applied once.
    kit.fail("sendMessageToChat", { status: 503, afterApply: true });
    const sent = await client.messages.sendToChat({ chatId: "chat_9", content: { type: "text", text: "Hello" } }).withResponse();
    expect(sent.data).toEqual({ id: "msg_1", chat_id: "chat_9", status: "queued" });
    expect(sent.response.headers.get("idempotent-replayed")).toBe("true");
    const writes = kit.requests.filter((request) => request.operationId === "sendMessageToChat");
    expect(writes).toHaveLength(2);
    expect(writes[1]!.idempotencyKey).toBe(writes[0]!.idempotencyKey);
    expect(writes[1]!.body).toEqual({ content: { type: "text", text: "Hello" } });
    expect(applied).toBe(1);
    kit.assertNoViolations();

    // The same key with another body is refused (409, documented) and not retried.
    const reused = { idempotencyKey: writes[0]!.idempotencyKey };
    await expect(client.messages.sendToChat({ chatId: "chat_9", content: { type: "text", text: "Other" } }, reused)).rejects.toBeInstanceOf(blooio.ConflictError);
    expect(applied).toBe(1);
    kit.assertNoViolations();
  });

  it("pages through a chat's messages, the path parameter on every page's request", async () => {
    const client = await serve((request, response) => {
      const url = new URL(request.url!, "http://x");
      const at = Number(url.searchParams.get("cursor")?.slice(1) ?? 0);
      const data = [0, 1].map((i) => ({ id: `msg_${at + i}`, chat_id: "chat_9" }));
      const more = at < 4;
      sendJson(response, { data, has_more: more, next_cursor: more ? `c${at + 2}` : null });
    });
    const ids = [];
    for await (const message of client.messages.list({ chatId: "chat_9", limit: 2 })) ids.push(message.id);
    expect(ids).toEqual(["msg_0", "msg_1", "msg_2", "msg_3", "msg_4", "msg_5"]);
    expect(server!.requests.map((request) => request.url)).toEqual([
      "/chats/chat_9/messages?limit=2",
      "/chats/chat_9/messages?limit=2&cursor=c2",
      "/chats/chat_9/messages?limit=2&cursor=c4",
    ]);
    const pages = [];
    for await (const page of client.messages.pages({ chatId: "chat_9", cursor: "c2" }, { maxPages: 1 })) pages.push(page.data?.length);
    expect(pages).toEqual([2]);
  });

  it("gives every new operation a CLI command, flags from its params, with no edit to the CLI", async () => {
    const { main } = await import(join(drill, "src/cli/main.ts"));
    const run = async (argv: string[]) => {
      const io = { out: "", err: "", stdout: { write: (t: string) => void (io.out += t) }, stderr: { write: (t: string) => void (io.err += t) }, env: {} };
      const code = await main(argv, io);
      return { code, stdout: io.out, stderr: io.err };
    };
    const help = await run(["--help"]);
    expect(help.stdout).toMatch(/^ {2}messages sendToChat +Send a message into a chat$/m);
    const createHelp = await run(["chats", "create", "--help"]);
    expect(createHelp.stdout).toMatch(/--channel-id STRING +required; The channel to chat on/);
    expect(createHelp.stdout).toMatch(/--to JSON +required; The recipient\./);

    await serve((_, response) => sendJson(response, { id: "msg_1", status: "queued" }, 201));
    const sent = await run([
      "messages", "sendToChat", "--base-url", server!.url, "--api-key", KEY,
      "--chat-id", "chat_1", "--content", '{"type":"text","text":"Hello"}', "--dry-run",
    ]);
    expect(sent.stderr).toBe("");
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.stdout)).toEqual({ id: "msg_1", status: "queued" });
    expect(server!.requests[0]!.url).toBe("/chats/chat_1/messages");
    expect(JSON.parse(server!.requests[0]!.body)).toEqual({ content: { type: "text", text: "Hello" }, dry_run: true });
    expect(server!.requests[0]!.headers["idempotency-key"]).toBeTruthy();

    const bad = await run(["chats", "create", "--base-url", server!.url, "--api-key", KEY, "--to", '{"identifier":"+1"}']);
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toContain("blooio: --channel-id is required");
    const data = await run(["chats", "create", "--base-url", server!.url, "--api-key", KEY, "--data", '{"channel_id":"ch_1","to":{}}']);
    expect(data.code).toBe(2);
    expect(data.stderr).toContain("--to: body field to.identifier must be present");
    expect(server!.requests).toHaveLength(1);
  });
});
