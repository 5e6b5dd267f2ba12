// A command per operation, each run once in process against the kit (`--mock`) with the flags that carry the params
// sampled from the spec (scripts/sampled-calls.ts): JSON flags as JSON, a form's file from a file on disk, a whole
// body as --data. A nested list is seeded under the path its flags name, so it prints a page of generated items.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { commands } from "../../src/generated/commands.js";
import { operations } from "../../src/generated/operations.js";
import { cli } from "../support/cli.js";
import { shippedCalls, statefulWebhookOperations } from "../support/sampled-calls.js";
const scratch = mkdtempSync(join(tmpdir(), "blooio-every-command-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The flags that set `params`, by each key's flag in the command's row. */
function argvOf(id: keyof typeof commands, params: Record<string, unknown>): string[] {
  const argv: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    const flag = commands[id].flags.find((f) => f.key === key);
    // A body the spec leaves whole (not a list of fields) is --data.
    if (!flag && key === "body" && operations[id].body && !operations[id].body.fields) {
      argv.push("--data", JSON.stringify(value));
      continue;
    }
    if (!flag) throw new Error(`${id}: no flag sets params.${key}`);
    if (flag.type === "file") {
      const path = join(scratch, `${flag.name}.png`);
      writeFileSync(path, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
      argv.push(`--${flag.name}`, path);
    } else if (flag.type === "boolean") {
      if (value === true) argv.push(`--${flag.name}`);
    } else argv.push(`--${flag.name}`, flag.type === "json" ? JSON.stringify(value) : String(value));
  }
  return argv;
}

describe("blooio RESOURCE METHOD, one command per operation, against the kit", () => {
  const calls = shippedCalls();
  it("has a command for every operation", () => expect(calls.map((call) => call.id).sort()).toEqual(Object.keys(commands).sort()));

  it.each(calls.map((call) => [`blooio ${call.resource} ${call.method}`, call] as const))("%s", async (_, call) => {
    const id = call.id as keyof typeof commands;
    const argv = [call.resource, call.method, "--mock", "--format", "json", ...argvOf(id, call.params as Record<string, unknown>)];
    const { code, stdout, stderr } = await cli(argv, { env: {} });
    // A subscription the kit does not hold is a 404 (exit 1), as an account's is.
    if (statefulWebhookOperations.includes(id)) {
      expect(code).toBe(1);
      expect(stderr).toMatch(/404/);
      return;
    }
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { data?: unknown[] };
    if (call.cursorList) expect(printed.data?.length).toBeGreaterThan(0);
  });
});
