// An in-process fetch for unit tests: records every request and answers from a handler.
export type Handler = (request: Request, index: number) => Response | Promise<Response>;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
  });
}

export function stubFetch(handler: Handler) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return handler(request, requests.length - 1);
  };
  return {
    fetch,
    requests,
    /** The query of the nth request, as the server would read it. */
    query(index: number): Record<string, string> {
      return Object.fromEntries(new URL(requests[index]!.url).searchParams);
    },
  };
}

/** A page of `count` fake chats starting at `start`. */
export function page(start: number, count: number, next: string | null, hasMore = next !== null) {
  return {
    data: Array.from({ length: count }, (_, i) => ({ id: `chat_${start + i}`, channel_type: "blooio", state: "open" })),
    has_more: hasMore,
    next_cursor: next,
  };
}

export const FAKE_KEY = "bl_test_not_a_real_key";
