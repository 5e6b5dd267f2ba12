// The package as an app gets it: `npm pack`, install the tarball into a project outside the repo, then type-check
// and run consumers that `import` and `require` it, and run its `blooio` bin.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_VERSION, SPEC_VERSION } from "../../src/index.js";
import { chat, FAKE_KEY } from "../support/data.js";
import { sendJson, startServer, type TestServer } from "../support/http-server.js";
import { ROOT as root, run as runIn } from "../support/processes.js";

const tsc = join(root, "node_modules/typescript/bin/tsc");
let scratch: string;
let tarballPath: string;
let app: string;
let server: TestServer;
let baseUrl: string;

// Two pages of chats, then the end: enough for listAll to follow a cursor. Any key but FAKE_KEY gets a 401.
async function startUpstream(): Promise<void> {
  server = await startServer((request, response) => {
    if (request.headers.authorization !== `Bearer ${FAKE_KEY}`) return sendJson(response, { error: "bad key" }, 401);
    const cursor = new URL(request.url!, "http://x").searchParams.get("cursor");
    sendJson(response, cursor ? { data: [chat(2)], has_more: false, next_cursor: null } : { data: [chat(1)], has_more: true, next_cursor: "cur_2" });
  });
  baseUrl = server.url;
}

/** Runs a command in the app without blocking this process: the upstream server answers from it. */
const run = (file: string, args: string[], env: Record<string, string> = {}) => runIn(file, args, { cwd: app, env });

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }),
  "tsconfig.json": JSON.stringify({
    compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2023", "dom"], strict: true, noEmit: true, types: [], skipLibCheck: false },
    include: ["*.mts", "*.cts"],
  }),
  // Type-checked only: both module systems see the same types.
  "app.mts": `
import { createBlooioClient, SPEC_VERSION, type Chat } from "blooio-v4";
import type { components, paths } from "blooio-v4/types";
import { startMockServer, type MockServer } from "blooio-v4/testing";
import { isKnownWebhookEvent, verifyWebhook, type MessageReceivedEvent, type WebhookEvent } from "blooio-v4/webhooks";
export async function onWebhook(body: Uint8Array, headers: Record<string, string | string[] | undefined>): Promise<string> {
  const event: WebhookEvent = await verifyWebhook(body, headers, { secret: ["a", "b"], toleranceSec: false });
  if (isKnownWebhookEvent(event) && event.type === "message.received") return (event satisfies MessageReceivedEvent).id;
  return event.type;
}
type ListQuery = NonNullable<paths["/chats"]["get"]["parameters"]["query"]>;
const query: ListQuery = { state: "open", limit: 10 };
const state: components["schemas"]["ChatState"] = "closed";
export async function ids(): Promise<string[]> {
  const client = createBlooioClient({ apiKey: "k" });
  const out: string[] = [];
  for await (const chat of client.chats.listAll(query)) out.push((chat satisfies Chat).id ?? "");
  const mock: MockServer = await startMockServer({ port: 0 });
  await mock.close();
  return [...out, state, SPEC_VERSION];
}
// @ts-expect-error: the spec has no such state
const wrong: components["schemas"]["ChatState"] = "archived";
`,
  "app.cts": `
import { createBlooioClient, type Chat } from "blooio-v4";
import type { paths } from "blooio-v4/types";
import { verifyWebhookRequest, WebhookVerificationError, type WebhookEvent } from "blooio-v4/webhooks";
export async function onRequest(request: Request): Promise<WebhookEvent | string> {
  return verifyWebhookRequest(request).catch((error: unknown) => (error instanceof WebhookVerificationError ? error.code : "?"));
}
type Page = paths["/chats"]["get"]["responses"][200]["content"]["application/json"];
export async function first(): Promise<Chat[] | undefined> {
  const page: Page = await createBlooioClient({ apiKey: "k" }).chats.list({ type: "whatsapp" });
  return page.data;
}
`,
  "esm.mjs": `
import { createBlooioClient, SPEC_VERSION } from "blooio-v4";
import * as types from "blooio-v4/types";
import * as testing from "blooio-v4/testing";
import * as blooio from "blooio-v4";
import { createSignedDelivery, verifyWebhook } from "blooio-v4/webhooks";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
const client = createBlooioClient({ baseUrl: process.env.UPSTREAM });
const ids = [];
for await (const chat of client.chats.listAll()) ids.push(chat.id);
const spec = fileURLToPath(import.meta.resolve("blooio-v4/openapi.yaml"));
let prism = "";
try { await testing.startMockServer(); } catch (error) { prism = error.message; }
const delivery = await createSignedDelivery("message.received", { secret: "whsec_pack" });
const webhook = (await verifyWebhook(delivery.body, delivery.headers, { secret: "whsec_pack" })).type;
const tampered = await verifyWebhook(delivery.body + " ", delivery.headers, { secret: "whsec_pack" }).catch((error) => error.code);
const sameFunction = blooio.verifyWebhook === verifyWebhook;
console.log(JSON.stringify({ ids, SPEC_VERSION, typesExports: Object.keys(types), spec: existsSync(spec), specPath: existsSync(testing.SPEC_PATH), prism, webhook, tampered, sameFunction }));
`,
  "cjs.cjs": `
const { createBlooioClient, SPEC_VERSION, AuthenticationError } = require("blooio-v4");
const types = require("blooio-v4/types");
const { startMockServer, SPEC_PATH } = require("blooio-v4/testing");
const webhooks = require("blooio-v4/webhooks");
const { existsSync } = require("node:fs");
(async () => {
  // validateResponses loads the generated response validators lazily: that path must work from require too.
  const client = createBlooioClient({ baseUrl: process.env.UPSTREAM, validateResponses: true });
  const ids = [];
  for await (const chat of client.chats.listAll()) ids.push(chat.id);
  const bad = await createBlooioClient({ baseUrl: process.env.UPSTREAM, apiKey: "wrong" }).chats.list().catch((e) => e);
  let mocked;
  if (process.env.WITH_PRISM) {
    const mock = await startMockServer();
    try { mocked = (await createBlooioClient({ baseUrl: mock.url }).chats.list()).data.map((c) => c.id); } finally { await mock.close(); }
  }
  const delivery = await webhooks.createSignedDelivery("poll.voted", { secret: "whsec_pack" });
  const request = new Request("http://127.0.0.1/hook", { method: "POST", body: delivery.body, headers: delivery.headers });
  const webhook = (await webhooks.verifyWebhookRequest(request, { secret: "whsec_pack" })).type;
  const wrong = await webhooks.verifyWebhook(delivery.body, delivery.headers, { secret: "whsec_other" }).catch((e) => e instanceof webhooks.WebhookVerificationError && e.code);
  console.log(JSON.stringify({ ids, SPEC_VERSION, typesExports: Object.keys(types), spec: existsSync(require.resolve("blooio-v4/openapi.yaml")), specPath: existsSync(SPEC_PATH), authError: bad instanceof AuthenticationError, mocked, webhook, wrong }));
})();
`,
};

beforeAll(async () => {
  await startUpstream();
  scratch = mkdtempSync(join(tmpdir(), "blooio-pack-"));
  app = join(scratch, "app");
  mkdirSync(app);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(app, name), text);
  // prepack builds dist/ first. The only dependency, openapi-fetch, comes from npm's cache when it is there.
  const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", scratch], { cwd: root, encoding: "utf8" }).trim().split("\n").pop()!;
  tarballPath = join(scratch, tarball);
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarballPath], { cwd: app, stdio: "pipe" });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the packed package, installed in an app", () => {
  it("ships dist, the spec and the sources, installs with openapi-fetch as its only dependency and not Prism", () => {
    const installed = join(app, "node_modules/blooio-v4");
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    const targets = (entry: unknown): string[] =>
      typeof entry === "string" ? [entry] : Object.values(entry as Record<string, unknown>).flatMap(targets);
    for (const target of [...targets(pkg.exports), pkg.main, pkg.types, pkg.bin.blooio]) {
      expect(readFileSync(join(installed, target), "utf8").length, target).toBeGreaterThan(0);
    }
    expect(Object.keys(pkg.dependencies)).toEqual(["openapi-fetch"]);
    expect(pkg.peerDependenciesMeta["@stoplight/prism-cli"].optional).toBe(true);
    expect(() => readFileSync(join(app, "node_modules/@stoplight/prism-cli/package.json"))).toThrow();
    // blooio-v4/types is types only: its JavaScript loads nothing.
    expect(readFileSync(join(installed, "dist/types.js"), "utf8")).not.toMatch(/\bimport\b|\brequire\(/);
    expect(readFileSync(join(installed, "dist/types.cjs"), "utf8")).not.toMatch(/\brequire\(/);
  });

  it("passes publint (strict) and Are the Types Wrong (node10, node16 CJS and ESM, bundler)", async () => {
    const bin = (name: string) => join(root, "node_modules/.bin", name);
    const [publint, attw] = await Promise.all([
      run(bin("publint"), ["run", tarballPath, "--strict"]),
      // openapi.yaml is a data file, not a module: there are no types to resolve for it.
      run(bin("attw"), [tarballPath, "--exclude-entrypoints", "openapi.yaml", "--format", "table-flipped"]),
    ]);
    expect(publint.stdout + publint.stderr).toContain("All good!");
    expect(publint.code).toBe(0);
    expect(attw.stdout).toContain("No problems found");
    expect(attw.code).toBe(0);
  });

  it("type-checks an app that imports paths and calls client.chats.listAll, as ESM and as CommonJS", async () => {
    const result = await run(process.execPath, [tsc, "-p", "."]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("runs from import: lists every page, ships the spec, says what to install for the mock, verifies a webhook", async () => {
    const result = await run(process.execPath, ["esm.mjs"], { UPSTREAM: baseUrl, BLOOIO_API_KEY: FAKE_KEY });
    expect(result.stderr).toBe("");
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ ids: ["chat_1", "chat_2"], SPEC_VERSION, typesExports: [], spec: true, specPath: true });
    expect(out).toMatchObject({ webhook: "message.received", tampered: "signature_mismatch", sameFunction: true });
    expect(out.prism).toContain("npm install --save-dev @stoplight/prism-cli");
    expect(server.requests.at(-1)!.headers["user-agent"]).toContain(`blooio-v4/${PACKAGE_VERSION} (spec ${SPEC_VERSION}`);
  });

  it("runs from require, including the testing entry's Prism mock once Prism is installed, and verifies a webhook", async () => {
    symlinkSync(join(root, "node_modules/@stoplight"), join(app, "node_modules/@stoplight"), "dir");
    try {
      const result = await run(process.execPath, ["cjs.cjs"], { UPSTREAM: baseUrl, BLOOIO_API_KEY: FAKE_KEY, WITH_PRISM: "1" });
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout)).toEqual({
        ids: ["chat_1", "chat_2"],
        SPEC_VERSION,
        typesExports: [],
        spec: true,
        specPath: true,
        authError: true,
        mocked: ["chat_a1b2c3d4", "chat_e5f6a7b8"],
        webhook: "poll.voted",
        wrong: "signature_mismatch",
      });
    } finally {
      rmSync(join(app, "node_modules/@stoplight"));
    }
  });

  it("has a working `blooio` bin: --help, --version, a listing, and --mock paging the kit's account without Prism", async () => {
    const help = await run("npx", ["--offline", "blooio", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: blooio RESOURCE METHOD");
    expect(help.stdout).toMatch(/^ {2}chats list +List chats$/m);
    const version = await run("npx", ["--offline", "blooio", "--version"]);
    expect(version.stdout.trim()).toBe(`blooio-v4 ${PACKAGE_VERSION} (spec ${SPEC_VERSION})`);
    const list = await run("npx", ["--offline", "blooio", "chats", "list", "--all", "--format", "ndjson", "--base-url", baseUrl], { BLOOIO_API_KEY: FAKE_KEY });
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split("\n").map((line) => JSON.parse(line).id)).toEqual(["chat_1", "chat_2"]);
    const mock = await run("npx", ["--offline", "blooio", "chats", "list", "--mock", "--all", "--format", "ndjson"]);
    expect(mock.stderr).toBe("");
    expect(mock.code).toBe(0);
    expect(new Set(mock.stdout.trim().split("\n").map((line) => JSON.parse(line).id)).size).toBe(250);
  });
});
