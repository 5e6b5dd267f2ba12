// `npm run docs [-- --out FILE]`: the API reference as one self-contained HTML file (default docs/index.html).
// Redocly loads Redoc from its CDN unless told to inline it, and reports usage unless telemetry is off
// (redocly.yaml says `telemetry: off`). Redoc's "API docs by Redocly" footer then still fetches its logo from
// cdn.redoc.ly (no option turns it off), so the build swaps that URL for an inline SVG. The static check below
// fails the build if the page would plainly load anything remotely; test/tooling/docs.test.ts opens the page in
// headless Chromium and fails on any request that leaves the file.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { remoteLoads } from "./remote-loads.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { out: { type: "string", default: join(root, "docs/index.html") } } });
const out = resolve(values.out);

try {
  execFileSync(
    process.execPath,
    [join(root, "node_modules/@redocly/cli/bin/cli.js"), "build-docs", join(root, "openapi/v4.yaml"), "--inlineBundle", "--output", out],
    { cwd: root, stdio: "pipe", env: { ...process.env, REDOCLY_TELEMETRY: "off" } },
  );
} catch (error) {
  const { stdout = "", stderr = "" } = error as { stdout?: Buffer; stderr?: Buffer };
  console.error(`redocly build-docs failed:\n${stdout}${stderr}`);
  process.exit(1);
}

/** The footer's logo as a data: URL: the same attribution, drawn from the page itself. */
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="13" font-family="sans-serif" font-size="13" fill="#808080">Redocly</text></svg>',
)}`;
const REDOC_LOGOS = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

const built = readFileSync(out, "utf8");
const html = built.replace(REDOC_LOGOS, INLINE_LOGO);
writeFileSync(out, html);
const problems = remoteLoads(html);
// A Redoc update that moves the logo would leave this host behind: the browser test would catch it, the build first.
if (html.includes("cdn.redoc.ly")) problems.push("Redoc still refers to cdn.redoc.ly (its footer logo moved? update REDOC_LOGOS)");
if (!html.includes('"disableTelemetry":true')) problems.push("Redoc telemetry is on (set `telemetry: off` in redocly.yaml)");
if (problems.length) {
  console.error(`${relative(root, out)} would use the network when opened:\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
} else {
  console.log(`wrote ${relative(process.cwd(), out) || out} (${Math.round(html.length / 1024)} KiB, opens with no network)`);
}
