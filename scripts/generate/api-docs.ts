// Spec -> docs/api.md: every method of the client, per resource in the spec's order, with its HTTP call, params,
// result, idempotency and typed errors, then the type aliases (and, once the spec has `webhooks`, its events).
// Plain Markdown (tables and short lists, no HTML) so that it reads in a GitHub preview; built only from the
// generator's own data, so it cannot say what the client does not do.
import { readWebhookEvents } from "./webhooks.js";
import { bodyShape, type OperationInfo, RESERVED_TYPE_NAMES, surfaceSource } from "./operations.js";
import { deref, HTTP_METHODS, type Operation, resolveSchema, type Schema, type Spec } from "./spec.js";

const JSON_MEDIA = /^application\/(.+\+)?json$/;

/**
 * A non-2xx status -> the class the client throws for it. The same mapping as `statusClasses` and `apiErrorFrom`
 * in src/core/errors.ts, stated here because src/ never imports scripts/ and a table of eight statuses reads
 * better than an import; test/generate/api-docs.test.ts checks that the two agree.
 */
export const STATUS_ERRORS: Readonly<Record<number, string>> = {
  400: "BadRequestError",
  401: "AuthenticationError",
  403: "PermissionDeniedError",
  404: "NotFoundError",
  409: "ConflictError",
  422: "UnprocessableEntityError",
  429: "RateLimitError",
};

/** The class for one status: the table, else ServerError from 500 up, else ApiError. */
export function errorClassOf(status: number): string {
  return STATUS_ERRORS[status] ?? (status >= 500 ? "ServerError" : "ApiError");
}

/** A documented response key (`404`, `5XX`, `default`) -> the class it throws, or null for a success. */
function errorOfResponseKey(key: string): string | null {
  if (/^2(\d\d|XX)$/i.test(key)) return null;
  if (/^\d{3}$/.test(key)) return errorClassOf(Number(key));
  if (/^5XX$/i.test(key)) return "ServerError";
  // 4XX, 1XX, 3XX, default: whichever class the actual status maps to.
  return "ApiError (or the class of its status)";
}

// ---------------------------------------------------------------------------------------------------------------
// Text helpers

/** One table cell: on one line, pipes escaped (GitHub needs `\|` even inside a code span). */
const cell = (text: string) => text.replace(/\s+/g, " ").trim().replaceAll("|", "\\|");
const code = (text: string) => `\`${text}\``;

/** The first sentence of a description, on one line. */
export function firstSentence(text: string | undefined): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  // A sentence ends at . ! ? followed by a space and a capital, or at the end; `e.g.`/`i.e.` do not end one.
  const match = /^(.+?(?<!\b(?:e\.g|i\.e|etc|vs))[.!?])(?=\s+[A-Z`(]|$)/.exec(flat);
  return match ? match[1]! : flat;
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

// ---------------------------------------------------------------------------------------------------------------
// Types in short

const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

/** A schema as a short TypeScript-like type: a component by its name, small inline objects spelt out. */
export function shortType(spec: Spec, schema: Schema | undefined, depth = 0): string {
  if (!schema || typeof schema !== "object") return "unknown";
  const ref = typeof schema.$ref === "string" ? SCHEMA_REF.exec(schema.$ref) : null;
  if (ref) return ref[1]!.replaceAll("~1", "/").replaceAll("~0", "~");
  if (typeof schema.$ref === "string") return shortType(spec, resolveSchema(spec, schema), depth);
  if (depth > 3) return "object";
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.map((value) => JSON.stringify(value));
    return values.length <= 8 ? values.join(" | ") : `${typeWords(schema) || "string"} (one of ${values.length} values)`;
  }
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(alternatives)) return union(alternatives.map((branch) => shortType(spec, branch, depth + 1)));
  if (Array.isArray(schema.allOf)) {
    const parts = (schema.allOf as Schema[]).map((branch) => shortType(spec, branch, depth + 1));
    return parts.length === 1 ? parts[0]! : parts.map((part) => (part.includes(" | ") ? `(${part})` : part)).join(" & ");
  }
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type): type is string => typeof type === "string");
  const nullable = types.includes("null");
  const rendered = types
    .filter((type) => type !== "null")
    .map((type) => {
      if (type === "array") {
        const item = shortType(spec, schema.items as Schema | undefined, depth + 1);
        return /[ |&]/.test(item) && !item.startsWith("{") ? `(${item})[]` : `${item}[]`;
      }
      if (type === "object") return objectType(spec, schema, depth);
      if (type === "string" && schema.format === "binary") return "Blob";
      return type;
    });
  if (!types.length) rendered.push(schema.properties ? objectType(spec, schema, depth) : "unknown");
  if (nullable) rendered.push("null");
  return union(rendered);
}

const typeWords = (schema: Schema) => (Array.isArray(schema.type) ? schema.type.join(" | ") : ((schema.type as string) ?? ""));
const union = (parts: string[]) => [...new Set(parts)].join(" | ") || "unknown";

function objectType(spec: Spec, schema: Schema, depth: number): string {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  const required = (schema.required as string[] | undefined) ?? [];
  if (!properties.length) {
    const extra = schema.additionalProperties;
    return extra && typeof extra === "object" ? `Record<string, ${shortType(spec, extra as Schema, depth + 1)}>` : "object";
  }
  if (depth > 0 || properties.length > 4) return "object";
  return `{ ${properties.map(([name, property]) => `${name}${required.includes(name) ? "" : "?"}: ${shortType(spec, property, depth + 1)}`).join("; ")} }`;
}

// ---------------------------------------------------------------------------------------------------------------
// The generated type aliases

interface Aliases {
  /** Schema name -> its alias (the same name), for the schemas that have one. */
  schemas: Set<string>;
  /** operationId -> its Params, Query and Result aliases, where it has them. */
  operations: Map<string, { params?: string; query?: string; result?: string }>;
}

/**
 * The aliases src/generated/surface.ts exports, read from the surface generator's own output, so that which
 * names exist (a schema named like a global gets none; an operation's alias gives way to a schema's) is decided
 * in one place.
 */
function readAliases(infos: OperationInfo[], spec: Spec): Aliases {
  const aliases: Aliases = { schemas: new Set(), operations: new Map() };
  for (const [, name, target] of surfaceSource(infos, spec, "").matchAll(/^export type (\w+) = (.+);$/gm)) {
    const schema = /^components\["schemas"\]\[("(?:[^"\\]|\\.)*")\]$/.exec(target!);
    if (schema) {
      aliases.schemas.add(JSON.parse(schema[1]!) as string);
      continue;
    }
    const operation = /^(?:OperationParams|OperationResults|NonNullable<operations)\[("(?:[^"\\]|\\.)*")\]/.exec(target!);
    if (!operation) continue;
    const id = JSON.parse(operation[1]!) as string;
    const entry = aliases.operations.get(id) ?? {};
    if (target!.startsWith("OperationParams")) entry.params = name!;
    else if (target!.startsWith("OperationResults")) entry.result = name!;
    else entry.query = name!;
    aliases.operations.set(id, entry);
  }
  if (!aliases.operations.size && infos.length) throw new Error("api-docs: found no aliases in surfaceSource's output: has its format changed?");
  return aliases;
}

// ---------------------------------------------------------------------------------------------------------------
// One method

interface ParamLine {
  key: string;
  in: "path" | "query" | "header" | "body";
  type: string;
  required: boolean;
  description: string;
}

function paramLines(spec: Spec, { row, source, bodySchema }: OperationInfo): ParamLine[] {
  const lines: ParamLine[] = [];
  for (const p of row.parameters) {
    const parameter = source.parameters.find((s) => s.in === p.in && s.name === p.name)!;
    const description = firstSentence(parameter.description ?? (resolveSchema(spec, parameter.schema).description as string | undefined));
    lines.push({
      key: p.key ? `${code(p.key)} (sent as ${code(p.name)})` : code(p.name),
      in: p.in,
      type: shortType(spec, parameter.schema),
      required: parameter.required ?? false,
      description,
    });
  }
  const body = row.body;
  if (body?.fields && bodySchema) {
    const { properties, required } = bodyShape(spec, bodySchema)!;
    for (const field of body.fields) {
      const property = properties[field];
      lines.push({
        key: code(field),
        in: "body",
        type: shortType(spec, property),
        required: body.required && required.includes(field),
        description: firstSentence(((property?.description ?? resolveSchema(spec, property).description) as string | undefined) ?? ""),
      });
    }
  } else if (body) {
    const schema = source.requestBody?.content?.[body.mediaType]?.schema;
    const isJson = JSON_MEDIA.test(body.mediaType);
    const what = `The whole request body (${code(body.mediaType)})`;
    const file = body.file ? `; a lone \`Blob\` or bytes fill the form field ${code(body.file)}` : "";
    const described = firstSentence(source.requestBody?.description ?? (resolveSchema(spec, schema).description as string | undefined));
    lines.push({
      key: code("body"),
      in: "body",
      type: isJson ? shortType(spec, schema) : "FormData | Blob | ArrayBuffer | Uint8Array | string",
      required: body.required,
      description: `${what}${file}.${described ? ` ${described}` : ""}`,
    });
  }
  return lines;
}

/** True when a body schema leaves `{}` no valid params: a field it requires, in every branch of a union. */
function bodyRequiresSomething(spec: Spec, schema: Schema | undefined, depth = 0): boolean {
  const resolved = resolveSchema(spec, schema);
  if (depth > 16) return false;
  if (Array.isArray(resolved.required) && resolved.required.length) return true;
  if (Array.isArray(resolved.allOf) && (resolved.allOf as Schema[]).some((branch) => bodyRequiresSomething(spec, branch, depth + 1))) return true;
  const alternatives = (resolved.oneOf ?? resolved.anyOf) as Schema[] | undefined;
  return Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every((branch) => bodyRequiresSomething(spec, branch, depth + 1));
}

/** `params` when the method's params type requires something, `params?` when `{}` will do. */
function paramsArgument(spec: Spec, info: OperationInfo, lines: ParamLine[]): string {
  const needsBody = info.row.body?.required && (info.row.body.fields ? bodyRequiresSomething(spec, info.bodySchema) : true);
  return lines.some((line) => line.required) || needsBody ? "params" : "params?";
}

/** The JSON body of each 2xx, grouped: `200, 201: MessageSendResult`. */
function successTypes(spec: Spec, { row, source }: OperationInfo): Array<{ statuses: number[]; type: string }> {
  const groups: Array<{ statuses: number[]; type: string }> = [];
  for (const status of row.success) {
    const content = source.responses[String(status)]?.content ?? {};
    const media = Object.keys(content).find((type) => JSON_MEDIA.test(type));
    const type = media ? shortType(spec, content[media]!.schema) : "undefined";
    const group = groups.find((g) => g.type === type);
    if (group) group.statuses.push(status);
    else groups.push({ statuses: [status], type });
  }
  return groups;
}

/** A cursor list's item type: its 200 body's `data` items. */
function itemType(spec: Spec, { source }: OperationInfo): string {
  const page = resolveSchema(spec, source.responses["200"]?.content?.["application/json"]?.schema);
  const data = resolveSchema(spec, (page.properties as Record<string, Schema> | undefined)?.data);
  return shortType(spec, data.items as Schema | undefined);
}

/** The typed errors of the documented non-2xx statuses, in the spec's order: `404 NotFoundError`. */
export function documentedErrors(info: OperationInfo): Array<{ status: string; error: string }> {
  return Object.keys(info.source.responses)
    .map((status) => ({ status, error: errorOfResponseKey(status) }))
    .filter((entry): entry is { status: string; error: string } => entry.error !== null);
}

/** The heading of a method: `chats.get`, whose anchor the resource's table links to. */
const methodHeading = ({ row }: OperationInfo) => `${row.resource}.${row.name}`;

function methodSection(spec: Spec, info: OperationInfo, aliases: Aliases): string[] {
  const { id, row, source } = info;
  const lines = paramLines(spec, info);
  const params = paramsArgument(spec, info, lines);
  const own = aliases.operations.get(id) ?? {};
  const result = own.result ?? `OperationResults[${JSON.stringify(id)}]`;
  const out = [`### ${methodHeading(info)}`, "", `${code(`client.${row.resource}.${row.name}(${params}, options?)`)} → ${code(row.label)}`, ""];
  const { summary, deprecated } = source.operation;
  out.push(`${summary ?? row.label}${/[.!?]$/.test(summary ?? "") ? "" : "."}${deprecated ? " **Deprecated** in the spec." : ""}`, "");

  if (lines.length) {
    out.push("| param | in | type | required | description |", "| --- | --- | --- | --- | --- |");
    for (const line of lines) {
      out.push(`| ${cell(line.key)} | ${line.in} | ${cell(code(line.type))} | ${line.required ? "yes" : "no"} | ${cell(line.description)} |`);
    }
    out.push("");
  } else {
    out.push("No params.", "");
  }

  const facts: string[] = [];
  const bodies = successTypes(spec, info);
  const shapes = bodies.map(({ statuses, type }) => `${bodies.length > 1 ? `${statuses.join(", ")}: ` : ""}${code(type)}`).join("; ");
  if (row.cursorList) {
    facts.push(
      `**Returns** a list call: await it for the first page, ${code(result)} (${shapes}); iterate it (\`for await\`) for every ` +
        `item, ${code(itemType(spec, info))}, following \`next_cursor\`; \`.pages()\` for page by page.`,
    );
  } else {
    facts.push(`**Resolves to** ${code(result)}: ${shapes}.`);
  }
  if (row.cursorList && row.name === "list") {
    const resource = `client.${row.resource}`;
    facts.push(`**Also** ${code(`${resource}.pages(${params}, options?)`)}: every page; ${code(`${resource}.listAll(${params}, options?)`)}: every item.`);
    if (row.partition) {
      facts.push(
        `**Also** ${code(`${resource}.listAllPartitioned(${params}, options?)`)}: every item, one cursor chain per value of ` +
          `${code(row.partition.parameter)} (${row.partition.values.map(code).join(", ")}), \`concurrency\` at once.`,
      );
    }
  }
  if (row.idempotencyKey) {
    facts.push("**Idempotency-Key**: sent, one per call and the same on every retry (`options.idempotencyKey` sets your own), so a retry cannot apply it twice.");
  }
  const errors = documentedErrors(info);
  if (errors.length) facts.push(`**Errors**: ${errors.map(({ status, error }) => `${status} ${code(error)}`).join(", ")}.`);
  out.push(...facts.map((fact) => `- ${fact}`), "");
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The sections

function intro(spec: Spec, infos: OperationInfo[], resources: string[], hasEvents: boolean): string[] {
  const count = (resource: string) => infos.filter((info) => info.row.resource === resource).length;
  const errorRows = Object.entries(STATUS_ERRORS).map(([status, error]) => `| ${status} | ${code(error)} |`);
  return [
    "# blooio-v4 API",
    "",
    `> Generated from \`openapi/v4.yaml\` (spec ${spec.info.version}) by \`npm run generate\`. Do not edit by hand: edit ` +
      "the spec and regenerate; `npm run check:generated` (part of `npm test`) fails when this file is stale.",
    "",
    `Every method of the client, ${infos.length} operations in ${resources.length} resources, in the spec's order. How to use ` +
      "the client is in the guides ([the client](client.md), [pagination](pagination.md), [errors](errors.md), " +
      "[webhooks](webhooks.md), [the testing kit](testing.md)); the full reference, " +
      "with every schema and example, is the HTML page `npm run docs` builds (`docs/index.html`).",
    "",
    "How to read a method:",
    "",
    "- `client.RESOURCE.METHOD(params, options?)`: `params` is one flat object of the operation's path, query and header " +
      "parameters and its JSON body's fields; `params?` means every key is optional. The **in** column says where each key " +
      "goes: `path`, `query`, `header` or `body`. A body that is not a JSON object goes whole in `params.body`.",
    "- `options`: `{ signal, timeoutMs, maxRetries, headers, idempotencyKey }`; list calls and `pages`/`listAll` also take " +
      "`maxPages` and `prefetch`, `listAllPartitioned` takes `concurrency`.",
    "- **Resolves to**: the 2xx JSON body, typed from the spec; the alias (`GetChatResult`) is exported by `blooio-v4`, and " +
      "the short type after it is the body's schema (per status when they differ). `.withResponse()` on what a method " +
      "returns gives `{ data, response, requestId }`.",
    "- **Errors**: the typed error each documented non-2xx status throws, from this mapping (any other non-2xx status " +
      "throws `ApiError`; every class extends `ApiError`, which carries `status`, `body`, `headers` and `requestId`):",
    "",
    "| status | error |",
    "| --- | --- |",
    ...errorRows,
    "| 500 and above | `ServerError` |",
    "| any other non-2xx | `ApiError` |",
    "",
    "Not repeated per method, any method can also throw `ConnectionError` (no HTTP answer), `TimeoutError` (an attempt " +
      "took longer than `timeoutMs`) and `ValidationError` (params that break the spec; nothing was sent).",
    "",
    "## Resources",
    "",
    ...resources.map((resource) => `- [${resource}](#${slug(resource)}) (${count(resource)})`),
    ...(hasEvents ? ["- [Webhook events](#webhook-events)"] : []),
    "- [Types](#types)",
    "",
  ];
}

function resourceSection(spec: Spec, resource: string, infos: OperationInfo[], aliases: Aliases): string[] {
  const methods = infos.filter((info) => info.row.resource === resource);
  const out = [`## ${resource}`, ""];
  const tag = tagDescription(spec, methods[0]!.source.operation, resource);
  if (tag) out.push(tag, "");
  out.push("| method | call | summary |", "| --- | --- | --- |");
  for (const info of methods) {
    const heading = methodHeading(info);
    out.push(`| [${heading}](#${slug(heading)}) | ${code(info.row.label)} | ${cell(info.source.operation.summary ?? "")} |`);
  }
  out.push("");
  for (const info of methods) out.push(...methodSection(spec, info, aliases));
  return out;
}

/** The description of the tag a resource is named after, on one line. */
function tagDescription(spec: Spec, operation: Operation, resource: string): string {
  const tags = (spec as { tags?: Array<{ name: string; description?: string }> }).tags ?? [];
  const name = operation.tags?.[0];
  const tag = tags.find((t) => t.name === name);
  return tag?.description && (operation["x-blooio-resource"] === undefined || operation["x-blooio-resource"] === resource)
    ? tag.description.replace(/\s+/g, " ").trim()
    : "";
}

function typesSection(spec: Spec, infos: OperationInfo[], aliases: Aliases): string[] {
  const schemas = spec.components?.schemas ?? {};
  const out = [
    "## Types",
    "",
    "Every name below is exported by `blooio-v4` and `blooio-v4/types` (types only). `components`, `operations` and " +
      "`paths` hold everything else the spec defines.",
    "",
    "### Schemas",
    "",
    "| type | what it is |",
    "| --- | --- |",
  ];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!aliases.schemas.has(name)) continue;
    const description = firstSentence(schema.description as string | undefined) || code(shortType(spec, schema));
    out.push(`| ${code(name)} | ${cell(description)} |`);
  }
  const unaliased = Object.keys(schemas).filter((name) => !aliases.schemas.has(name));
  if (unaliased.length) {
    out.push(
      "",
      `Named like a JavaScript global (or not an identifier), so without an alias: ${unaliased.map((name) => code(`components["schemas"][${JSON.stringify(name)}]`)).join(", ")}.`,
    );
  }
  out.push(
    "",
    "### Per operation",
    "",
    "`XParams` is a method's params, `XQuery` its query parameters alone, `XResult` what it resolves to. An alias that " +
      "would take a schema's name is left out; `OperationParams[\"operationId\"]` and `OperationResults[\"operationId\"]` always name them.",
    "",
    "| method | params | query | result |",
    "| --- | --- | --- | --- |",
  );
  for (const info of infos) {
    const own = aliases.operations.get(info.id) ?? {};
    const name = (alias: string | undefined) => (alias ? code(alias) : "");
    out.push(`| ${code(`${info.row.resource}.${info.row.name}`)} | ${name(own.params)} | ${name(own.query)} | ${name(own.result)} |`);
  }
  out.push("");
  return out;
}

/**
 * The spec's webhook events (OpenAPI 3.1's top-level `webhooks`: event type -> a path item whose operation
 * describes the delivery), one row each. Empty while the spec has none: the place to grow an Events section
 * (payload types, verification) once the events are in the spec.
 */
export function eventsSection(spec: Spec): string[] {
  const events = readWebhookEvents(spec, new Set([...Object.keys(spec.components?.schemas ?? {}), ...RESERVED_TYPE_NAMES]));
  if (!events.length) return [];
  const out = [
    "## Webhook events",
    "",
    "The events Blooio delivers to your webhooks, signed: verify each delivery with `verifyWebhook(body, headers)` or",
    "`verifyWebhookRequest(request)` from `blooio-v4/webhooks`, which resolve to a `WebhookEvent` (a union told apart",
    "by `type`; an event of a type this build does not know comes back as an `UnknownWebhookEvent`).",
    "",
    "| event type | type | summary |",
    "| --- | --- | --- |",
  ];
  for (const event of events) {
    out.push(`| ${code(event.type)} | ${event.schema && event.alias ? code(event.alias) : "`UnknownWebhookEvent`"} | ${cell(event.summary ?? firstSentence(event.description) ?? "")} |`);
  }
  out.push("");
  return out;
}

/** docs/api.md. */
export function apiDocsSource(infos: OperationInfo[], spec: Spec): string {
  const resources = [...new Set(infos.map((info) => info.row.resource))];
  const aliases = readAliases(infos, spec);
  const events = eventsSection(spec);
  const sections = [
    ...intro(spec, infos, resources, events.length > 0),
    ...resources.flatMap((resource) => resourceSection(spec, resource, infos, aliases)),
    ...events,
    ...typesSection(spec, infos, aliases),
  ];
  return `${sections.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
