// `npm run spec:drift`: a fixture pair equal in contract terms (vendor.json, ours.yaml) and a table of mutations,
// each applied to one side, with every line it must print under its heading and nothing else; then what is not a
// difference, the planned operations, bad input, and the real command once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { run } from "../../scripts/spec-drift.js";
import { runTsx } from "../support/processes.js";

const root = join(import.meta.dirname, "../..");
const fixtures = join(root, "test/fixtures/spec-drift");
const files = { vendor: join(fixtures, "vendor.json"), ours: join(fixtures, "ours.yaml") };
const scratch = mkdtempSync(join(tmpdir(), "blooio-spec-drift-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations reach anywhere into a parsed spec
type Spec = any;
const load = (file: string): Spec => parse(readFileSync(file, "utf8"));

let written = 0;
/** Writes a spec where the command can read it: the vendor's side as JSON, ours as YAML, as in real use. */
function write(side: "vendor" | "ours", spec: Spec): string {
  const file = join(scratch, `${side}-${++written}.${side === "vendor" ? "json" : "yaml"}`);
  writeFileSync(file, side === "vendor" ? JSON.stringify(spec, null, 2) : stringify(spec));
  return file;
}

/** Runs the command in this process: what it printed and its exit code. */
async function drift(vendor = files.vendor, ours = files.ours) {
  let [stdout, stderr] = ["", ""];
  const code = await run([vendor, "--spec", ours], (text) => (stdout += text), (text) => (stderr += text));
  return { code, stdout, stderr };
}

/** Each printed difference as `heading | line`: the heading it sits under, then its line without the indent. */
function reported(stdout: string): string[] {
  const lines: string[] = [];
  let heading = "";
  for (const line of stdout.split("\n")) {
    if (line.startsWith("  ")) lines.push(`${heading} | ${line.trim()}`);
    else heading = line;
  }
  return lines;
}

const mutated = async (side: "vendor" | "ours", mutate: (spec: Spec) => void) => {
  const spec = load(files[side]);
  mutate(spec);
  const file = write(side, spec);
  return side === "vendor" ? drift(file, files.ours) : drift(files.vendor, file);
};

const ours = {
  schemas: (s: Spec) => s.components.schemas,
  createBoard: (s: Spec) => s.paths["/boards"].post,
};

const table: { name: string; side: "vendor" | "ours"; mutate: (spec: Spec) => void; expected: string[] }[] = [
  {
    name: "operation removed",
    side: "ours",
    mutate: (s) => delete s.paths["/boards/{boardId}"].delete,
    expected: ["DELETE /boards/{boardId} (removeBoard) | operation: missing in ours"],
  },
  {
    name: "operation added",
    side: "ours",
    mutate: (s) => (s.paths["/boards/{boardId}"].patch = { operationId: "renameBoard", responses: { "200": { description: "Renamed" } } }),
    expected: ["PATCH /boards/{boardId} (renameBoard) | operation: only in ours"],
  },
  {
    name: "operationId changed",
    side: "ours",
    mutate: (s) => (s.paths["/boards/{boardId}"].get.operationId = "fetchBoard"),
    expected: ['GET /boards/{boardId} (getBoard) | operationId: vendor "getBoard", ours "fetchBoard"'],
  },
  {
    name: "path parameter renamed",
    side: "ours",
    mutate: (s) => {
      s.paths["/boards/{board}"] = s.paths["/boards/{boardId}"];
      delete s.paths["/boards/{boardId}"];
      s.components.parameters.BoardId.name = "board";
    },
    expected: [
      'GET /boards/{boardId} (getBoard) | path: vendor "/boards/{boardId}", ours "/boards/{board}"',
      "GET /boards/{boardId} (getBoard) | parameter path boardId: missing in ours",
      "GET /boards/{boardId} (getBoard) | parameter path board: only in ours",
      'DELETE /boards/{boardId} (removeBoard) | path: vendor "/boards/{boardId}", ours "/boards/{board}"',
      "DELETE /boards/{boardId} (removeBoard) | parameter path boardId: missing in ours",
      "DELETE /boards/{boardId} (removeBoard) | parameter path board: only in ours",
      "POST /boards/{boardId}/notes (pinNote) | parameter path boardId: missing in ours",
      "POST /boards/{boardId}/notes (pinNote) | parameter path board: only in ours",
    ],
  },
  {
    name: "tag changed",
    side: "ours",
    mutate: (s) => (s.paths["/status"].get.tags = ["Health"]),
    expected: ['GET /status (getStatus) | tags: "Status" missing in ours', 'GET /status (getStatus) | tags: "Health" only in ours'],
  },
  {
    name: "deprecated dropped",
    side: "ours",
    mutate: (s) => delete s.paths["/boards/{boardId}"].delete.deprecated,
    expected: ["DELETE /boards/{boardId} (removeBoard) | deprecated: vendor true, ours false"],
  },
  {
    name: "parameter required flipped",
    side: "ours",
    mutate: (s) => (s.paths["/boards"].get.parameters[0].required = true),
    expected: ["GET /boards (listBoards) | parameter query after: required: vendor false, ours true"],
  },
  {
    name: "parameter removed",
    side: "ours",
    mutate: (s) => ours.createBoard(s).parameters.pop(),
    expected: ["POST /boards (createBoard) | parameter header Idempotency-Key: missing in ours"],
  },
  {
    name: "bound changed",
    side: "ours",
    mutate: (s) => (s.components.parameters.Size.schema.maximum = 50),
    expected: ["GET /boards (listBoards) | parameter query size: schema.maximum: vendor 100, ours 50"],
  },
  {
    name: "default changed",
    side: "ours",
    mutate: (s) => (s.components.parameters.Size.schema.default = 20),
    expected: ["GET /boards (listBoards) | parameter query size: schema.default: vendor 25, ours 20"],
  },
  {
    // One named schema, five places that use it: each is its own difference.
    name: "enum value added",
    side: "ours",
    mutate: (s) => ours.schemas(s).Visibility.enum.push("archived"),
    expected: [
      'GET /boards (listBoards) | parameter query visibility: schema.enum: "archived" only in ours',
      'GET /boards (listBoards) | response 200 application/json: properties.items.items.properties.visibility.enum: "archived" only in ours',
      'POST /boards (createBoard) | request body application/json: properties.visibility.enum: "archived" only in ours',
      'POST /boards (createBoard) | response 201 application/json: properties.data.properties.visibility.enum: "archived" only in ours',
      'GET /boards/{boardId} (getBoard) | response 200 application/json: properties.data.properties.visibility.enum: "archived" only in ours',
    ],
  },
  {
    name: "response status added",
    side: "ours",
    mutate: (s) => (ours.createBoard(s).responses["409"] = { description: "Same key, other body" }),
    expected: ["POST /boards (createBoard) | response 409: only in ours"],
  },
  {
    name: "response status removed",
    side: "ours",
    mutate: (s) => delete s.paths["/boards/{boardId}"].get.responses["404"],
    expected: ["GET /boards/{boardId} (getBoard) | response 404: missing in ours"],
  },
  {
    name: "response status the vendor added",
    side: "vendor",
    mutate: (s) => (s.paths["/status"].get.responses["503"] = { description: "Down" }),
    expected: ["GET /status (getStatus) | response 503: missing in ours"],
  },
  {
    name: "media type changed",
    side: "ours",
    mutate: (s) => {
      const content = s.paths["/boards/{boardId}/notes"].post.requestBody.content;
      content["application/x-www-form-urlencoded"] = content["multipart/form-data"];
      delete content["multipart/form-data"];
    },
    expected: [
      "POST /boards/{boardId}/notes (pinNote) | request body multipart/form-data: missing in ours",
      "POST /boards/{boardId}/notes (pinNote) | request body application/x-www-form-urlencoded: only in ours",
    ],
  },
  {
    name: "request body required flipped",
    side: "ours",
    mutate: (s) => (ours.createBoard(s).requestBody.required = false),
    expected: ["POST /boards (createBoard) | request body: required: vendor true, ours false"],
  },
  {
    // The vendor names Contact and reaches it through Person; ours inlines it: changed there, seen at every use.
    name: "nested property type changed through a $ref",
    side: "vendor",
    mutate: (s) => (s.components.schemas.Contact.properties.email.type = "integer"),
    expected: [
      "GET /boards (listBoards) | response 200 application/json: properties.items.items.properties.owner.properties.contact.properties.email.type: vendor integer, ours string",
      "POST /boards (createBoard) | request body application/json: properties.owner.properties.contact.properties.email.type: vendor integer, ours string",
      "POST /boards (createBoard) | response 201 application/json: properties.data.properties.owner.properties.contact.properties.email.type: vendor integer, ours string",
      "GET /boards/{boardId} (getBoard) | response 200 application/json: properties.data.properties.owner.properties.contact.properties.email.type: vendor integer, ours string",
    ],
  },
  {
    name: "nullable dropped",
    side: "ours",
    mutate: (s) => (ours.schemas(s).BoardPage.properties.after.type = "string"),
    expected: ["GET /boards (listBoards) | response 200 application/json: properties.after.type: vendor string | null, ours string"],
  },
  {
    name: "required property no longer required",
    side: "ours",
    mutate: (s) => (ours.schemas(s).TextBody.required = ["kind"]),
    expected: [
      'POST /boards/{boardId}/notes (pinNote) | request body application/json: properties.body.oneOf[0].required: "text" missing in ours',
      'POST /boards/{boardId}/notes (pinNote) | response 201 application/json: properties.body.oneOf[0].required: "text" missing in ours',
      // Note is recursive: its replies are Notes again, compared once and no further.
      'POST /boards/{boardId}/notes (pinNote) | response 201 application/json: properties.replies.items.properties.body.oneOf[0].required: "text" missing in ours',
    ],
  },
  {
    name: "a oneOf branch's bound dropped",
    side: "ours",
    mutate: (s) => delete ours.schemas(s).LinkBody.properties.labels.minItems,
    expected: [
      "POST /boards/{boardId}/notes (pinNote) | request body application/json: properties.body.oneOf[1].properties.labels.minItems: vendor 1, ours (none)",
      "POST /boards/{boardId}/notes (pinNote) | response 201 application/json: properties.body.oneOf[1].properties.labels.minItems: vendor 1, ours (none)",
      "POST /boards/{boardId}/notes (pinNote) | response 201 application/json: properties.replies.items.properties.body.oneOf[1].properties.labels.minItems: vendor 1, ours (none)",
    ],
  },
  {
    name: "oneOf branches in another order",
    side: "ours",
    mutate: (s) => ours.schemas(s).NoteBody.oneOf.reverse(),
    expected: [
      "POST /boards/{boardId}/notes (pinNote) | request body application/json: properties.body.oneOf: same branches in another order: vendor 0,1 are ours 1,0",
      "POST /boards/{boardId}/notes (pinNote) | response 201 application/json: properties.body.oneOf: same branches in another order: vendor 0,1 are ours 1,0",
      "POST /boards/{boardId}/notes (pinNote) | response 201 application/json: properties.replies.items.properties.body.oneOf: same branches in another order: vendor 0,1 are ours 1,0",
    ],
  },
  {
    name: "discriminator maps a value to another branch",
    side: "ours",
    mutate: (s) => (ours.schemas(s).NoteBody.discriminator.mapping.text = "#/components/schemas/LinkBody"),
    expected: [
      "POST /boards/{boardId}/notes (pinNote) | request body application/json: properties.body.discriminator.mapping.text: vendor oneOf[0], ours oneOf[1]",
      "POST /boards/{boardId}/notes (pinNote) | response 201 application/json: properties.body.discriminator.mapping.text: vendor oneOf[0], ours oneOf[1]",
      "POST /boards/{boardId}/notes (pinNote) | response 201 application/json: properties.replies.items.properties.body.discriminator.mapping.text: vendor oneOf[0], ours oneOf[1]",
    ],
  },
  {
    name: "webhook event type missing",
    side: "ours",
    mutate: (s) => delete s.webhooks["note.unpinned"],
    expected: ['webhooks | event type: "note.unpinned" missing in ours'],
  },
  {
    name: "webhook event type the vendor does not list",
    side: "ours",
    mutate: (s) => (s.webhooks["board.removed"] = s.webhooks["board.created"]),
    expected: ['webhooks | event type: "board.removed" only in ours'],
  },
  {
    name: "no webhooks at all while the vendor lists event types",
    side: "ours",
    mutate: (s) => delete s.webhooks,
    expected: ["webhooks | webhooks: missing in ours (vendor lists 3 event types)"],
  },
  {
    // listBoards states the requirement itself in ours, so it is compared there too.
    name: "security scheme changed",
    side: "ours",
    mutate: (s) => (s.components.securitySchemes.bearer = { type: "apiKey", in: "header", name: "X-Board-Key" }),
    expected: [
      'document | security requirement: "http bearer" missing in ours',
      'document | security requirement: "apiKey header x-board-key" only in ours',
      'GET /boards (listBoards) | security requirement: "http bearer" missing in ours',
      'GET /boards (listBoards) | security requirement: "apiKey header x-board-key" only in ours',
    ],
  },
  {
    name: "an operation made public",
    side: "ours",
    mutate: (s) => (s.paths["/boards/{boardId}"].get.security = []),
    expected: [
      'GET /boards/{boardId} (getBoard) | security requirement: "http bearer" missing in ours',
      'GET /boards/{boardId} (getBoard) | security requirement: "no authentication" only in ours',
    ],
  },
  {
    name: "server URL changed",
    side: "ours",
    mutate: (s) => (s.servers[0].url = "https://boards.example.test/v3"),
    expected: ['document | servers: vendor "https://boards.example.test/v2", ours "https://boards.example.test/v3"'],
  },
  {
    name: "info.version changed",
    side: "ours",
    mutate: (s) => (s.info.version = "2.2.0"),
    expected: ['document | info.version: vendor "2.1.0", ours "2.2.0"'],
  },
  {
    // A planned operation ours does describe is compared like any other.
    name: "a planned operation described differently",
    side: "ours",
    mutate: (s) =>
      (s.paths["/boards/{boardId}/exports"] = {
        get: { operationId: "listExports", tags: ["Boards"], parameters: [{ $ref: "#/components/parameters/BoardId" }], responses: { "200": { description: "Exports" } } },
      }),
    expected: ["GET /boards/{boardId}/exports (listExports) | response 501: missing in ours", "GET /boards/{boardId}/exports (listExports) | response 200: only in ours"],
  },
];

describe("spec drift: each mutation, where it is reported, and nothing else", () => {
  it.each(table)("$name", async ({ side, mutate, expected }) => {
    const { code, stdout, stderr } = await mutated(side, mutate);
    expect(stderr).toBe("");
    expect(reported(stdout)).toEqual(expected);
    const sections = new Set(expected.map((line) => line.split(" | ")[0])).size;
    const count = `${expected.length} difference${expected.length === 1 ? "" : "s"} in ${sections} section${sections === 1 ? "" : "s"}`;
    expect(stdout).toMatch(new RegExp(`^Total: ${count} \\(\\d+ operations? compared\\)$`, "m"));
    expect(code).toBe(1);
  });
});

describe("spec drift: what is not a difference", () => {
  it("reports none for the pair, notes the planned operation ours leaves out, and exits 0", async () => {
    const { code, stdout } = await drift();
    expect(reported(stdout)).toEqual([]);
    expect(stdout).toMatch(/^1 planned operation left out: listExports$/m);
    expect(stdout).toMatch(/^Total: no differences \(6 operations compared\)$/m);
    expect(code).toBe(0);
  });

  it("ignores prose, examples, titles, x- keys and tag descriptions on either side", async () => {
    const vendor = load(files.vendor);
    vendor.info.title = "Renamed";
    vendor.info.description = "Rewritten from scratch.";
    vendor.tags[0].description = "Other words";
    vendor.paths["/boards"].get.summary = "Another summary";
    vendor.paths["/boards"].get.description = "Now with a description";
    vendor.paths["/boards"].get["x-vendor-rank"] = 3;
    vendor.components.schemas.Board.properties.name.description = "The board's name";
    vendor.components.schemas.Board.properties.name.examples = ["Hallway"];
    vendor.components.schemas.Board["x-internal"] = true;
    vendor.components.parameters.PageSize.description = "Page length";
    vendor.externalDocs = { url: "https://docs.example.test" };
    const ourSpec = load(files.ours);
    ourSpec.components.schemas.Note.title = "A note";
    ourSpec.components.schemas.Note.properties.id.example = "note_1";
    ourSpec.paths["/boards"].post.requestBody.description = "What the board is called";
    ourSpec.paths["/boards"].post.responses["201"].description = "Made";
    ourSpec.paths["/boards"].post["x-blooio-resource"] = "boards";
    const { code, stdout } = await drift(write("vendor", vendor), write("ours", ourSpec));
    expect(reported(stdout)).toEqual([]);
    expect(code).toBe(0);
  });

  it("notes, without counting, every planned operation ours leaves out", async () => {
    const vendor = load(files.vendor);
    vendor.paths["/boards/{boardId}/archive"] = { post: { operationId: "archiveBoard", "x-blooio-status": "planned", responses: { "501": { description: "Not yet" } } } };
    const { code, stdout } = await drift(write("vendor", vendor));
    expect(stdout).toMatch(/^2 planned operations left out: listExports, archiveBoard$/m);
    expect(reported(stdout)).toEqual([]);
    expect(code).toBe(0);
  });

  it("compares no event types when the vendor lists none, webhooks or not", async () => {
    const vendor = load(files.vendor);
    delete vendor["x-blooio-webhook-event-types"];
    const ourSpec = load(files.ours);
    delete ourSpec.webhooks;
    expect((await drift(write("vendor", vendor))).code).toBe(0);
    expect((await drift(write("vendor", vendor), write("ours", ourSpec))).code).toBe(0);
  });
});

describe("spec drift: webhooks both sides describe", () => {
  // Once the vendor's export has a 3.1 `webhooks` object too, each webhook is compared like an operation.
  const withWebhooks = (change?: (webhooks: Spec) => void) => {
    const vendor = load(files.vendor);
    vendor.webhooks = structuredClone(load(files.ours).webhooks);
    change?.(vendor.webhooks);
    return write("vendor", vendor);
  };

  it("reports none when they agree, and a payload's difference under its webhook", async () => {
    expect((await drift(withWebhooks())).code).toBe(0);
    const { code, stdout } = await drift(withWebhooks((webhooks) => (webhooks["board.created"].post.requestBody.required = true)));
    expect(reported(stdout)).toEqual(["webhook board.created POST | request body: required: vendor true, ours false"]);
    expect(code).toBe(1);
  });
});

describe("spec drift: bad usage and unreadable input exit 2 with a message", () => {
  const runWith = async (...args: string[]) => {
    let stderr = "";
    const code = await run(args, () => {}, (text) => (stderr += text));
    return { code, stderr };
  };

  it.each([
    { name: "no vendor file", args: [], message: /which vendor file\?/ },
    { name: "two vendor files", args: ["a.json", "b.json"], message: /one vendor file, please/ },
    { name: "an unknown option", args: ["a.json", "--against", "b.yaml"], message: /Unknown option '--against'/ },
    { name: "a file that is not there", args: [join(scratch, "absent.json")], message: /cannot read .*absent\.json: ENOENT/ },
  ])("$name", async ({ args, message }) => {
    const { code, stderr } = await runWith(...args);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });

  it("a file that is neither JSON nor YAML, one that is no OpenAPI document, a $ref that resolves nowhere", async () => {
    const broken = join(scratch, "broken.json");
    writeFileSync(broken, '{ "openapi": "3.1.0", "paths": { ');
    expect(await runWith(broken, "--spec", files.ours)).toMatchObject({ code: 2, stderr: expect.stringMatching(/broken\.json is neither JSON nor YAML/) });
    const notOpenApi = join(scratch, "list.yaml");
    writeFileSync(notOpenApi, "- just\n- a list\n");
    expect(await runWith(files.vendor, "--spec", notOpenApi)).toMatchObject({ code: 2, stderr: expect.stringMatching(/list\.yaml is not an OpenAPI document/) });
    const dangling = load(files.ours);
    dangling.paths["/status"].get.responses["200"].content["application/json"].schema = { $ref: "#/components/schemas/Nowhere" };
    expect(await runWith(files.vendor, "--spec", write("ours", dangling))).toMatchObject({ code: 2, stderr: expect.stringMatching(/ours-\d+\.yaml: Can't resolve \$ref at #\/paths\/~1status\/get\/responses\/200/) });
  });
});

describe("npm run spec:drift", () => {
  it("runs through tsx: the equal pair prints its heading, the planned note and the total, and exits 0", async () => {
    const result = await runTsx("scripts/spec-drift.ts", [files.vendor, "--spec", files.ours], { timeoutMs: 30_000 });
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual([
      `Spec drift: vendor ${files.vendor} (2.1.0) against ours ${files.ours} (2.1.0)`,
      "",
      "1 planned operation left out: listExports",
      "",
      "Total: no differences (6 operations compared)",
      "",
    ]);
    expect(result.code).toBe(0);
  }, 30_000);
});
