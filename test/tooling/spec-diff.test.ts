// `npm run spec:diff`: a table of spec mutations, each a small edit of openapi/v4.yaml or of a richer fixture, with
// every change it must report (kind, where, breaking) and nothing else; then the command line and its exit code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { compareSpecs, dereference, diffSpecs } from "../../scripts/spec-diff.js";
import { ROOT as root, runTsx } from "../support/processes.js";

const fixtures = join(root, "test/fixtures/spec-diff");
const scratch = mkdtempSync(join(tmpdir(), "blooio-spec-diff-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations reach anywhere into a parsed spec
type Spec = any;
const specs = { v4: join(root, "openapi/v4.yaml"), rich: join(fixtures, "rich.yaml") };
const load = (file: string): Spec => parse(readFileSync(file, "utf8"));
/** GET /chats' own `limit`: the shared parameter it refers to, copied in place (the same contract), so an edit reaches only it. */
const limit = (spec: Spec) => {
  const parameters = spec.paths["/chats"].get.parameters;
  const at = parameters.findIndex((p: Spec) => p.$ref === "#/components/parameters/LimitParam");
  if (at >= 0) parameters[at] = structuredClone(spec.components.parameters.LimitParam);
  return parameters.find((p: Spec) => p.name === "limit").schema;
};
const cursor = (spec: Spec) => {
  const parameters = spec.paths["/chats"].get.parameters;
  const at = parameters.findIndex((p: Spec) => p.$ref === "#/components/parameters/CursorParam");
  parameters[at] = structuredClone(spec.components.parameters.CursorParam);
  return parameters[at].schema;
};
const post = (spec: Spec) => spec.paths["/chats"].post;
/** Moves a path item to another path, its path parameters renamed after the new path's, in order. */
const renamePath = (spec: Spec, from: string, to: string) => {
  const item = spec.paths[from];
  delete spec.paths[from];
  spec.paths[to] = item;
  const names = [...to.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  item.parameters.filter((p: Spec) => p.in === "path").forEach((p: Spec, i: number) => (p.name = names[i]));
};
const schemas = (spec: Spec) => spec.components.schemas;

/** A change to the Chat schema, as reported at each of its three uses: the list's items, getChat and updateChat. */
const atEveryChat = (verdict: string, field: string) => [
  `${verdict}: GET /chats 200 data[].${field}`,
  `${verdict}: GET /chats/{chatId} 200 data.${field}`,
  `${verdict}: PATCH /chats/{chatId} 200 data.${field}`,
];

/** `BREAKING kind: where` or `ok kind: where`, one line per expected change. */
const verdicts = (changes: { kind: string; where: string; breaking: boolean }[]) =>
  changes.map((change) => `${change.breaking ? "BREAKING" : "ok"} ${change.kind}: ${change.where}`).sort();

const table: { name: string; spec: keyof typeof specs; mutate: (spec: Spec) => void; expected: string[] }[] = [
  { name: "limit maximum 200 -> 100", spec: "v4", mutate: (s) => (limit(s).maximum = 100), expected: ["BREAKING maximum lowered: GET /chats query limit"] },
  { name: "limit maximum 200 -> 500", spec: "v4", mutate: (s) => (limit(s).maximum = 500), expected: ["ok maximum raised: GET /chats query limit"] },
  { name: "limit minimum raised", spec: "v4", mutate: (s) => (limit(s).minimum = 10), expected: ["BREAKING minimum raised: GET /chats query limit"] },
  { name: "limit exclusiveMaximum added", spec: "v4", mutate: (s) => (limit(s).exclusiveMaximum = 150), expected: ["BREAKING exclusiveMaximum added: GET /chats query limit"] },
  { name: "limit default changed", spec: "v4", mutate: (s) => (limit(s).default = 20), expected: ["ok default changed: GET /chats query limit"] },
  { name: "new server URL", spec: "v4", mutate: (s) => s.servers.push({ url: "https://eu.api.blooio.com/v4" }), expected: ["ok server added: servers"] },
  { name: "server removed", spec: "v4", mutate: (s) => (s.servers = []), expected: ["BREAKING server removed: servers"] },
  { name: "server URL changed", spec: "v4", mutate: (s) => (s.servers[0].url = "https://api.blooio.com/v5"), expected: ["BREAKING server URL changed: servers"] },
  {
    name: "parameter made required",
    spec: "v4",
    mutate: (s) => (s.paths["/chats"].get.parameters.find((p: Spec) => p.name === "contact_id").required = true),
    expected: ["BREAKING parameter now required: GET /chats query contact_id"],
  },
  {
    name: "new optional parameter",
    spec: "v4",
    mutate: (s) => s.paths["/chats"].get.parameters.push({ name: "label", in: "query", schema: { type: "string" } }),
    expected: ["ok parameter added: GET /chats query label"],
  },
  {
    name: "new required header parameter",
    spec: "rich",
    mutate: (s) => post(s).parameters.push({ name: "X-Account", in: "header", required: true, schema: { type: "string" } }),
    expected: ["BREAKING parameter added: POST /chats header X-Account"],
  },
  { name: "pattern added", spec: "v4", mutate: (s) => (cursor(s).pattern = "^cur_"), expected: ["BREAKING pattern added: GET /chats query cursor"] },
  { name: "path parameter pattern removed", spec: "rich", mutate: (s) => delete s.paths["/chats/{chat_id}"].parameters[0].schema.pattern, expected: ["ok pattern removed: GET /chats/{chat_id} path chat_id"] },
  { name: "header maxLength lowered", spec: "rich", mutate: (s) => (post(s).parameters[0].schema.maxLength = 32), expected: ["BREAKING maxLength lowered: POST /chats header Idempotency-Key"] },
  { name: "body field maxLength lowered", spec: "rich", mutate: (s) => (schemas(s).NewChat.properties.text.maxLength = 500), expected: ["BREAKING maxLength lowered: POST /chats body text"] },
  {
    name: "body required field added",
    spec: "rich",
    mutate: (s) => {
      schemas(s).NewChat.properties.channel_id = { type: "string" };
      schemas(s).NewChat.required.push("channel_id");
    },
    expected: ["BREAKING request field added: POST /chats body channel_id"],
  },
  { name: "body optional field added", spec: "rich", mutate: (s) => (schemas(s).NewChat.properties.note = { type: "string" }), expected: ["ok request field added: POST /chats body note"] },
  { name: "body field removed", spec: "rich", mutate: (s) => delete schemas(s).NewChat.properties.text, expected: ["BREAKING request field removed: POST /chats body text"] },
  { name: "body field type changed", spec: "rich", mutate: (s) => (schemas(s).NewChat.properties.priority.type = "string"), expected: ["BREAKING type changed: POST /chats body priority"] },
  { name: "body field type widened", spec: "rich", mutate: (s) => (schemas(s).NewChat.properties.priority.type = "number"), expected: ["ok type changed: POST /chats body priority"] },
  { name: "body field made required", spec: "rich", mutate: (s) => schemas(s).NewChat.required.push("text"), expected: ["BREAKING request field now required: POST /chats body text"] },
  { name: "body bound lowered", spec: "rich", mutate: (s) => (schemas(s).NewChat.properties.priority.maximum = 3), expected: ["BREAKING maximum lowered: POST /chats body priority"] },
  { name: "body made optional", spec: "rich", mutate: (s) => (post(s).requestBody.required = false), expected: ["ok request body now optional: POST /chats body"] },
  { name: "body removed", spec: "rich", mutate: (s) => delete post(s).requestBody, expected: ["BREAKING request body removed: POST /chats body"] },
  {
    name: "body added",
    spec: "rich",
    mutate: (s) => (s.paths["/threads/{id}"].get.requestBody = { required: true, content: { "application/json": { schema: { type: "object" } } } }),
    expected: ["BREAKING request body added: GET /threads/{id} body"],
  },
  { name: "response field removed", spec: "v4", mutate: (s) => delete schemas(s).Chat.properties.group_id, expected: atEveryChat("BREAKING response field removed", "group_id") },
  { name: "response field added", spec: "v4", mutate: (s) => (schemas(s).Chat.properties.unread = { type: "integer" }), expected: atEveryChat("ok response field added", "unread") },
  { name: "response field made nullable", spec: "v4", mutate: (s) => (schemas(s).Chat.properties.created_at.type = ["integer", "null"]), expected: atEveryChat("BREAKING became nullable", "created_at") },
  { name: "response field no longer nullable", spec: "v4", mutate: (s) => (schemas(s).Chat.properties.group_id.type = "string"), expected: atEveryChat("ok no longer nullable", "group_id") },
  { name: "response field type widened", spec: "v4", mutate: (s) => (schemas(s).Chat.properties.created_at.type = ["integer", "string"]), expected: atEveryChat("BREAKING type changed", "created_at") },
  { name: "response field no longer required", spec: "rich", mutate: (s) => (schemas(s).Chat.required = ["to"]), expected: ["BREAKING response field now optional: POST /chats 201 id", "BREAKING response field now optional: GET /chats/{chat_id} 200 id"] },
  { name: "response enum value added", spec: "rich", mutate: (s) => schemas(s).Chat.properties.state.enum.push("archived"), expected: ["BREAKING enum value added: POST /chats 201 state", "BREAKING enum value added: GET /chats/{chat_id} 200 state"] },
  {
    // ChatState is used in a query parameter and in responses: one edit, a verdict at each use, in its direction.
    name: "request enum value removed",
    spec: "v4",
    mutate: (s) => (schemas(s).ChatState.enum = ["open", "closed", "blocked"]),
    expected: [
      "BREAKING enum value removed: GET /chats query state",
      ...atEveryChat("ok enum value removed", "state"),
      "ok enum value removed: POST /chats 200 state",
      "ok enum value removed: POST /chats 201 state",
    ],
  },
  {
    name: "a $ref'd schema change is reported at every use, each in its direction",
    spec: "rich",
    mutate: (s) => schemas(s).Recipient.properties.kind.enum.push("handle"),
    expected: ["ok enum value added: POST /chats body to.kind", "BREAKING enum value added: POST /chats 201 to.kind", "BREAKING enum value added: GET /chats/{chat_id} 200 to.kind"],
  },
  { name: "a $ref'd body field bound", spec: "rich", mutate: (s) => (schemas(s).Recipient.properties.identifier.minLength = 5), expected: ["BREAKING minLength raised: POST /chats body to.identifier", "ok minLength raised: POST /chats 201 to.identifier", "ok minLength raised: GET /chats/{chat_id} 200 to.identifier"] },
  {
    // The walk stops where the cycle closes (replies[] is a Message again): no loop, each use reported.
    name: "a field of a recursive schema",
    spec: "rich",
    mutate: (s) => delete schemas(s).Message.properties.text,
    expected: ["BREAKING response field removed: GET /threads/{id} 200 text", "BREAKING response field removed: GET /threads/{id} 200 replies[].text"],
  },
  { name: "status removed", spec: "v4", mutate: (s) => delete s.paths["/chats"].get.responses["200"], expected: ["BREAKING status removed: GET /chats 200"] },
  { name: "error status removed", spec: "rich", mutate: (s) => delete post(s).responses["400"], expected: ["ok status removed: POST /chats 400"] },
  { name: "status added", spec: "v4", mutate: (s) => (s.paths["/chats"].get.responses["429"] = { description: "slow down" }), expected: ["ok status added: GET /chats 429"] },
  { name: "required response header removed", spec: "rich", mutate: (s) => delete post(s).responses["201"].headers["X-Request-Id"], expected: ["BREAKING response header removed: POST /chats 201 header X-Request-Id"] },
  { name: "optional response header removed", spec: "rich", mutate: (s) => delete post(s).responses["201"].headers["X-RateLimit-Remaining"], expected: ["ok response header removed: POST /chats 201 header X-RateLimit-Remaining"] },
  { name: "response header type widened", spec: "rich", mutate: (s) => (post(s).responses["201"].headers["X-RateLimit-Remaining"].schema.type = "string"), expected: ["BREAKING type changed: POST /chats 201 header X-RateLimit-Remaining"] },
  { name: "operationId changed", spec: "v4", mutate: (s) => (s.paths["/chats"].get.operationId = "getChats"), expected: ["BREAKING operationId changed: GET /chats"] },
  { name: "operation removed", spec: "rich", mutate: (s) => delete s.paths["/threads/{id}"], expected: ["BREAKING operation removed: GET /threads/{id}"] },
  {
    // The endpoint is the same (oasdiff matches it across the rename too), but the name is the key of the params.
    name: "path parameter renamed",
    spec: "rich",
    mutate: (s) => renamePath(s, "/chats/{chat_id}", "/chats/{chatId}"),
    expected: ["BREAKING path parameter renamed: GET /chats/{chatId} path chatId"],
  },
  {
    name: "path parameter renamed, its pattern dropped",
    spec: "rich",
    mutate: (s) => {
      renamePath(s, "/chats/{chat_id}", "/chats/{chatId}");
      delete s.paths["/chats/{chatId}"].parameters[0].schema.pattern;
    },
    expected: ["BREAKING path parameter renamed: GET /chats/{chatId} path chatId", "ok pattern removed: GET /chats/{chatId} path chatId"],
  },
  {
    name: "path changed beyond a parameter's name",
    spec: "rich",
    mutate: (s) => renamePath(s, "/chats/{chat_id}", "/conversations/{chatId}"),
    expected: ["BREAKING operation removed: GET /chats/{chat_id}", "ok operation added: GET /conversations/{chatId}"],
  },
  { name: "operation added", spec: "rich", mutate: (s) => (s.paths["/chats/{chat_id}"].delete = { operationId: "deleteChat", responses: { "204": { description: "gone" } } }), expected: ["ok operation added: DELETE /chats/{chat_id}"] },
  {
    name: "security changed: another scheme required instead",
    spec: "v4",
    mutate: (s) => {
      s.components.securitySchemes.apiKey = { type: "apiKey", in: "header", name: "X-Api-Key" };
      s.security = [{ apiKey: [] }];
    },
    expected: ["BREAKING security requirement removed: security", "ok security requirement added: security", "ok security scheme added: securitySchemes apiKey"],
  },
  { name: "security scheme changed", spec: "v4", mutate: (s) => (s.components.securitySchemes.BearerApiKey.scheme = "basic"), expected: ["BREAKING security scheme changed: securitySchemes BearerApiKey"] },
  { name: "an operation made public", spec: "rich", mutate: (s) => (s.paths["/chats/{chat_id}"].get.security = []), expected: ["ok security requirement added: GET /chats/{chat_id}", "ok security requirement removed: GET /chats/{chat_id}"] },
  { name: "an operation's own security", spec: "rich", mutate: (s) => (s.paths["/chats/{chat_id}"].get.security = [{ bearerAuth: [] }, {}]), expected: ["ok security requirement added: GET /chats/{chat_id}"] },
];

// Each spec's unchanged side, dereferenced once (the slow part: the whole spec, every $ref followed) and copied per row.
const unchanged = new Map<string, ReturnType<typeof dereference>>();
const dereferencedOnce = (spec: keyof typeof specs) => {
  if (!unchanged.has(spec)) unchanged.set(spec, dereference(load(specs[spec]), specs[spec]));
  return unchanged.get(spec)!.then((node) => structuredClone(node));
};

describe("spec diff: each mutation and its verdict", () => {
  it.each(table)("$name", async ({ spec, mutate, expected }) => {
    const after = load(specs[spec]);
    mutate(after);
    expect(verdicts(compareSpecs(await dereferencedOnce(spec), await dereference(after, specs[spec])))).toEqual([...expected].sort());
  });

  it("reports nothing for a spec against itself, and nothing for a $ref swapped for its target", async () => {
    expect(await diffSpecs(load(specs.v4), load(specs.v4))).toEqual([]);
    const inlined = load(specs.v4);
    inlined.paths["/chats"].get.parameters.find((p: Spec) => p.name === "state").schema = structuredClone(schemas(inlined).ChatState);
    expect(await diffSpecs(load(specs.v4), inlined)).toEqual([]);
  });

  it("reports every kind between two hand-written fixtures, with details", async () => {
    const changes = await diffSpecs(load(join(fixtures, "old.yaml")), load(join(fixtures, "new.yaml")));
    const lines = changes.map((c) => `${c.breaking ? "BREAKING" : "ok"} ${c.kind}: ${c.where}${c.detail ? ` ${c.detail}` : ""}`);
    expect(lines).toContain("BREAKING operation removed: DELETE /chats/{id}");
    expect(lines).toContain("ok operation added: GET /messages");
    expect(lines).toContain('BREAKING enum value removed: GET /chats query state "deprecated"');
    expect(lines).toContain("ok type changed: GET /chats query limit integer -> integer | string");
    expect(lines).toContain("BREAKING became nullable: GET /chats 200 data[].created_at");
    // The parts of a removed field, or of a removed or added operation, are not listed one by one.
    expect(lines.filter((line) => line.includes("legacy"))).toEqual(["BREAKING response field removed: GET /chats 200 data[].legacy"]);
    expect(lines.filter((line) => line.includes("/chats/{id}") || line.includes("/messages"))).toHaveLength(2);
    expect(changes).toHaveLength(15);
  });
});

describe("npm run spec:diff", () => {
  const run = (...args: string[]) => runTsx("scripts/spec-diff.ts", args, { timeoutMs: 90_000 });
  const mutated = (name: string, mutate: (spec: Spec) => void) => {
    const spec = load(specs.v4);
    mutate(spec);
    const file = join(scratch, `${name}.yaml`);
    writeFileSync(file, stringify(spec));
    return file;
  };

  it("prints each change and a summary, and --fail-on-breaking exits 1 exactly when one is breaking", async () => {
    const lowered = mutated("lowered", (s) => (limit(s).maximum = 100));
    const result = await run("--fail-on-breaking", specs.v4, lowered);
    expect(result.stdout).toMatch(/^ {2}BREAKING +maximum lowered +GET \/chats query limit: 200 -> 100 +\(values apps send today may be refused\)$/m);
    expect(result.stdout).toMatch(/^1 breaking, 0 non-breaking$/m);
    expect(result.code).toBe(1);
    expect((await run("--fail-on-breaking", specs.v4, mutated("renamed", (s) => (s.paths["/chats"].get.operationId = "getChats")))).code).toBe(1);

    const widened = mutated("widened", (s) => {
      limit(s).maximum = 500;
      s.servers.push({ url: "https://eu.api.blooio.com/v4" });
    });
    const fine = await run("--fail-on-breaking", specs.v4, widened);
    expect(fine.stdout).toMatch(/^0 breaking, 2 non-breaking$/m);
    expect(fine.code).toBe(0);
    // Without the flag, a breaking change is reported but the exit code stays 0.
    expect((await run(specs.v4, lowered)).code).toBe(0);
  }, 90_000);

  it("reads JSON as well as YAML: old.json is old.yaml as JSON, and reports the same changes", async () => {
    const lines = (stdout: string) => stdout.split("\n").slice(1); // the first line names the files
    const [fromYaml, fromJson] = await Promise.all([run(join(fixtures, "old.yaml"), join(fixtures, "new.yaml")), run(join(fixtures, "old.json"), join(fixtures, "new.yaml"))]);
    expect(fromJson.stderr).toBe("");
    expect(fromJson.stdout).toContain("old.json (1.0.0)");
    expect(lines(fromJson.stdout)).toEqual(lines(fromYaml.stdout));
    expect(fromJson.stdout).toMatch(/^8 breaking, 7 non-breaking$/m);
  }, 30_000);

  it("compares the committed spec with the working copy by default", async () => {
    const committed = await run();
    expect(committed.stderr).toBe("");
    expect(committed.stdout).toContain("HEAD:openapi/v4.yaml");
    expect(committed.code).toBe(0);
  }, 30_000);
});

describe("spec diff: webhook events", () => {
  it("reports an event type added as non-breaking and one removed as breaking", async () => {
    const before = load(specs.v4);
    const after = structuredClone(before);
    after.webhooks["message.edited"] = structuredClone(after.webhooks["message.received"]);
    delete after.webhooks["typing.stopped"];
    expect(verdicts(await diffSpecs(before, after))).toEqual(["BREAKING webhook event removed: webhooks typing.stopped", "ok webhook event added: webhooks message.edited"]);
  });
});
