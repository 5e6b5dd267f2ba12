// An in-process fetch for unit tests: records every request and answers from a handler.
import { page } from "./data.js";

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

/** A handler for stubFetch: every request gets a page of one chat, the last. */
export const onePage = () => json(page(0, 1, null));
