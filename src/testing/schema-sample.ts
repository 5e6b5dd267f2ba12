// Deterministic sample values from the spec's schemas, for seeded accounts and for answers the spec gives no example
// of: enums, nullable types, integers within their bounds, timestamps for `*_at` fields, and ids with the prefix the
// spec documents (`Chat id (chat_...)` in a description, or `ch_a1b2c3d4` in an example). Same seed, same data.

export type Random = () => number;

/** mulberry32: a small seeded generator, good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Schema = Record<string, unknown>;

export interface SampleContext {
  /** The spec's component schemas, for `#/components/schemas/X` refs. */
  schemas: Readonly<Record<string, unknown>>;
  random: Random;
  /** The item's position in its list: ids are unique by it and timestamps descend with it. */
  index: number;
  /** Id prefixes by field name, read from the spec's examples. */
  prefixes?: Readonly<Record<string, string>>;
}

const NEWEST = 1_764_000_000;
const PREFIX_IN_TEXT = /\(([a-z][a-z0-9]*_)\.\.\.\)/;
const PREFIXED = /^([a-z][a-z0-9]*_)[A-Za-z0-9]+$/;

export function resolve(schema: unknown, schemas: SampleContext["schemas"]): Schema {
  let current = (schema ?? {}) as Schema;
  for (let hops = 0; typeof current.$ref === "string" && hops < 32; hops++) {
    current = (schemas[(current.$ref as string).replace("#/components/schemas/", "")] ?? {}) as Schema;
  }
  return current;
}

/** Id prefixes by field name, from example objects (`{ channel_id: "ch_a1b2" }` gives `channel_id: "ch_"`). */
export function prefixesFrom(examples: readonly unknown[]): Record<string, string> {
  const prefixes: Record<string, string> = {};
  for (const example of examples) {
    if (!example || typeof example !== "object") continue;
    for (const [field, value] of Object.entries(example)) {
      const match = typeof value === "string" ? PREFIXED.exec(value) : null;
      if (match) prefixes[field] ??= match[1]!;
    }
  }
  return prefixes;
}

const pick = <T>(values: readonly T[], random: Random): T => values[Math.floor(random() * values.length)]!;
const hex = (random: Random) => Math.floor(random() * 0xffffffff).toString(16).padStart(8, "0");

function sampleString(schema: Schema, name: string, context: SampleContext): string {
  const prefix =
    PREFIX_IN_TEXT.exec(String(schema.description ?? ""))?.[1] ??
    context.prefixes?.[name] ??
    (name.endsWith("_id") ? `${name.slice(0, -3)}_` : undefined);
  if (name === "id") return `${prefix ?? "id_"}${context.index.toString(36).padStart(6, "0")}`;
  if (prefix) return `${prefix}${hex(context.random)}`;
  if (schema.format === "date-time") return new Date((NEWEST - context.index * 60) * 1000).toISOString();
  if (schema.format === "email") return `user${context.index}@example.com`;
  if (typeof schema.example === "string") return schema.example;
  return `${name || "value"}_${hex(context.random)}`;
}

function sampleNumber(schema: Schema, name: string, context: SampleContext, integer: boolean): number {
  if (name.endsWith("_at")) return NEWEST - context.index * 60;
  const min = typeof schema.minimum === "number" ? schema.minimum : 0;
  const max = typeof schema.maximum === "number" ? schema.maximum : min + 1000;
  const value = min + context.random() * (max - min);
  return integer ? Math.floor(value) : value;
}

/** A value that satisfies `schema` (for the keywords above), the same for the same seed and index. */
export function sampleOf(schema: unknown, context: SampleContext, name = "", depth = 0): unknown {
  const resolved = resolve(schema, context.schemas);
  if ("const" in resolved) return resolved.const;
  const types = ([] as unknown[]).concat(resolved.type ?? (resolved.properties ? "object" : []));
  const nullable = types.includes("null");
  if (nullable && context.random() < 0.25) return null;
  if (Array.isArray(resolved.enum)) return pick(resolved.enum.filter((value) => value !== null), context.random);
  switch (types.find((type) => type !== "null")) {
    case "object": {
      const object: Record<string, unknown> = {};
      if (depth > 8) return object;
      for (const [field, sub] of Object.entries((resolved.properties ?? {}) as Record<string, unknown>)) {
        object[field] = sampleOf(sub, context, field, depth + 1);
      }
      return object;
    }
    case "array": {
      const count = depth > 8 ? 0 : 1 + Math.floor(context.random() * 2);
      return Array.from({ length: count }, () => sampleOf(resolved.items, context, name, depth + 1));
    }
    case "string":
      return sampleString(resolved, name, context);
    case "integer":
      return sampleNumber(resolved, name, context, true);
    case "number":
      return sampleNumber(resolved, name, context, false);
    case "boolean":
      return context.random() < 0.5;
    default:
      return nullable ? null : "example" in resolved ? resolved.example : null;
  }
}
