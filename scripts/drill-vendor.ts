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
// Params sampled from the spec: required parameters and required body fields only

function deref(spec: Json, value: unknown): Json {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 64; hops++) {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), spec);
  }
  return isObject(current) ? current : {};
}

/** A Blob in a sampled value: the app file writes it as `new Blob(...)`. */
const BLOB = Symbol("blob");
type Sampled = unknown;

/**
 * A value that satisfies `schema`, as small as it can be: an object with its required fields only, an array with its
 * minimum of items (at least one), a union's first branch (its discriminator value set). The spec's own `const`,
 * `default`, `example` and first enum value are taken when there is one (the lint checks examples).
 */
export function sample(spec: Json, raw: unknown, name = "", depth = 0): Sampled {
  const schema = deref(spec, raw);
  if (depth > 24) return null;
  if ("const" in schema) return schema.const;
  if ("default" in schema) return schema.default;
  if ("example" in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum.find((value) => value !== null) ?? null;
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...own } = schema;
    const parts = [...(allOf as unknown[]), own].map((part) => sample(spec, part, name, depth + 1));
    const objects = parts.filter(isObject);
    return objects.length ? Object.assign({}, ...objects) : parts.find((part) => part !== null && part !== undefined) ?? null;
  }
  const union = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(union) && union.length) {
    const branch = union[0];
    const value = sample(spec, branch, name, depth + 1);
    const discriminator = schema.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
    if (discriminator?.propertyName && isObject(value) && isObject(branch) && typeof branch.$ref === "string") {
      const ref = branch.$ref;
      const mapped = Object.entries(discriminator.mapping ?? {}).find(([, target]) => target === ref || ref.endsWith(`/${target}`));
      value[discriminator.propertyName] = mapped?.[0] ?? ref.slice(ref.lastIndexOf("/") + 1);
    }
    return value;
  }
  const types = ([] as unknown[]).concat(schema.type ?? (schema.properties ? "object" : []));
  const type = types.find((t) => t !== "null");
  switch (type) {
    case "object": {
      const properties = isObject(schema.properties) ? schema.properties : {};
      const object: Json = {};
      for (const field of (schema.required as string[] | undefined) ?? []) object[field] = sample(spec, properties[field] ?? {}, field, depth + 1);
      return object;
    }
    case "array": {
      const min = typeof schema.minItems === "number" ? schema.minItems : 0;
      const max = typeof schema.maxItems === "number" ? schema.maxItems : Infinity;
      return Array.from({ length: Math.min(max, Math.max(min, 1)) }, () => sample(spec, schema.items ?? {}, name, depth + 1));
    }
    case "string": {
      if (schema.format === "binary") return BLOB;
      const formats: Record<string, string> = {
        "date-time": "2025-01-01T00:00:00.000Z",
        date: "2025-01-01",
        uri: "https://example.com/drill",
        url: "https://example.com/drill",
        email: "drill@example.com",
        uuid: "00000000-0000-4000-8000-000000000000",
      };
      const text = formats[String(schema.format)] ?? `${name || "value"}_drill`;
      const min = typeof schema.minLength === "number" ? schema.minLength : 0;
      const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
      return text.padEnd(min, "x").slice(0, Math.max(min, max));
    }
    case "integer":
    case "number": {
      const low = typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : undefined;
      const high = typeof schema.maximum === "number" ? schema.maximum : typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum - 1 : undefined;
      return low ?? (high !== undefined ? Math.min(high, 1) : 1);
    }
    case "boolean":
      return false;
    default:
      return types.includes("null") ? null : {};
  }
}

interface Planned {
  id: string;
  resource: string;
  method: string;
  label: string;
  /** The flat params of the call: required path, query and header parameters, required body fields. */
  params: Json;
  /** The path key a nested cursor list's items are seeded under (`chat_a1/msg_b2`), when it has path parameters. */
  pathKey?: string;
  cursorList: boolean;
  /** The `limit` to page with, when the list has one. */
  limit?: number;
}

interface Row {
  label: string;
  method: string;
  path: string;
  resource: string;
  name: string;
  parameters: { name: string; in: string; key?: string }[];
  body: { mediaType: string; fields: readonly string[] | null; required: boolean; file?: string } | null;
  cursorList: boolean;
}

/** The call of every operation of the table, with params sampled from the spec. */
function planCalls(spec: Json, rows: Record<string, Row>): Planned[] {
  const byId = new Map<string, { item: Json; operation: Json }>();
  for (const item of Object.values(isObject(spec.paths) ? spec.paths : {})) {
    if (!isObject(item)) continue;
    for (const method of METHODS.filter((m) => isObject(item[m]))) {
      const operation = item[method] as Json;
      if (typeof operation.operationId === "string") byId.set(operation.operationId, { item, operation });
    }
  }
  return Object.entries(rows).map(([id, row]) => {
    const { item, operation } = byId.get(id)!;
    const declared = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map((p) => deref(spec, p));
    const params: Json = {};
    const pathValues: string[] = [];
    let limit: number | undefined;
    for (const parameter of row.parameters) {
      const source = declared.findLast((p) => p.name === parameter.name && p.in === parameter.in) ?? {};
      if (row.cursorList && parameter.in === "query" && parameter.name === "limit") {
        const schema = deref(spec, source.schema);
        const low = typeof schema.minimum === "number" ? schema.minimum : 1;
        const high = typeof schema.maximum === "number" ? schema.maximum : Infinity;
        limit = Math.max(low, Math.min(3, high));
      }
      if (!source.required) continue;
      const value = sample(spec, source.schema ?? {}, parameter.name);
      params[parameter.key ?? parameter.name] = parameter.in === "path" && typeof value !== "string" ? String(value) : value;
    }
    for (const parameter of row.parameters.filter((p) => p.in === "path")) pathValues.push(String(params[parameter.key ?? parameter.name]));
    if (row.body?.required) {
      const requestBody = deref(spec, operation.requestBody);
      const media = deref(spec, (requestBody.content as Json | undefined)?.[row.body.mediaType]);
      const body = sample(spec, media.schema ?? {}, "body");
      if (row.body.fields && isObject(body)) Object.assign(params, body);
      else if (row.body.file && isObject(body)) params.body = body[row.body.file] ?? BLOB;
      else params.body = body;
    }
    return {
      id,
      resource: row.resource,
      method: row.name,
      label: row.label,
      params,
      cursorList: row.cursorList,
      ...(row.cursorList && pathValues.length ? { pathKey: pathValues.join("/") } : {}),
      ...(limit !== undefined ? { limit } : {}),
    };
  });
}

/** A sampled value at run time: its Blobs made. */
function live(value: Sampled): unknown {
  if (value === BLOB) return new Blob(["drill"], { type: "application/octet-stream" });
  if (Array.isArray(value)) return value.map(live);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, live(item)]));
  return value;
}

/** A sampled value as TypeScript source, for the app file. */
function literal(value: Sampled): string {
  if (value === BLOB) return 'new Blob(["drill"])';
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isObject(value)) return `{ ${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${literal(item)}`).join(", ")} }`;
  return JSON.stringify(value);
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

interface Report {
  calls: number;
  lists: number;
  nested: number;
  pages: number;
  items: number;
  problems: string[];
}

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.constructor.name}: ${error.message}${"status" in error ? ` (status ${String(error.status)})` : ""}` : String(error);

/** Calls every operation once against the copy's testing kit, and pages every cursor list to its end. */
async function callEverything(copy: string, calls: Planned[]): Promise<Report> {
  const client = (await import(pathToFileURL(join(copy, "src/index.ts")).href)) as typeof import("../src/index.js");
  const testing = (await import(pathToFileURL(join(copy, "src/testing.ts")).href)) as typeof import("../src/testing.js");
  const seeded = (call: Planned) => (call.limit ?? 3) * 2 + 1; // three pages when the list takes a limit
  const data: Record<string, number | Record<string, number>> = {};
  for (const call of calls.filter((c) => c.cursorList)) {
    data[call.id] = call.pathKey === undefined ? seeded(call) : { [call.pathKey]: seeded(call) };
  }
  const kit = testing.createMockApi({ data });
  const blooio = client.createBlooioClient({ apiKey: KEY, baseUrl: kit.url, fetch: kit.fetch, maxRetries: 0 }) as unknown as Record<
    string,
    Record<string, (params?: unknown) => { withResponse(): Promise<{ response: Response }>; pages?: () => AsyncIterable<{ data?: unknown[] }> }>
  >;
  const report: Report = { calls: 0, lists: 0, nested: 0, pages: 0, items: 0, problems: [] };
  for (const call of calls) {
    const seen = { requests: kit.requests.length, violations: kit.violations.length };
    const params = live(call.cursorList && call.limit !== undefined ? { ...call.params, limit: call.limit } : call.params);
    const problem = (text: string) => {
      const request = kit.requests.slice(seen.requests).at(-1);
      const sent = request
        ? `\n      request: ${request.method} ${request.path}${Object.keys(request.query).length ? `?${new URLSearchParams(request.query as Record<string, string>)}` : ""}` +
          (request.body !== undefined ? ` ${typeof request.body === "string" ? `(${request.headers["content-type"] ?? "text"}, ${request.body.length} bytes)` : JSON.stringify(request.body)}` : "")
        : "\n      request: none reached the kit";
      report.problems.push(`${call.label} (${call.id}, ${call.resource}.${call.method}): ${text}\n      params: ${literal(call.params)}${sent}`);
    };
    try {
      const method = blooio[call.resource]?.[call.method];
      if (!method) throw new DrillFailure(`the copy's client has no method ${call.resource}.${call.method}`);
      const result = method(params);
      const { response } = await result.withResponse();
      report.calls++;
      if (response.status < 200 || response.status > 299) problem(`answered ${response.status}, not 2xx`);
      if (call.cursorList) {
        let items = 0;
        let pages = 0;
        for await (const page of result.pages!()) {
          pages++;
          items += page.data?.length ?? 0;
        }
        report.lists++;
        if (call.pathKey !== undefined) report.nested++;
        report.pages += pages;
        report.items += items;
        const expected = seeded(call);
        if (items !== expected) problem(`paged ${items} items in ${pages} pages; ${expected} were seeded${call.pathKey ? ` under ${call.pathKey}` : ""}`);
      }
    } catch (error) {
      problem(`failed: ${describeError(error)}`);
    }
    for (const violation of kit.violations.slice(seen.violations)) {
      problem(`contract violation in the ${violation.side}${violation.status ? ` (${violation.status})` : ""}: ${violation.errors.join("; ")}`);
    }
  }
  return report;
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

    const report = await callEverything(copy, calls);
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
