// The beta drill's spec, test/fixtures/beta-next/v4.yaml, is openapi/v4.yaml plus the named edits of
// test/fixtures/beta-next/make.ts: it must be what make.ts makes from today's spec, and spec:diff must classify
// each edit as oasdiff would.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { edits, FIXTURE, makeBetaNext, REFRESH, SPEC } from "../fixtures/beta-next/make.js";
import { runTsx } from "../support/processes.js";

describe("test/fixtures/beta-next/v4.yaml", () => {
  it("is what make.ts makes from the current openapi/v4.yaml", () => {
    const fresh = makeBetaNext(readFileSync(SPEC, "utf8"));
    const committed = readFileSync(FIXTURE, "utf8");
    expect(committed === fresh, `test/fixtures/beta-next/v4.yaml is stale (openapi/v4.yaml changed since it was made): run \`${REFRESH}\` and commit it`).toBe(true);
  });

  it("says in its header comment what it is and each edit", () => {
    const header = readFileSync(FIXTURE, "utf8").split("\nopenapi:")[0]!;
    expect(header).toContain(`do not edit. Refresh: ${REFRESH}`);
    for (const edit of edits) expect(header).toContain(`# - ${edit.name}: ${edit.change}`);
  });

  it("spec:diff classifies each edit: added operations and statuses non-breaking; the rename, the type change and the removed field breaking", async () => {
    const result = await runTsx("scripts/spec-diff.ts", ["openapi/v4.yaml", "test/fixtures/beta-next/v4.yaml"], { timeoutMs: 30_000 });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const verdicts = result.stdout.split("\n").filter((line) => line.startsWith("  ")).map((line) => line.replace(/ +\(.*\)$/, "").replace(/ {2,}/g, "  ").trim());
    expect(verdicts).toEqual([
      "BREAKING  response field removed  GET /chats 200 data[].window_expires_at",
      "BREAKING  type changed  POST /chats body to: object -> string",
      "BREAKING  request field removed  POST /chats body to.identifier",
      "BREAKING  path parameter renamed  GET /chats/{chat_id} path chat_id: chatId -> chat_id",
      "BREAKING  response field removed  GET /chats/{chat_id} 200 data.window_expires_at",
      "BREAKING  path parameter renamed  PATCH /chats/{chat_id} path chat_id: chatId -> chat_id",
      "BREAKING  response field removed  PATCH /chats/{chat_id} 200 data.window_expires_at",
      "non-breaking  status added  POST /chats 403",
      "non-breaking  status added  POST /chats 429",
      "non-breaking  operation added  GET /chats/{chatId}/participants",
      "non-breaking  operation added  POST /chats/{chatId}/participants",
    ]);
    expect(result.stdout).toMatch(/^7 breaking, 4 non-breaking$/m);
  }, 30_000);
});
