// The public face of blooio-v4.
export { createBlooioClient, USER_AGENT, type BlooioClient } from "./client.js";
export { PACKAGE_VERSION, SPEC_VERSION } from "./generated/spec-version.js";
export type { BlooioClientOptions, RetryOptions, Warning } from "./options.js";
export type { Listing, PageOptions, PartitionedListing, PartitionOptions } from "./pagination.js";
export type { RequestOptions } from "./request.js";
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
  ValidationError,
} from "./errors.js";
export type { components, operations, paths } from "./generated/v4.js";
export type {
  ChannelType,
  Chat,
  ChatPage,
  ChatState,
  CursorPage,
  CursorPath,
  ItemOf,
  ListChatsQuery,
  PageOf,
  QueryOf,
} from "./types.js";
