// Operations found by method and path, and one pair compared in contract terms: its name, tags, parameters,
// request body, responses and the security and servers it declares itself. Prose is not compared.
import { METHODS } from "../spec-diff/operations.js";
import { isNode, node, type Node } from "../spec-diff/schema.js";
import { compareSets, MISSING, ONLY_OURS, sides, type Report } from "./differences.js";
import type { CompareSchemas } from "./schema.js";
import { compareSecurity, compareServers } from "./security.js";

export interface Operation {
  /** Its path as written (`/chats/{chatId}`), or its webhook's name. */
  path: string;
  /** How a heading names it: `GET /chats/{chatId} (getChat)`, or `webhook message.received POST (onMessage)`. */
  heading: string;
  operation: Node;
  /** The path item's parameters and the operation's own, which override them. */
  parameters: Node[];
  /** The servers that apply; `declared` when the operation or its path item says so itself. */
  servers: { value: unknown; declared: boolean };
  /** The security that applies; `declared` when the operation says so itself (else the document's counts, once). */
  security: { value: unknown; declared: boolean };
}

/**
 * Every operation under `paths` (or, with `webhook`, under `webhooks`), by what it is matched by: `GET /chats/{}`
 * (a path parameter's name is no part of the URL a client calls), or `webhook message.received POST`.
 */
export function operationsOf(items: unknown, spec: Node, webhook = false): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, rawItem] of Object.entries(node(items))) {
    const item = node(rawItem);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isNode(operation)) continue;
      const parameters = new Map<string, Node>();
      for (const parameter of [...asList(item.parameters), ...asList(operation.parameters)]) parameters.set(parameterKey(parameter), parameter);
      const verb = method.toUpperCase();
      const operationId = operation.operationId === undefined ? "" : ` (${String(operation.operationId)})`;
      operations.set(webhook ? `webhook ${path} ${verb}` : `${verb} ${path.replace(/\{[^}]*\}/g, "{}")}`, {
        path,
        heading: webhook ? `webhook ${path} ${verb}${operationId}` : `${verb} ${path}${operationId}`,
        operation,
        parameters: [...parameters.values()],
        servers: { value: operation.servers ?? item.servers ?? spec.servers, declared: operation.servers !== undefined || item.servers !== undefined },
        security: { value: operation.security ?? spec.security, declared: operation.security !== undefined },
      });
    }
  }
  return operations;
}

const asList = (value: unknown): Node[] => (Array.isArray(value) ? value.filter(isNode) : []);
// Header names are case-insensitive.
const parameterKey = (parameter: Node) => `${parameter.in} ${parameter.in === "header" ? String(parameter.name).toLowerCase() : parameter.name}`;
/** OpenAPI says these header parameters are ignored: the media types and the security scheme govern them. */
const IGNORED_HEADERS = new Set(["header accept", "header content-type", "header authorization"]);

/** A parameter's serialization and presence, each field with the default OpenAPI gives it when left out. */
function parameterFields(parameter: Node): Node {
  const style = parameter.style ?? (parameter.in === "query" || parameter.in === "cookie" ? "form" : "simple");
  return {
    required: parameter.required ?? parameter.in === "path",
    deprecated: parameter.deprecated ?? false,
    style,
    explode: parameter.explode ?? style === "form",
    allowReserved: parameter.allowReserved ?? false,
    allowEmptyValue: parameter.allowEmptyValue ?? false,
  };
}

/** Media types (case-insensitive), and the schema each carries; a media type without a schema takes any value. */
function compareContent(place: string, vendor: unknown, ours: unknown, report: Report, compareSchemas: CompareSchemas, path = "") {
  const byType = (content: unknown) => new Map(Object.entries(node(content)).map(([type, media]) => [type.toLowerCase(), node(media)]));
  const [theirs, mine] = [byType(vendor), byType(ours)];
  for (const type of new Set([...theirs.keys(), ...mine.keys()])) {
    const [a, b] = [theirs.get(type), mine.get(type)];
    if (!b) report(`${place} ${type}`, MISSING);
    else if (!a) report(`${place} ${type}`, ONLY_OURS);
    else compareSchemas(a.schema ?? true, b.schema ?? true, `${place} ${type}`, report, path);
  }
}

/** Parameters and response headers share this: present or not, their fields, their schema (or content). */
function compareParameterLike(place: string, vendor: Node, ours: Node, fields: Node, ourFields: Node, report: Report, compareSchemas: CompareSchemas) {
  for (const field of Object.keys(fields)) {
    if (fields[field] !== ourFields[field]) report(`${place}: ${field}`, sides(fields[field], ourFields[field]));
  }
  if (vendor.content !== undefined || ours.content !== undefined) compareContent(place, vendor.content, ours.content, report, compareSchemas, "");
  else compareSchemas(vendor.schema ?? true, ours.schema ?? true, place, report, "schema");
}

function compareParameters(vendor: Operation, ours: Operation, report: Report, compareSchemas: CompareSchemas) {
  const byKey = (operation: Operation) => new Map(operation.parameters.map((parameter) => [parameterKey(parameter), parameter]));
  const [theirs, mine] = [byKey(vendor), byKey(ours)];
  for (const key of new Set([...theirs.keys(), ...mine.keys()])) {
    if (IGNORED_HEADERS.has(key)) continue;
    const [a, b] = [theirs.get(key), mine.get(key)];
    const place = `parameter ${(a ?? b)!.in} ${(a ?? b)!.name}`;
    if (!b) report(place, MISSING);
    else if (!a) report(place, ONLY_OURS);
    else compareParameterLike(place, a, b, parameterFields(a), parameterFields(b), report, compareSchemas);
  }
}

function compareRequestBodies(vendor: unknown, ours: unknown, report: Report, compareSchemas: CompareSchemas) {
  if (vendor === undefined && ours === undefined) return;
  if (ours === undefined) return report("request body", MISSING);
  if (vendor === undefined) return report("request body", ONLY_OURS);
  const [a, b] = [node(vendor), node(ours)];
  const [required, ourRequired] = [a.required === true, b.required === true];
  if (required !== ourRequired) report("request body: required", sides(required, ourRequired));
  compareContent("request body", a.content, b.content, report, compareSchemas);
}

function compareHeaders(place: string, vendor: unknown, ours: unknown, report: Report, compareSchemas: CompareSchemas) {
  // Content-Type is the media type's, so OpenAPI ignores a response header of that name.
  const byName = (headers: unknown) => new Map(Object.entries(node(headers)).filter(([name]) => name.toLowerCase() !== "content-type").map(([name, header]) => [name.toLowerCase(), { name, header: node(header) }]));
  const [theirs, mine] = [byName(vendor), byName(ours)];
  for (const key of new Set([...theirs.keys(), ...mine.keys()])) {
    const [a, b] = [theirs.get(key), mine.get(key)];
    const where = `${place} header ${(a ?? b)!.name}`;
    if (!b) report(where, MISSING);
    else if (!a) report(where, ONLY_OURS);
    else {
      const fields = (header: Node) => ({ required: header.required ?? false, deprecated: header.deprecated ?? false, explode: header.explode ?? false });
      compareParameterLike(where, a.header, b.header, fields(a.header), fields(b.header), report, compareSchemas);
    }
  }
}

function compareResponses(vendor: unknown, ours: unknown, report: Report, compareSchemas: CompareSchemas) {
  // `2xx` and `2XX` are the same range.
  const byStatus = (responses: unknown) => new Map(Object.entries(node(responses)).map(([status, response]) => [status.toUpperCase(), node(response)]));
  const [theirs, mine] = [byStatus(vendor), byStatus(ours)];
  for (const status of new Set([...theirs.keys(), ...mine.keys()])) {
    const [a, b] = [theirs.get(status), mine.get(status)];
    const place = `response ${status}`;
    if (!b) report(place, MISSING);
    else if (!a) report(place, ONLY_OURS);
    else {
      compareContent(place, a.content, b.content, report, compareSchemas);
      compareHeaders(place, a.headers, b.headers, report, compareSchemas);
    }
  }
}

export interface Documents {
  vendor: Node;
  ours: Node;
}

export function compareOperation(vendor: Operation, ours: Operation, documents: Documents, report: Report, compareSchemas: CompareSchemas): void {
  const [a, b] = [vendor.operation, ours.operation];
  if (vendor.path !== ours.path) report("path", sides(vendor.path, ours.path));
  if (a.operationId !== b.operationId) report("operationId", sides(a.operationId, b.operationId));
  const tags = (operation: Node) => (Array.isArray(operation.tags) ? operation.tags.map((tag) => JSON.stringify(tag)) : []);
  compareSets("tags", tags(a), tags(b), report);
  if ((a.deprecated ?? false) !== (b.deprecated ?? false)) report("deprecated", sides(a.deprecated ?? false, b.deprecated ?? false));
  compareParameters(vendor, ours, report, compareSchemas);
  compareRequestBodies(a.requestBody, b.requestBody, report, compareSchemas);
  compareResponses(a.responses, b.responses, report, compareSchemas);
  // What applies to every operation is compared once, for the document; here only what one of them says itself.
  if (vendor.security.declared || ours.security.declared) {
    compareSecurity("security", { security: vendor.security.value, spec: documents.vendor }, { security: ours.security.value, spec: documents.ours }, report);
  }
  if (vendor.servers.declared || ours.servers.declared) compareServers("servers", vendor.servers.value, ours.servers.value, report);
}
