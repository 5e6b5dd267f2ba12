// `npm run docs [-- --out FILE]`: the API reference as one self-contained HTML file (default docs/index.html).
// Redocly loads Redoc from its CDN unless told to inline it, and reports usage unless telemetry is off
// (redocly.yaml says `telemetry: off`); the check below fails the build if the page would load anything remotely.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

const html = readFileSync(out, "utf8");
const problems = remoteLoads(html);
if (!html.includes('"disableTelemetry":true')) problems.push("Redoc telemetry is on (set `telemetry: off` in redocly.yaml)");
if (problems.length) {
  console.error(`${relative(root, out)} would use the network when opened:\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
} else {
  console.log(`wrote ${relative(process.cwd(), out) || out} (${Math.round(html.length / 1024)} KiB, opens with no network)`);
}
