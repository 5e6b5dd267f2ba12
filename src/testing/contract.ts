// The mock's contract check: every request it receives and every answer it sends, against the spec, with the
// generated validators (the same ones the client loads). A query arrives as text, so its values are first read
// as the types the spec gives them (`limit=50` is the integer 50), as Prism does.
import type { RequestParts } from "../core/request.js";
import { describe as ruleOf, requestValidator, responseValidatorsOf, type SchemaError } from "../core/validation.js";

function where(error: SchemaError): string {
  const missing = error.params.missingProperty ?? error.params.additionalProperty;
  return `${error.instancePath.slice(1).replaceAll("/", ".")}${missing === undefined ? "" : `.${String(missing)}`}`.replace(/^\./, "") || "(whole)";
}

/** One violation in a line: where, and what the spec expects there. */
function describe(error: SchemaError): string {
  return `${where(error)} must be ${ruleOf(error).expected}`;
}

/** A query value read as the type the spec says, or unchanged when it cannot be. */
function coerce(value: unknown, type: string): unknown {
  const text = Array.isArray(value) ? undefined : String(value);
  for (const wanted of type.split(",")) {
    if ((wanted === "integer" || wanted === "number") && text !== undefined && text.trim() !== "" && Number.isFinite(Number(text))) {
      return Number(text);
    }
    if (wanted === "boolean" && (text === "true" || text === "false")) return text === "true";
    if (wanted === "array") return [value];
  }
  return value;
}

/** The request's violations of the spec (none: an empty list). Coerces `parts.query` in place. */
export async function checkRequest(operationId: string, parts: RequestParts): Promise<string[]> {
  const validateRequest = await requestValidator(operationId);
  if (!validateRequest) return [];
  for (let tries = 0; tries <= Object.keys(parts.query).length; tries++) {
    if (validateRequest(parts)) return [];
    const error = validateRequest.errors![0]!;
    const [, location, name] = error.instancePath.split("/");
    if (error.keyword !== "type" || location !== "query" || name === undefined || !(name in parts.query)) return [describe(error)];
    const coerced = coerce(parts.query[name], String(error.params.type));
    if (coerced === parts.query[name]) return [describe(error)];
    parts.query[name] = coerced;
  }
  return validateRequest.errors ? validateRequest.errors.map(describe) : [];
}

/** The answer's violations of the spec: an undocumented status, or a body that breaks its status's schema. */
export async function checkResponse(operationId: string, status: number, body: unknown, hasJson: boolean): Promise<string[]> {
  const byStatus = await responseValidatorsOf(operationId);
  const validate = byStatus[String(status)] ?? byStatus[`${String(status)[0]}XX`] ?? byStatus.default;
  if (!validate) return hasJson ? [`status ${status} with a JSON body is not documented for ${operationId}`] : [];
  if (!hasJson) return [`status ${status} should carry a JSON body`];
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `body.${describe(error)}`.replace("body.(whole)", "body"));
}
