// Two schemas compared structurally, the vendor's against ours. They arrive dereferenced, so a schema one side names
// and the other inlines is the same schema; recursive ones are object cycles, walked once per pair. What means the
// same is written one way first (canonical), so only what a validator or a generated type would tell apart differs.
import { isNode, node, type Node } from "../spec-diff/schema.js";
import { compareSets, MISSING, ONLY_OURS, sides, stableJson, type Report } from "./differences.js";

/** Prose, examples and names: none of them constrains a value. (`$defs` holds named schemas; their uses count.) */
const ANNOTATIONS = new Set(["description", "title", "example", "examples", "externalDocs", "$comment", "$id", "$anchor", "$schema", "$defs", "definitions"]);

/** Keywords whose value is a schema. */
const SUBSCHEMAS = ["items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "additionalItems", "propertyNames", "contains", "not", "if", "then", "else", "contentSchema"];
/** Keywords whose value maps names (property names, patterns) to schemas: a name is data, never a keyword. */
const SCHEMA_MAPS = ["properties", "patternProperties", "dependentSchemas"];
/** Branch lists: order means nothing to a validator, but generated unions follow it, so a new order is reported. */
const BRANCHES = ["allOf", "oneOf", "anyOf"];

const isAnySchema = (value: unknown): boolean => value === true || (isNode(value) && Object.keys(canonical(value)).length === 0);
const isFalse = (value: unknown) => value === false;
const isZero = (value: unknown) => value === 0;

/** Values that say nothing: they are dropped so `required: []` equals no `required` at all. */
const NO_OPS: Record<string, (value: unknown) => boolean> = {
  required: (value) => Array.isArray(value) && value.length === 0,
  additionalProperties: isAnySchema,
  unevaluatedProperties: isAnySchema,
  unevaluatedItems: isAnySchema,
  additionalItems: isAnySchema,
  items: isAnySchema,
  propertyNames: isAnySchema,
  deprecated: isFalse,
  readOnly: isFalse,
  writeOnly: isFalse,
  uniqueItems: isFalse,
  minItems: isZero,
  minLength: isZero,
  minProperties: isZero,
};

/** `type` as a sorted set, OpenAPI 3.0's `nullable: true` folded in as `"null"`. */
function typesOf(schema: Node): string[] {
  const types = new Set(Array.isArray(schema.type) ? schema.type.map(String) : schema.type !== undefined ? [String(schema.type)] : []);
  if (schema.nullable === true && types.size) types.add("null");
  return [...types].sort((a, b) => Number(a === "null") - Number(b === "null") || a.localeCompare(b));
}

/** The schema's contract keywords only, each written one way. */
function canonical(schema: Node): Node {
  const result: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-") || key === "nullable" || key === "type" || NO_OPS[key]?.(value)) continue;
    result[key] = value;
  }
  const types = typesOf(schema);
  if (types.length) result.type = types;
  return result;
}

/** Where a difference prints: the place (`request body application/json`) and, within its schema, the path. */
const placeAt = (place: string, path: string) => (path ? `${place}: ${path}` : place);
const join = (path: string, key: string) => (!path ? key : key.startsWith("[") ? `${path}${key}` : `${path}.${key}`);
const member = (name: string) => (/^[A-Za-z_$][\w$-]*$/.test(name) ? name : `[${JSON.stringify(name)}]`);

/** A local JSON pointer (`#/components/schemas/Text`) or a bare schema name, as discriminator mappings hold them. */
function resolve(document: Node, ref: unknown): unknown {
  if (typeof ref !== "string") return undefined;
  const pointer = ref.startsWith("#/") ? ref.slice(2) : ref.includes("/") ? undefined : `components/schemas/${ref}`;
  if (pointer === undefined) return undefined;
  return pointer
    .split("/")
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((target, part) => (isNode(target) ? target[part] : undefined), document);
}

export type CompareSchemas = (vendor: unknown, ours: unknown, place: string, report: Report, path?: string) => void;

/**
 * A comparer for schemas of two dereferenced documents (discriminator mappings are resolved in them). Each difference
 * is reported at `place: path`, the path in keywords: `properties.content.oneOf[1].properties.attachments.minItems`.
 */
export function schemaComparer(documents: { vendor: Node; ours: Node }): CompareSchemas {
  const inProgress = new Map<object, Set<object>>(); // the cycle guard: pairs being compared further up

  function compare(vendor: unknown, ours: unknown, place: string, report: Report, path = ""): void {
    const at = (subpath: string) => placeAt(place, subpath);
    if (!isNode(vendor) || !isNode(ours)) {
      // Boolean schemas: `true` is `{}`; anything else compares as a value.
      if (!(isAnySchema(vendor) && isAnySchema(ours)) && stableJson(vendor) !== stableJson(ours)) report(at(path), sides(summary(vendor), summary(ours)));
      return;
    }
    const pairs = inProgress.get(vendor) ?? new Set<object>();
    if (pairs.has(ours)) return; // this pair is already being compared further up: a cycle closes here
    inProgress.set(vendor, pairs.add(ours));
    try {
      compareCanonical(canonical(vendor), canonical(ours), place, report, path);
    } finally {
      pairs.delete(ours);
    }
  }

  const equal = (vendor: unknown, ours: unknown) => equalBy(compare, vendor, ours);

  function compareCanonical(vendor: Node, ours: Node, place: string, report: Report, path: string) {
    const at = (subpath: string) => placeAt(place, subpath);
    const branchPairs = new Map<string, Map<number, number>>();
    for (const keyword of BRANCHES) {
      if (vendor[keyword] !== undefined || ours[keyword] !== undefined) branchPairs.set(keyword, compareBranches(keyword, vendor[keyword], ours[keyword], place, report, path));
    }
    for (const keyword of new Set([...Object.keys(vendor), ...Object.keys(ours)])) {
      const [theirs, mine] = [vendor[keyword], ours[keyword]];
      const here = join(path, keyword);
      if (BRANCHES.includes(keyword)) continue;
      if (keyword === "type") {
        const [a, b] = [theirs, mine].map((types) => (Array.isArray(types) ? types.join(" | ") : "(none)"));
        if (a !== b) report(at(here), `vendor ${a}, ours ${b}`);
      } else if (keyword === "required") {
        const names = (list: unknown) => (Array.isArray(list) ? list.map((name) => JSON.stringify(name)) : []);
        compareSets(at(here), names(theirs), names(mine), report);
      } else if (SCHEMA_MAPS.includes(keyword)) {
        const [a, b] = [node(theirs), node(mine)];
        for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
          const child = join(here, member(name));
          if (!(name in b)) report(at(child), MISSING);
          else if (!(name in a)) report(at(child), ONLY_OURS);
          else compare(a[name], b[name], place, report, child);
        }
      } else if (theirs === undefined || mine === undefined) {
        const view = SUBSCHEMAS.includes(keyword) ? summary : (value: unknown) => value;
        report(at(here), sides(view(theirs), view(mine)));
      } else if (keyword === "enum") {
        const values = (list: unknown) => (Array.isArray(list) ? list : [list]).map((value) => stableJson(value));
        compareSets(at(here), values(theirs), values(mine), report);
      } else if (SUBSCHEMAS.includes(keyword)) {
        compare(theirs, mine, place, report, here);
      } else if (keyword === "prefixItems" && Array.isArray(theirs) && Array.isArray(mine)) {
        for (let index = 0; index < Math.max(theirs.length, mine.length); index++) {
          const child = `${here}[${index}]`;
          if (index >= mine.length) report(at(child), MISSING);
          else if (index >= theirs.length) report(at(child), ONLY_OURS);
          else compare(theirs[index], mine[index], place, report, child);
        }
      } else if (keyword === "discriminator") {
        compareDiscriminator(node(theirs), node(mine), { vendor, ours, pairs: branchPairs }, place, report, here);
      } else if (stableJson(theirs) !== stableJson(mine)) {
        report(at(here), sides(theirs, mine));
      }
    }
  }

  /**
   * Branches are matched by content first (an equal branch anywhere on the other side), the rest in order. Returns
   * which vendor branch went with which of ours, for the discriminator's mapping.
   */
  function compareBranches(keyword: string, vendor: unknown, ours: unknown, place: string, report: Report, path: string): Map<number, number> {
    const at = (subpath: string) => placeAt(place, subpath);
    const here = join(path, keyword);
    const pairs = new Map<number, number>();
    if (!Array.isArray(vendor) || !Array.isArray(ours)) {
      report(at(here), sides(summary(vendor), summary(ours)));
      return pairs;
    }
    const taken = new Set<number>();
    vendor.forEach((branch, index) => {
      const match = ours.findIndex((candidate, position) => !taken.has(position) && equal(branch, candidate));
      if (match < 0) return;
      pairs.set(index, match);
      taken.add(match);
    });
    const matched = [...pairs.entries()].sort(([a], [b]) => a - b);
    if (matched.some(([, mine], index) => index > 0 && mine < matched[index - 1]![1])) {
      report(at(here), `same branches in another order: vendor ${matched.map(([theirs]) => theirs).join(",")} are ours ${matched.map(([, mine]) => mine).join(",")}`);
    }
    const [restVendor, restOurs] = [vendor.map((_, i) => i).filter((i) => !pairs.has(i)), ours.map((_, i) => i).filter((i) => !taken.has(i))];
    restVendor.forEach((theirs, order) => {
      const mine = restOurs[order];
      if (mine === undefined) return report(at(`${here}[${theirs}]`), MISSING);
      pairs.set(theirs, mine);
      compare(vendor[theirs], ours[mine], place, report, theirs === mine ? `${here}[${theirs}]` : `${here}[vendor ${theirs}, ours ${mine}]`);
    });
    for (const mine of restOurs.slice(restVendor.length)) report(at(`${here}[${mine}]`), ONLY_OURS);
    return pairs;
  }

  /** The mapping says which branch a value selects: compared as the branch it points to, else as the schema itself. */
  function compareDiscriminator(
    vendor: Node,
    ours: Node,
    schemas: { vendor: Node; ours: Node; pairs: Map<string, Map<number, number>> },
    place: string,
    report: Report,
    path: string,
  ) {
    const at = (subpath: string) => placeAt(place, subpath);
    if (vendor.propertyName !== ours.propertyName) report(at(join(path, "propertyName")), sides(vendor.propertyName, ours.propertyName));
    const [a, b] = [node(vendor.mapping), node(ours.mapping)];
    for (const value of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const here = join(join(path, "mapping"), member(value));
      if (!(value in b)) report(at(here), MISSING);
      else if (!(value in a)) report(at(here), ONLY_OURS);
      else {
        const [theirs, mine] = [resolve(documents.vendor, a[value]), resolve(documents.ours, b[value])];
        if (theirs === undefined || mine === undefined) {
          if (a[value] !== b[value]) report(at(here), sides(a[value], b[value]));
          continue;
        }
        if (equal(theirs, mine)) continue;
        const keyword = BRANCHES.find((name) => Array.isArray(schemas.vendor[name]) && Array.isArray(schemas.ours[name]));
        const branch = (side: "vendor" | "ours", target: unknown) => (keyword ? (schemas[side][keyword] as unknown[]).findIndex((candidate) => sameSide(side, candidate, target)) : -1);
        const [vendorBranch, ourBranch] = [branch("vendor", theirs), branch("ours", mine)];
        if (keyword && vendorBranch >= 0 && ourBranch >= 0) {
          // The branches' own differences are reported under the branch list; here only whether the value picks the pair.
          if (schemas.pairs.get(keyword)?.get(vendorBranch) !== ourBranch) report(at(here), `vendor ${keyword}[${vendorBranch}], ours ${keyword}[${ourBranch}]`);
        } else compare(theirs, mine, place, report, here);
      }
    }
  }

  // Structural equality within one document (a mapping target is the branch it equals), made when first needed.
  const within: { vendor?: CompareSchemas; ours?: CompareSchemas } = {};
  const sameSide = (side: "vendor" | "ours", schema: unknown, target: unknown) =>
    schema === target || equalBy((within[side] ??= schemaComparer({ vendor: documents[side], ours: documents[side] })), schema, target);

  return compare;
}

function equalBy(compare: CompareSchemas, vendor: unknown, ours: unknown): boolean {
  let differences = 0;
  compare(vendor, ours, "", () => differences++);
  return differences === 0;
}

/** A schema as one line shows it: its contract keywords only. */
function summary(value: unknown): unknown {
  return isNode(value) ? canonical(value) : value;
}
