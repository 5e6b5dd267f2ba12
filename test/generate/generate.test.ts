// The staleness check: `npm run check:generated` must fail, with a diff, once the spec and the committed types differ.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT as root, runTsx } from "../support/processes.js";

// Each test runs the generator in a child process (tsx, Redocly, openapi-typescript): seconds alone, more on a
// busy machine.
const SPAWNS = 90_000;

const scratch = mkdtempSync(join(tmpdir(), "blooio-stale-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const generate = (dir: string, ...flags: string[]) => runTsx("scripts/generate/index.ts", [...flags, "--root", dir], { timeoutMs: SPAWNS });
const check = (dir: string) => generate(dir, "--check");

// That it passes on the committed files is `npm test`'s own second step (`npm run check:generated`).
describe("check:generated", () => {
  it("fails with a readable diff after a one-word edit of the spec", async () => {
    cpSync(join(root, "openapi"), join(scratch, "openapi"), { recursive: true });
    cpSync(join(root, "src/generated"), join(scratch, "src/generated"), { recursive: true });
    cpSync(join(root, "package.json"), join(scratch, "package.json"));
    const spec = join(scratch, "openapi/v4.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("enum: [open, closed, blocked, deprecated]", "enum: [open, closed, blocked, archived]"));
    const result = await check(scratch);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("src/generated/v4.ts is stale");
    expect(result.stderr).toMatch(/^-.*"deprecated"/m);
    expect(result.stderr).toMatch(/^\+.*"archived"/m);
    // The validators and the spec hash are generated from the spec too, so they go stale with it.
    expect(result.stderr).toContain("src/generated/validators/listChats.request.ts is stale");
    expect(result.stderr).toContain("src/generated/spec-version.ts is stale");
    expect(result.stderr).toContain("npm run generate");
  }, SPAWNS);
});

describe("npm run generate", () => {
  it("carries a spec change into validation with no edit to src/", async () => {
    // Runs after the staleness test above, on its edited scratch spec (ChatState "deprecated" -> "archived").
    const result = await generate(scratch);
    expect(result.code).toBe(0);
    const { validateRequest } = await import(join(scratch, "src/generated/validators/listChats.request.ts"));
    const request = (query: object) => ({ path: {}, query, header: {} });
    expect(validateRequest(request({ state: "archived" }))).toBe(true);
    expect(validateRequest(request({ state: "deprecated" }))).toBe(false);
    expect((await check(scratch)).code).toBe(0);
  }, SPAWNS);
});

describe("npm run generate on a spec it cannot turn into a client", () => {
  it("fails, writing nothing, with a message that names the operations and the fix", async () => {
    const dir = mkdtempSync(join(tmpdir(), "blooio-names-"));
    try {
      cpSync(join(root, "openapi"), join(dir, "openapi"), { recursive: true });
      cpSync(join(root, "src/generated"), join(dir, "src/generated"), { recursive: true });
      cpSync(join(root, "package.json"), join(dir, "package.json"));
      cpSync(join(root, "redocly.yaml"), join(dir, "redocly.yaml"));
      const spec = join(dir, "openapi/v4.yaml");
      const before = readFileSync(join(dir, "src/generated/operations.ts"), "utf8");
      // A second operation that the naming rule also calls chats.list.
      const again = ["  /chats/again:", "    get:", "      operationId: listChatsAgain", "      x-blooio-method: list", "      tags: [Chats]",
        "      summary: Again", "      description: Again.", "      responses:", "        '200':", "          description: ok",
        "        '400':", "          description: bad"];
      // The last path of the spec, so it is the second operation with the name.
      writeFileSync(spec, readFileSync(spec, "utf8").replace("\nwebhooks:\n", `\n${again.join("\n")}\nwebhooks:\n`));
      const result = await generate(dir);
      expect(result.stderr).toContain("GET /chats (listChats) and GET /chats/again (listChatsAgain) are all named chats.list");
      expect(result.stderr).toContain("x-blooio-method");
      expect(result.code).toBe(1);
      expect(readFileSync(join(dir, "src/generated/operations.ts"), "utf8")).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SPAWNS);
});

