// Per-request throughput: the same 50-chat page fetched one request after another, by each client in turn.
import ky from "ky";
import createClient from "openapi-fetch";
import { createBlooioClient } from "../src/index.js";
import type { paths } from "../src/generated/v4.js";
import { PAGE_50 } from "./data.js";
import { FAKE_KEY, median } from "./support.js";

export type Fetch = (request: Request) => Promise<Response>;
export type Contender = { name: string; once: () => Promise<unknown> };

export const QUERY = { state: "open", limit: 50 } as const;
const AUTH = { Authorization: `Bearer ${FAKE_KEY}` };

/** Answers every request with the page, as a server would: a fresh Response each time. */
export const stubFetch: Fetch = async () =>
  new Response(PAGE_50, { status: 200, headers: { "content-type": "application/json" } });

async function withTimeout<T extends { data?: unknown }>(send: (signal: AbortSignal) => Promise<T>): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    return (await send(controller.signal)).data;
  } finally {
    clearTimeout(timer);
  }
}

function contenders(baseUrl: string, fetch: Fetch): Contender[] {
  const bare = createClient<paths>({ baseUrl, headers: AUTH, fetch });
  const kyClient = ky.create({ prefixUrl: baseUrl, headers: AUTH, fetch: fetch as typeof globalThis.fetch, retry: 0 });
  const blooio = createBlooioClient({ apiKey: FAKE_KEY, baseUrl, fetch });
  return [
    {
      name: "raw fetch",
      once: async () => (await fetch(new Request(`${baseUrl}/chats?state=open&limit=50`, { headers: AUTH }))).json(),
    },
    { name: "openapi-fetch", once: async () => (await bare.GET("/chats", { params: { query: QUERY } })).data },
    // What openapi-fetch costs with the one thing this client adds to every request that a bare call lacks: a
    // timeout that aborts the request (an AbortController and a timer per request, the client's default 60 s).
    { name: "openapi-fetch + timeout", once: () => withTimeout((signal) => bare.GET("/chats", { params: { query: QUERY }, signal })) },
    { name: "ky", once: () => kyClient.get("chats", { searchParams: QUERY }).json() },
    { name: "blooio-v4", once: () => blooio.chats.list(QUERY) },
  ];
}

/** Requests per second for each contender: rounds of `roundMs` each, in rotating order, median per contender. */
export async function rates(all: Contender[], { rounds, roundMs, warmup }: { rounds: number; roundMs: number; warmup: number }) {
  for (const c of all) for (let i = 0; i < warmup; i++) await c.once();
  const samples = new Map<string, number[]>(all.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < all.length; k++) {
      const c = all[(round + k) % all.length]!;
      let count = 0;
      const start = performance.now();
      let now = start;
      while (now - start < roundMs) {
        await c.once();
        count++;
        if ((count & 7) === 0) now = performance.now();
      }
      samples.get(c.name)!.push(count / ((performance.now() - start) / 1000));
    }
  }
  return Object.fromEntries([...samples].map(([name, values]) => [name, median(values)]));
}

/** The table's per-request rows: raw fetch, openapi-fetch (bare and with a timeout), ky and this client, side by side. */
export function throughput(baseUrl: string, fetch: Fetch, size: { rounds: number; roundMs: number; warmup: number }) {
  return rates(contenders(baseUrl, fetch), size);
}
