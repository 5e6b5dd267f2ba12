// What a schema violation looks like to a user, in one place: the client's ValidationError and ContractError, the
// testing kit's violations and the live contract check all render Ajv's errors here, so a field path reads the
// same everywhere (`data[0].state`, `body.to.identifier`) and a rule is worded one way.

/** One error of a generated (Ajv standalone) validator. */
export interface SchemaError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  /** The offending value (response validators only: they are compiled `verbose`). */
  data?: unknown;
}
export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

const unescape = (part: string) => part.replaceAll("~1", "/").replaceAll("~0", "~");

/** `/data/0/state` -> `data[0].state`; a missing property is named too (`required` errors point at its parent). */
export function fieldPath(error: SchemaError | string): string {
  const pointer = typeof error === "string" ? error : pointerOf(error);
  return pointer
    .split("/")
    .slice(1)
    .map(unescape)
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

/** The JSON pointer of the value at fault: a missing or unexpected property's own place. */
export function pointerOf({ instancePath, params }: SchemaError): string {
  const named = params.missingProperty ?? params.additionalProperty;
  return named === undefined ? instancePath : `${instancePath}/${String(named).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** The value at a JSON pointer inside `root` (undefined when there is none). */
export function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[unescape(part)] : undefined), root);
}

/** The rule as the spec states it (`maximum: 200`), and what keeping it means (`<= 200`). */
export function ruleOf({ keyword, params }: SchemaError): { rule: string; expected: string } {
  switch (keyword) {
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { rule: `enum: ${allowed.join(" | ")}`, expected: `one of ${allowed.join(", ")}` };
    }
    case "const":
      return { rule: `const: ${JSON.stringify(params.allowedValue)}`, expected: JSON.stringify(params.allowedValue) };
    case "type":
      return { rule: `type: ${String(params.type)}`, expected: `of type ${String(params.type)}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { rule: `${keyword}: ${String(params.limit)}`, expected: `${String(params.comparison)} ${String(params.limit)}` };
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
    case "minProperties":
    case "maxProperties": {
      const unit = keyword.endsWith("Length") ? "characters" : keyword.endsWith("Items") ? "items" : "properties";
      return { rule: `${keyword}: ${String(params.limit)}`, expected: `${keyword.startsWith("min") ? "at least" : "at most"} ${String(params.limit)} ${unit}` };
    }
    case "pattern":
      return { rule: `pattern: ${String(params.pattern)}`, expected: `matching ${String(params.pattern)}` };
    case "format":
      return { rule: `format: ${String(params.format)}`, expected: `a valid ${String(params.format)}` };
    case "multipleOf":
      return { rule: `multipleOf: ${String(params.multipleOf)}`, expected: `a multiple of ${String(params.multipleOf)}` };
    case "uniqueItems":
      return { rule: "uniqueItems", expected: "without duplicate items" };
    case "additionalProperties":
      return { rule: "not in the spec", expected: "a property the spec defines" };
    case "required":
      return { rule: "required", expected: "present" };
    case "oneOf":
      return params.passingSchemas
        ? { rule: "oneOf", expected: "exactly one of its shapes (it matches several)" }
        : { rule: "oneOf", expected: "one of its shapes" };
    case "anyOf":
      return { rule: "anyOf", expected: "one of its shapes" };
    case "not":
      return { rule: "not", expected: "other than the shape it excludes" };
    default:
      return { rule: `${keyword}: ${JSON.stringify(params)}`, expected: `valid (${keyword})` };
  }
}

/**
 * The errors worth showing, in order: a value that fits none of a `oneOf`'s shapes is one error (the oneOf's own),
 * not one per shape; Ajv's bookkeeping `if` errors are dropped (a discriminator's branch reports its own). Ajv
 * lists a union's branch errors right before the union's own, all at or under its place: those are left out.
 */
export function meaningful(errors: readonly SchemaError[]): SchemaError[] {
  const hidden = new Set<number>();
  errors.forEach((error, at) => {
    if (error.keyword !== "oneOf" && error.keyword !== "anyOf") return;
    for (let before = at - 1; before >= 0; before--) {
      const other = errors[before]!;
      if (other.instancePath !== error.instancePath && !other.instancePath.startsWith(`${error.instancePath}/`)) break;
      hidden.add(before);
    }
  });
  return errors.filter((error, at) => error.keyword !== "if" && !hidden.has(at));
}

/** `nothing`, or the value as JSON. */
export const shown = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value));
