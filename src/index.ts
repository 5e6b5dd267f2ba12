// The public face of blooio-v4.
export { createBlooioClient, USER_AGENT, type BlooioClient, type Method } from "./client.js";
export { PACKAGE_VERSION, SPEC_VERSION } from "./generated/spec-version.js";
export type { BlooioClientOptions, PageOptions, PartitionOptions, RequestOptions, RetryOptions } from "./options.js";
export type { ResponsePromise, WithResponse } from "./core/call.js";
export type { ListCall } from "./core/listing.js";
export type { Warning } from "./core/warnings.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  BlooioError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  ContractError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnprocessableEntityError,
  ValidationError,
} from "./core/errors.js";
export * from "./webhooks.js";
export type * from "./types.js";
