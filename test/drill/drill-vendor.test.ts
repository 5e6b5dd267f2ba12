// `npm run drill:vendor -- FILE` on a small self-written vendor-like export (test/fixtures/drill-vendor/vendor.json:
// two cursor lists, one under a path parameter, a keyed write, a planned operation that documents only a 501, no
// license): what it sets aside is said, and it passes; an export whose names collide, or that the lint refuses for
// another reason, fails naming the problem. CI runs it on Blooio's real export (.ci/run).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runTsx, type RunResult } from "../support/processes.js";

const fixture = join(ROOT, "test/fixtures/drill-vendor/vendor.json");
const scratch = mkdtempSync(join(tmpdir(), "blooio-drill-vendor-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const drillVendor = (file: string): Promise<RunResult> => runTsx("scripts/drill-vendor.ts", [file], { timeoutMs: 90_000 });

/** The fixture with an edit, written to the scratch folder. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach anywhere into the parsed export
function variant(name: string, edit: (spec: any) => void): string {
  const spec = JSON.parse(readFileSync(fixture, "utf8"));
  edit(spec);
  const file = join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

describe("npm run drill:vendor", () => {
  it("sets aside the planned operation, the component only it used and the missing license, says so, and passes", async () => {
    const { code, stdout, stderr } = await drillVendor(fixture);
    expect(stderr).toBe("");
    expect(stdout).toContain(
      [
        "  set aside, by rule (the strict lint cannot take them):",
        "    1 operation, marked x-blooio-status: planned; no 2xx response (documents only 501):",
        "      POST /widgets/{widgetId}/archive (archiveWidget)",
        "    1 component, used only by the operations set aside:",
        "      schemas/ArchiveRequest",
        `    info.license: missing: added {"name":"MIT","identifier":"MIT"} (the license of the project's openapi/v4.yaml)`,
      ].join("\n"),
    );
    expect(stdout).toMatch(/^ {2}regenerated: 4 operations, \d+ files in src\/generated\/ \(the lint passed\)$/m);
    expect(stdout).toMatch(/^ {2}hand-written files of src\/: \d+, each byte-identical to the project's \(sha256\)$/m);
    expect(stdout).toContain("  type-check: src/ and an app calling all 4 methods with their sampled params (tsc)");
    expect(stdout).toContain("  operations called: 4 of 4 against the copy's testing kit, each answered 2xx, no contract violation");
    expect(stdout).toContain(
      "  lists paged: 2 of 2 cursor lists (1 nested under a path parameter) to their end with .pages(): 14 items in 6 pages, as seeded",
    );
    expect(stdout).toMatch(/^ {2}time: \d+\.\d s\ndrill:vendor passed\n$/m);
    expect(code).toBe(0);
  }, 90_000);

  it("fails naming both operations when two of the export's operations get one method name", async () => {
    const file = variant("collision", (spec) => {
      spec.paths["/widgets/search"] = {
        get: {
          operationId: "getWidgets",
          tags: ["Widgets"],
          summary: "Search widgets",
          responses: {
            "200": { description: "A page of widgets.", content: { "application/json": { schema: { $ref: "#/components/schemas/WidgetPage" } } } },
            "400": { $ref: "#/components/responses/BadRequest" },
          },
        },
      };
    });
    const { code, stdout, stderr } = await drillVendor(file);
    expect(code).toBe(1);
    expect(stdout).not.toContain("drill:vendor passed");
    expect(stderr).toContain("drill:vendor FAILED: `npm run generate` cannot turn the export into a client as it is");
    expect(stderr).toContain("GET /widgets/{widgetId} (getWidget) and GET /widgets/search (getWidgets) are all named widgets.get");
  }, 60_000);

  it("fails naming the rule when the lint refuses the export for something it does not set aside", async () => {
    const file = variant("bad-example", (spec) => {
      spec.paths["/widgets/{widgetId}"].get.responses["200"].content["application/json"].example.data.color = "purple";
    });
    const { code, stderr } = await drillVendor(file);
    expect(code).toBe(1);
    expect(stderr).toContain("drill:vendor FAILED: the strict lint refuses the export for more than drill:vendor sets aside by rule");
    expect(stderr).toMatch(/error +no-invalid-media-type-examples +Example value must conform to the schema: `color` property/);
  }, 60_000);
});
