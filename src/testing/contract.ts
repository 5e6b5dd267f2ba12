// The mock's contract check: every request it receives and every answer it sends, against the spec, with the
// generated validators (the same ones the client loads). A query arrives as text, so its values are first read
// as the types the spec gives them (`limit=50` is the integer 50), as Prism does.
import type { RequestParts } from "../core/request.js";
import { fieldPath, meaningful, ruleOf, type SchemaError } from "../core/schema-errors.js";
import { requestValidator, responseValidatorsOf, validatorFor } from "../core/validation.js";

/** One violation in a line: where (the same path style as the client's errors), and what the spec expects there. */
function violationOf(error: SchemaError, root = ""): string {
  const path = fieldPath(error);
  const where = (root && path && !path.startsWith("[") ? `${root}.${path}` : root + path) || "the body";
  return `${where} must be ${ruleOf(error).expected}`;
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
export async function requestViolations(operationId: string, parts: RequestParts): Promise<string[]> {
  const validateRequest = await requestValidator(operationId);
  if (!validateRequest) return [];
  for (let tries = 0; tries <= Object.keys(parts.query).length; tries++) {
    if (validateRequest(parts)) return [];
    const error = meaningful(validateRequest.errors!)[0]!;
    const [, location, name] = error.instancePath.split("/");
    if (error.keyword !== "type" || location !== "query" || name === undefined || !(name in parts.query)) return [violationOf(error)];
    const coerced = coerce(parts.query[name], String(error.params.type));
    if (coerced === parts.query[name]) return [violationOf(error)];
    parts.query[name] = coerced;
  }
  return validateRequest.errors ? meaningful(validateRequest.errors).map((error) => violationOf(error)) : [];
}

/** The answer's violations of the spec: an undocumented status, or a body that breaks its status's schema. */
export async function responseViolations(operationId: string, status: number, body: unknown, hasJson: boolean): Promise<string[]> {
  const validate = validatorFor(await responseValidatorsOf(operationId), status);
  if (!validate) return hasJson ? [`status ${status} with a JSON body is not documented for ${operationId}`] : [];
  if (!hasJson) return [`status ${status} should carry a JSON body`];
  return validate(body) ? [] : meaningful(validate.errors ?? []).map((error) => violationOf(error, "body"));
}
