// The operation table: what the generator reads from the spec for each operation, and what it refuses.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readOperations, SpecError } from "../../scripts/generate/operations.js";
import { loadSpec, type Spec } from "../../scripts/generate/spec.js";
import { operations } from "../../src/generated/operations.js";

const root = join(import.meta.dirname, "../..");
const betaNext = () => loadSpec(join(root, "test/fixtures/beta-next/v4.yaml")).spec;
const rowsOf = (spec: Spec) => Object.fromEntries(readOperations(spec).map((info) => [info.id, info.row]));

function problemsOf(edit: (spec: Spec & { paths: Record<string, any> }) => void): string {
  const spec = betaNext() as Spec & { paths: Record<string, any> };
  edit(spec);
  try {
    readOperations(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return (error as Error).message;
  }
  return "";
}

describe("the generated operation table", () => {
  it("has GET /chats as a cursor list partitioned by the spec's channel types", () => {
    expect(operations.listChats).toMatchObject({ method: "GET", path: "/chats", resource: "chats", name: "list", cursorList: true });
    expect(operations.listChats.partition).toEqual({
      parameter: "type",
      values: ["blooio", "twilio", "whatsapp", "whatsapp_business", "rcs_business"],
    });
  });

  it("says which item field each filter parameter of a cursor list keeps, once, from x-blooio-filter or the same name", () => {
    const filters = Object.fromEntries(operations.listChats.parameters.map((p) => [p.name, "filter" in p ? p.filter : undefined]));
    expect(filters).toEqual({ type: "channel_type", state: "state", channel_id: "channel_id", contact_id: "contact_id", limit: undefined, cursor: undefined });
    // `order` names no field of a message, so the messages list has no filter.
    expect(rowsOf(betaNext()).listChatMessages!.parameters.some((p) => p.filter)).toBe(false);
    expect(problemsOf((spec) => (spec.paths["/chats"].get.parameters[1]["x-blooio-filter"] = "mood"))).toContain(
      "x-blooio-filter on state must name a field of the cursor list's items (mood is not one)",
    );
  });

  it("reads the next beta's operations: bodies, success statuses, $ref'd parameters, idempotency keys", () => {
    const rows = rowsOf(betaNext());
    expect(rows.createChat).toMatchObject({
      method: "POST",
      resource: "chats",
      name: "create",
      body: { mediaType: "application/json", fields: ["channel_id", "to"], required: true },
      success: [200, 201],
      idempotencyKey: false,
      cursorList: false,
    });
    // The next beta renames getChat's path parameter: the row carries the new name.
    expect(rows.getChat).toMatchObject({ path: "/chats/{chat_id}", name: "get", parameters: [{ name: "chat_id", in: "path" }], cursorList: false });
    expect(rows.listChatMessages).toMatchObject({ resource: "messages", name: "list", cursorList: true, partition: null });
    expect(rows.listChatMessages!.parameters.map((p) => p.name)).toEqual(["chatId", "order", "limit", "cursor"]);
    expect(rows.sendMessageToChat).toMatchObject({ name: "sendToChat", idempotencyKey: true });
    // The Idempotency-Key header is the call's option, not a param.
    expect(rows.sendMessageToChat!.parameters).toEqual([{ name: "chatId", in: "path" }]);
    // Its new operations: a cursor list under a path parameter, and a keyed write.
    expect(rows.listChatParticipants).toMatchObject({ resource: "chats", name: "listParticipants", cursorList: true, idempotencyKey: false });
    expect(rows.addChatParticipant).toMatchObject({ name: "addParticipant", idempotencyKey: true, success: [201], parameters: [{ name: "chatId", in: "path" }] });
    expect(rows.addChatParticipant!.body).toEqual({ mediaType: "application/json", fields: ["identifier", "role"], required: true });
  });

  it("fails on two operations with the same name, naming both and the fix", () => {
    const message = problemsOf((spec) => {
      spec.paths["/chats/{chat_id}"].get.operationId = "getChats";
      spec.paths["/chats/{chat_id}"].get["x-blooio-method"] = "list";
    });
    expect(message).toContain("GET /chats (listChats) and GET /chats/{chat_id} (getChats) are all named chats.list");
    expect(message).toContain("x-blooio-method");
  });

  it("fails on a params key used twice, unless renamed with x-blooio-name", () => {
    const collide = (spec: Spec & { paths: Record<string, any> }) =>
      spec.paths["/chats/{chatId}/messages"].post.parameters.push({ name: "dry_run", in: "query", schema: { type: "boolean" } });
    expect(problemsOf(collide)).toContain('body field dry_run and query parameter dry_run are both "dry_run"');
    expect(problemsOf(collide)).toContain("x-blooio-name");
    const renamed = problemsOf((spec) => {
      collide(spec);
      spec.paths["/chats/{chatId}/messages"].post.parameters.at(-1)["x-blooio-name"] = "queryDryRun";
    });
    expect(renamed).toBe("");
  });

  it("fails on an operation without operationId, and on x-blooio-partition off an enum query parameter", () => {
    expect(problemsOf((spec) => delete spec.paths["/chats/{chat_id}"].get.operationId)).toContain("GET /chats/{chat_id} has no operationId");
    expect(
      problemsOf((spec) => {
        spec.paths["/chats/{chat_id}"].get.parameters[0] = { name: "chat_id", in: "path", required: true, schema: { type: "string" }, "x-blooio-partition": true };
      }),
    ).toContain("x-blooio-partition is for one enum query parameter of a cursor list");
  });

  it("names a resource by x-blooio-resource over the tag", () => {
    const spec = betaNext() as Spec & { paths: Record<string, any> };
    spec.paths["/chats/{chatId}/messages"].get["x-blooio-resource"] = "chatMessages";
    expect(rowsOf(spec).listChatMessages).toMatchObject({ resource: "chatMessages", name: "list" });
  });
});
