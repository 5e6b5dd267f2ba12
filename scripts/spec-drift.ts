// `npm run spec:drift -- VENDOR_FILE [--spec OURS]`: every difference in contract terms between the vendor's own
// export of the API and our spec (default openapi/v4.yaml), operation by operation, then a total. Either file may
// be YAML or JSON. Exit 0: no difference; 1: differences; 2: bad usage or a file that cannot be read.
// The comparison itself lives in scripts/spec-drift/.
import { readFileSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { driftBetween, formatDrift } from "./spec-drift/index.js";

export { compareDocuments, driftBetween, formatDrift, type Difference, type Drift } from "./spec-drift/index.js";

const USAGE = "Usage: npm run spec:drift -- VENDOR_FILE [--spec OURS]   (either file YAML or JSON; ours defaults to openapi/v4.yaml)";

/** One document, read and parsed (`yaml` reads JSON as well), or an error saying which file and why. */
function readSpec(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let spec: unknown;
  try {
    spec = parse(text);
  } catch (error) {
    throw new Error(`${file} is neither JSON nor YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof spec !== "object" || spec === null || typeof (spec as { openapi?: unknown }).openapi !== "string") {
    throw new Error(`${file} is not an OpenAPI document (no "openapi" version at the top)`);
  }
  return spec as Record<string, unknown>;
}

/** The command: prints to `out` and `err`, returns the exit code. */
export async function run(argv: string[], out: (text: string) => void = (text) => process.stdout.write(text), err: (text: string) => void = (text) => process.stderr.write(text)): Promise<number> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  // npm runs scripts from the package root; a relative path means the caller's directory.
  const here = process.env.INIT_CWD ?? process.cwd();
  let values: { spec?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { spec: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    err(`spec-drift: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    err(`spec-drift: ${positionals.length ? "one vendor file, please" : "which vendor file?"}\n${USAGE}\n`);
    return 2;
  }
  const files = { vendor: resolve(here, positionals[0]!), ours: values.spec === undefined ? resolve(root, "openapi/v4.yaml") : resolve(here, values.spec) };
  const labels = { vendor: positionals[0]!, ours: values.spec ?? "openapi/v4.yaml" };
  try {
    const [vendor, ours] = [readSpec(files.vendor), readSpec(files.ours)];
    const version = (spec: Record<string, unknown>) => String((spec.info as { version?: unknown } | undefined)?.version ?? "?");
    const drift = await driftBetween(vendor, ours, files);
    out(formatDrift(drift, { vendor: `${labels.vendor} (${version(vendor)})`, ours: `${labels.ours} (${version(ours)})` }));
    return drift.differences.length ? 1 : 0;
  } catch (error) {
    // Unreadable input (or a `$ref` that resolves nowhere, which Redocly's bundle reports) is the user's to fix.
    err(`spec-drift: ${(error as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  run(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
