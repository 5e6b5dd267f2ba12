// createBlooioClient: openapi-fetch typed by the spec, with auth, the retrying transport and the resources.
import createClient, { type Client } from "openapi-fetch";
import { authMiddleware } from "./auth.js";
import { PACKAGE_VERSION, SPEC_VERSION } from "./generated/spec-version.js";
import type { paths } from "./generated/v4.js";
import { type BlooioClientOptions, resolveOptions } from "./options.js";
import { createListing, type PartitionedListing } from "./pagination.js";
import { createGetJson } from "./request.js";
import { isBrowser, runtimeName } from "./runtime.js";
import { createTransport } from "./transport.js";
import { deprecationMiddleware } from "./warnings.js";

export interface BlooioClient {
  /** The typed openapi-fetch client, auth and retries applied: `api.GET("/chats", { params: { query } })`. */
  api: Client<paths>;
  /** Chats: `list`, `pages`, `listAll`, and `listAllPartitioned` (one cursor chain per channel `type`). */
  chats: PartitionedListing<"/chats">;
}

/** Names the package and the contract it was built from, so a server log says which spec a request came from. */
export const USER_AGENT = `blooio-v4/${PACKAGE_VERSION} (spec ${SPEC_VERSION}; ${runtimeName()})`;

export function createBlooioClient(options?: BlooioClientOptions): BlooioClient {
  const resolved = resolveOptions(options);
  const defaults = { maxRetries: resolved.maxRetries, timeoutMs: resolved.timeoutMs };
  const send = createTransport(resolved);
  const api = createClient<paths>({
    baseUrl: resolved.baseUrl,
    // A browser sends its own User-Agent and ignores (or refuses) a script's.
    headers: { ...(isBrowser() ? {} : { "User-Agent": USER_AGENT }), ...resolved.headers },
    fetch: (request) => send(request, defaults),
  });
  api.use(authMiddleware(resolved.apiKey, resolved.allowInsecureHttp), deprecationMiddleware(resolved.onWarning));
  const getJson = createGetJson(api, send, defaults, resolved);
  return { api, chats: createListing(getJson, "/chats", "type") };
}
