// The tests' client: the one fake key and retries a millisecond apart, on a stub's or the kit's in-process fetch or
// on a loopback server. A test of construction itself (keys, the environment, base URLs) calls createBlooioClient.
import { createBlooioClient, type BlooioClient, type BlooioClientOptions } from "../../src/index.js";
import { FAKE_KEY } from "./data.js";

/** Retries a millisecond or two apart: a test waits on what it asserts, not on backoff. */
export const FAST_RETRY = { backoff: { initialMs: 1, maxMs: 2 } } satisfies BlooioClientOptions;

/** Where a test client sends: a fetch (stubFetch's, the kit's), a base URL (startServer's, kit.listen()'s), or both (the kit). */
export interface ClientTarget {
  url?: string;
  fetch?: BlooioClientOptions["fetch"];
}

/** A client of `target` with the fake key and FAST_RETRY; `options` add to or override them. */
export function testClient({ url, fetch }: ClientTarget = {}, options: BlooioClientOptions = {}): BlooioClient {
  const target = { ...(url === undefined ? {} : { baseUrl: url }), ...(fetch ? { fetch } : {}) };
  return createBlooioClient({ apiKey: FAKE_KEY, ...FAST_RETRY, ...target, ...options });
}
