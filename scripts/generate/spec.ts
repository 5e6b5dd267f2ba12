// The spec as the generator reads it: the OpenAPI objects it uses, and local `$ref`s followed.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema?: Schema;
  "x-blooio-name"?: string;
  "x-blooio-partition"?: boolean;
  "x-blooio-filter"?: string;
}

export interface MediaType {
  schema?: Schema;
}

export interface RequestBody {
  required?: boolean;
  description?: string;
  content?: Record<string, MediaType>;
}

export interface Response {
  description?: string;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  deprecated?: boolean;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: RequestBody | { $ref: string };
  responses?: Record<string, Response | { $ref: string }>;
  "x-blooio-resource"?: string;
  "x-blooio-method"?: string;
}

export interface Spec {
  openapi: string;
  info: { version: string };
  paths?: Record<string, Record<string, unknown> & { parameters?: Operation["parameters"] }>;
  components?: { schemas?: Record<string, Schema> } & Record<string, Record<string, unknown> | undefined>;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function loadSpec(path: string): { spec: Spec; text: string } {
  const text = readFileSync(path, "utf8");
  return { spec: parse(text) as Spec, text };
}

/** The object a local `$ref` (`#/components/...`) points at, followed until it is not a ref. */
export function deref<T>(spec: Spec, value: T | { $ref: string }): T {
  let current: unknown = value;
  const seen = new Set<string>();
  while (current && typeof current === "object" && typeof (current as { $ref?: unknown }).$ref === "string") {
    const ref = (current as { $ref: string }).$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported (got ${ref})`);
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], spec);
    if (current === undefined) throw new Error(`$ref ${ref} points at nothing`);
  }
  return current as T;
}

/** A schema with its top-level `$ref` chain followed (nested refs stay). */
export const resolveSchema = (spec: Spec, schema: Schema | undefined): Schema => (schema ? deref<Schema>(spec, schema) : {});

export interface SpecOperation {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operation: Operation;
  /** Path-level and operation-level parameters, refs followed; the operation's win by (name, in). */
  parameters: Parameter[];
  requestBody: RequestBody | undefined;
  responses: Record<string, Response>;
}

/** Every operation of the spec, in the spec's order, with its parameters, body and responses dereferenced. */
export function specOperations(spec: Spec): SpecOperation[] {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method] as Operation;
      const byKey = new Map<string, Parameter>();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = deref<Parameter>(spec, raw);
        byKey.set(`${parameter.in} ${parameter.name}`, parameter);
      }
      return {
        method,
        path,
        operation,
        parameters: [...byKey.values()],
        requestBody: operation.requestBody ? deref<RequestBody>(spec, operation.requestBody) : undefined,
        responses: Object.fromEntries(
          Object.entries(operation.responses ?? {}).map(([status, response]) => [status, deref<Response>(spec, response)]),
        ),
      };
    }),
  );
}
