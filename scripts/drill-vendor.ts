// `npm run drill:vendor -- FILE`: regenerate the project from a vendor export (JSON or YAML) in one command, and
// prove it works with zero edits to src/. In a copy of the project (src, scripts, openapi, package.json,
// tsconfig.json, redocly.yaml; node_modules linked), the export becomes openapi/v4.yaml with only what the strict
// lint cannot take set aside, by rule, and said so; then `npm run generate` (the lint must pass), every hand-written
// file of src/ byte-identical to the project's, an app calling every method type-checked, every operation called
// once against the copy's testing kit (2xx, no contract violation) and every cursor list paged to its end.
//   --keep    keep the copy (its path is printed)
// Exit codes: 0 the drill passed, 1 it failed (each problem is printed), 2 usage.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { callEverything, literal, planCalls, type Planned, type Row } from "./sampled-calls.js";

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const COPIED = ["src", "scripts", "openapi", "package.json", "tsconfig.json", "redocly.yaml"];
const KEY = "bl_test_drill_vendor_not_a_real_key";
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

class DrillFailure extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Setting aside what the lint cannot take, by rule

export interface SetAside {
  kind: "operation" | "component" | "info.license";
  /** `GET /templates (listTemplates)`, `schemas/Template`, `info.license`. */
  what: string;
  why: string;
}

/** Every `#/components/...` pointer a value refers to. */
function refsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, into);
  else if (isObject(value)) {
    if (typeof value.$ref === "string" && value.$ref.startsWith("#/components/")) into.add(value.$ref);
    for (const child of Object.values(value)) refsIn(child, into);
  }
  return into;
}

/** The components (`schemas/Chat`, ...) the document reaches from outside components, transitively. */
function reachableComponents(spec: Json): Set<string> {
  const components = isObject(spec.components) ? spec.components : {};
  const { components: _, ...outside } = spec;
  const reached = new Set<string>();
  const queue = [...refsIn(outside)];
  while (queue.length) {
    const ref = queue.pop()!;
    const key = ref.slice("#/components/".length);
    if (reached.has(key)) continue;
    reached.add(key);
    const [kind, name] = key.split("/").map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~")) as [string, string];
    const target = isObject(components[kind]) ? (components[kind] as Json)[name] : undefined;
    queue.push(...refsIn(target));
  }
  return reached;
}

/**
 * Takes out of `spec` (in place) what the strict lint refuses and the project cannot fill in: operations marked
 * `x-blooio-status: planned` or documenting no 2xx answer (the vendor's planned ones document only a 501) and the
 * components only they used (the lint refuses an unused one); and fills in a missing `info.license` with `license`.
 * Nothing else: a path item they leave empty stays, as the lint takes it.
 */
export function setAside(spec: Json, license: Json): SetAside[] {
  const notes: SetAside[] = [];
  const before = reachableComponents(spec);
  const paths = isObject(spec.paths) ? spec.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS.filter((m) => isObject(item[m]))) {
      const operation = item[method] as Json;
      const statuses = Object.keys(isObject(operation.responses) ? operation.responses : {});
      const reasons: string[] = [];
      if (operation["x-blooio-status"] === "planned") reasons.push("marked x-blooio-status: planned");
      if (!statuses.some((status) => /^2(\d\d|XX)$/i.test(status))) {
        reasons.push(`no 2xx response (documents ${statuses.length ? `only ${statuses.join(", ")}` : "none"})`);
      }
      if (!reasons.length) continue;
      delete item[method];
      const id = typeof operation.operationId === "string" ? ` (${operation.operationId})` : "";
      notes.push({ kind: "operation", what: `${method.toUpperCase()} ${path}${id}`, why: reasons.join("; ") });
    }
  }
  const after = reachableComponents(spec);
  const components = isObject(spec.components) ? spec.components : {};
  for (const key of [...before].filter((key) => !after.has(key)).sort()) {
    const [kind, name] = key.split("/") as [string, string];
    delete (components[kind] as Json)[name];
    notes.push({ kind: "component", what: key, why: "used only by the operations set aside" });
  }
  const info = isObject(spec.info) ? spec.info : (spec.info = {});
  if (!isObject(info.license)) {
    info.license = license;
    notes.push({ kind: "info.license", what: "info.license", why: `missing: added ${JSON.stringify(license)} (the license of the project's openapi/v4.yaml)` });
  }
  return notes;
}

/** The notes grouped by kind and reason: `9 operations (marked ...)` and each one under it; the license on one line. */
export function setAsideLines(notes: SetAside[]): string[] {
  const lines: string[] = [];
  const groups = new Map<string, SetAside[]>();
  for (const note of notes) groups.set(`${note.kind}\n${note.why}`, [...(groups.get(`${note.kind}\n${note.why}`) ?? []), note]);
  for (const group of groups.values()) {
    const { kind, why } = group[0]!;
    if (kind === "info.license") lines.push(`info.license: ${why}`);
    else lines.push(`${group.length} ${kind}${group.length === 1 ? "" : "s"}, ${why}:`, ...group.map((note) => `  ${note.what}`));
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// The drill

/** Each file under `root`/src (relative path -> sha256), src/generated/ left out: what `npm run generate` may write. */
function handWritten(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) {
        if (relative(root, path) !== join("src", "generated")) walk(path);
      } else files.set(relative(root, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(join(root, "src"));
  return files;
}

/** Output of a child process, Redocly's Node end-of-life banner left out, indented for the report. */
function quoted(text: string): string {
  return text
    .split("\n")
    .filter((line) => line.trim() && !/[║╔╚]/.test(line))
    .map((line) => `    ${line}`)
    .join("\n");
}

function copyProject(root: string, copy: string): void {
  for (const entry of COPIED) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
}

/** The app that calls every method with its sampled params: it must type-check against the copy's client. */
function appSource(calls: Planned[]): string {
  const lines = calls.map((call) => {
    const args = Object.keys(call.params).length ? literal(call.params) : "";
    return `  await client.${call.resource}.${call.method}(${args}); // ${call.label}`;
  });
  return (
    `import { createBlooioClient } from "../src/index.js";\n\n` +
    `const client = createBlooioClient({ apiKey: ${JSON.stringify(KEY)} });\n\n` +
    `export async function everyMethod(): Promise<void> {\n${lines.join("\n")}\n}\n`
  );
}

function typeCheck(root: string, copy: string): Promise<{ status: number | null; output: string }> {
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, "-p", "tsconfig.drill.json"], { cwd: copy, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => done({ status, output }));
  });
}

async function drill(file: string, label: string, keep: boolean): Promise<number> {
  const started = performance.now();
  const root = fileURLToPath(new URL("..", import.meta.url));
  const text = readFileSync(file, "utf8");
  let spec: Json;
  try {
    spec = parse(text) as Json;
  } catch (error) {
    throw new DrillFailure(`${file} is neither JSON nor YAML: ${(error as Error).message}`);
  }
  if (!isObject(spec) || typeof spec.openapi !== "string") throw new DrillFailure(`${file} is not an OpenAPI document (no \`openapi\` field)`);
  const ours = parse(readFileSync(join(root, "openapi/v4.yaml"), "utf8")) as Json;
  const license = (isObject(ours.info) && isObject(ours.info.license) ? ours.info.license : { name: "MIT", identifier: "MIT" }) as Json;

  const print = (line: string) => console.log(line);
  print(`drill:vendor ${label}`);
  const notes = setAside(spec, license);
  const operations = Object.values(isObject(spec.paths) ? spec.paths : {}).reduce<number>(
    (count, item) => count + METHODS.filter((m) => isObject(item) && isObject(item[m])).length,
    0,
  );
  print(`  set aside, by rule (the strict lint cannot take them):${notes.length ? "" : " nothing"}`);
  for (const line of setAsideLines(notes)) print(`    ${line}`);

  const copy = mkdtempSync(join(tmpdir(), "blooio-drill-vendor-"));
  try {
    copyProject(root, copy);
    // JSON text: YAML reads it, and nothing of the export is re-spelled on the way.
    writeFileSync(join(copy, "openapi/v4.yaml"), `${JSON.stringify(spec, null, 2)}\n`);
    const generate = spawnSync("npm", ["run", "--silent", "generate"], { cwd: copy, encoding: "utf8" });
    if (generate.status !== 0) {
      const output = generate.stdout + generate.stderr;
      const why = /does not pass the linter/.test(output)
        ? "the strict lint refuses the export for more than drill:vendor sets aside by rule (openapi/v4.yaml below is the export as the copy holds it, JSON indented by 2; --keep keeps it)"
        : "`npm run generate` cannot turn the export into a client as it is: the spec (its x-blooio-* names) or src/ would have to change";
      throw new DrillFailure(`${why} (exit ${generate.status}):\n${quoted(output)}`);
    }
    const wrote = /wrote (\d+) files/.exec(generate.stdout)?.[1] ?? "?";
    print(`  regenerated: ${operations} operations, ${wrote} files in src/generated/ (the lint passed)`);

    const [mine, theirs] = [handWritten(root), handWritten(copy)];
    const changed = [...new Set([...mine.keys(), ...theirs.keys()])].filter((path) => mine.get(path) !== theirs.get(path));
    if (changed.length) throw new DrillFailure(`hand-written files of src/ differ from the project's after regenerating: ${changed.join(", ")}`);
    print(`  hand-written files of src/: ${mine.size}, each byte-identical to the project's (sha256)`);

    const rows = ((await import(pathToFileURL(join(copy, "src/generated/operations.ts")).href)) as { operations: Record<string, Row> }).operations;
    const calls = planCalls(spec, rows);
    mkdirSync(join(copy, "drill-app"));
    writeFileSync(join(copy, "drill-app/every-method.ts"), appSource(calls));
    writeFileSync(join(copy, "tsconfig.drill.json"), JSON.stringify({ extends: "./tsconfig.json", include: ["src", "drill-app"] }));
    const checking = typeCheck(root, copy); // runs while the kit is called

    const modules = {
      client: (await import(pathToFileURL(join(copy, "src/index.ts")).href)) as typeof import("../src/index.js"),
      testing: (await import(pathToFileURL(join(copy, "src/testing.ts")).href)) as typeof import("../src/testing.js"),
    };
    const report = await callEverything(modules, calls);
    const tsc = await checking;
    if (tsc.status !== 0) report.problems.unshift(`the copy does not type-check (tsc, src/ and an app calling every method):\n${quoted(tsc.output)}`);
    else print(`  type-check: src/ and an app calling all ${calls.length} methods with their sampled params (tsc)`);
    const lists = calls.filter((call) => call.cursorList).length;
    const verdict = report.problems.length ? `${report.problems.length} problem(s) below` : "each answered 2xx, no contract violation";
    print(`  operations called: ${report.calls} of ${calls.length} against the copy's testing kit, ${verdict}`);
    print(`  lists paged: ${report.lists} of ${lists} cursor lists (${report.nested} nested under a path parameter) to their end with .pages(): ${report.items} items in ${report.pages} pages${report.problems.length ? "" : ", as seeded"}`);
    print(`  time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (report.problems.length) {
      throw new DrillFailure(`${report.problems.length} problem(s):\n${report.problems.map((p) => `  - ${p}`).join("\n")}`);
    }
    print("drill:vendor passed");
    return 0;
  } finally {
    if (keep) console.log(`  the copy is kept at ${copy}`);
    else rmSync(copy, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { keep: { type: "boolean" } } });
  if (positionals.length !== 1) {
    console.error("Usage: npm run drill:vendor -- FILE [--keep]   (the vendor's OpenAPI export, JSON or YAML)");
    return 2;
  }
  const file = resolve(positionals[0]!);
  if (!existsSync(file)) {
    console.error(`drill:vendor: no such file ${positionals[0]}`);
    return 2;
  }
  try {
    return await drill(file, positionals[0]!, values.keep ?? false);
  } catch (error) {
    if (!(error instanceof DrillFailure)) throw error;
    console.error(`drill:vendor FAILED: ${error.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
