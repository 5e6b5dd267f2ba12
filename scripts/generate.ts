// Spec -> src/generated/. `npm run generate` lints the spec and writes; `--check` fails on stale output.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { queryValidatorsSource, responseValidatorsSource, type Spec } from "./validators.js";

// --root DIR runs on another checkout's openapi/ and src/generated/ (the staleness test uses a scratch copy).
const rootFlag = process.argv.indexOf("--root");
const root = rootFlag > 0 ? process.argv[rootFlag + 1]! : fileURLToPath(new URL("..", import.meta.url));
const specPath = join(root, "openapi/v4.yaml");
const header =
  "// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.\n\n";

interface Output {
  file: string;
  render: () => Promise<string>;
}

const specText = readFileSync(specPath, "utf8");
const spec = parse(specText) as Spec & { info: { version: string } };

const outputs: Output[] = [
  {
    file: "src/generated/v4.ts",
    render: async () => header + astToString(await openapiTS(new URL(`file://${specPath}`))),
  },
  { file: "src/generated/query-validators.ts", render: async () => queryValidatorsSource(spec, header) },
  { file: "src/generated/response-validators.ts", render: async () => responseValidatorsSource(spec, header) },
  {
    file: "src/generated/spec-version.ts",
    render: async () => {
      const hash = createHash("sha256").update(specText).digest("hex").slice(0, 12);
      const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
      return (
        header +
        `/** The contract this build was made from: openapi/v4.yaml's info.version and the start of its sha256. */\n` +
        `export const SPEC_VERSION = ${JSON.stringify(`${spec.info.version}+${hash}`)};\n` +
        `export const PACKAGE_VERSION = ${JSON.stringify(version)};\n`
      );
    },
  },
];

function lint(): void {
  const redocly = fileURLToPath(new URL("../node_modules/@redocly/cli/bin/cli.js", import.meta.url));
  execFileSync(process.execPath, [redocly, "lint", specPath, "--format", "stylish"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
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

async function main(check: boolean): Promise<number> {
  if (!check) lint();
  let stale = 0;
  for (const { file, render } of outputs) {
    const path = join(root, file);
    const fresh = await render();
    if (!check) {
      writeFileSync(path, fresh);
      console.log(`wrote ${file}`);
    } else if (readOrEmpty(path) !== fresh) {
      stale++;
      console.error(`${file} is stale: it differs from what openapi/v4.yaml generates.\n${diff(path, fresh)}`);
    }
  }
  if (stale) console.error(`Run \`npm run generate\` and commit the result.`);
  else if (check) console.log(`generated files are up to date with openapi/v4.yaml (${outputs.length} checked)`);
  return stale ? 1 : 0;
}

process.exitCode = await main(process.argv.includes("--check"));
