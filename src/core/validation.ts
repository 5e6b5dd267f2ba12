// Validation from the spec: a request is checked before it is sent; responses, when asked, after they arrive.
// The rules live in src/generated/validators/ (Ajv standalone code compiled from openapi/v4.yaml), one module per
// operation and side, loaded the first time that operation is called.
import { requestValidators, responseValidators } from "../generated/validators/index.js";
import { ContractError, ValidationError } from "./errors.js";
import type { OperationRow, RequestParts } from "./request.js";
import { fieldPath, meaningful, pointerOf, ruleOf, shown, type Validator, validatorFor, valueAt } from "./schema-errors.js";

export type { SchemaError, Validator } from "./schema-errors.js";

type Loaders<T> = Record<string, (() => Promise<T>) | undefined>;

const requestLoaders = requestValidators as unknown as Loaders<{ validateRequest: Validator }>;
const responseLoaders = responseValidators as unknown as Loaders<{ responseValidators: Record<string, Validator> }>;
const loadedRequest = new Map<string, Validator | null>();
const loadedResponses = new Map<string, Promise<Record<string, Validator>>>();

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
  const error = meaningful(validate.errors!)[0]!;
  const field = fieldPath(error);
  const [where, name = ""] = field.split(".") as [keyof typeof NAMES, string?];
  const inBody = where === "body";
  const wire = inBody ? (name.split(/[.[]/)[0] ?? "") : name;
  const parameter = inBody ? wire : (row.parameters.find((p) => p.in === where && p.name === wire)?.key ?? wire);
  const { rule, expected } = ruleOf(error);
  const subject = inBody ? `${NAMES.body} ${field.slice("body.".length) || "(the body)"}` : `${NAMES[where]} ${name}`;
  const message = `${label}: ${subject} must be ${expected} (got ${shown(valueAt(parts, pointerOf(error)))})`;
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
  const validate = validatorFor(await responseValidatorsOf(id), status);
  const ok = status >= 200 && status < 300;
  let message: string | undefined;
  let path = "";
  if (!validate) {
    if (ok) message = `${label}: the response status ${status} is not documented in the spec`;
  } else if (!validate(body)) {
    const violations = meaningful(validate.errors!).map((error) => {
      const where = fieldPath(error) || "the body";
      const got = error.keyword === "required" ? undefined : error.keyword === "additionalProperties" ? valueAt(body, pointerOf(error)) : error.data;
      return { path: where, text: `${where} should be ${ruleOf(error).expected}, got ${shown(got)}` };
    });
    path = violations[0]!.path;
    message = `${label}: the ${status} response breaks the spec: ${violations.map((v) => v.text).join("; ")}`;
  }
  if (!message) return;
  if (mode === "warn" || !ok) warn(message);
  else throw new ContractError(message, { path });
}
