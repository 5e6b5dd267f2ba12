// Every operation's call with params sampled from the spec: required parameters and required body fields only, each
// value the smallest that satisfies its schema; and every one of them called against a testing kit, every cursor
// list paged to its end (callEverything). `npm run drill:vendor` runs them on a regenerated copy's kit,
// test/testing/every-operation.test.ts on the project's own, and test/contract/every-operation.contract.test.ts
// makes the same calls against Prism.
type Json = Record<string, unknown>;
const KEY = "bl_test_sampled_calls_not_a_real_key";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** `value` with its `$ref`s followed (a missing target is `{}`). */
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

export interface Planned {
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

export interface Row {
  label: string;
  method: string;
  path: string;
  resource: string;
  name: string;
  parameters: readonly { name: string; in: string; key?: string }[];
  body: { mediaType: string; fields: readonly string[] | null; required: boolean; file?: string } | null;
  cursorList: boolean;
}

/** The call of every operation of the table, with params sampled from the spec. */
export function planCalls(spec: Json, rows: Record<string, Row>): Planned[] {
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
export function live(value: Sampled): unknown {
  if (value === BLOB) return new Blob(["drill"], { type: "application/octet-stream" });
  if (Array.isArray(value)) return value.map(live);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, live(item)]));
  return value;
}

/** A sampled value as TypeScript source, for the app file. */
export function literal(value: Sampled): string {
  if (value === BLOB) return 'new Blob(["drill"])';
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isObject(value)) return `{ ${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${literal(item)}`).join(", ")} }`;
  return JSON.stringify(value);
}

export interface Report {
  calls: number;
  lists: number;
  nested: number;
  pages: number;
  items: number;
  problems: string[];
}

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.constructor.name}: ${error.message}${"status" in error ? ` (status ${String(error.status)})` : ""}` : String(error);

/** The package's entries a run of the calls needs: the project's own, or a regenerated copy's. */
export interface Modules {
  client: Pick<typeof import("../src/index.js"), "createBlooioClient">;
  testing: Pick<typeof import("../src/testing.js"), "createMockApi">;
}

/**
 * Calls every operation once against a testing kit (its lists seeded for three pages each), and pages every cursor
 * list to its end: each call must answer 2xx with no contract violation either way, each list yield what was seeded.
 */
export async function callEverything({ client, testing }: Modules, calls: Planned[]): Promise<Report> {
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
      if (!method) throw new Error(`the client has no method ${call.resource}.${call.method}`);
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
