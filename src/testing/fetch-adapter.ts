// The mock as a `fetch` (the client's `fetch` option): no process, no port. Faults look as they do over a socket:
// a reset rejects like undici's "fetch failed", a truncated body fails while it is read, a delay honours the signal.
import { sleep } from "../core/sleep.js";
import type { Answer, MockApi } from "./mock-api.js";

function responseOf(answer: Answer): Response {
  const bytes = new TextEncoder().encode(answer.body);
  const headers = { ...answer.headers, ...(answer.body ? { "content-length": String(bytes.length) } : {}) };
  if (!answer.truncate) return new Response(answer.body || null, { status: answer.status, headers });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
      controller.error(new TypeError("terminated", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }));
    },
  });
  return new Response(body, { status: answer.status, headers });
}

/** A fetch that answers from `mock`, whatever the request's origin. */
export function fetchOf(mock: MockApi): (input: Request | string | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const answer = await mock.handle({ method: request.method, url: url.pathname + url.search, headers, body: request.body ? await request.text() : "" });
    if (answer.delayMs > 0) await sleep(answer.delayMs, request.signal);
    if (answer.reset) {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    }
    return responseOf(answer);
  };
}
