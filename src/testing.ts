// blooio-v4/testing: a stateful mock of the spec this package was built from (in-process fetch or loopback HTTP
// server), for our tests and an app's; and Prism from the same spec (optional peer dependency).
import { fetchOf } from "./testing/fetch-adapter.js";
import { listen, type ListenOptions, type MockHttpServer } from "./testing/http-adapter.js";
import { createMockApi as createMockCore, type MockApi, type MockApiOptions } from "./testing/mock-api.js";

export type { Fault } from "./testing/faults.js";
export type { Handler, HandlerAnswer, MockApiOptions, ReceivedRequest, Violation } from "./testing/mock-api.js";
export type { Seed, SeedList } from "./testing/mock-state.js";
export type { DeliveryAttempt, Receiver, WebhookDeliveryOptions } from "./testing/webhook-hub.js";
export type { ListenOptions, MockHttpServer } from "./testing/http-adapter.js";
export { seededRandom } from "./testing/schema-sample.js";
export { SPEC_PATH, startMockServer, type MockServer, type MockServerOptions } from "./testing/prism.js";

export interface MockKit extends Omit<MockApi, "handle"> {
  /** Pass as the client's `fetch` option: answers in-process, whatever the URL's origin. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** A base URL for the in-process fetch (any origin works). */
  url: string;
  /** Also serve the mock over loopback HTTP. */
  listen(options?: ListenOptions): Promise<MockHttpServer>;
  /** Throws, listing every contract violation seen, if there was any. */
  assertNoViolations(): void;
}

/**
 * A stateful mock of the spec: cursor lists page through the seeded items with real cursors and filters, other
 * operations answer from handlers or the spec's examples, faults play on cue, and every request and answer is
 * checked against the spec (`violations`).
 */
export function createMockApi(options: MockApiOptions = {}): MockKit {
  const mock = createMockCore(options);
  const { handle: _, ...rest } = mock;
  return Object.assign(rest, {
    fetch: fetchOf(mock),
    url: "https://blooio.mock",
    listen: (listenOptions?: ListenOptions) => listen(mock, listenOptions),
    assertNoViolations() {
      if (!mock.violations.length) return;
      const lines = mock.violations.map((v) => `  ${v.side} ${v.method} ${v.path}${v.status ? ` (${v.status})` : ""}: ${v.errors.join("; ")}`);
      throw new Error(`The mock saw ${mock.violations.length} contract violation(s):\n${lines.join("\n")}`);
    },
  });
}
