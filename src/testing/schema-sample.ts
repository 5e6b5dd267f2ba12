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

// Times are epoch milliseconds, as the API's `*_at` fields are.
const NEWEST_MS = 1_764_000_000_000;
// `Chat id (chat_...)`, with or without backticks around the prefix.
const PREFIX_IN_TEXT = /\(`?([a-z][a-z0-9]*_)\.\.\.`?\)/;
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
  let text: string;
  if (name === "id") text = `${prefix ?? "id_"}${context.index.toString(36).padStart(6, "0")}`;
  else if (typeof schema.format === "string" && schema.format in FORMATS) text = FORMATS[schema.format]!(context);
  else if (prefix) text = `${prefix}${hex(context.random)}`;
  else if (typeof schema.example === "string") text = schema.example;
  else text = `${name || "value"}_${hex(context.random)}`;
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  const points = [...text.padEnd(min, "x")];
  return points.slice(0, Math.max(min, Math.min(points.length, max))).join("");
}

const FORMATS: Record<string, (context: SampleContext) => string> = {
  "date-time": ({ index }) => new Date(NEWEST_MS - index * 60_000).toISOString(),
  date: ({ index }) => new Date(NEWEST_MS - index * 86_400_000).toISOString().slice(0, 10),
  uri: ({ random }) => `https://example.com/${hex(random)}`,
  email: ({ index }) => `user${index}@example.com`,
  uuid: ({ random }) => `${hex(random)}-${hex(random).slice(0, 4)}-4${hex(random).slice(0, 3)}-8${hex(random).slice(0, 3)}-${hex(random)}${hex(random).slice(0, 4)}`,
};

function sampleNumber(schema: Schema, name: string, context: SampleContext, integer: boolean): number {
  if (name.endsWith("_at")) return NEWEST_MS - context.index * 60_000;
  const min = typeof schema.minimum === "number" ? schema.minimum : 0;
  const max = typeof schema.maximum === "number" ? schema.maximum : min + 1000;
  const value = min + context.random() * (max - min);
  return integer ? Math.floor(value) : value;
}

/** The value a discriminator gives the branch `branch` (a `$ref` or inline schema) of `union`, if it names one. */
function discriminatorValue(union: Schema, branch: Schema): [string, string] | undefined {
  const discriminator = union.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  if (!discriminator?.propertyName || typeof branch.$ref !== "string") return undefined;
  const ref = branch.$ref;
  const mapped = Object.entries(discriminator.mapping ?? {}).find(([, target]) => target === ref || ref.endsWith(`/${target}`));
  return [discriminator.propertyName, mapped?.[0] ?? ref.slice(ref.lastIndexOf("/") + 1)];
}

/** A value that satisfies `schema` (for the keywords above), the same for the same seed and index. */
export function sampleOf(schema: unknown, context: SampleContext, name = "", depth = 0): unknown {
  const resolved = resolve(schema, context.schemas);
  if ("const" in resolved) return resolved.const;
  const union = (resolved.oneOf ?? resolved.anyOf) as Schema[] | undefined;
  if (Array.isArray(union) && union.length) {
    const branch = pick(union, context.random);
    const value = sampleOf(branch, context, name, depth + 1);
    const tag = discriminatorValue(resolved, branch);
    if (tag && value && typeof value === "object" && !Array.isArray(value)) (value as Record<string, unknown>)[tag[0]] = tag[1];
    return value;
  }
  if (Array.isArray(resolved.allOf)) {
    const { allOf, ...own } = resolved;
    const parts = [...(allOf as unknown[]), own].map((part) => sampleOf(part, context, name, depth + 1));
    const objects = parts.filter((part) => part && typeof part === "object" && !Array.isArray(part) && Object.keys(part).length);
    return objects.length ? Object.assign({}, ...objects) : (parts.find((part) => part !== null && part !== undefined) ?? null);
  }
  const types = ([] as unknown[]).concat(resolved.type ?? (resolved.properties ? "object" : []));
  const nullable = types.includes("null");
  if (nullable && (types.length === 1 || context.random() < 0.25)) return null;
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
      const min = typeof resolved.minItems === "number" ? resolved.minItems : 0;
      const max = typeof resolved.maxItems === "number" ? resolved.maxItems : Infinity;
      const count = depth > 8 ? min : Math.min(max, Math.max(min, 1 + Math.floor(context.random() * 2)));
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
