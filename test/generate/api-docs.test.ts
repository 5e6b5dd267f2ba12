// docs/api.md, generated from the spec: it lists every method once, with what the client really does for it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { apiDocsSource, errorClassOf, eventsSection, STATUS_ERRORS } from "../../scripts/generate/api-docs.js";
import { readOperations } from "../../scripts/generate/operations.js";
import { loadSpec, type Spec } from "../../scripts/generate/spec.js";
import { apiErrorFrom } from "../../src/core/errors.js";
import { operations } from "../../src/generated/operations.js";

const root = join(import.meta.dirname, "../..");
const apiMd = readFileSync(join(root, "docs/api.md"), "utf8");
const rows = Object.values(operations);
const { spec } = loadSpec(join(root, "openapi/v4.yaml"));

/** The part of docs/api.md under `### heading`, up to the next heading. */
function section(heading: string): string {
  const start = apiMd.indexOf(`\n### ${heading}\n`);
  expect(start, `docs/api.md has no section ${heading}`).toBeGreaterThan(0);
  const end = apiMd.slice(start + 1).search(/\n#{2,3} /);
  return apiMd.slice(start + 1, end < 0 ? undefined : start + 1 + end);
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe("docs/api.md", () => {
  it("is what the spec generates (npm run check:generated says the same)", () => {
    expect(apiDocsSource(readOperations(spec), spec)).toBe(apiMd);
  });

  it("lists every operation of the operation table exactly once", () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(occurrences(apiMd, `client.${row.resource}.${row.name}(`), `client.${row.resource}.${row.name}`).toBe(1);
      expect(occurrences(apiMd, `\n### ${row.resource}.${row.name}\n`)).toBe(1);
    }
    expect(apiMd.match(/^### (?!Schemas|Per operation)/gm)).toHaveLength(rows.length);
  });

  it("shows each method's HTTP call, params and the typed errors of its documented statuses", () => {
    const get = section("chats.get");
    expect(get).toContain("`client.chats.get(params, options?)` → `GET /chats/{chatId}`");
    expect(get).toContain("| `chatId` | path | `string` | yes |");
    expect(get).toContain("`GetChatResult`");
    expect(get).toContain("404 `NotFoundError`");
    expect(get).toContain("401 `AuthenticationError`");
    // Said once in the intro, not per method.
    expect(get).not.toContain("ConnectionError");
    expect(apiMd.split("\n## ")[0]).toMatch(/ConnectionError.*TimeoutError.*ValidationError/);
  });

  it("says which writes send an Idempotency-Key, and only those", () => {
    for (const row of rows) {
      expect(section(`${row.resource}.${row.name}`).includes("**Idempotency-Key**"), `${row.resource}.${row.name}`).toBe(row.idempotencyKey);
    }
    expect(rows.some((row) => row.idempotencyKey)).toBe(true);
  });

  it("describes cursor lists, their helpers, and a form body's file field", () => {
    const list = section("chats.list");
    expect(list).toContain("`ListChatsResult`");
    expect(list).toContain("`.pages()`");
    expect(list).toContain("`client.chats.pages(params?, options?)`");
    expect(list).toContain("`client.chats.listAll(params?, options?)`");
    expect(list).toContain("`client.chats.listAllPartitioned(params?, options?)`");
    expect(list).toContain("| `type` | query |");
    // A list with no partition parameter gets no listAllPartitioned.
    expect(section("webhooks.list")).not.toContain("listAllPartitioned");
    const avatar = section("account.uploadContactCardAvatar");
    expect(avatar).toMatch(/\| `body` \| body \| .*\| yes \| The whole request body \(`multipart\/form-data`\); a lone `Blob` or bytes fill the form field `avatar`/);
  });

  it("lists every type alias the package exports", () => {
    const surface = readFileSync(join(root, "src/generated/surface.ts"), "utf8");
    const exported = [...surface.matchAll(/^export type (\w+) =/gm)].map((match) => match[1]!);
    const types = apiMd.slice(apiMd.indexOf("\n## Types\n"));
    const listed = new Set([...types.matchAll(/(?<=\| )`(\w+)`(?= \|)/g)].map((match) => match[1]!));
    expect(exported.length).toBeGreaterThan(50);
    expect([...listed].sort()).toEqual([...exported].sort());
  });
});

describe("the status -> error mapping", () => {
  it("agrees with the client's (src/core/errors.ts) for every status from 300 to 599", () => {
    for (let status = 300; status < 600; status++) {
      const error = apiErrorFrom({ status, statusText: "", headers: new Headers() }, null, "GET /x");
      expect(errorClassOf(status), String(status)).toBe(error.constructor.name);
    }
    expect(Object.keys(STATUS_ERRORS).map(Number)).toEqual([400, 401, 403, 404, 409, 422, 429]);
  });
});

describe("webhook events", () => {
  // OpenAPI 3.1's top-level `webhooks`, which the generator's Spec type does not name yet.
  const withEvents = {
    ...spec,
    components: { ...spec.components, pathItems: { Delivery: { post: { summary: "A message was delivered" } } } },
    webhooks: {
      "message.received": { post: { summary: "A message arrived", responses: { "200": { description: "ok" } } } },
      "message.delivered": { $ref: "#/components/pathItems/Delivery" },
    },
  } as Spec;

  it("lists every event type of the spec with its type", () => {
    expect(apiMd).toContain("- [Webhook events](#webhook-events)");
    expect(apiMd).toContain("| `message.received` | `MessageReceivedEvent` | A message arrived |");
    expect(apiMd).toContain("| `typing.stopped` | `TypingStoppedEvent` | Someone stopped typing |");
  });

  it("adds no section to a spec without webhooks, and reads $ref'd ones", () => {
    const { webhooks: _, ...without } = spec as Spec & { webhooks?: unknown };
    expect(eventsSection(without as Spec)).toEqual([]);
    const md = apiDocsSource(readOperations(withEvents), withEvents);
    expect(md).toContain("\n## Webhook events\n");
    // Events without a body schema are typed as envelopes only.
    expect(md).toContain("| `message.received` | `UnknownWebhookEvent` | A message arrived |");
    expect(md).toContain("| `message.delivered` | `UnknownWebhookEvent` | A message was delivered |");
  });
});
