// Validation from the spec: queries are checked before sending; responses, when asked, after receiving.
// The rules live in src/generated/ (Ajv standalone code compiled from openapi/v4.yaml), never here.
import { ContractError, ValidationError } from "./errors.js";
import { queryEnums, queryValidators } from "./generated/query-validators.js";
import type { Warning } from "./options.js";

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  data?: unknown;
}
type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
type Validators = Record<string, Validator | undefined>;

/** The rule as the spec states it, and what breaking it means. */
function describe({ keyword, params }: SchemaError): { rule: string; expected: string } {
  switch (keyword) {
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { rule: `enum: ${allowed.join(" | ")}`, expected: `one of ${allowed.join(", ")}` };
    }
    case "type":
      return { rule: `type: ${String(params.type)}`, expected: `of type ${String(params.type)}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { rule: `${keyword}: ${String(params.limit)}`, expected: `${String(params.comparison)} ${String(params.limit)}` };
    case "additionalProperties":
      return { rule: "not in the spec", expected: "a property the spec defines" };
    case "required":
      return { rule: "required", expected: "present" };
    default:
      return { rule: `${keyword}: ${JSON.stringify(params)}`, expected: `valid (${keyword})` };
  }
}

const show = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value));

/** Throws ValidationError naming the parameter and the rule when `query` breaks the spec for `GET path`. */
export function assertValidQuery(path: string, query: object, label: string): void {
  const validate = (queryValidators as unknown as Validators)[path];
  if (!validate || validate(query)) return;
  const error = validate.errors![0]!;
  const parameter =
    (error.params.additionalProperty as string | undefined) ??
    (error.params.missingProperty as string | undefined) ??
    error.instancePath.split("/")[1] ??
    "";
  const { rule, expected } = describe(error);
  const message =
    error.keyword === "additionalProperties"
      ? `${label}: unknown query parameter ${JSON.stringify(parameter)}; the spec has none by that name`
      : `${label}: query parameter ${parameter} must be ${expected} (got ${show((query as Record<string, unknown>)[parameter])})`;
  throw new ValidationError(message, parameter, rule);
}

/** The values the spec allows for an enum query parameter of `GET path`; `undefined` when it is not an enum. */
export function queryEnumValues(path: string, parameter: string): string[] | undefined {
  return (queryEnums as Record<string, Record<string, string[]> | undefined>)[path]?.[parameter];
}

/** `/data/0/state` -> `data[0].state` */
export function fieldPath(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

let responseValidators: Promise<Validators> | undefined;

/**
 * Checks a 2xx body against the spec's 200 schema for `GET path`. Loaded on first use, so clients that do not
 * validate responses never load it. `mode: true` throws ContractError; `"warn"` reports each violation instead.
 */
export async function checkResponse(
  path: string,
  body: unknown,
  label: string,
  mode: true | "warn",
  onWarning: (warning: Warning) => void,
): Promise<void> {
  responseValidators ??= import("./generated/response-validators.js").then(
    (module) => module.responseValidators as unknown as Validators,
  );
  const validate = (await responseValidators)[path];
  if (!validate || validate(body)) return;
  const violations = validate.errors!.map((error) => {
    const field = fieldPath(error.instancePath) || "the body";
    const missing = error.params.missingProperty as string | undefined;
    const where = missing ? `${field === "the body" ? "" : `${field}.`}${missing}` : field;
    return { path: where, text: `${where} should be ${describe(error).expected}, got ${show(missing ? undefined : error.data)}` };
  });
  const message = `${label}: the response breaks the spec: ${violations.map((v) => v.text).join("; ")}`;
  if (mode === "warn") onWarning({ kind: "contract", message });
  else throw new ContractError(message, violations[0]!.path);
}
