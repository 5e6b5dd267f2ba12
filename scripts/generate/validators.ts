// Ajv standalone validators compiled from the spec's own schemas, one module per operation and side: the request
// (path, query, header and JSON body, checked before sending) and the responses (every documented JSON status,
// opt-in). Plain functions with no runtime dependency, loaded only for operations a client calls.
// Draft-07 Ajv: Prism validates in draft-07 too, and its output skips 2020's dynamic-scope bookkeeping.
import AjvModule, { type Options } from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";
import type { OperationInfo } from "./operations.js";
import type { Schema, Spec } from "./spec.js";

// Both are CommonJS modules whose export is also their `default`.
const Ajv = AjvModule.default;
const standaloneCode = standaloneModule.default;

// Annotations change no verdict; leaving them out keeps the generated code small.
const ANNOTATIONS = new Set(["description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions"]);
const LITERALS = new Set(["enum", "const", "required"]);

function stripAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (!schema || typeof schema !== "object") return schema;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (SCHEMA_MAPS.has(key)) {
      kept[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, stripAnnotations(sub)]));
    } else kept[key] = LITERALS.has(key) ? value : stripAnnotations(value);
  }
  return kept;
}

const REF = /"#\/components\/schemas\/([^"]+)"/g;

/** A self-contained schema: refs to `#/components/schemas/X` become `#/$defs/X`, with just the X it reaches. */
function withDefs(schema: Schema, spec: Spec): Schema {
  const all = spec.components?.schemas ?? {};
  const rewrite = (value: unknown) => stripAnnotations(JSON.parse(JSON.stringify(value).replace(REF, '"#/$$defs/$1"'))) as Schema;
  const reached = new Set<string>();
  const visit = (value: unknown) => {
    for (const [, name] of JSON.stringify(value).matchAll(REF)) {
      if (name && !reached.has(name)) {
        reached.add(name);
        visit(all[name]);
      }
    }
  };
  visit(schema);
  if (!reached.size) return rewrite(schema);
  return { ...rewrite(schema), $defs: Object.fromEntries([...reached].sort().map((name) => [name, rewrite(all[name])])) };
}

function compile(schemas: Record<string, Schema>, header: string, exports: string, options: Options): string {
  const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: true, strictTypes: false, ...options });
  for (const [id, schema] of Object.entries(schemas)) ajv.addSchema({ ...schema, $id: id }, id);
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((id) => [id, id])));
  if (/\brequire\(|^import /m.test(code)) {
    throw new Error("The Ajv standalone output needs a runtime module; keep the spec's schemas to plain keywords");
  }
  return `${header}// @ts-nocheck\n${code}\n${exports}`;
}

/**
 * The request of one operation as one object, `{ path, query, header, body }`, each part keyed by the names on the
 * wire; nothing the spec does not define is allowed in path, query or header.
 */
export function requestValidatorSource({ source, row, bodySchema }: OperationInfo, spec: Spec, header: string): string {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const location of ["path", "query", "header"] as const) {
    const parameters = source.parameters.filter((p) => p.in === location && row.parameters.some((r) => r.in === location && r.name === p.name));
    properties[location] = {
      type: "object",
      properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema ?? {}])),
      required: parameters.filter((p) => p.required).map((p) => p.name),
      additionalProperties: false,
    };
    if (parameters.some((p) => p.required)) required.push(location);
  }
  if (bodySchema) {
    properties.body = bodySchema;
    if (row.body?.required) required.push("body");
  }
  const schema = withDefs({ type: "object", properties, required }, spec);
  // First error only and no message strings: this runs before every call, so it is kept small.
  return compile({ validateRequest: schema }, header, "", { allErrors: false, messages: false });
}

/** Every documented JSON response of one operation, by status. */
export function responseValidatorSource({ responseSchemas }: OperationInfo, spec: Spec, header: string): string {
  const schemas: Record<string, Schema> = {};
  const index: string[] = [];
  for (const [status, schema] of Object.entries(responseSchemas)) {
    schemas[`status${status}`] = withDefs(schema, spec);
    index.push(`  ${JSON.stringify(status)}: status${status},`);
  }
  if (!index.length) return `${header}export const responseValidators = {};\n`;
  // Every violation with the offending value: these load only when validateResponses is on.
  return compile(schemas, header, `export const responseValidators = {\n${index.join("\n")}\n};\n`, { allErrors: true, verbose: true });
}

/** Loaders, one per operation and side: `import()` keeps the validators of operations never called unloaded. */
export function validatorIndexSource(infos: OperationInfo[], header: string): string {
  const loaders = (side: string) =>
    infos.map(({ id }) => `  ${id}: () => import("./${id}.${side}.js"),`).join("\n");
  return (
    header +
    `export const requestValidators = {\n${loaders("request")}\n};\n\n` +
    `export const responseValidators = {\n${loaders("responses")}\n};\n`
  );
}
