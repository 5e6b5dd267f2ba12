// Ajv standalone validators compiled from the spec's own schemas, one module per operation and side: the request
// (path, query, header and JSON body, checked before sending) and the responses (every documented JSON status,
// opt-in). Plain functions with no runtime dependency, loaded only for operations a client calls.
// Draft-07 Ajv: Prism validates in draft-07 too, and its output skips 2020's dynamic-scope bookkeeping.
//
// Any valid OpenAPI 3.1 document compiles: every keyword is either checked or passed over as an annotation.
//   checked       the draft-07 vocabulary; `discriminator` (the branch its property names is checked, so an error
//                 points into that branch); `format` date-time, date, uri, email, uuid (by pattern); minLength and
//                 maxLength counted in code points, inline (Ajv's own needs a runtime module)
//   annotations   every other format (binary, int64, ...), 2019/2020 keywords draft-07 lacks (prefixItems,
//                 unevaluatedProperties, dependentRequired, ...), `xml`, `externalDocs`, `x-` extensions
import AjvModule, { type KeywordCxt, type Options } from "ajv";
import type { KeywordErrorCxt } from "ajv/dist/types/index.js";
import { _ } from "ajv/dist/compile/codegen/index.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import { usePattern } from "ajv/dist/vocabularies/code.js";
import type { OperationInfo } from "./operations.js";
import type { Schema, Spec } from "./spec.js";

// Both are CommonJS modules whose export is also their `default`.
const Ajv = AjvModule.default;
const standaloneCode = standaloneModule.default;

// Annotations change no verdict; leaving them out keeps the generated code small.
const ANNOTATIONS = new Set([
  "description", "title", "summary", "example", "examples", "default", "deprecated", "readOnly", "writeOnly",
  "xml", "externalDocs", "$comment", "contentMediaType", "contentEncoding", "discriminator", "nullable",
]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
const LITERALS = new Set(["enum", "const", "required"]);

/** Formats checked by pattern (cheap, no runtime module); any other format is an annotation. */
export const CHECKED_FORMATS: Record<string, string> = {
  "date-time": "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$",
  date: "^\\d{4}-\\d{2}-\\d{2}$",
  uri: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$",
  email: "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
  uuid: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
};

const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/**
 * `oneOf` (or `anyOf`) with a `discriminator` as the branch its property names: an object whose property is one of
 * the mapped values, then that value's branch. Values come from `mapping`, else each branch's `const` (or one-value
 * `enum`) of the property, else the name of the branch's schema, as OpenAPI says. Null when a branch has no value.
 */
function dispatch(schema: Schema): Schema | null {
  const { propertyName, mapping = {} } = schema.discriminator as { propertyName?: string; mapping?: Record<string, string> };
  const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (typeof propertyName !== "string" || !Array.isArray(branches)) return null;
  const cases: [string, Schema][] = Object.entries(mapping).map(([value, ref]) => [value, { $ref: ref }]);
  for (const branch of branches) {
    const ref = typeof branch.$ref === "string" ? branch.$ref : undefined;
    if (ref && cases.some(([, target]) => target.$ref === ref)) continue;
    const property = (branch.properties as Record<string, Schema> | undefined)?.[propertyName];
    const value = property?.const ?? (Array.isArray(property?.enum) && property.enum.length === 1 ? property.enum[0] : undefined);
    if (typeof value === "string") cases.push([value, branch]);
    else if (ref) cases.push([refName(ref), branch]);
    else return null;
  }
  const { oneOf: _o, anyOf: _a, discriminator: _d, ...rest } = schema;
  const test = (value: string) => ({ required: [propertyName], properties: { [propertyName]: { const: value } } });
  return {
    ...rest,
    type: "object",
    required: [...new Set([...((rest.required as string[] | undefined) ?? []), propertyName])],
    properties: { ...(rest.properties as object | undefined), [propertyName]: { enum: cases.map(([value]) => value) } },
    allOf: [...((rest.allOf as Schema[] | undefined) ?? []), ...cases.map(([value, branch]) => ({ if: test(value), then: branch }))],
  };
}

/** The schema Ajv compiles: annotations out, a discriminator as its dispatch, OpenAPI 3.0's `nullable` as a type. */
function forAjv(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forAjv);
  if (!schema || typeof schema !== "object") return schema;
  let source = schema as Schema;
  if (source.discriminator) source = dispatch(source) ?? source;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (key === "format" && !(String(value) in CHECKED_FORMATS)) continue;
    if (SCHEMA_MAPS.has(key)) {
      kept[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, forAjv(sub)]));
    } else kept[key] = LITERALS.has(key) ? value : forAjv(value);
  }
  if (source.nullable === true && typeof kept.type === "string") kept.type = [kept.type, "null"];
  return kept;
}

const COMPONENT = "#/components/schemas/";
/** `#/components/schemas/A~1B/properties/x` -> `A/B`: the component a pointer starts in. */
const componentOf = (pointer: string) => pointer.slice(COMPONENT.length).split("/")[0]!.replaceAll("~1", "/").replaceAll("~0", "~");

/** The component schema names a schema reaches by `$ref` or by a discriminator's mapping (a ref or a bare name). */
function refsOf(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsOf(item, found);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string" && item.startsWith(COMPONENT)) found.add(componentOf(item));
      else if (key === "mapping" && item && typeof item === "object") {
        for (const target of Object.values(item)) if (typeof target === "string") found.add(target.startsWith(COMPONENT) ? componentOf(target) : target);
      } else refsOf(item, found);
    }
  }
  return found;
}

/** Refs (and mapping targets) to `#/components/schemas/X` as `#/$defs/X`, for a self-contained schema. */
function localRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(localRefs);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (key === "$ref" && typeof item === "string" && item.startsWith(COMPONENT)) return [key, `#/$defs/${item.slice(COMPONENT.length)}`];
      if (key === "mapping" && item && typeof item === "object") {
        const targets = Object.entries(item as Record<string, string>).map(([v, t]) => [v, t.startsWith(COMPONENT) ? `#/$defs/${t.slice(COMPONENT.length)}` : `#/$defs/${t.replaceAll("~", "~0").replaceAll("/", "~1")}`]);
        return [key, Object.fromEntries(targets)];
      }
      return [key, localRefs(item)];
    }),
  );
}

/** A self-contained schema: refs to `#/components/schemas/X` become `#/$defs/X`, with just the X it reaches. */
function withDefs(schema: Schema, spec: Spec): Schema {
  const all = spec.components?.schemas ?? {};
  const reached = new Set<string>();
  const visit = (value: unknown) => {
    for (const name of refsOf(value, new Set())) {
      if (!reached.has(name)) {
        reached.add(name);
        visit(all[name]);
      }
    }
  };
  visit(schema);
  const rewrite = (value: unknown) => forAjv(localRefs(value)) as Schema;
  if (!reached.size) return rewrite(schema);
  return { ...rewrite(schema), $defs: Object.fromEntries([...reached].sort().map((name) => [name, rewrite(all[name] ?? {})])) };
}

/** minLength and maxLength in code points (an emoji is one), as JSON Schema counts, with no runtime module. */
function lengthKeyword(keyword: "minLength" | "maxLength") {
  return {
    keyword,
    type: "string" as const,
    schemaType: "number" as const,
    error: { message: "", params: ({ schemaCode }: KeywordErrorCxt) => _`{limit: ${schemaCode}}` },
    code(cxt: KeywordCxt) {
      const { data, schemaCode } = cxt;
      cxt.fail(keyword === "minLength" ? _`[...${data}].length < ${schemaCode}` : _`[...${data}].length > ${schemaCode}`);
    },
  };
}

const formatKeyword = {
  keyword: "format",
  type: "string" as const,
  schemaType: "string" as const,
  error: { message: "", params: ({ schema }: KeywordErrorCxt) => _`{format: ${schema as string}}` },
  code(cxt: KeywordCxt) {
    const pattern = CHECKED_FORMATS[cxt.schema as string];
    if (pattern) cxt.fail(_`!${usePattern(cxt, pattern)}.test(${cxt.data})`);
  },
};

function compile(schemas: Record<string, Schema>, header: string, exports: string, options: Options): string {
  // Not strict: a keyword Ajv does not know is an annotation, never a crash (see the top of this file).
  const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: false, logger: false, ...options });
  for (const keyword of ["minLength", "maxLength", "format"]) ajv.removeKeyword(keyword);
  ajv.addKeyword(lengthKeyword("minLength"));
  ajv.addKeyword(lengthKeyword("maxLength"));
  ajv.addKeyword(formatKeyword);
  for (const [id, schema] of Object.entries(schemas)) ajv.addSchema({ ...schema, $id: id }, id);
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((id) => [id, id])));
  if (/\brequire\(|^import /m.test(code)) {
    throw new Error("The Ajv standalone output needs a runtime module: a keyword the generator should inline (see validators.ts)");
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
  return compile(schemas, header, `export const responseValidators = {\n${index.join("\n")}\n};\n`, { allErrors: true, verbose: true, messages: false });
}

/** One webhook event type's delivery body (every violation with its value, as for responses). */
export function eventValidatorSource(schema: Schema, spec: Spec, header: string): string {
  return compile({ validateEvent: withDefs(schema, spec) }, header, "", { allErrors: true, verbose: true, messages: false });
}

/** Loaders, one per operation and side: `import()` keeps the validators of operations never called unloaded. */
export function validatorIndexSource(infos: OperationInfo[], header: string): string {
  const loaders = (side: string) =>
    infos.map(({ id }) => `  ${id}: () => import("./${id}.${side}.js"),`).join("\n");
  return (
    header +
    "/** A generated validator: true when the value keeps the schema, else false with `errors` set. */\n" +
    "export type Validator = ((data: unknown) => boolean) & {\n" +
    "  errors?: { instancePath: string; schemaPath?: string; keyword: string; params: Record<string, unknown>; data?: unknown }[] | null;\n};\n\n" +
    "/** Each operation's request validator (path, query, header and body as one object), loaded on its first call. */\n" +
    `export const requestValidators: Readonly<Record<string, () => Promise<{ validateRequest: Validator }>>> = {\n${loaders("request")}\n};\n\n` +
    "/** Each operation's response validators by status, loaded when responses are checked. */\n" +
    `export const responseValidators: Readonly<Record<string, () => Promise<{ responseValidators: Readonly<Record<string, Validator>> }>>> = {\n${loaders("responses")}\n};\n`
  );
}
