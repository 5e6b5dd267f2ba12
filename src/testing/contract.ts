// The mock's contract check: every request it receives and every answer it sends, against the spec, with the
// generated validators (the same ones the client loads). A query arrives as text, so its values are first read
// as the types the spec gives them (`limit=50` is the integer 50), as Prism does.
import { requestValidators, responseValidators } from "../generated/validators/index.js";
import type { RequestParts } from "../core/request.js";

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const loaded = new Map<string, Promise<unknown>>();
function load<T>(table: Record<string, () => Promise<unknown>>, operationId: string, side: string): Promise<T> {
  const key = `${side}:${operationId}`;
  let module = loaded.get(key);
  if (!module) loaded.set(key, (module = table[operationId]!()));
  return module as Promise<T>;
}

function where(error: AjvError): string {
  return error.instancePath.slice(1).replaceAll("/", ".") || "(whole)";
}

function describe(error: AjvError): string {
  const { keyword, params } = error;
  if (error.message) return `${where(error)} ${error.message}${keyword === "enum" ? `: ${(params.allowedValues as unknown[]).join(" | ")}` : ""}`;
  if (keyword === "required") return `${where(error)}.${String(params.missingProperty)} is required`;
  if (keyword === "additionalProperties") return `${where(error)}.${String(params.additionalProperty)} is not in the spec`;
  if (keyword === "enum") return `${where(error)} must be one of ${(params.allowedValues as unknown[]).join(" | ")}`;
  if (keyword === "type") return `${where(error)} must be ${String(params.type)}`;
  return `${where(error)} breaks ${keyword} ${JSON.stringify(params)}`;
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
  const { validateRequest } = await load<{ validateRequest: Validate }>(requestValidators, operationId, "request");
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
  const { responseValidators: byStatus } = await load<{ responseValidators: Record<string, Validate> }>(responseValidators, operationId, "responses");
  const validate = byStatus[String(status)] ?? byStatus[`${String(status)[0]}XX`] ?? byStatus.default;
  if (!validate) return hasJson ? [`status ${status} with a JSON body is not documented for ${operationId}`] : [];
  if (!hasJson) return [`status ${status} should carry a JSON body`];
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `body.${describe(error)}`.replace("body.(whole)", "body"));
}
