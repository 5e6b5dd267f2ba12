// `npm run docs`: one HTML file that documents the spec and opens with no network, proven in headless Chromium.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remoteLoads } from "../../scripts/remote-loads.js";
import { findChromium, visit } from "../support/browser-requests.js";

const root = join(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "blooio-docs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = join(scratch, "reference/index.html");
const redocly = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, "node_modules/@redocly/cli/bin/cli.js"), "build-docs", join(root, "openapi/v4.yaml"), ...args], {
    cwd: root,
    stdio: "pipe",
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  });

describe("npm run docs", () => {
  let result: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    result = spawnSync("npm", ["run", "--silent", "docs", "--", "--out", out], { cwd: root, encoding: "utf8" });
  }, 60_000);

  it("writes a self-contained API reference of the spec", () => {
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("opens with no network");
    expect(result.status).toBe(0);
    const html = readFileSync(out, "utf8");
    for (const text of ["List chats", "listChats", "whatsapp_business", "next_cursor", "chat_a1b2c3d4"]) expect(html).toContain(text);
    // The quick static check `npm run docs` runs without a browser: Redoc inlined, telemetry off, no CDN left.
    expect(remoteLoads(html)).toEqual([]);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).toContain('"disableTelemetry":true');
    expect(html).not.toContain("cdn.redoc.ly");
  });

  it("opens in headless Chromium with no request past file:, data:, blob: or about:", async () => {
    const page = await visit(pathToFileURL(out).href);
    expect(page.text).toContain("Blooio API (4.0.0-beta)"); // Redoc really rendered the spec
    expect(page.remote).toEqual([]);
  }, 60_000);

  it("the browser check catches Redocly's CDN build, its footer logo, and a page with a remote image", async () => {
    const cdnBuild = join(scratch, "cdn.html");
    redocly("-o", cdnBuild);
    expect((await visit(pathToFileURL(cdnBuild).href)).remote).toContainEqual(expect.stringMatching(/^https:\/\/cdn\.redocly\.com\/.*redoc\.standalone\.js$/));

    // Redocly's inlined build before `npm run docs` rewrites it: the footer asks cdn.redoc.ly for its logo.
    const inlined = join(scratch, "inlined.html");
    redocly("--inlineBundle", "-o", inlined);
    expect((await visit(pathToFileURL(inlined).href)).remote).toContainEqual(expect.stringMatching(/^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini/));

    const image = join(scratch, "image.html");
    writeFileSync(image, '<!doctype html><p>hi</p><img src="https://cdn.example.test/logo.png"><script>fetch("http://203.0.113.7/x")</script>');
    const page = await visit(pathToFileURL(image).href);
    expect(page.remote).toEqual(expect.arrayContaining(["https://cdn.example.test/logo.png", "http://203.0.113.7/x"]));
  }, 180_000);

  it("fails, never skips, when Chromium is missing", () => {
    expect(() => findChromium({ PATH: join(scratch, "no-such-dir") })).toThrow(/apt-get install chromium/);
  });

  it("the static check still flags what a page plainly loads, and not mere links", () => {
    expect(remoteLoads('<a href="https://redocly.com/">powered by</a><style>a{background:url(data:image/png;base64,AA)}</style>')).toEqual([]);
    expect(remoteLoads("<style>@import url('https://fonts.example/x.css'); @import 'http://x.example/y.css'; b{background:url(//cdn.example/x.png)}</style>")).toHaveLength(3);
  });
});
