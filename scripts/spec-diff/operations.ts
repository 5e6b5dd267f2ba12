// One operation against its next version: its name in the generated surface, parameters, request body, responses
// (bodies, statuses, headers) and its own security requirements.
import type { Report, Side } from "./changes.js";
import { diffSchema, isNode, node, type Node } from "./schema.js";
import { diffSecurity } from "./security.js";

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Every operation of a spec by `METHOD /path`, with the parameters its path item shares and the security it gets. */
export function operationsOf(spec: Node): Map<string, Node> {
  const operations = new Map<string, Node>();
  for (const [path, item] of Object.entries(node(spec.paths))) {
    for (const method of METHODS) {
      const operation = node(item)[method];
      if (!isNode(operation)) continue;
      const shared = Array.isArray(node(item).parameters) ? (node(item).parameters as unknown[]) : [];
      const parameters = [...shared, ...((operation.parameters as unknown[]) ?? [])];
      const ownSecurity = operation.security !== undefined;
      operations.set(`${method.toUpperCase()} ${path}`, { ...operation, parameters, ownSecurity, security: operation.security ?? spec.security });
    }
  }
  return operations;
}

/** `METHOD /path` with its path parameters' names left out: `GET /chats/{chatId}` and `GET /chats/{chat_id}` are one endpoint. */
export const endpointOf = (name: string) => name.replace(/\{[^}]*\}/g, "{}");

/** The path parameters' names of `METHOD /path`, in order. */
export const pathParameterNames = (name: string) => [...name.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);

/**
 * Parameters by `in name` (header names are case-insensitive); an operation's own override its path item's. A path
 * parameter renamed since (`renamed`: old name -> new) is keyed by its new name, so it is compared with itself.
 */
function parametersOf(operation: Node, renamed: ReadonlyMap<string, string> = new Map()): Map<string, Node> {
  const parameters = new Map<string, Node>();
  for (const parameter of (operation.parameters as unknown[]).filter(isNode)) {
    let name = String(parameter.name);
    if (parameter.in === "path") name = renamed.get(name) ?? name;
    parameters.set(`${parameter.in} ${parameter.in === "header" ? name.toLowerCase() : name}`, parameter);
  }
  return parameters;
}

const schemaOf = (parameter: Node) => parameter.schema ?? Object.values(node(parameter.content)).map((media) => node(media).schema)[0];

function diffParameters(name: string, before: Node, after: Node, report: Report, renamed: ReadonlyMap<string, string>) {
  const [old, now] = [parametersOf(before, renamed), parametersOf(after)];
  for (const [key, parameter] of old) {
    const next = now.get(key);
    const where = `${name} ${parameter.in} ${next?.name ?? parameter.name}`;
    if (!next) {
      report({ kind: "parameter removed", where, breaking: true, why: "apps that send it no longer typecheck, and the client refuses it" });
      continue;
    }
    if (!parameter.required && next.required) report({ kind: "parameter now required", where, breaking: true, why: "calls without it will be refused" });
    if (parameter.required && !next.required) report({ kind: "parameter now optional", where, breaking: false, why: "existing calls still send it" });
    diffSchema(schemaOf(parameter), schemaOf(next), where, "request", report);
  }
  for (const [key, parameter] of now) {
    if (old.has(key)) continue;
    const required = parameter.required === true;
    const why = required ? "existing calls do not send it" : "optional; existing calls are unaffected";
    report({ kind: "parameter added", where: `${name} ${parameter.in} ${parameter.name}`, detail: required ? "required" : "optional", breaking: required, why });
  }
}

/** Bodies by media type; JSON is the default and goes unnamed in `where`. */
function diffContent(where: string, before: unknown, after: unknown, side: Side, report: Report) {
  const [old, now] = [node(before), node(after)];
  const place = (type: string) => (type === "application/json" ? where : `${where} ${type}`);
  for (const type of Object.keys(old)) {
    if (!(type in now)) {
      const why = side === "request" ? "apps sending it will be refused" : "apps reading it get no body";
      report({ kind: "media type removed", where, detail: type, breaking: true, why });
    } else diffSchema(node(old[type]).schema, node(now[type]).schema, place(type), side, report);
  }
  for (const type of Object.keys(now).filter((type) => !(type in old))) {
    report({ kind: "media type added", where, detail: type, breaking: false, why: side === "request" ? "apps may now send it" : "offered besides what apps read today" });
  }
}

function diffRequestBody(name: string, before: unknown, after: unknown, report: Report) {
  const where = `${name} body`;
  if (!isNode(before) && !isNode(after)) return;
  if (!isNode(before)) {
    const required = node(after).required === true;
    report({ kind: "request body added", where, detail: required ? "required" : "optional", breaking: required, why: required ? "existing calls send no body" : "optional; existing calls are unaffected" });
  } else if (!isNode(after)) {
    report({ kind: "request body removed", where, breaking: true, why: "apps that send one no longer typecheck, and the server may refuse it" });
  } else {
    if (!before.required && after.required) report({ kind: "request body now required", where, breaking: true, why: "calls without it will be refused" });
    if (before.required && !after.required) report({ kind: "request body now optional", where, breaking: false, why: "calls that send it still work" });
    diffContent(where, before.content, after.content, "request", report);
  }
}

function diffHeaders(where: string, before: unknown, after: unknown, report: Report) {
  const lower = (headers: unknown) => new Map(Object.entries(node(headers)).map(([name, header]) => [name.toLowerCase(), { name, header: node(header) }]));
  const [old, now] = [lower(before), lower(after)];
  for (const [key, { name, header }] of old) {
    const next = now.get(key)?.header;
    const place = `${where} header ${name}`;
    if (!next) {
      const required = header.required === true;
      report({ kind: "response header removed", where: place, breaking: required, why: required ? "apps reading it get nothing" : "it was optional; apps already cope without it" });
      continue;
    }
    if (header.required && !next.required) report({ kind: "response header now optional", where: place, breaking: true, why: "apps may find it missing" });
    diffSchema(header.schema, next.schema, place, "response", report);
  }
  for (const [key, { name }] of now) {
    if (!old.has(key)) report({ kind: "response header added", where: `${where} header ${name}`, breaking: false, why: "new; apps that ignore it are unaffected" });
  }
}

function diffResponses(name: string, before: unknown, after: unknown, report: Report) {
  const [old, now] = [node(before), node(after)];
  for (const [status, response] of Object.entries(old)) {
    const where = `${name} ${status}`;
    const next = now[status];
    if (!isNode(next)) {
      // A success status is the answer apps are written for; an error status removed is one they no longer see.
      const success = status.startsWith("2");
      report({ kind: "status removed", where, breaking: success, why: success ? "apps expecting this answer get another" : "apps that handle it keep working" });
      continue;
    }
    diffContent(where, node(response).content, next.content, "response", report);
    diffHeaders(where, node(response).headers, next.headers, report);
  }
  for (const status of Object.keys(now).filter((status) => !(status in old))) {
    report({ kind: "status added", where: `${name} ${status}`, breaking: false, why: "apps handle unknown statuses as errors already" });
  }
}

/**
 * One operation against its next version, under `name` (its `METHOD /path` now). `renamed` holds the path
 * parameters whose name changed (old -> new): the endpoint is the same (oasdiff matches it too), but the name is
 * what apps write, as the key of the method's params and of `client.api`'s `params.path`.
 */
export function diffOperation(name: string, before: Node, after: Node, report: Report, renamed: ReadonlyMap<string, string> = new Map()): void {
  for (const [from, to] of renamed) {
    report({
      kind: "path parameter renamed",
      where: `${name} path ${to}`,
      detail: `${from} -> ${to}`,
      breaking: true,
      why: "it is the key of the method's params: calls that pass the old name no longer typecheck, and the client refuses them",
    });
  }
  if (before.operationId !== after.operationId) {
    const detail = `${before.operationId ?? "none"} -> ${after.operationId ?? "none"}`;
    report({ kind: "operationId changed", where: name, detail, breaking: true, why: "it names the method of the generated surface that apps call" });
  }
  diffParameters(name, before, after, report, renamed);
  diffRequestBody(name, before.requestBody, after.requestBody, report);
  diffResponses(name, before.responses, after.responses, report);
  // The spec-wide requirement is compared once, not under every operation that inherits it.
  if (before.ownSecurity || after.ownSecurity) diffSecurity(name, before.security, after.security, report);
}
