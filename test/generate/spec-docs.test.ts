// What an editor shows on hover and docs/api.md prints comes from the spec's prose: every operation has a summary
// and a description, and every parameter, response, schema and property a description. Counted, so a new one
// without words fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

type Node = Record<string, unknown>;
const spec = parse(readFileSync(join(import.meta.dirname, "../../openapi/v4.yaml"), "utf8")) as Node;
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** Every place that needs words and has none, and how many places were looked at. */
function undescribed(): { missing: string[]; counted: Record<string, number> } {
  const missing: string[] = [];
  const counted = { operations: 0, parameters: 0, responses: 0, schemas: 0, properties: 0 };
  const schema = (node: unknown, where: string) => {
    if (!node || typeof node !== "object") return;
    const s = node as Node;
    if (typeof s.$ref === "string" && Object.keys(s).length === 1) return; // the schema it names has its words
    for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Node>)) {
      const bareRef = typeof property.$ref === "string" && Object.keys(property).length === 1;
      counted.properties++;
      if (!bareRef && !property.description) missing.push(`${where}.${name}`);
      schema(property, `${where}.${name}`);
    }
    if (s.items) schema(s.items, `${where}[]`);
    for (const key of ["oneOf", "anyOf", "allOf"]) ((s[key] ?? []) as unknown[]).forEach((branch, i) => schema(branch, `${where}.${key}[${i}]`));
  };
  const parameter = (p: Node, where: string) => {
    if (p.$ref) return;
    counted.parameters++;
    if (!p.description) missing.push(`${where} parameter ${String(p.name)}`);
  };
  const response = (r: Node, where: string) => {
    if (r.$ref) return;
    counted.responses++;
    if (!r.description) missing.push(`${where}`);
    for (const [type, media] of Object.entries((r.content ?? {}) as Record<string, Node>)) schema(media.schema, `${where} ${type}`);
  };
  const operations = [
    ...Object.entries(spec.paths as Record<string, Node>).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => [`${m.toUpperCase()} ${path}`, item[m] as Node] as const)),
    ...Object.entries((spec.webhooks ?? {}) as Record<string, Node>).map(([type, item]) => [`webhook ${type}`, item.post as Node] as const),
  ];
  for (const [where, operation] of operations) {
    counted.operations++;
    if (!operation.summary) missing.push(`${where} summary`);
    if (!operation.description) missing.push(`${where} description`);
    for (const p of (operation.parameters ?? []) as Node[]) parameter(p, where);
    for (const [type, media] of Object.entries(((operation.requestBody as Node | undefined)?.content ?? {}) as Record<string, Node>)) schema(media.schema, `${where} body ${type}`);
    for (const [status, r] of Object.entries((operation.responses ?? {}) as Record<string, Node>)) response(r, `${where} ${status}`);
  }
  const components = spec.components as Record<string, Record<string, Node>>;
  for (const [name, p] of Object.entries(components.parameters ?? {})) parameter(p, `parameter ${name}`);
  for (const [name, r] of Object.entries(components.responses ?? {})) response(r, `response ${name}`);
  for (const [name, s] of Object.entries(components.schemas ?? {})) {
    counted.schemas++;
    if (!s.description) missing.push(`schema ${name}`);
    schema(s, name);
  }
  return { missing, counted };
}

describe("the spec's words", () => {
  it("describe every operation, parameter, response, schema and property", () => {
    const { missing, counted } = undescribed();
    expect(missing).toEqual([]);
    // The whole V4 API: 78 operations and 17 webhook events, and the hundreds of fields they carry.
    expect(counted.operations).toBe(78 + 17);
    expect(counted.properties).toBeGreaterThan(300);
  });
});
