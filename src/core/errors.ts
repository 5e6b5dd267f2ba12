// Every error the client throws is a BlooioError, each built as `new XError(message, details)`; API answers map to
// one class per status family.

export interface ErrorDetails {
  cause?: unknown;
  /** How many attempts the call made before this error (1 when it was not retried). */
  attempts?: number;
}

export class BlooioError extends Error {
  /** How many attempts the call made (set when a request was sent). */
  attempts?: number;
  /** During pagination: the cursor to resume from (`undefined` means the first page). */
  cursor?: string;
  /** During a partitioned listing: the partition whose chain failed, for example `{ type: "whatsapp" }`. */
  partition?: Record<string, string>;

  constructor(message: string, { cause, attempts }: ErrorDetails = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    if (attempts !== undefined) this.attempts = attempts;
  }
}

/** The client was set up wrongly (no key, a bad base URL, a key that would leak); nothing was sent. */
export class ConfigurationError extends BlooioError {}

export interface ApiErrorDetails extends ErrorDetails {
  status: number;
  body: unknown;
  headers: Headers;
}

/** The API answered with a status outside 2xx. */
export class ApiError extends BlooioError {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
  readonly requestId: string | undefined;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, details);
    this.status = details.status;
    this.body = details.body;
    this.headers = details.headers;
    this.requestId = requestIdOf(details.headers);
  }
}

export class BadRequestError extends ApiError {}
export class AuthenticationError extends ApiError {}
export class PermissionDeniedError extends ApiError {}
export class NotFoundError extends ApiError {}
export class ConflictError extends ApiError {}
export class UnprocessableEntityError extends ApiError {}
export class RateLimitError extends ApiError {}
export class ServerError extends ApiError {}

/** The request never got an HTTP answer: DNS, refused or reset connection, a body cut short. */
export class ConnectionError extends BlooioError {}

/** An attempt took longer than `timeoutMs` (after every retry allowed). */
export class TimeoutError extends ConnectionError {}

/** The caller's AbortSignal fired; never retried. `cause` is the signal's reason. */
export class AbortError extends BlooioError {}

export interface ValidationErrorDetails extends ErrorDetails {
  /** Where the value goes: `path`, `query`, `header` or `body`; `params` for a name the operation does not have. */
  in: "path" | "query" | "header" | "body" | "params";
  /** The field at fault, from its location: `query.limit`, `body.to.identifier`. */
  field: string;
  /** The key of the method's params that holds it: `limit`, `to`. */
  parameter: string;
  /** The rule it broke, as the spec states it, for example `maximum: 200`. */
  rule: string;
}

/** Input broke the spec's rules; nothing was sent. */
export class ValidationError extends BlooioError {
  readonly in: ValidationErrorDetails["in"];
  readonly field: string;
  readonly parameter: string;
  readonly rule: string;

  constructor(message: string, details: ValidationErrorDetails) {
    super(message, details);
    this.in = details.in;
    this.field = details.field;
    this.parameter = details.parameter;
    this.rule = details.rule;
  }
}

/** A response broke the spec: not JSON, cut short, or of the wrong shape. `path` names the field. */
export class ContractError extends BlooioError {
  readonly path: string;

  constructor(message: string, details: ErrorDetails & { path: string }) {
    super(message, details);
    this.path = details.path;
  }
}

/** A listing the server would never end: a cursor handed back twice, or endless empty pages. */
export class PaginationError extends BlooioError {}

/** Which check a webhook delivery failed. */
export type WebhookVerificationCode =
  | "missing_secret"
  | "missing_header"
  | "malformed_header"
  | "no_signature"
  | "timestamp_too_old"
  | "timestamp_too_new"
  | "signature_mismatch"
  | "body_not_raw"
  | "invalid_payload";

export interface WebhookVerificationErrorDetails extends ErrorDetails {
  code: WebhookVerificationCode;
}

/**
 * A webhook delivery was not verified (answer it 400, or 401 for a bad signature). `code` names the check; the
 * message says what to do, and never contains the secret or the signature a delivery should have carried.
 */
export class WebhookVerificationError extends BlooioError {
  readonly code: WebhookVerificationCode;

  constructor(message: string, details: WebhookVerificationErrorDetails) {
    super(message, details);
    this.code = details.code;
  }
}

const statusClasses: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
}

/** What the server said, in one line: a `message`/`error` field, else the body's text, cut short. */
function detailOf(body: unknown): string {
  if (body && typeof body === "object") {
    const record = body as Record<string, unknown>;
    for (const key of ["message", "error", "detail", "title"]) {
      const value = record[key];
      if (typeof value === "string" && value) return value;
      if (value && typeof value === "object" && typeof (value as Record<string, unknown>).message === "string") {
        return (value as { message: string }).message;
      }
    }
    return JSON.stringify(body);
  }
  return typeof body === "string" ? body : "";
}

const hints: Record<number, string> = {
  401: "check the API key (BLOOIO_API_KEY)",
  403: "the API key lacks permission for this call",
  429: "rate limited",
};

/** The typed error for a non-2xx answer. `label` names the call, for example `GET /chats`. */
export function apiErrorFrom(
  response: { status: number; statusText: string; headers: Headers },
  body: unknown,
  label: string,
  attempts?: number,
): ApiError {
  const { status, headers } = response;
  const ErrorClass = statusClasses[status] ?? (status >= 500 ? ServerError : ApiError);
  const detail = detailOf(body).replace(/\s+/g, " ").trim().slice(0, 200);
  const hint = hints[status];
  const requestId = requestIdOf(headers);
  const tries = attempts && attempts > 1 ? ` (after ${attempts} attempts)` : "";
  const message =
    `${label}: ${status} ${response.statusText || "error"}` +
    (detail ? `: ${detail}` : "") +
    (hint ? ` (${hint})` : "") +
    tries +
    (requestId ? ` [request id ${requestId}]` : "");
  return new ErrorClass(message, { status, body, headers, ...(attempts === undefined ? {} : { attempts }) });
}
