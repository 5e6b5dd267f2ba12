// `npm run spec:diff -- --changelog`: a CHANGELOG.md entry from a spec diff, with the version the beta's rule calls
// for, breaking changes first, each under the client method it touches.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changelogEntry, nextVersion } from "../../scripts/spec-diff/changelog.js";
import type { Change } from "../../scripts/spec-diff/changes.js";
import { runTsx } from "../support/processes.js";

const root = join(import.meta.dirname, "../..");
const change = (kind: string, where: string, breaking: boolean, detail?: string): Change => ({ kind, where, breaking, why: "", ...(detail ? { detail } : {}) });

describe("the version a diff calls for", () => {
  it.each([
    ["0.2.0", [change("enum value removed", "GET /chats query type", true)], "0.3.0"],
    ["0.2.0", [change("operation added", "GET /x", false)], "0.2.1"],
    ["0.2.3", [change("default changed", "GET /chats query limit", false)], "0.2.4"],
    ["1.4.2", [change("operation removed", "GET /x", true)], "2.0.0"],
    ["1.4.2", [change("operation added", "GET /x", false)], "1.5.0"],
    ["1.4.2", [change("response field added", "GET /x 200 y", false)], "1.4.3"],
  ] as const)("%s with %j -> %s", (version, changes, next) => {
    expect(nextVersion(version, [...changes])).toBe(next);
  });
});

describe("a changelog entry", () => {
  const spec = (paths: object) => ({ openapi: "3.1.0", info: { version: "1" }, paths });
  const ok = { responses: { "200": { description: "ok" } } };
  const before = spec({ "/chats": { get: { operationId: "listChats", tags: ["Chats"], ...ok } } });
  const after = spec({ "/chats": { get: { operationId: "listChats", tags: ["Chats"], ...ok } }, "/notes": { post: { operationId: "createNote", tags: ["Notes"], ...ok } } });

  it("lists breaking changes first, then what was added and changed, by method", () => {
    const entry = changelogEntry(
      [
        change("operation added", "POST /notes", false),
        change("default changed", "GET /chats query limit", false, "50 -> 20"),
        change("enum value removed", "GET /chats query type", true, '"amb"'),
        change("webhook event added", "webhooks message.edited", false),
      ],
      before,
      after,
      { version: "0.2.0", spec: "4.1.0+abc", date: "2026-12-01" },
    );
    expect(entry).toBe(
      [
        "## 0.3.0 (spec 4.1.0+abc, 2026-12-01)",
        "",
        "### Breaking",
        "",
        '- `chats.list` (GET /chats): enum value removed query type "amb"',
        "",
        "### Added",
        "",
        "- `notes.create` (POST /notes): operation added",
        "- event `message.edited`: webhook event added",
        "",
        "### Changed",
        "",
        "- `chats.list` (GET /chats): default changed query limit 50 -> 20",
        "",
      ].join("\n"),
    );
  });

  it("comes out of npm run spec:diff -- --changelog for the next beta revision, breaking first", async () => {
    const result = await runTsx("scripts/spec-diff.ts", ["--changelog", join(root, "openapi/v4.yaml"), join(root, "test/fixtures/beta-next/v4.yaml")], { timeoutMs: 60_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^## 0\.\d+\.0 \(spec 4\.0\.0-beta[.a-z]*\+[0-9a-f]{12}, \d{4}-\d\d-\d\d\)\n\n### Breaking\n/);
    expect(result.stdout).toContain("- `chats.get` (GET /chats/{chat_id}): path parameter renamed path chat_id chatId -> chat_id");
    expect(result.stdout).toContain("- `chats.addParticipant` (POST /chats/{chatId}/participants): operation added");
    expect(result.stdout.indexOf("### Breaking")).toBeLessThan(result.stdout.indexOf("### Added"));
  }, 60_000);
});

describe("CHANGELOG.md", () => {
  it("has this release on top: the package's version and the spec it is built from", async () => {
    const { readFileSync } = await import("node:fs");
    const { PACKAGE_VERSION, SPEC_VERSION } = await import("../../src/generated/spec-version.js");
    const top = /^## (\S+) \(spec (\S+), \d{4}-\d\d-\d\d\)$/m.exec(readFileSync(join(root, "CHANGELOG.md"), "utf8"));
    expect(top?.slice(1, 3)).toEqual([PACKAGE_VERSION, SPEC_VERSION]);
  });
});
