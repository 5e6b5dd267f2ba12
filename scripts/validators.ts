// Ajv standalone validators compiled from the spec's own schemas: the query of every GET and its 200 body.
// The output is plain functions with no runtime dependency, so a spec change changes validation with no edit to src/.
// Draft-07 Ajv: Prism validates in draft-07 too, and its output skips 2020's dynamic-scope bookkeeping.
import AjvModule, { type Options } from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";

// Both are CommonJS modules whose export is also their `default`.
const Ajv = AjvModule.default;
const standaloneCode = standaloneModule.default;

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
export interface Spec {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

// Annotations change no verdict; leaving them out keeps the generated code small.
const ANNOTATIONS = new Set(["description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions"]);
const LITERALS = new Set(["enum", "const", "required"]);

function stripAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (!schema || typeof schema !== "object") return schema;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
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

function getOperations(spec: Spec): Array<{ path: string; operation: Operation }> {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) => (item.get ? [{ path, operation: item.get }] : []));
}

function compile(
  schemas: Record<string, Schema>,
  header: string,
  indexName: string,
  keys: Record<string, string>,
  options: Options,
): string {
  const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: true, strictTypes: false, ...options });
  for (const [id, schema] of Object.entries(schemas)) ajv.addSchema({ ...schema, $id: id }, id);
  const exported = Object.fromEntries(Object.keys(schemas).map((id) => [id, id]));
  const code = standaloneCode(ajv, exported);
  if (/\brequire\(|^import /m.test(code)) {
    throw new Error("The Ajv standalone output needs a runtime module; keep the spec's schemas to plain keywords");
  }
  const index = Object.entries(keys)
    .map(([key, id]) => `  ${JSON.stringify(key)}: ${id},`)
    .join("\n");
  return `${header}// @ts-nocheck\n${code}\nexport const ${indexName} = {\n${index}\n};\n`;
}

/** The enum values a parameter's schema allows (following a `#/components/schemas/` ref), if it is an enum. */
function enumOf(schema: Schema | undefined, spec: Spec): string[] | undefined {
  const ref = typeof schema?.$ref === "string" ? /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
  const resolved = ref ? spec.components?.schemas?.[ref] : schema;
  return Array.isArray(resolved?.enum) ? resolved.enum.map(String) : undefined;
}

/** Query schemas: one object per GET, its properties the parameters, nothing else allowed. */
export function queryValidatorsSource(spec: Spec, header: string): string {
  const schemas: Record<string, Schema> = {};
  const keys: Record<string, string> = {};
  const enums: Record<string, Record<string, string[]>> = {};
  for (const { path, operation } of getOperations(spec)) {
    const query = (operation.parameters ?? []).filter((p) => p.in === "query");
    enums[path] = Object.fromEntries(
      query.flatMap((p) => {
        const values = enumOf(p.schema, spec);
        return values ? [[p.name, values]] : [];
      }),
    );
    const id = `${operation.operationId}Query`;
    schemas[id] = withDefs(
      {
        type: "object",
        properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])),
        required: query.filter((p) => p.required).map((p) => p.name),
        additionalProperties: false,
      },
      spec,
    );
    keys[path] = id;
  }
  // First error only and no message strings: this one ships in every bundle, so it is kept small.
  const code = compile(schemas, header, "queryValidators", keys, { allErrors: false, messages: false });
  // The values of each enum query parameter, for listings partitioned by one (one cursor chain per value).
  return `${code}\nexport const queryEnums = ${JSON.stringify(enums, null, 2)};\n`;
}

/** Response schemas: the JSON body of each GET's 200 answer. */
export function responseValidatorsSource(spec: Spec, header: string): string {
  const schemas: Record<string, Schema> = {};
  const keys: Record<string, string> = {};
  for (const { path, operation } of getOperations(spec)) {
    const schema = operation.responses?.["200"]?.content?.["application/json"]?.schema;
    if (!schema) continue;
    const id = `${operation.operationId}Response`;
    schemas[id] = withDefs(schema, spec);
    keys[path] = id;
  }
  // Every violation with the offending value: this one is loaded only when validateResponses is on.
  return compile(schemas, header, "responseValidators", keys, { allErrors: true, verbose: true });
}
