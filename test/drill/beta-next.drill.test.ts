// The beta drill: the next beta revision of the spec (test/fixtures/beta-next/v4.yaml: today's openapi/v4.yaml with
// the named edits of test/fixtures/beta-next/make.ts) swapped into a copy of the project, `npm run generate`, and
// nothing else. With zero edits to src/: the new operations work (a cursor list under a path parameter, a keyed
// write retried safely), the renamed path parameter is the new params key, the body field that became a string and
// the removed response field are what the types say, the added 403 and 429 are documented answers, and the CLI has
// the new commands.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAST_RETRY } from "../support/client.js";
import { FAKE_KEY } from "../support/data.js";
import { sendJson, startServerForTest, type ServerHandler, type TestServer } from "../support/http-server.js";

const root = join(import.meta.dirname, "../..");
const drill = mkdtempSync(join(tmpdir(), "blooio-drill-"));
const ADDED = { identity_id: "cid_r4bt7k2y", identifier: "+15557654321", role: "member" };

// The drill copy's own client. Its types come from the drill's generated files, which this project does not have:
// the app test below type-checks the new methods; here they are called untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let blooio: any;
let testing: typeof import("../../src/testing.js");
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
  testing = (await import(join(drill, "src/testing.ts"))) as typeof import("../../src/testing.js");
  mock = await testing.startMockServer();
}, 120_000);

afterAll(async () => {
  await mock?.close();
  rmSync(drill, { recursive: true, force: true });
});

async function serve(handler: ServerHandler) {
  server = await startServerForTest(handler);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return blooio.createBlooioClient({ apiKey: FAKE_KEY, baseUrl: server.url, ...FAST_RETRY }) as any;
}

describe("the beta drill: the next spec, regenerated, with zero edits to src/", () => {
  it("regenerates only src/generated/: every hand-written file of src/ is unchanged", async () => {
    expect(handWritten(drill)).toEqual(handWritten(root));
    const generated = readdirSync(join(drill, "src/generated/validators"));
    expect(generated).toContain("listChatParticipants.request.ts");
    expect(generated).toContain("addChatParticipant.responses.ts");
    const { operations } = await import(join(drill, "src/generated/operations.ts"));
    expect(operations.getChat).toMatchObject({ path: "/chats/{chat_id}", parameters: [{ name: "chat_id", in: "path" }] });
  });

  it("type-checks an app on the new surface, and rejects the old shapes and names at compile time", () => {
    mkdirSync(join(drill, "app"));
    writeFileSync(
      join(drill, "app/app.ts"),
      `import { createBlooioClient, type ChatParticipant, type Message, type MessageSendResult } from "../src/index.js";
const client = createBlooioClient({ apiKey: "${FAKE_KEY}" });
export async function app(): Promise<void> {
  const chat = await client.chats.create({ channel_id: "ch_1", to: "+15551234567" });
  const created: boolean | undefined = chat.created;
  const got = await client.chats.get({ chat_id: "chat_1" });
  const state: "open" | "closed" | "blocked" | "deprecated" | undefined = got.data?.state;
  await client.chats.update({ chat_id: "chat_1", state: "closed" });
  const page = await client.chats.listParticipants({ chatId: "chat_1", limit: 10 });
  const next: string | null | undefined = page.next_cursor;
  for await (const participant of client.chats.listParticipants({ chatId: "chat_1" })) {
    const typed: ChatParticipant = participant;
    const role: "member" | "admin" = participant.role;
  }
  const { data, response, requestId } = await client.chats
    .addParticipant({ chatId: "chat_1", identifier: "+15557654321", role: "admin" }, { idempotencyKey: "k-1", timeoutMs: 5_000 })
    .withResponse();
  const added: string | undefined = data.data?.identity_id;
  const messages = await client.messages.list({ chatId: "chat_1", order: "asc", limit: 10 });
  for await (const message of client.messages.listAll({ chatId: "chat_1" }, { maxPages: 2 })) { const typed: Message = message; }
  const sent: MessageSendResult = await client.messages.sendToChat({ chatId: "chat_1", content: { type: "text", text: "hi" } });
  const byPath = await client.api.GET("/chats/{chat_id}", { params: { path: { chat_id: "chat_1" } } });
  console.log(created, state, next, added, response.status, requestId, messages.has_more, sent.status, byPath.data?.data?.id);

  // @ts-expect-error the recipient is a string now: the old { identifier } object no longer compiles
  await client.chats.create({ channel_id: "ch_1", to: { identifier: "+15551234567" } });
  // @ts-expect-error the path parameter is chat_id now: the old params key no longer compiles
  await client.chats.get({ chatId: "chat_1" });
  // @ts-expect-error nor on the other operation of that path
  await client.chats.update({ chatId: "chat_1", state: "open" });
  // @ts-expect-error nor through client.api: the old path is gone from paths
  await client.api.GET("/chats/{chatId}", { params: { path: { chatId: "chat_1" } } });
  // @ts-expect-error Chat has no window_expires_at any more
  console.log(got.data?.window_expires_at);
  // @ts-expect-error channel_id is still required
  await client.chats.create({ to: "+15551234567" });
  // @ts-expect-error the participants path keeps chatId, and it is required
  await client.chats.listParticipants({ limit: 10 });
  // @ts-expect-error identifier is required
  await client.chats.addParticipant({ chatId: "chat_1" });
  // @ts-expect-error role is member or admin
  await client.chats.addParticipant({ chatId: "chat_1", identifier: "+15557654321", role: "owner" });
  // @ts-expect-error chatId is still required where it was
  await client.messages.list({ order: "asc" });
  // @ts-expect-error the spec has no such parameter
  await client.chats.get({ chat_id: "chat_1", verbose: true });
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

  it("calls the new and changed operations against Prism started from the new spec", async () => {
    const client = blooio.createBlooioClient({ apiKey: FAKE_KEY, baseUrl: mock!.url, maxRetries: 0 });
    const chat = await client.chats.create({ channel_id: "ch_7hq2lm9x", to: "+15551234567" }).withResponse();
    expect([200, 201]).toContain(chat.response.status);
    expect(chat.data.channel_id).toBe("ch_7hq2lm9x");
    const got = await client.chats.get({ chat_id: "chat_8f2k3m9q" });
    expect(got.data.id).toBe("chat_8f2k3m9q");
    expect(got.data).not.toHaveProperty("window_expires_at");

    const page = await client.chats.listParticipants({ chatId: "chat_8f2k3m9q" });
    expect(page).toMatchObject({ has_more: false, next_cursor: null });
    const participants = [];
    for await (const participant of client.chats.listParticipants({ chatId: "chat_8f2k3m9q", limit: 10 })) participants.push(participant.identity_id);
    expect(participants).toEqual(["cid_5gm2qw8e"]);
    const added = await client.chats.addParticipant({ chatId: "chat_8f2k3m9q", identifier: "+15557654321" }).withResponse();
    expect(added.response.status).toBe(201);
    expect(added.data.data).toMatchObject(ADDED);

    // Unchanged operations still answer.
    expect((await client.messages.list({ chatId: "chat_8f2k3m9q", order: "asc" })).data.length).toBeGreaterThan(0);
    expect(await client.messages.sendToChat({ chatId: "chat_8f2k3m9q", content: { type: "text", text: "Hello" } })).toBeTypeOf("object");

    // The statuses the revision documents are answers Prism gives, each its typed error.
    await expect(client.chats.create({ channel_id: "ch_1", to: "+1" }, { headers: { Prefer: "code=429" } })).rejects.toBeInstanceOf(blooio.RateLimitError);
    await expect(client.chats.create({ channel_id: "ch_1", to: "+1" }, { headers: { Prefer: "code=403" } })).rejects.toBeInstanceOf(blooio.PermissionDeniedError);
    await expect(client.chats.get({ chat_id: "chat_1" }, { headers: { Prefer: "code=404" } })).rejects.toBeInstanceOf(blooio.NotFoundError);
    // Prism holds the old recipient shape to the new spec too.
    const old = await client.api.POST("/chats", { body: { channel_id: "ch_1", to: { identifier: "+1" } } });
    expect(old.response.status).toBe(422);
  });

  it("re-sends a keyed write after 503 with the same bytes and one Idempotency-Key, then returns the 201 body", async () => {
    const client = await serve((_, response, index) =>
      index === 0 ? sendJson(response, { error: { code: "busy", message: "busy" } }, 503) : sendJson(response, { data: ADDED }, 201),
    );
    const body = { identifier: "+15557654321", role: "member" };
    const { data, response } = await client.chats.addParticipant({ chatId: "chat 1/x", ...body }).withResponse();
    expect(data).toEqual({ data: ADDED });
    expect(response.status).toBe(201);
    const [first, second] = server!.requests;
    expect(server!.requests).toHaveLength(2);
    expect(first!.method).toBe("POST");
    expect(first!.url).toBe("/chats/chat%201%2Fx/participants");
    expect(JSON.parse(first!.body)).toEqual(body);
    expect(second!.body).toBe(first!.body);
    expect(first!.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
    expect(first!.headers["content-type"]).toBe("application/json");
  });

  it("sends the caller's idempotency key, and a new key per call", async () => {
    const client = await serve((_, response) => sendJson(response, { data: ADDED }, 201));
    const params = { chatId: "chat_1", identifier: "+15557654321" };
    await client.chats.addParticipant(params, { idempotencyKey: "invite-42" });
    await client.chats.addParticipant(params);
    await client.chats.addParticipant(params);
    const keys = server!.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys[0]).toBe("invite-42");
    expect(new Set(keys).size).toBe(3);
  });

  it("does not retry a 409 to a keyed write", async () => {
    const client = await serve((_, response) => sendJson(response, { error: { code: "conflict", message: "key reused" } }, 409));
    const error = await client.chats.addParticipant({ chatId: "chat_1", identifier: "+1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(blooio.ConflictError);
    expect(server!.requests).toHaveLength(1);
  });

  it("waits out a 429's Retry-After for a keyed write, and never re-sends the unkeyed chats.create after its new 429", async () => {
    const client = await serve((request, response, index) =>
      index === 0 || request.url === "/chats"
        ? sendJson(response, { error: { code: "rate_limited", message: "slow down" } }, 429, { "retry-after": "0" })
        : sendJson(response, { data: ADDED }, 201),
    );
    expect(await client.chats.addParticipant({ chatId: "chat_1", identifier: "+15557654321" })).toEqual({ data: ADDED });
    const [first, second] = server!.requests;
    expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
    const limited = await client.chats.create({ channel_id: "ch_1", to: "+15551234567" }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(blooio.RateLimitError);
    expect(server!.requests.filter((request) => request.url === "/chats")).toHaveLength(1);
  });

  it("does not re-send a write without a key that may have reached the server (503, reset)", async () => {
    const client = await serve((_, response, index) => {
      if (index === 0) sendJson(response, {}, 503);
      else response.socket?.destroy();
    });
    const params = { channel_id: "ch_1", to: "+15551234567" };
    await expect(client.chats.create(params)).rejects.toBeInstanceOf(blooio.ServerError);
    const reset = await client.chats.create(params).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(blooio.ConnectionError);
    expect((reset as Error).message).toContain("not retried: a write without an idempotency key may have reached the server");
    expect(server!.requests).toHaveLength(2);
    expect(JSON.parse(server!.requests[0]!.body)).toEqual(params);
    expect(server!.requests.every((request) => request.headers["idempotency-key"] === undefined)).toBe(true);
  });

  it("applies the same rules through client.api: one key across retries, the body intact, the renamed path", async () => {
    const client = await serve((request, response, index) =>
      index === 0 ? sendJson(response, {}, 503) : sendJson(response, request.method === "GET" ? { data: { id: "chat_1" } } : { data: ADDED }, 201),
    );
    const { data, response } = await client.api.POST("/chats/{chatId}/participants", {
      params: { path: { chatId: "chat_1" } },
      body: { identifier: "+15557654321" },
    });
    expect(response.status).toBe(201);
    expect(data).toEqual({ data: ADDED });
    const [first, second] = server!.requests;
    expect(second!.body).toBe(first!.body);
    expect(JSON.parse(second!.body)).toEqual({ identifier: "+15557654321" });
    expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
    expect(first!.headers["idempotency-key"]).toBeTruthy();
    await client.api.GET("/chats/{chat_id}", { params: { path: { chat_id: "chat 2" } } });
    expect(server!.requests.at(-1)!.url).toBe("/chats/chat%202");
  });

  it.each([
    [{ channel_id: "ch_1", to: { identifier: "+15551234567" } }, "body.to", "to", "type: string"],
    [{ to: "+15551234567" }, "body.channel_id", "channel_id", "required"],
    [{ channel_id: 7, to: "+1" }, "body.channel_id", "channel_id", "type: string"],
  ])("refuses a body that breaks the new spec (%j) with a ValidationError, sending nothing", async (params, field, parameter, rule) => {
    const client = await serve((_, response) => sendJson(response, {}, 201));
    const error = await client.chats.create(params as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(blooio.ValidationError);
    expect(error).toMatchObject({ in: "body", field, parameter, rule });
    expect((error as Error).message).toContain(`POST /chats: body field ${field.slice(5)}`);
    expect(server!.requests).toHaveLength(0);
  });

  it("refuses the old path parameter name, a missing one, a bad enum and a bad limit, sending nothing", async () => {
    const client = await serve((_, response) => sendJson(response, {}));
    await expect(client.chats.get({ chatId: "chat_1" })).rejects.toMatchObject({ in: "params", field: "chatId", rule: "not in the spec" });
    await expect(client.chats.get({} as never)).rejects.toMatchObject({ in: "path", field: "path.chat_id", parameter: "chat_id", rule: "required" });
    await expect(client.chats.addParticipant({ chatId: "chat_1", identifier: "+1", role: "owner" })).rejects.toMatchObject({
      in: "body",
      field: "body.role",
      rule: "enum: member | admin",
    });
    await expect(client.chats.listParticipants({ chatId: "chat_1", limit: 500 })).rejects.toMatchObject({ in: "query", field: "query.limit", rule: "maximum: 200" });
    await expect(client.messages.list({ chatId: "chat_1", order: "newest" as never })).rejects.toMatchObject({ in: "query", field: "query.order", rule: "enum: asc | desc" });
    expect(server!.requests).toHaveLength(0);
  });

  it("the copy's testing kit serves the new operations: a nested list, the renamed path, a keyed write applied once, the new statuses", async () => {
    let applied = 0;
    const kit = testing.createMockApi({
      data: { listChatParticipants: { chat_9: 7, chat_8: [] } },
      handlers: {
        addChatParticipant: (request) => (applied++, { status: 201, body: { data: { ...ADDED, identifier: (request.body as { identifier: string }).identifier } } }),
        createChat: () => ({ status: 429, headers: { "retry-after": "0" }, body: { error: { code: "rate_limited", message: "slow down" } } }),
      },
    });
    const client = blooio.createBlooioClient({ apiKey: FAKE_KEY, baseUrl: kit.url, fetch: kit.fetch, ...FAST_RETRY });
    const ids = [];
    for await (const participant of client.chats.listParticipants({ chatId: "chat_9", limit: 3 })) ids.push(participant.identity_id);
    expect(ids).toEqual(kit.items("listChatParticipants", "chat_9").map((participant) => participant.identity_id));
    expect(ids).toHaveLength(7);
    expect(kit.requests.map((request) => request.params.chatId)).toEqual(["chat_9", "chat_9", "chat_9"]);
    expect((await client.chats.listParticipants({ chatId: "chat_8" })).data).toEqual([]);
    await expect(client.chats.listParticipants({ chatId: "chat_unknown" })).rejects.toBeInstanceOf(blooio.NotFoundError);
    const got = await client.chats.get({ chat_id: "chat_8f2k3m9q" }); // the spec's example, at the renamed path
    expect(got.data.id).toBe("chat_8f2k3m9q");
    expect(kit.requests.at(-1)).toMatchObject({ operationId: "getChat", params: { chat_id: "chat_8f2k3m9q" } });

    // A keyed write whose first answer is lost after the server applied it: retried once, with the same key, applied once.
    kit.fail("addChatParticipant", { status: 503, afterApply: true });
    const sent = await client.chats.addParticipant({ chatId: "chat_9", identifier: "+15557654321" }).withResponse();
    expect(sent.data).toEqual({ data: ADDED });
    expect(sent.response.headers.get("idempotent-replayed")).toBe("true");
    const writes = kit.requests.filter((request) => request.operationId === "addChatParticipant");
    expect(writes).toHaveLength(2);
    expect(writes[1]!.idempotencyKey).toBe(writes[0]!.idempotencyKey);
    expect(writes[1]!.body).toEqual({ identifier: "+15557654321" });
    expect(applied).toBe(1);

    // The same key with another body is refused (409, documented) and not retried.
    const reused = { idempotencyKey: writes[0]!.idempotencyKey };
    await expect(client.chats.addParticipant({ chatId: "chat_9", identifier: "+15550000000" }, reused)).rejects.toBeInstanceOf(blooio.ConflictError);
    expect(applied).toBe(1);

    // createChat's 429 is documented now: the kit's contract check takes it, and the unkeyed write is not re-sent.
    await expect(client.chats.create({ channel_id: "ch_1", to: "+15551234567" })).rejects.toBeInstanceOf(blooio.RateLimitError);
    expect(kit.requests.filter((request) => request.operationId === "createChat")).toHaveLength(1);
    kit.assertNoViolations();

    // And it holds requests to the new spec: the old recipient shape, sent past the client, is a violation.
    const refused = await kit.fetch(new Request(`${kit.url}/chats`, {
      method: "POST",
      headers: { authorization: `Bearer ${FAKE_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ channel_id: "ch_1", to: { identifier: "+1" } }),
    }));
    expect(refused.status).toBe(429); // the handler answers; `strict: true` would answer 400
    expect(kit.violations).toEqual([expect.objectContaining({ side: "request", operationId: "createChat", errors: ["body.to must be of type string"] })]);
  });

  it("pages through a chat's participants, the path parameter on every page's request", async () => {
    const client = await serve((request, response) => {
      const url = new URL(request.url!, "http://x");
      const at = Number(url.searchParams.get("cursor")?.slice(1) ?? 0);
      const data = [0, 1].map((i) => ({ identity_id: `cid_${at + i}`, identifier: `+1555000000${at + i}`, role: "member" }));
      const more = at < 4;
      sendJson(response, { data, has_more: more, next_cursor: more ? `c${at + 2}` : null });
    });
    const ids = [];
    for await (const participant of client.chats.listParticipants({ chatId: "chat_9", limit: 2 })) ids.push(participant.identity_id);
    expect(ids).toEqual(["cid_0", "cid_1", "cid_2", "cid_3", "cid_4", "cid_5"]);
    expect(server!.requests.map((request) => request.url)).toEqual([
      "/chats/chat_9/participants?limit=2",
      "/chats/chat_9/participants?limit=2&cursor=c2",
      "/chats/chat_9/participants?limit=2&cursor=c4",
    ]);
    const pages = [];
    for await (const page of client.chats.listParticipants({ chatId: "chat_9", cursor: "c2" }, { maxPages: 1 }).pages()) pages.push(page.data?.length);
    expect(pages).toEqual([2]);
    expect(server!.requests.at(-1)!.url).toBe("/chats/chat_9/participants?cursor=c2");
  });

  it("gives every new operation a CLI command, flags from its params, with no edit to the CLI", async () => {
    const { main } = await import(join(drill, "src/cli/main.ts"));
    const run = async (argv: string[]) => {
      const io = { out: "", err: "", stdout: { write: (t: string) => void (io.out += t) }, stderr: { write: (t: string) => void (io.err += t) }, env: {} };
      const code = await main(argv, io);
      return { code, stdout: io.out, stderr: io.err };
    };
    const help = await run(["--help"]);
    expect(help.stdout).toMatch(/^ {2}chats listParticipants +List a chat's participants$/m);
    expect(help.stdout).toMatch(/^ {2}chats addParticipant +Add a participant$/m);
    expect((await run(["chats", "get", "--help"])).stdout).toMatch(/^GET \/chats\/\{chat_id\} \(operationId getChat\)$/m);
    const createHelp = await run(["chats", "create", "--help"]);
    expect(createHelp.stdout).toMatch(/--channel-id STRING +required; The channel to hold the chat on/);
    expect(createHelp.stdout).toMatch(/--to STRING +required; The person to chat with: Their E\.164 phone number or email address\./);
    expect((await run(["chats", "addParticipant", "--help"])).stdout).toMatch(/--role STRING +member \| admin;/);

    await serve((request, response) => sendJson(response, request.method === "GET" ? { data: { id: "chat_1" } } : { data: ADDED }, request.method === "GET" ? 200 : 201));
    const added = await run([
      "chats", "addParticipant", "--base-url", server!.url, "--api-key", FAKE_KEY,
      "--chat-id", "chat_1", "--identifier", "+15557654321", "--role", "admin",
    ]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ data: ADDED });
    expect(server!.requests[0]!.url).toBe("/chats/chat_1/participants");
    expect(JSON.parse(server!.requests[0]!.body)).toEqual({ identifier: "+15557654321", role: "admin" });
    expect(server!.requests[0]!.headers["idempotency-key"]).toBeTruthy();
    const got = await run(["chats", "get", "--base-url", server!.url, "--api-key", FAKE_KEY, "--chat-id", "chat_1"]);
    expect(got.code).toBe(0);
    expect(server!.requests[1]!.url).toBe("/chats/chat_1");

    const bad = await run(["chats", "create", "--base-url", server!.url, "--api-key", FAKE_KEY, "--to", "+15551234567"]);
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toContain("blooio: --channel-id is required");
    const data = await run(["chats", "create", "--base-url", server!.url, "--api-key", FAKE_KEY, "--data", '{"channel_id":"ch_1","to":{"identifier":"+1"}}']);
    expect(data.code).toBe(2);
    expect(data.stderr).toContain("--to: body field to must be");
    expect(server!.requests).toHaveLength(2);
  });
});
