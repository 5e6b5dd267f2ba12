// From a method's flat params to the one request every attempt sends: which value goes where (path, query, header,
// body) by the operation's row, the URL, the headers and the body bytes. Knows no operation by name.
import { ValidationError } from "./errors.js";
import type { OperationRow } from "./table.js";

/** What a call sends, by location, keyed by the names on the wire: the shape the request validator checks. */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body?: unknown;
}

/** The ValidationError for a params key the operation has neither as a parameter nor as a body field. */
export function unknownParameter(key: string, label: string): ValidationError {
  return new ValidationError(`${label}: unknown parameter ${JSON.stringify(key)}; the spec has no parameter or body field by that name`, {
    in: "params",
    field: key,
    parameter: key,
    rule: "not in the spec",
  });
}

type Location = "path" | "query" | "header" | "body";
const placesOf = new WeakMap<OperationRow, Map<string, { in: Location; name: string }>>();

/** Where each key of the flat params goes, built once per row. */
function places(row: OperationRow) {
  let map = placesOf.get(row);
  if (!map) {
    map = new Map();
    for (const p of row.parameters) map.set(p.key ?? p.name, { in: p.in, name: p.name });
    for (const field of row.body?.fields ?? (row.body ? ["body"] : [])) map.set(field, { in: "body", name: field });
    placesOf.set(row, map);
  }
  return map;
}

/**
 * Splits flat params by the row. `undefined` means "not given"; in the query `null` and `""` do too (Prism and the
 * API read them as unset). A key the operation does not have is a ValidationError.
 */
export function splitParams(row: OperationRow, params: Record<string, unknown> | undefined, label: string): RequestParts {
  const parts: RequestParts = { path: {}, query: {}, header: {} };
  const where = places(row);
  const flatBody = !!row.body?.fields;
  let body: Record<string, unknown> | undefined = flatBody && row.body!.required ? {} : undefined;
  for (const key in params) {
    const value = params[key];
    if (value === undefined) continue;
    const place = where.get(key);
    if (!place) throw unknownParameter(key, label);
    if (place.in === "body") {
      if (flatBody) (body ??= {})[key] = value;
      else parts.body = value;
    } else if (place.in !== "query" || (value !== null && value !== "")) {
      parts[place.in][place.name] = value;
    }
  }
  if (body) parts.body = body;
  return parts;
}

function appendQuery(search: URLSearchParams, name: string, value: unknown): void {
  if (Array.isArray(value)) for (const item of value) search.append(name, String(item));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) appendQuery(search, `${name}[${key}]`, item);
  } else search.append(name, String(value));
}

/** The URL of a call: the base, the path with its parameters encoded, the query in the spec's default (form) style. */
export function urlOf(baseUrl: string, row: OperationRow, parts: RequestParts, label: string): string {
  const path = row.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = parts.path[name];
    if (value === "" || value === null) {
      throw new ValidationError(`${label}: path parameter ${name} must not be empty`, {
        in: "path",
        field: `path.${name}`,
        parameter: row.parameters.find((p) => p.in === "path" && p.name === name)?.key ?? name,
        rule: "required",
      });
    }
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const name in parts.query) appendQuery(search, name, parts.query[name]);
  const query = search.toString();
  return baseUrl + path + (query ? `?${query}` : "");
}

const JSON_MEDIA = /^application\/(.+\+)?json$/;

type Body = { body: string | Uint8Array<ArrayBuffer>; type: string };

/**
 * The body bytes and their content type, serialized once so every attempt sends the same bytes. JSON bodies are
 * stringified; FormData and Blobs are encoded once (a fresh encoding would pick a new multipart boundary), the one
 * case that needs a promise. For a form (multipart/form-data), a Blob or bytes alone fill its file field.
 */
export function bodyOf(row: OperationRow, parts: RequestParts): Body | undefined | Promise<Body> {
  const { body } = parts;
  if (body === undefined || !row.body) return undefined;
  const { mediaType, file } = row.body;
  if (JSON_MEDIA.test(mediaType)) return { body: JSON.stringify(body), type: mediaType };
  // A form's file on its own (a Blob, a File, bytes) is sent as the form's file field.
  const form = file && (body instanceof Blob || body instanceof Uint8Array || body instanceof ArrayBuffer) ? new FormData() : undefined;
  // A File keeps its name; a Blob or bytes are sent under the field's name.
  if (form) form.append(file!, body instanceof Blob ? body : new Blob([new Uint8Array(body as ArrayBuffer)]), body instanceof File ? body.name : file!);
  if (typeof body === "string") return { body, type: mediaType };
  if (!form && (body instanceof Uint8Array || body instanceof ArrayBuffer)) return { body: new Uint8Array(body), type: mediaType };
  const encoded = new Response((form ?? body) as BodyInit);
  return encoded.arrayBuffer().then((bytes) => ({
    body: new Uint8Array(bytes),
    type: encoded.headers.get("content-type") ?? mediaType,
  }));
}
