// Validation from the spec: a request is checked before it is sent; responses, when asked, after they arrive.
// The rules live in src/generated/validators/ (Ajv standalone code compiled from openapi/v4.yaml), one module per
// operation and side, loaded the first time that operation is called.
import { ContractError, ValidationError } from "./errors.js";
import type { RequestParts } from "./request.js";
import type { Validator } from "./schema-errors.js";
import type { OperationRow } from "./table.js";

export type { SchemaError, Validator } from "./schema-errors.js";

// The loaders themselves (an import() per operation and side) are loaded on the first check, not with the client.
let index: Promise<typeof import("../generated/validators/index.js")> | undefined;
const loaders = () => (index ??= import("../generated/validators/index.js"));
const loadedRequest = new Map<string, Validator | null>();
const loadedResponses = new Map<string, Promise<Readonly<Record<string, Validator>>>>();

/** Operation `id`'s request validator (null: it has none), loaded once. */
export async function requestValidator(id: string): Promise<Validator | null> {
  if (!loadedRequest.has(id)) {
    const load = (await loaders()).requestValidators[id];
    loadedRequest.set(id, load ? (await load()).validateRequest : null);
  }
  return loadedRequest.get(id)!;
}

/** Operation `id`'s response validators by status (`{}`: it has none), loaded once. */
export function responseValidatorsOf(id: string): Promise<Readonly<Record<string, Validator>>> {
  let validators = loadedResponses.get(id);
  if (!validators) {
    validators = loaders().then(async ({ responseValidators }) => {
      const load = responseValidators[id];
      return load ? (await load()).responseValidators : {};
    });
    loadedResponses.set(id, validators);
  }
  return validators;
}

const NAMES = { path: "path parameter", query: "query parameter", header: "header", body: "body field" } as const;

// How a violation is said (field paths, rules) is only needed once one happens: loaded then, out of the main bundle.
const rendering = () => import("./schema-errors.js");

/** The validator of the answer's status: its own, else its class (`4XX`), else `default`. */
export function validatorFor<V>(byStatus: Readonly<Record<string, V>>, status: number): V | undefined {
  return byStatus[String(status)] ?? byStatus[`${String(status)[0]}XX`] ?? byStatus.default;
}

/**
 * Throws ValidationError naming where (`in`), which field (`body.to.identifier`) and the rule, when the request
 * breaks the spec (as a rejected promise). Operations without a generated validator pass. Synchronous once the
 * operation's validator is loaded (a promise only on its first call, or on a violation), so the hot path waits
 * for nothing.
 */
export function validateRequest(id: string, row: OperationRow, parts: RequestParts, label: string): void | Promise<void> {
  const validate = loadedRequest.get(id);
  if (validate === undefined) return requestValidator(id).then(() => validateRequest(id, row, parts, label));
  if (!validate || validate(parts)) return;
  const errors = [...validate.errors!]; // the validator's next call replaces them
  return rendering().then(({ fieldPath, meaningful, pointerOf, ruleOf, shown, valueAt }) => {
    const error = meaningful(errors)[0]!;
    const field = fieldPath(error);
    const [where, name = ""] = field.split(".") as [keyof typeof NAMES, string?];
    const inBody = where === "body";
    const wire = inBody ? (name.split(/[.[]/)[0] ?? "") : name;
    const parameter = inBody ? wire : (row.parameters.find((p) => p.in === where && p.name === wire)?.key ?? wire);
    const { rule, expected } = ruleOf(error);
    const subject = inBody ? `${NAMES.body} ${field.slice("body.".length) || "(the body)"}` : `${NAMES[where]} ${name}`;
    const message = `${label}: ${subject} must be ${expected} (got ${shown(valueAt(parts, pointerOf(error)))})`;
    throw new ValidationError(message, { in: where, field, parameter, rule });
  });
}

/**
 * Reports an answer's body that breaks the spec's schema for its status. `mode: true` throws ContractError for a
 * 2xx answer; `"warn"`, and any non-2xx answer (whose typed error matters more), report through `warn` instead.
 */
export async function reportResponse(
  id: string,
  status: number,
  body: unknown,
  label: string,
  mode: true | "warn",
  warn: (message: string) => void,
): Promise<void> {
  const validate = validatorFor(await responseValidatorsOf(id), status);
  const ok = status >= 200 && status < 300;
  let message: string | undefined;
  let path = "";
  if (!validate) {
    // An undocumented status is a gap in the spec: a 2xx one fails (or warns); any other warns when it carries a
    // JSON body, as the testing kit's check does.
    if (ok || (body !== null && typeof body === "object")) message = `${label}: the response status ${status} is not documented in the spec`;
  } else if (!validate(body)) {
    const { fieldPath, meaningful, pointerOf, ruleOf, shown, valueAt } = await rendering();
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
