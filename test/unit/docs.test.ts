// `npm run docs`: one HTML file that documents the spec and opens with no network.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { remoteLoads } from "../../scripts/remote-loads.js";

const root = join(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "blooio-docs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run docs", () => {
  it("writes a self-contained API reference of the spec", () => {
    const out = join(scratch, "reference/index.html");
    const result = spawnSync("npm", ["run", "--silent", "docs", "--", "--out", out], { cwd: root, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("opens with no network");
    expect(result.status).toBe(0);
    const html = readFileSync(out, "utf8");
    for (const text of ["List chats", "listChats", "whatsapp_business", "next_cursor", "chat_a1b2c3d4"]) expect(html).toContain(text);
    expect(remoteLoads(html)).toEqual([]);
    // Redoc's script is inlined, not fetched, and its telemetry is off.
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).toContain('"disableTelemetry":true');
  });

  it("the offline check catches what Redocly's default output loads from its CDN", () => {
    const cdnBuild = join(scratch, "cdn.html");
    execFileSync(process.execPath, [join(root, "node_modules/@redocly/cli/bin/cli.js"), "build-docs", join(root, "openapi/v4.yaml"), "-o", cdnBuild], {
      cwd: root,
      stdio: "pipe",
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    });
    const loads = remoteLoads(readFileSync(cdnBuild, "utf8"));
    expect(loads).toContainEqual(expect.stringMatching(/^<link href=https:\/\/cdn\.redocly\.com\/.*redoc\.standalone\.js>$/));
    expect(loads).toContainEqual(expect.stringMatching(/^import https:\/\/cdn\.redocly\.com\//));
    expect(remoteLoads('<a href="https://redocly.com/">powered by</a><style>a{background:url(data:image/png;base64,AA)}</style>')).toEqual([]);
    expect(remoteLoads("<style>@import url('https://fonts.example/x.css'); @import 'http://x.example/y.css'; b{background:url(//cdn.example/x.png)}</style>")).toHaveLength(3);
  });
});
