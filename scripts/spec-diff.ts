// `npm run spec:diff`: what changed for users between two versions of the spec, each change marked breaking or not.
//   npm run spec:diff                      the committed spec (git HEAD) -> the working copy
//   npm run spec:diff -- --base REF        the spec at a git ref -> the working copy
//   npm run spec:diff -- OLD.yaml NEW.yaml two files
// --fail-on-breaking exits 1 when a change is breaking (for CI); otherwise the exit code is 0.
import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";

type Schema = Record<string, unknown>;
type Spec = {
  info?: { version?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema>; parameters?: Record<string, Parameter> };
};
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
  $ref?: string;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export type ChangeKind =
  | "operation removed"
  | "operation added"
  | "parameter removed"
  | "parameter added"
  | "parameter now required"
  | "parameter now optional"
  | "parameter type changed"
  | "enum value removed"
  | "enum value added"
  | "response field removed"
  | "response field added"
  | "response field type changed"
  | "response field no longer required"
  | "response field now required";

export interface Change {
  kind: ChangeKind;
  /** Where, e.g. `GET /chats query type` or `GET /chats 200 data[].state`. */
  where: string;
  /** What, when `where` alone does not say: the enum value, the types. */
  detail?: string;
  breaking: boolean;
  /** Why it breaks (or does not) an app built on the old spec. */
  why: string;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The parts of a spec an app depends on, flattened to comparable facts keyed by where they are. */
interface Facts {
  operations: Map<string, string>;
  parameters: Map<string, { required: boolean; types: string[] }>;
  /** Request-side and response-side enums, by location. */
  requestEnums: Map<string, string[]>;
  responseEnums: Map<string, string[]>;
  fields: Map<string, { types: string[]; required: boolean }>;
}

function resolve(spec: Spec, value: unknown, seen: string[] = []): { schema: Schema; refs: string[] } {
  let schema = (value ?? {}) as Schema;
  const refs = [...seen];
  while (typeof schema.$ref === "string") {
    const ref = schema.$ref;
    if (refs.includes(ref)) return { schema: {}, refs };
    refs.push(ref);
    const target = ref.replace(/^#\//, "").split("/").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], spec);
    schema = (target ?? {}) as Schema;
  }
  return { schema, refs };
}

function typesOf(schema: Schema): string[] {
  const type = schema.type;
  const types = Array.isArray(type) ? type.map(String) : type ? [String(type)] : [];
  if (schema.nullable === true) types.push("null");
  return [...new Set(types)].sort();
}

function enumOf(schema: Schema): string[] | undefined {
  return Array.isArray(schema.enum) ? schema.enum.map((value) => JSON.stringify(value)) : undefined;
}

/** Walks a response body schema: one fact per field path (`data[].state`), with its enum if it has one. */
function walkResponse(spec: Spec, value: unknown, path: string, where: string, facts: Facts, required: boolean, seen: string[] = []) {
  const { schema, refs } = resolve(spec, value, seen);
  if (refs.length > 12) return;
  for (const sub of [...((schema.allOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? []), ...((schema.anyOf as unknown[]) ?? [])]) {
    walkResponse(spec, sub, path, where, facts, required, refs);
  }
  if (path) {
    const previous = facts.fields.get(`${where} ${path}`);
    facts.fields.set(`${where} ${path}`, { types: [...new Set([...(previous?.types ?? []), ...typesOf(schema)])].sort(), required });
  }
  const values = enumOf(schema);
  if (values) facts.responseEnums.set(`${where} ${path || "body"}`, values);
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const requiredNames = new Set((schema.required as string[] | undefined) ?? []);
  for (const [name, sub] of Object.entries(properties)) {
    walkResponse(spec, sub, path ? `${path}.${name}` : name, where, facts, requiredNames.has(name), refs);
  }
  if (schema.items) walkResponse(spec, schema.items, `${path}[]`, where, facts, true, refs);
}

export function factsOf(spec: Spec): Facts {
  const facts: Facts = { operations: new Map(), parameters: new Map(), requestEnums: new Map(), responseEnums: new Map(), fields: new Map() };
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const name = `${method.toUpperCase()} ${path}`;
      facts.operations.set(name, operation.operationId ?? "");
      const shared = ((item as { parameters?: Parameter[] }).parameters ?? []) as Parameter[];
      for (const raw of [...shared, ...(operation.parameters ?? [])]) {
        const parameter = (raw.$ref ? resolve(spec, raw).schema : raw) as unknown as Parameter;
        const schema = resolve(spec, parameter.schema).schema;
        const where = `${name} ${parameter.in} ${parameter.name}`;
        facts.parameters.set(where, { required: parameter.required === true, types: typesOf(schema) });
        const values = enumOf(schema) ?? enumOf(resolve(spec, schema.items).schema);
        if (values) facts.requestEnums.set(where, values);
      }
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const schema = response.content?.["application/json"]?.schema;
        if (schema && status.startsWith("2")) walkResponse(spec, schema, "", `${name} ${status}`, facts, true);
      }
    }
  }
  return facts;
}

const list = (types: string[]) => types.join(" | ") || "any";

export function diffSpecs(before: Spec, after: Spec): Change[] {
  const old = factsOf(before);
  const now = factsOf(after);
  const changes: Change[] = [];
  const add = (change: Change) => changes.push(change);

  for (const [name] of old.operations) {
    if (!now.operations.has(name)) add({ kind: "operation removed", where: name, breaking: true, why: "apps calling it will get errors" });
  }
  for (const [name] of now.operations) {
    if (!old.operations.has(name)) add({ kind: "operation added", where: name, breaking: false, why: "new; nothing existing changes" });
  }
  const removedOperation = (where: string) => [...old.operations.keys()].some((name) => where.startsWith(`${name} `) && !now.operations.has(name));
  const addedOperation = (where: string) => [...now.operations.keys()].some((name) => where.startsWith(`${name} `) && !old.operations.has(name));

  for (const [where, before] of old.parameters) {
    if (removedOperation(where)) continue;
    const after = now.parameters.get(where);
    if (!after) {
      add({ kind: "parameter removed", where, breaking: true, why: "apps that send it will be rejected (the client validates queries against the spec)" });
      continue;
    }
    if (!before.required && after.required) add({ kind: "parameter now required", where, breaking: true, why: "calls without it will be rejected" });
    if (before.required && !after.required) add({ kind: "parameter now optional", where, breaking: false, why: "existing calls still send it" });
    if (list(before.types) !== list(after.types)) {
      const narrowed = before.types.some((type) => !after.types.includes(type)) || (!before.types.length && after.types.length > 0);
      add({
        kind: "parameter type changed",
        where,
        detail: `${list(before.types)} -> ${list(after.types)}`,
        breaking: narrowed,
        why: narrowed ? "values apps send today may no longer be accepted" : "every value sent today is still accepted",
      });
    }
  }
  for (const [where, after] of now.parameters) {
    if (addedOperation(where) || old.parameters.has(where)) continue;
    add({
      kind: "parameter added",
      where,
      detail: after.required ? "required" : "optional",
      breaking: after.required,
      why: after.required ? "existing calls do not send it" : "optional; existing calls are unaffected",
    });
  }

  // A value removed from what apps send breaks them; a value added to what apps receive breaks them.
  const enums = (before: Map<string, string[]>, after: Map<string, string[]>, side: "request" | "response") => {
    for (const [where, values] of before) {
      const next = after.get(where);
      if (!next || removedOperation(where)) continue;
      for (const value of values.filter((v) => !next.includes(v))) {
        add({
          kind: "enum value removed",
          where,
          detail: value,
          breaking: side === "request",
          why: side === "request" ? "apps that send it will be rejected" : "apps still handle every value they can receive",
        });
      }
      for (const value of next.filter((v) => !values.includes(v))) {
        add({
          kind: "enum value added",
          where,
          detail: value,
          breaking: side === "response",
          why: side === "response" ? "apps built on the old spec do not expect it (exhaustive switches, response validation)" : "apps may now send it; nothing existing changes",
        });
      }
    }
  };
  enums(old.requestEnums, now.requestEnums, "request");
  enums(old.responseEnums, now.responseEnums, "response");

  for (const [where, before] of old.fields) {
    if (removedOperation(where)) continue;
    const after = now.fields.get(where);
    if (!after) {
      // Report the outermost removed field only, not each of its children.
      const parent = [...old.fields.keys()].find((other) => other !== where && where.startsWith(other) && /^[.[]/.test(where.slice(other.length)) && !now.fields.has(other));
      if (!parent) add({ kind: "response field removed", where, breaking: true, why: "apps reading it will get undefined" });
      continue;
    }
    if (list(before.types) !== list(after.types)) {
      const widened = after.types.some((type) => !before.types.includes(type)) || (before.types.length > 0 && !after.types.length);
      add({
        kind: "response field type changed",
        where,
        detail: `${list(before.types)} -> ${list(after.types)}`,
        breaking: widened,
        why: widened ? "apps may receive a type they do not handle" : "every value apps receive was possible before",
      });
    }
    if (before.required && !after.required) add({ kind: "response field no longer required", where, breaking: true, why: "apps may find it missing" });
    if (!before.required && after.required) add({ kind: "response field now required", where, breaking: false, why: "always present now" });
  }
  for (const [where] of now.fields) {
    if (addedOperation(where) || old.fields.has(where)) continue;
    const parent = [...now.fields.keys()].find((other) => other !== where && where.startsWith(other) && /^[.[]/.test(where.slice(other.length)) && !old.fields.has(other));
    if (!parent) add({ kind: "response field added", where, breaking: false, why: "new; apps that ignore it are unaffected" });
  }
  return changes;
}

export function formatChanges(changes: Change[], labels: { before: string; after: string }): string {
  const lines = [`Spec changes for users: ${labels.before} -> ${labels.after}`];
  if (!changes.length) return `${lines[0]}\n  no changes to operations, parameters, enum values or response fields\n`;
  const sorted = [...changes].sort((a, b) => Number(b.breaking) - Number(a.breaking));
  for (const change of sorted) {
    const what = `${change.where}${change.detail ? `: ${change.detail}` : ""}`;
    lines.push(`  ${change.breaking ? "BREAKING    " : "non-breaking"}  ${change.kind.padEnd(34)} ${what}  (${change.why})`);
  }
  const breaking = changes.filter((change) => change.breaking).length;
  lines.push(`${breaking} breaking, ${changes.length - breaking} non-breaking`);
  return `${lines.join("\n")}\n`;
}

function main(argv: string[]): number {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { base: { type: "string", default: "HEAD" }, "fail-on-breaking": { type: "boolean" } },
  });
  let beforeText: string;
  let afterText: string;
  let labels: { before: string; after: string };
  if (positionals.length === 2) {
    beforeText = readFileSync(positionals[0]!, "utf8");
    afterText = readFileSync(positionals[1]!, "utf8");
    labels = { before: positionals[0]!, after: positionals[1]! };
  } else if (positionals.length === 0) {
    beforeText = execFileSync("git", ["show", `${values.base}:openapi/v4.yaml`], { cwd: root, encoding: "utf8" });
    afterText = readFileSync(join(root, "openapi/v4.yaml"), "utf8");
    labels = { before: `${values.base}:openapi/v4.yaml`, after: "working copy openapi/v4.yaml" };
  } else {
    console.error("Usage: spec-diff [--base REF] [--fail-on-breaking] | spec-diff OLD.yaml NEW.yaml");
    return 2;
  }
  const before = parse(beforeText) as Spec;
  const after = parse(afterText) as Spec;
  const version = (spec: Spec) => spec.info?.version ?? "?";
  labels = { before: `${labels.before} (${version(before)})`, after: `${labels.after} (${version(after)})` };
  const changes = diffSpecs(before, after);
  process.stdout.write(formatChanges(changes, labels));
  return values["fail-on-breaking"] && changes.some((change) => change.breaking) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
