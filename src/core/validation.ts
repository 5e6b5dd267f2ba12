// Validation from the spec: a request is checked before it is sent; responses, when asked, after they arrive.
// The rules live in src/generated/validators/ (Ajv standalone code compiled from openapi/v4.yaml), one module per
// operation and side, loaded the first time that operation is called.
import { requestValidators, responseValidators } from "../generated/validators/index.js";
import { ContractError, ValidationError } from "./errors.js";
import type { OperationRow, RequestParts } from "./request.js";

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  data?: unknown;
}
export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
type Loaders<T> = Record<string, (() => Promise<T>) | undefined>;

const requestLoaders = requestValidators as unknown as Loaders<{ validateRequest: Validator }>;
const responseLoaders = responseValidators as unknown as Loaders<{ responseValidators: Record<string, Validator> }>;
const loadedRequest = new Map<string, Validator | null>();
const loadedResponses = new Map<string, Promise<Record<string, Validator>>>();

/** The rule as the spec states it, and what breaking it means. */
export function describe({ keyword, params }: SchemaError): { rule: string; expected: string } {
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
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
      return { rule: `${keyword}: ${String(params.limit)}`, expected: `${keyword.startsWith("min") ? "at least" : "at most"} ${String(params.limit)} long` };
    case "pattern":
      return { rule: `pattern: ${String(params.pattern)}`, expected: `matching ${String(params.pattern)}` };
    case "additionalProperties":
      return { rule: "not in the spec", expected: "a property the spec defines" };
    case "required":
      return { rule: "required", expected: "present" };
    default:
      return { rule: `${keyword}: ${JSON.stringify(params)}`, expected: `valid (${keyword})` };
  }
}

const show = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value));

/** `/data/0/state` -> `data[0].state` */
export function fieldPath(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

function valueAt(root: unknown, instancePath: string): unknown {
  return instancePath
    .split("/")
    .slice(1)
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], root);
}

/** Operation `id`'s request validator (null: it has none), loaded once. */
export async function requestValidator(id: string): Promise<Validator | null> {
  if (!loadedRequest.has(id)) {
    const load = requestLoaders[id];
    loadedRequest.set(id, load ? (await load()).validateRequest : null);
  }
  return loadedRequest.get(id)!;
}

/** Operation `id`'s response validators by status (`{}`: it has none), loaded once. */
export function responseValidatorsOf(id: string): Promise<Record<string, Validator>> {
  let validators = loadedResponses.get(id);
  if (!validators) {
    const load = responseLoaders[id];
    validators = load ? load().then((module) => module.responseValidators) : Promise.resolve({});
    loadedResponses.set(id, validators);
  }
  return validators;
}

const NAMES = { path: "path parameter", query: "query parameter", header: "header", body: "body field" } as const;

/**
 * Throws ValidationError naming where (`in`), which field (`body.to.identifier`) and the rule, when the request
 * breaks the spec. Operations without a generated validator pass. Synchronous once the operation's validator is
 * loaded (a promise only on its first call), so the hot path waits for nothing.
 */
export function validateRequest(id: string, row: OperationRow, parts: RequestParts, label: string): void | Promise<void> {
  const validate = loadedRequest.get(id);
  if (validate === undefined) return requestValidator(id).then(() => validateRequest(id, row, parts, label));
  if (!validate || validate(parts)) return;
  const error = validate.errors![0]!;
  const missing = (error.params.missingProperty ?? error.params.additionalProperty) as string | undefined;
  const field = fieldPath(missing ? `${error.instancePath}/${missing}` : error.instancePath);
  const [where, name = ""] = field.split(".") as [keyof typeof NAMES, string?];
  const inBody = where === "body";
  const wire = inBody ? (name.split(/[.[]/)[0] ?? "") : name;
  const parameter = inBody ? wire : (row.parameters.find((p) => p.in === where && p.name === wire)?.key ?? wire);
  const { rule, expected } = describe(error);
  const subject = inBody ? `${NAMES.body} ${field.slice("body.".length) || "(the body)"}` : `${NAMES[where]} ${name}`;
  const message = `${label}: ${subject} must be ${expected} (got ${show(missing ? undefined : valueAt(parts, error.instancePath))})`;
  throw new ValidationError(message, { in: where, field, parameter, rule });
}

/** Throws ValidationError for a params key the operation has neither as a parameter nor as a body field. */
export function unknownParameter(key: string, label: string): ValidationError {
  return new ValidationError(`${label}: unknown parameter ${JSON.stringify(key)}; the spec has no parameter or body field by that name`, {
    in: "params",
    field: key,
    parameter: key,
    rule: "not in the spec",
  });
}

/**
 * Checks an answer's body against the spec's schema for its status. `mode: true` throws ContractError for a 2xx
 * answer; `"warn"`, and any non-2xx answer (whose typed error matters more), report through `warn` instead.
 */
export async function checkResponse(
  id: string,
  status: number,
  body: unknown,
  label: string,
  mode: true | "warn",
  warn: (message: string) => void,
): Promise<void> {
  if (!responseLoaders[id]) return;
  const byStatus = await responseValidatorsOf(id);
  const validate = byStatus[String(status)] ?? byStatus[`${String(status)[0]}XX`] ?? byStatus.default;
  const ok = status >= 200 && status < 300;
  let message: string | undefined;
  let path = "";
  if (!validate) {
    if (ok) message = `${label}: the response status ${status} is not documented in the spec`;
  } else if (!validate(body)) {
    const violations = validate.errors!.map((error) => {
      const field = fieldPath(error.instancePath) || "the body";
      const missing = error.params.missingProperty as string | undefined;
      const where = missing ? `${field === "the body" ? "" : `${field}.`}${missing}` : field;
      return { path: where, text: `${where} should be ${describe(error).expected}, got ${show(missing ? undefined : error.data)}` };
    });
    path = violations[0]!.path;
    message = `${label}: the ${status} response breaks the spec: ${violations.map((v) => v.text).join("; ")}`;
  }
  if (!message) return;
  if (mode === "warn" || !ok) warn(message);
  else throw new ContractError(message, { path });
}
