// `npm run spec:diff`: each kind of change between two small fixture specs, marked breaking or not.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffSpecs } from "../../scripts/spec-diff.js";

const root = join(import.meta.dirname, "../..");
const fixtures = join(root, "test/fixtures/spec-diff");
const load = (name: string) => parse(readFileSync(join(fixtures, name), "utf8"));

describe("spec diff", () => {
  const changes = diffSpecs(load("old.yaml"), load("new.yaml"));
  const summary = changes.map((c) => `${c.breaking ? "BREAKING" : "ok"} ${c.kind}: ${c.where}${c.detail ? ` ${c.detail}` : ""}`);

  it("reports operations added and removed", () => {
    expect(summary).toContain("BREAKING operation removed: DELETE /chats/{id}");
    expect(summary).toContain("ok operation added: GET /messages");
    // The parts of a removed or added operation are not listed one by one.
    expect(summary.filter((line) => line.includes("/chats/{id}") || line.includes("/messages"))).toHaveLength(2);
  });

  it("reports parameters added, removed, made required or optional, and retyped", () => {
    expect(summary).toContain("BREAKING parameter removed: GET /chats query channel_id");
    expect(summary).toContain("ok parameter added: GET /chats query label optional");
    expect(summary).toContain("BREAKING parameter added: GET /chats query account required");
    expect(summary).toContain("ok parameter now optional: GET /chats query region");
    expect(summary).toContain("ok parameter type changed: GET /chats query limit integer -> integer | string");
  });

  it("reports enum values, breaking on the side they break: removed from requests, added to responses", () => {
    expect(summary).toContain('BREAKING enum value removed: GET /chats query state "deprecated"');
    expect(summary).toContain('ok enum value added: GET /chats query state "archived"');
    expect(summary).toContain('BREAKING enum value added: GET /chats 200 data[].state "archived"');
    expect(summary).toContain('ok enum value removed: GET /chats 200 data[].state "deprecated"');
  });

  it("reports response fields added, removed, retyped and no longer required", () => {
    expect(summary).toContain("BREAKING response field removed: GET /chats 200 data[].legacy");
    expect(summary.some((line) => line.includes("data[].legacy.a"))).toBe(false);
    expect(summary).toContain("ok response field added: GET /chats 200 data[].label");
    expect(summary).toContain("BREAKING response field type changed: GET /chats 200 data[].created_at integer -> integer | null");
    expect(summary).toContain("BREAKING response field no longer required: GET /chats 200 data[].id");
  });

  it("reports nothing else", () => {
    expect(changes).toHaveLength(15);
    expect(diffSpecs(load("old.yaml"), load("old.yaml"))).toEqual([]);
  });

  it("prints the summary from the command line, and --fail-on-breaking exits 1", () => {
    const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
    const run = (...args: string[]) => spawnSync(process.execPath, [tsx, join(root, "scripts/spec-diff.ts"), ...args], { cwd: root, encoding: "utf8" });
    const result = run(join(fixtures, "old.yaml"), join(fixtures, "new.yaml"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Spec changes for users: .*old\.yaml \(1\.0\.0\) -> .*new\.yaml \(1\.1\.0\)$/m);
    expect(result.stdout).toMatch(/^ {2}BREAKING +operation removed +DELETE \/chats\/\{id\} +\(apps calling it will get errors\)$/m);
    expect(result.stdout).toMatch(/^8 breaking, 7 non-breaking$/m);
    expect(run("--fail-on-breaking", join(fixtures, "old.yaml"), join(fixtures, "new.yaml")).status).toBe(1);
    // Default: the committed spec against the working copy.
    const committed = run();
    expect(committed.status).toBe(0);
    expect(committed.stdout).toContain("HEAD:openapi/v4.yaml");
  });
});
