// Spec -> the operation table: one row of data per operation (src/generated/operations.ts), and the types of the
// client's surface with each method's summary and description as JSDoc (src/generated/surface.ts).
import { lowerCamel, methodFromOperationId, namingProblems } from "./naming.js";
import type { OperationRow, ParameterRow } from "../../src/generated/operations.js";
import { OPERATION_ROW_TYPES } from "./rows.js";
import { resolveSchema, type Schema, type Spec, type SpecOperation, specOperations } from "./spec.js";

export type { OperationRow, ParameterRow };

export const IDEMPOTENCY_HEADER = "idempotency-key";
const JSON_MEDIA = /^application\/(.+\+)?json$/;
const FORM_MEDIA = /^multipart\/form-data$/;

/** What the generator knows of an operation: its row, and what the types and docs are made from. */
export interface OperationInfo {
  id: string;
  row: OperationRow;
  source: SpecOperation;
  /** JSON response schemas by status, for the response validators. */
  responseSchemas: Record<string, Schema>;
  bodySchema: Schema | undefined;
}

export class SpecError extends Error {}

function isCursorList(spec: Spec, op: SpecOperation): boolean {
  if (op.method !== "get" || !op.parameters.some((p) => p.in === "query" && p.name === "cursor")) return false;
  const page = resolveSchema(spec, op.responses["200"]?.content?.["application/json"]?.schema);
  const properties = (page.properties ?? {}) as Record<string, Schema>;
  return (
    resolveSchema(spec, properties.data).type === "array" && "has_more" in properties && "next_cursor" in properties
  );
}

/** The properties of a cursor list's items, by name. */
function itemProperties(spec: Spec, op: SpecOperation): Record<string, Schema> {
  const page = resolveSchema(spec, op.responses["200"]?.content?.["application/json"]?.schema);
  const data = resolveSchema(spec, (page.properties as Record<string, Schema> | undefined)?.data);
  return (resolveSchema(spec, data.items as Schema | undefined).properties ?? {}) as Record<string, Schema>;
}

/** The top-level fields of a JSON body, by name, and which of them are required. */
export interface BodyShape {
  properties: Record<string, Schema>;
  required: string[];
}

/**
 * A body schema's top-level fields: an object's properties; the merged fields of an `allOf`; every field of a
 * `oneOf`/`anyOf` whose branches are all objects (required: the fields every branch requires). Null when the body
 * is not an object with fields (an array, a string, an open map): it then goes whole in `params.body`.
 */
export function bodyShape(spec: Spec, schema: Schema | undefined, depth = 0): BodyShape | null {
  const resolved = resolveSchema(spec, schema);
  if (depth > 16) return null;
  const own: BodyShape | null =
    resolved.properties && (resolved.type === undefined || resolved.type === "object")
      ? { properties: { ...(resolved.properties as Record<string, Schema>) }, required: [...((resolved.required as string[]) ?? [])] }
      : null;
  const parts: BodyShape[] = own ? [own] : [];
  if (Array.isArray(resolved.allOf)) {
    for (const branch of resolved.allOf as Schema[]) {
      const shape = bodyShape(spec, branch, depth + 1);
      if (!shape) return null;
      parts.push(shape);
    }
  }
  const alternatives = (resolved.oneOf ?? resolved.anyOf) as Schema[] | undefined;
  if (Array.isArray(alternatives)) {
    const shapes = alternatives.map((branch) => bodyShape(spec, branch, depth + 1));
    if (!shapes.length || shapes.some((shape) => !shape)) return null;
    const all = shapes as BodyShape[];
    parts.push({
      properties: Object.assign({}, ...all.map((shape) => shape.properties)),
      required: all[0]!.required.filter((field) => all.every((shape) => shape.required.includes(field))),
    });
  }
  if (!parts.length) return null;
  return {
    properties: Object.assign({}, ...parts.map((part) => part.properties)),
    required: [...new Set(parts.flatMap((part) => part.required))],
  };
}

function jsonMedia(content: Record<string, unknown> | undefined): string | undefined {
  return Object.keys(content ?? {}).find((type) => JSON_MEDIA.test(type));
}

/** Reads every operation of the spec into rows; throws SpecError listing every problem and how to fix it. */
export function readOperations(spec: Spec): OperationInfo[] {
  const problems: string[] = [];
  const infos: OperationInfo[] = [];
  for (const source of specOperations(spec)) {
    const { operation, method, path } = source;
    const where = `${method.toUpperCase()} ${path}`;
    const id = operation.operationId;
    if (!id) {
      problems.push(`${where} has no operationId: give it one (it names the types and, by the naming rule, the method)`);
      continue;
    }
    const tag = operation.tags?.[0];
    const resource = operation["x-blooio-resource"] ?? (tag ? lowerCamel(tag) : "");
    const name = operation["x-blooio-method"] ?? (tag ? methodFromOperationId(id, tag) : lowerCamel(id));

    const parameters: ParameterRow[] = [];
    let idempotencyKey = false;
    const keys = new Map<string, string>();
    const claim = (key: string, what: string) => {
      const earlier = keys.get(key);
      if (earlier) {
        problems.push(
          `${where} (${id}): ${what} and ${earlier} are both "${key}" in the method's params: rename the parameter with x-blooio-name`,
        );
      }
      keys.set(key, what);
    };
    for (const parameter of source.parameters) {
      if (parameter.in === "cookie") continue;
      if (parameter.in === "header" && parameter.name.toLowerCase() === IDEMPOTENCY_HEADER) {
        idempotencyKey = true;
        continue;
      }
      const key = parameter["x-blooio-name"] ?? parameter.name;
      claim(key, `${parameter.in} parameter ${parameter.name}`);
      parameters.push({ name: parameter.name, in: parameter.in, ...(key !== parameter.name ? { key } : {}) });
    }

    let body: OperationRow["body"] = null;
    let bodySchema: Schema | undefined;
    const content = source.requestBody?.content;
    if (content) {
      const mediaType = jsonMedia(content) ?? Object.keys(content)[0]!;
      const schema = content[mediaType]?.schema;
      const shape = JSON_MEDIA.test(mediaType) ? bodyShape(spec, schema) : null;
      const fields = shape ? Object.keys(shape.properties) : null;
      for (const field of fields ?? ["body"]) claim(field, fields ? `body field ${field}` : "the request body");
      body = { mediaType, fields, required: source.requestBody?.required ?? false };
      // A form with a file field: a lone Blob (or bytes) given as params.body is sent as that field.
      const file = FORM_MEDIA.test(mediaType) ? fileField(spec, schema) : undefined;
      if (file) body = { ...body, file };
      if (JSON_MEDIA.test(mediaType)) bodySchema = schema ?? {};
    }

    const cursorList = isCursorList(spec, source);
    // How the testing kit's mock filters a listing: each query parameter that names an item field keeps the items
    // whose field equals it; x-blooio-filter names the field when the parameter is called otherwise.
    const fields = cursorList ? itemProperties(spec, source) : {};
    for (const row of parameters) {
      const parameter = source.parameters.find((p) => p.in === row.in && p.name === row.name)!;
      const field = parameter["x-blooio-filter"];
      if (field !== undefined && (!cursorList || row.in !== "query" || !(field in fields))) {
        problems.push(`${where} (${id}): x-blooio-filter on ${row.name} must name a field of the cursor list's items (${field} is not one)`);
      } else if (cursorList && row.in === "query" && row.name !== "cursor" && row.name !== "limit" && (field ?? row.name) in fields) {
        row.filter = field ?? row.name;
      }
    }
    let partition: OperationRow["partition"] = null;
    for (const parameter of source.parameters.filter((p) => p["x-blooio-partition"])) {
      const values = resolveSchema(spec, parameter.schema).enum;
      if (!cursorList || parameter.in !== "query" || !Array.isArray(values) || partition) {
        problems.push(
          `${where} (${id}): x-blooio-partition is for one enum query parameter of a cursor list (${parameter.name} is not one)`,
        );
        continue;
      }
      partition = { parameter: parameter["x-blooio-name"] ?? parameter.name, values: values.map(String) };
    }

    const responseSchemas: Record<string, Schema> = {};
    for (const [status, response] of Object.entries(source.responses)) {
      const media = jsonMedia(response.content);
      if (media) responseSchemas[status] = response.content![media]!.schema ?? {};
    }
    const success = Object.keys(source.responses)
      .filter((status) => /^2\d\d$/.test(status))
      .map(Number);
    if (!success.length) problems.push(`${where} (${id}) documents no 2xx response: document what success answers`);

    infos.push({
      id,
      source,
      bodySchema,
      responseSchemas,
      row: { label: where, method: method.toUpperCase(), path, resource, name, parameters, body, success, cursorList, partition, idempotencyKey },
    });
  }
  const lists = new Set(infos.filter((info) => info.row.name === "list" && info.row.cursorList).map((info) => info.row.resource));
  problems.push(
    ...namingProblems(
      infos.map(({ id, row }) => ({ operationId: id, where: row.label, resource: row.resource, method: row.name })),
      lists,
    ),
  );
  if (problems.length) throw new SpecError(`The spec cannot be turned into a client:\n  ${problems.join("\n  ")}`);
  return infos;
}

export function operationsSource(infos: OperationInfo[], header: string): string {
  const rows = infos.map(({ id, row }) => `  ${id}: ${JSON.stringify(row)},`).join("\n");
  return (
    header +
    OPERATION_ROW_TYPES +
    "\n/** One row per operation of the spec: what the client needs to call it. Data only; see scripts/generate/operations.ts. */\n" +
    `export const operations = {\n${rows}\n} as const satisfies Readonly<Record<string, OperationRow>>;\n`
  );
}

/**
 * Per resource, its methods' operationIds, and which are cursor lists: all a client needs before the first call of
 * a method (its row is loaded then), so building a client costs the same with one operation as with a hundred.
 */
export function resourcesSource(infos: OperationInfo[], header: string): string {
  const resources: Record<string, Record<string, string>> = {};
  for (const { id, row } of infos) (resources[row.resource] ??= {})[row.name] = id;
  const lists = infos.filter((info) => info.row.cursorList).map((info) => info.id);
  return (
    header +
    "/** Per resource, each method's operationId. Data only; see scripts/generate/operations.ts. */\n" +
    `export const resources = ${JSON.stringify(resources)} as const;\n\n` +
    "/** The operations whose method is a cursor list: awaitable for the first page, iterable for every item. */\n" +
    `export const cursorLists: readonly string[] = ${JSON.stringify(lists)};\n`
  );
}

/** A form's file field: its one `format: binary` property (a required one first). */
function fileField(spec: Spec, schema: Schema | undefined): string | undefined {
  const resolved = resolveSchema(spec, schema);
  const properties = Object.entries((resolved.properties ?? {}) as Record<string, Schema>);
  const binary = properties.filter(([, property]) => resolveSchema(spec, property).format === "binary").map(([name]) => name);
  const required = (resolved.required as string[] | undefined) ?? [];
  return binary.find((name) => required.includes(name)) ?? binary[0];
}

/** Text for a JSDoc block: no comment terminator, each line prefixed. */
function jsdoc(lines: string[], indent: string): string {
  if (lines.length === 1 && !lines[0]!.includes("\n")) return `${indent}/** ${lines[0]!.replaceAll("*/", "*\\/")} */\n`;
  const body = lines.flatMap((line) => line.replaceAll("*/", "*\\/").split("\n")).map((line) => `${indent} *${line ? ` ${line}` : ""}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

const pascal = (id: string) => id[0]!.toUpperCase() + id.slice(1);
const quote = (text: string) => JSON.stringify(text);

/** The flat params type of one operation, from openapi-typescript's `operations[id]`. */
function paramsType({ id, row, source }: OperationInfo): string {
  const op = `operations[${quote(id)}]`;
  const parts: string[] = [];
  for (const location of ["path", "query", "header"] as const) {
    const rows = row.parameters.filter((p) => p.in === location);
    if (!rows.length && !(location === "header" && row.idempotencyKey)) continue;
    let type = `NonNullable<${op}["parameters"][${quote(location)}]>`;
    const dropped = source.parameters.filter((p) => p.in === location && (p.name.toLowerCase() === IDEMPOTENCY_HEADER || p["x-blooio-name"]));
    if (dropped.length) type = `Omit<${type}, ${dropped.map((p) => quote(p.name)).join(" | ")}>`;
    if (!rows.length) continue;
    parts.push(type);
    for (const renamed of rows.filter((p) => p.key)) {
      const required = source.parameters.find((p) => p.in === location && p.name === renamed.name)?.required;
      parts.push(`{ ${quote(renamed.key!)}${required ? "" : "?"}: NonNullable<${op}["parameters"][${quote(location)}]>[${quote(renamed.name)}] }`);
    }
  }
  if (row.body) {
    const content = `NonNullable<${op}["requestBody"]>["content"][${quote(row.body.mediaType)}]`;
    if (row.body.fields) parts.push(row.body.required ? content : `Partial<${content}>`);
    else {
      const type = JSON_MEDIA.test(row.body.mediaType) ? content : "FormData | Blob | ArrayBuffer | Uint8Array | string";
      parts.push(`{ body${row.body.required ? "" : "?"}: ${type} }`);
    }
  }
  return parts.length ? parts.join(" & ") : "{}";
}

function resultType({ id, row, source }: OperationInfo): string {
  const types = row.success.map((status) => {
    const content = source.responses[String(status)]?.content;
    const media = jsonMedia(content);
    return media ? `${`operations[${quote(id)}]`}["responses"][${status}]["content"][${quote(media)}]` : "undefined";
  });
  return [...new Set(types)].join(" | ");
}

function methodDoc({ id, row, source }: OperationInfo): string[] {
  const { summary, description, deprecated } = source.operation;
  const lines = [summary ?? row.label];
  if (description && description !== summary) lines.push("", description.trim());
  lines.push("", `\`${row.method} ${row.path}\` (operationId \`${id}\`).`);
  if (row.cursorList) {
    lines.push("Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.");
  }
  if (row.idempotencyKey) lines.push("Sends one `Idempotency-Key` per call (the same on every retry), so a retry cannot apply it twice.");
  if (row.body && !row.body.fields) lines.push(`The request body (\`${row.body.mediaType}\`) goes in \`params.body\`.`);
  if (deprecated) lines.push("@deprecated The spec marks this operation deprecated.");
  return lines;
}

/** Names the generated types and the package's entries use themselves: no alias takes one. */
export const RESERVED_TYPE_NAMES = [
  "components", "operations", "paths", "webhooks", "OperationParams", "OperationResults", "Resources",
  "QueryOf", "PageOf", "ItemOf", "CursorPath", "CursorPage",
  "WebhookEvent", "WebhookEvents", "KnownWebhookEvent", "UnknownWebhookEvent", "WebhookEventType", "WebhookSignatureScheme", "EventValidator",
];

export function surfaceSource(infos: OperationInfo[], spec: Spec, header: string): string {
  const out: string[] = [header, 'import type { components, operations } from "./v4.js";\n\n'];
  // Type aliases: each schema by its own name, then per operation `XParams`, `XResult`, `XQuery`. The spec's names
  // come first: an operation's alias that would take a schema's name (a schema called `SendMessageResult`), or
  // another alias's, is left out; `OperationParams["sendMessage"]` and `OperationResults[...]` always name it.
  const aliases = new Map<string, string>();
  const taken = new Set<string>();
  const schemaNames = Object.keys(spec.components?.schemas ?? {}).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  for (const name of RESERVED_TYPE_NAMES) taken.add(name);
  const alias = (name: string, type: string, doc?: string) => {
    if (taken.has(name)) {
      // Two operations' aliases alike (`getChat`, `GetChat`): neither gets it.
      if (!schemaNames.includes(name)) aliases.delete(name);
      return;
    }
    taken.add(name);
    aliases.set(name, (doc ? jsdoc([doc], "") : "") + `export type ${name} = ${type};\n`);
  };
  // A schema named like a global (Error, Response) gets no alias: it would shadow the global in an app's imports.
  for (const name of schemaNames) {
    if (taken.has(name)) continue;
    taken.add(name);
    if (!(name in globalThis)) aliases.set(name, `export type ${name} = components["schemas"][${quote(name)}];\n`);
  }
  for (const info of infos) {
    alias(`${pascal(info.id)}Params`, `OperationParams[${quote(info.id)}]`, `The params of \`${info.row.resource}.${info.row.name}\`.`);
    alias(`${pascal(info.id)}Result`, `OperationResults[${quote(info.id)}]`, `What \`${info.row.resource}.${info.row.name}\` resolves to.`);
    if (info.row.parameters.some((p) => p.in === "query")) {
      alias(`${pascal(info.id)}Query`, `NonNullable<operations[${quote(info.id)}]["parameters"]["query"]>`);
    }
  }
  out.push("/** Each operation's params: its path, query and header parameters and its JSON body fields, in one object. */\n");
  out.push(`export interface OperationParams {\n${infos.map((info) => `  ${info.id}: ${paramsType(info)};`).join("\n")}\n}\n\n`);
  out.push("/** Each operation's result: the JSON body of its 2xx answers. */\n");
  out.push(`export interface OperationResults {\n${infos.map((info) => `  ${info.id}: ${resultType(info)};`).join("\n")}\n}\n\n`);
  out.push("/** The client's resources and methods, each naming its operation; the JSDoc is what an editor shows on hover. */\n");
  out.push("export interface Resources {\n");
  const resources = [...new Set(infos.map((info) => info.row.resource))];
  for (const resource of resources) {
    out.push(`  ${resource}: {\n`);
    for (const info of infos.filter((i) => i.row.resource === resource)) {
      out.push(jsdoc(methodDoc(info), "    "), `    ${info.row.name}: ${quote(info.id)};\n`);
    }
    out.push("  };\n");
  }
  out.push("}\n\n", ...aliases.values());
  return out.join("");
}
