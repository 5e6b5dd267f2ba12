// `npm run spec:diff`: what changed for users between two versions of the spec, each change marked breaking or not.
//   npm run spec:diff                      the committed spec (git HEAD) -> the working copy
//   npm run spec:diff -- --base REF        the spec at a git ref -> the working copy
//   npm run spec:diff -- OLD NEW           two files, each YAML or JSON (`yaml` parses JSON too)
// --fail-on-breaking exits 1 when a change is breaking (for CI); otherwise the exit code is 0.
// --changelog prints a CHANGELOG.md entry instead: the version the changes call for, breaking changes first, each
// under the client method it touches (scripts/spec-diff/changelog.ts says the versioning rule); --released V names
// the version the old spec shipped in (default: package.json's, before it is bumped).
// The comparison itself lives in scripts/spec-diff/.
import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { createHash } from "node:crypto";
import { changelogEntry } from "./spec-diff/changelog.js";
import { diffSpecs, formatChanges } from "./spec-diff/index.js";

export { compareSpecs, dereference, diffSpecs, formatChanges, type Change } from "./spec-diff/index.js";

async function main(argv: string[]): Promise<number> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { base: { type: "string", default: "HEAD" }, "fail-on-breaking": { type: "boolean" }, changelog: { type: "boolean" }, released: { type: "string" } },
  });
  let texts: { before: string; after: string };
  let labels: { before: string; after: string };
  let locations: { before: string; after: string };
  if (positionals.length === 2) {
    const [before, after] = positionals as [string, string];
    texts = { before: readFileSync(before, "utf8"), after: readFileSync(after, "utf8") };
    labels = { before, after };
    locations = { before: resolve(before), after: resolve(after) };
  } else if (positionals.length === 0) {
    texts = {
      before: execFileSync("git", ["show", `${values.base}:openapi/v4.yaml`], { cwd: root, encoding: "utf8" }),
      after: readFileSync(join(root, "openapi/v4.yaml"), "utf8"),
    };
    labels = { before: `${values.base}:openapi/v4.yaml`, after: "working copy openapi/v4.yaml" };
    locations = { before: join(root, "openapi/v4.yaml"), after: join(root, "openapi/v4.yaml") };
  } else {
    console.error("Usage: spec-diff [--base REF] [--fail-on-breaking] [--changelog [--released V]] | spec-diff OLD NEW   (YAML or JSON)");
    return 2;
  }
  const before = parse(texts.before) as { info?: { version?: string } };
  const after = parse(texts.after) as { info?: { version?: string } };
  const version = (spec: { info?: { version?: string } }) => spec.info?.version ?? "?";
  labels = { before: `${labels.before} (${version(before)})`, after: `${labels.after} (${version(after)})` };
  const changes = await diffSpecs(before, after, locations);
  if (values.changelog) {
    // The version the old spec shipped in: package.json's, unless it was bumped already (--released).
    const packageVersion = values.released ?? (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    const spec = `${version(after)}+${createHash("sha256").update(texts.after).digest("hex").slice(0, 12)}`;
    process.stdout.write(changelogEntry(changes, before, after, { version: packageVersion, spec, date: new Date().toISOString().slice(0, 10) }));
  } else process.stdout.write(formatChanges(changes, labels));
  return values["fail-on-breaking"] && changes.some((change) => change.breaking) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`spec-diff: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
