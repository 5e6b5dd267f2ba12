// Compares two JSON schemas where apps use them: what apps send (request) may only widen, what apps receive
// (response) may only narrow; anything else breaks an app built on the old spec. Schemas arrive dereferenced (cycles
// are object cycles), so one walk reports a shared schema's change at every path that uses it.
import type { Report, Side } from "./changes.js";

export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);
export const node = (value: unknown): Node => (isNode(value) ? value : {});
const at = (where: string, path: string) => (path ? `${where} ${path}` : where);
const show = (value: unknown) => (value === undefined ? "none" : JSON.stringify(value));

/** The change breaks apps when it narrows what they send or widens what they receive. */
const breaks = (side: Side, narrowed: boolean) => (side === "request" ? narrowed : !narrowed);
const whyNarrowed = (side: Side) =>
  side === "request" ? "values apps send today may be refused" : "apps receive a subset of what they handle";
const whyWidened = (side: Side) =>
  side === "request" ? "every value apps send today is still accepted" : "apps may receive values they do not handle";
const verdict = (side: Side, narrowed: boolean) => ({ breaking: breaks(side, narrowed), why: narrowed ? whyNarrowed(side) : whyWidened(side) });

export function typesOf(schema: Node): string[] {
  const type = schema.type;
  const types = Array.isArray(type) ? type.map(String) : type ? [String(type)] : [];
  if (schema.nullable === true) types.push("null");
  return [...new Set(types)].sort();
}

/** allOf/oneOf/anyOf folded into one schema: their properties, required names, types and enum values together. */
function flatten(schema: Node, seen = new Set<Node>()): Node {
  const parts = [schema.allOf, schema.oneOf, schema.anyOf].flatMap((list) => (Array.isArray(list) ? list.filter(isNode) : []));
  if (!parts.length || seen.has(schema)) return schema;
  seen.add(schema);
  const merged: Node = { ...schema, allOf: undefined, oneOf: undefined, anyOf: undefined };
  for (const part of parts.map((part) => flatten(part, seen))) {
    merged.properties = { ...node(part.properties), ...node(merged.properties) };
    merged.required = [...new Set([...((merged.required as string[]) ?? []), ...((part.required as string[]) ?? [])])];
    const types = [...new Set([...typesOf(merged), ...typesOf(part)])];
    if (types.length) merged.type = types;
    if (Array.isArray(part.enum)) merged.enum = [...new Set([...((merged.enum as unknown[]) ?? []), ...part.enum])];
    merged.items ??= part.items;
  }
  return merged;
}

function diffTypes(before: Node, after: Node, where: string, side: Side, report: Report) {
  const [old, now] = [typesOf(before), typesOf(after)];
  const covers = (types: string[], type: string) => types.includes(type) || (type === "integer" && types.includes("number"));
  const [oldValues, newValues] = [old.filter((t) => t !== "null"), now.filter((t) => t !== "null")];
  if (oldValues.join() !== newValues.join()) {
    // No type at all means any value.
    const narrowed = oldValues.length ? oldValues.some((type) => !covers(newValues, type)) : newValues.length > 0;
    const widened = newValues.length ? newValues.some((type) => !covers(oldValues, type)) : oldValues.length > 0;
    const detail = `${oldValues.join(" | ") || "any"} -> ${newValues.join(" | ") || "any"}`;
    if (side === "request") report({ kind: "type changed", where, detail, breaking: narrowed, why: narrowed ? whyNarrowed(side) : whyWidened(side) });
    else report({ kind: "type changed", where, detail, breaking: widened, why: widened ? whyWidened(side) : whyNarrowed(side) });
  }
  if (!old.includes("null") && now.includes("null")) {
    report({ kind: "became nullable", where, breaking: side === "response", why: side === "response" ? "apps may receive null where they expect a value" : "apps may now send null" });
  }
  if (old.includes("null") && !now.includes("null")) {
    report({ kind: "no longer nullable", where, breaking: side === "request", why: side === "request" ? "apps that send null will be refused" : "apps never receive null now" });
  }
}

function diffEnum(before: Node, after: Node, where: string, side: Side, report: Report) {
  const [old, now] = [before.enum, after.enum].map((values) => (Array.isArray(values) ? values.map((v) => JSON.stringify(v)) : undefined));
  if (old && now) {
    for (const value of old.filter((v) => !now.includes(v))) report({ kind: "enum value removed", where, detail: value, ...verdict(side, true) });
    const why = side === "response" ? "apps built on the old spec do not expect it (exhaustive switches, response validation)" : whyWidened(side);
    for (const value of now.filter((v) => !old.includes(v))) report({ kind: "enum value added", where, detail: value, breaking: side === "response", why });
  } else if (now) report({ kind: "enum added", where, detail: now.join(", "), ...verdict(side, true) });
  else if (old) report({ kind: "enum removed", where, detail: old.join(", "), ...verdict(side, false) });
}

const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];

function diffBounds(before: Node, after: Node, where: string, side: Side, report: Report) {
  for (const key of [...UPPER_BOUNDS, ...LOWER_BOUNDS]) {
    const [from, to] = [before[key], after[key]];
    if (from === to) continue;
    const upper = UPPER_BOUNDS.includes(key);
    let verb: string;
    let narrowed: boolean;
    if (typeof from === "boolean" || typeof to === "boolean") [verb, narrowed] = [to === true ? "set" : "unset", to === true]; // OpenAPI 3.0 flags
    else if (to === undefined) [verb, narrowed] = ["removed", false];
    else if (from === undefined) [verb, narrowed] = ["added", true];
    else [verb, narrowed] = [(to as number) < (from as number) ? "lowered" : "raised", upper ? (to as number) < (from as number) : (to as number) > (from as number)];
    report({ kind: `${key} ${verb}`, where, detail: `${show(from)} -> ${show(to)}`, ...verdict(side, narrowed) });
  }
}

function diffPattern(before: Node, after: Node, where: string, side: Side, report: Report) {
  const [from, to] = [before.pattern, after.pattern];
  if (from === to) return;
  const detail = `${show(from)} -> ${show(to)}`;
  if (from === undefined) report({ kind: "pattern added", where, detail, ...verdict(side, true) });
  else if (to === undefined) report({ kind: "pattern removed", where, detail, ...verdict(side, false) });
  else report({ kind: "pattern changed", where, detail, breaking: true, why: "values valid under one pattern may not match the other" });
}

function diffDefault(before: Node, after: Node, where: string, side: Side, report: Report) {
  if (side === "response" || JSON.stringify(before.default) === JSON.stringify(after.default)) return;
  const detail = `${show(before.default)} -> ${show(after.default)}`;
  report({ kind: "default changed", where, detail, breaking: false, why: "apps that omit it get the new default; their calls still succeed" });
}

function diffProperties(before: Node, after: Node, where: string, path: string, side: Side, report: Report, seen: Set<Node>) {
  const [old, now] = [node(before.properties), node(after.properties)];
  const [oldRequired, newRequired] = [before, after].map((schema) => new Set(Array.isArray(schema.required) ? schema.required : []));
  const field = `${side} field`;
  for (const name of Object.keys(old)) {
    const child = path ? `${path}.${name}` : name;
    const place = at(where, child);
    if (!(name in now)) {
      const why = side === "request" ? "apps that send it no longer typecheck, and the server may refuse it" : "apps reading it get undefined";
      report({ kind: `${field} removed`, where: place, breaking: true, why });
      continue;
    }
    const [was, is] = [oldRequired!.has(name), newRequired!.has(name)];
    if (!was && is) report({ kind: `${field} now required`, where: place, breaking: side === "request", why: side === "request" ? "calls without it will be refused" : "always present now" });
    if (was && !is) report({ kind: `${field} now optional`, where: place, breaking: side === "response", why: side === "response" ? "apps may find it missing" : "calls that send it still work" });
    walk(old[name], now[name], where, child, side, report, seen);
  }
  for (const name of Object.keys(now).filter((name) => !(name in old))) {
    const required = side === "request" && newRequired!.has(name);
    const why = required ? "calls without it will be refused" : side === "request" ? "optional; existing calls are unaffected" : "new; apps that ignore it are unaffected";
    report({ kind: `${field} added`, where: at(where, path ? `${path}.${name}` : name), detail: required ? "required" : undefined, breaking: required, why });
  }
}

function walk(rawBefore: unknown, rawAfter: unknown, where: string, path: string, side: Side, report: Report, seen: Set<Node>) {
  if (!isNode(rawBefore) || !isNode(rawAfter) || seen.has(rawBefore)) return; // a recursive schema is compared once per path
  seen.add(rawBefore);
  const [before, after] = [flatten(rawBefore), flatten(rawAfter)];
  const place = at(where, path);
  diffTypes(before, after, place, side, report);
  diffEnum(before, after, place, side, report);
  diffBounds(before, after, place, side, report);
  diffPattern(before, after, place, side, report);
  diffDefault(before, after, place, side, report);
  diffProperties(before, after, where, path, side, report, seen);
  if (before.items !== undefined || after.items !== undefined) walk(before.items, after.items, where, `${path}[]`, side, report, seen);
  seen.delete(rawBefore);
}

/** Reports every change between two (dereferenced) schemas, each field at `where` plus its path (`data[].state`). */
export function diffSchema(before: unknown, after: unknown, where: string, side: Side, report: Report): void {
  walk(before, after, where, "", side, report, new Set());
}
