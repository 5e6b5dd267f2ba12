// Every error the client throws is a BlooioError; API answers map to one class per status family.

export interface ApiErrorInit {
  status: number;
  body: unknown;
  headers: Headers;
  message: string;
}

export class BlooioError extends Error {
  /** During pagination: the cursor to resume from (`undefined` means the first page). */
  cursor?: string;
  /** During a partitioned listing: the partition whose chain failed, for example `{ type: "whatsapp" }`. */
  partition?: Record<string, string>;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The client was set up wrongly (no key, a bad base URL, a key that would leak); nothing was sent. */
export class ConfigurationError extends BlooioError {}

/** The API answered with a status outside 2xx. */
export class ApiError extends BlooioError {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
  readonly requestId: string | undefined;

  constructor({ status, body, headers, message }: ApiErrorInit) {
    super(message);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.requestId = requestIdOf(headers);
  }
}

export class BadRequestError extends ApiError {}
export class AuthenticationError extends ApiError {}
export class PermissionDeniedError extends ApiError {}
export class NotFoundError extends ApiError {}
export class ConflictError extends ApiError {}
export class RateLimitError extends ApiError {}
export class ServerError extends ApiError {}

/** The request never got an HTTP answer: DNS, refused or reset connection, a body cut short. */
export class ConnectionError extends BlooioError {}

/** An attempt took longer than `timeoutMs` (after every retry allowed). */
export class TimeoutError extends ConnectionError {}

/** The caller's AbortSignal fired; never retried. `cause` is the signal's reason. */
export class AbortError extends BlooioError {}

/** Input broke the spec's rules; nothing was sent. */
export class ValidationError extends BlooioError {
  constructor(
    message: string,
    /** The query parameter at fault, for example `limit`. */
    readonly parameter: string,
    /** The rule it broke, as the spec states it, for example `maximum: 200`. */
    readonly rule: string,
  ) {
    super(message);
  }
}

/** A response broke the spec: not JSON, cut short, or of the wrong shape. `path` names the field. */
export class ContractError extends BlooioError {
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A listing the server would never end: a cursor handed back twice, or endless empty pages. */
export class PaginationError extends BlooioError {}

const statusClasses: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

function requestIdOf(headers: Headers): string | undefined {
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
  429: "rate limited; retries were used up",
};

/** `label` names the call, for example `GET /chats`. */
export function apiErrorFrom(response: Response, body: unknown, label?: string): ApiError {
  const { status } = response;
  const ErrorClass = statusClasses[status] ?? (status >= 500 ? ServerError : ApiError);
  const detail = detailOf(body).replace(/\s+/g, " ").trim().slice(0, 200);
  const hint = hints[status];
  const requestId = requestIdOf(response.headers);
  const message =
    (label ? `${label}: ` : "") +
    `${status} ${response.statusText || "error"}` +
    (detail ? `: ${detail}` : "") +
    (hint ? ` (${hint})` : "") +
    (requestId ? ` [request id ${requestId}]` : "");
  return new ErrorClass({ status, body, headers: response.headers, message });
}
