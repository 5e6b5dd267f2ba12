// Spec -> src/generated/. `npm run generate` lints the spec and writes; `--check` fails on stale output.
//   v4.ts                       types of paths, components and operations (openapi-typescript)
//   operations.ts               the operation table: one row of data per operation, and the row's type
//   resources.ts                per resource, its methods' operationIds: what a client needs before a first call
//   surface.ts                  the client's resources and methods, typed, with the spec's docs as JSDoc
//   commands.ts                 the CLI's commands: help text and flags per operation
//   validators/                 per operation: request and response validators (Ajv standalone), and their loaders;
//                               per webhook event type: its delivery's validator
//   webhooks.ts, webhook-events.ts, webhook-examples.ts
//                               webhook receivers' data and types: the signature scheme, the event types, examples
//   mock-data.ts                what the testing kit's mock answers from: response schemas, examples, limits
//   spec-version.ts             which spec and package this build came from
//   docs/api.md                 every method of the client: params, result, idempotency, errors; the type aliases
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { apiDocsSource } from "./api-docs.js";
import { commandsSource } from "./commands.js";
import { mockDataSource } from "./mock-data.js";
import { operationsSource, readOperations, RESERVED_TYPE_NAMES, resourcesSource, SpecError, surfaceSource } from "./operations.js";
import { loadSpec } from "./spec.js";
import { eventValidatorSource, requestValidatorSource, responseValidatorSource, validatorIndexSource } from "./validators.js";
import { eventValidatorFiles, readWebhookEvents, webhookEventsSource, webhookExamplesSource, webhooksSource } from "./webhooks.js";

// --root DIR runs on another checkout's openapi/ and src/generated/ (the staleness test uses a scratch copy).
const rootFlag = process.argv.indexOf("--root");
const root = rootFlag > 0 ? process.argv[rootFlag + 1]! : fileURLToPath(new URL("../..", import.meta.url));
const specPath = join(root, "openapi/v4.yaml");
const generatedDir = join(root, "src/generated");
const header =
  "// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.\n\n";

/** Every generated file, by its path under the project root. */
async function render(): Promise<Map<string, string>> {
  const { spec, text } = loadSpec(specPath);
  const infos = readOperations(spec);
  const files = new Map<string, string>();
  files.set("src/generated/v4.ts", header + astToString(await openapiTS(new URL(`file://${specPath}`))));
  files.set("src/generated/operations.ts", operationsSource(infos, header));
  files.set("src/generated/resources.ts", resourcesSource(infos, header));
  files.set("src/generated/surface.ts", surfaceSource(infos, spec, header));
  files.set("src/generated/commands.ts", commandsSource(infos, spec, header));
  files.set("docs/api.md", apiDocsSource(infos, spec));
  files.set("src/generated/validators/index.ts", validatorIndexSource(infos, header));
  for (const info of infos) {
    files.set(`src/generated/validators/${info.id}.request.ts`, requestValidatorSource(info, spec, header));
    files.set(`src/generated/validators/${info.id}.responses.ts`, responseValidatorSource(info, spec, header));
  }
  const events = readWebhookEvents(spec, new Set([...Object.keys(spec.components?.schemas ?? {}), ...RESERVED_TYPE_NAMES]));
  files.set("src/generated/mock-data.ts", mockDataSource(infos, spec, header, events.map((event) => event.type)));
  files.set("src/generated/webhooks.ts", webhooksSource(spec, events, header));
  files.set("src/generated/webhook-events.ts", webhookEventsSource(events, header));
  files.set("src/generated/webhook-examples.ts", webhookExamplesSource(events, header));
  for (const { file, schema } of eventValidatorFiles(events)) files.set(`src/generated/validators/${file}`, eventValidatorSource(schema, spec, header));
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 12);
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  files.set(
    "src/generated/spec-version.ts",
    header +
      `/** The contract this build was made from: openapi/v4.yaml's info.version and the start of its sha256. */\n` +
      `export const SPEC_VERSION = ${JSON.stringify(`${spec.info.version}+${hash}`)};\n` +
      `export const PACKAGE_VERSION = ${JSON.stringify(version)};\n`,
  );
  return files;
}

/** Redocly's lint, its report on the terminal; false when the spec does not pass. */
function lint(): boolean {
  const redocly = fileURLToPath(new URL("../../node_modules/@redocly/cli/bin/cli.js", import.meta.url));
  const result = spawnSync(process.execPath, [redocly, "lint", specPath, "--format", "stylish"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  return result.status === 0;
}

/** A unified diff of the committed file against what the spec generates, for the failure message. */
function diff(committedPath: string, fresh: string): string {
  const dir = mkdtempSync(join(tmpdir(), "blooio-generate-"));
  try {
    const freshPath = join(dir, "generated-from-spec.ts");
    writeFileSync(freshPath, fresh);
    const result = spawnSync("diff", ["-u", "--label", `committed ${committedPath}`, "--label", "generated from the spec", committedPath, freshPath], {
      encoding: "utf8",
    });
    return result.stdout || `(diff unavailable: ${result.error?.message ?? "no output"})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** Files under src/generated/ now, as paths under the root. */
function existing(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? existing(path) : [relative(root, path)];
  });
}

async function main(check: boolean): Promise<number> {
  if (!check && !lint()) {
    console.error("openapi/v4.yaml does not pass the linter (see above): fix it, then run `npm run generate` again.");
    return 1;
  }
  let files: Map<string, string>;
  try {
    files = await render();
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    console.error(error.message);
    return 1;
  }
  let stale = 0;
  for (const [file, fresh] of files) {
    const path = join(root, file);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, fresh);
    } else if (readOrEmpty(path) !== fresh) {
      stale++;
      console.error(`${file} is stale: it differs from what openapi/v4.yaml generates.\n${diff(path, fresh)}`);
    }
  }
  for (const file of existing(generatedDir).filter((file) => !files.has(file))) {
    if (!check) rmSync(join(root, file));
    else {
      stale++;
      console.error(`${file} is stale: openapi/v4.yaml no longer generates it.`);
    }
  }
  if (stale) console.error(`Run \`npm run generate\` and commit the result.`);
  else if (check) console.log(`generated files are up to date with openapi/v4.yaml (${files.size} checked)`);
  else console.log(`wrote ${files.size} files in src/generated/ from openapi/v4.yaml`);
  return stale ? 1 : 0;
}

process.exitCode = await main(process.argv.includes("--check"));
