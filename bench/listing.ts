// Full listings from the latency server: a hand-written raw-fetch cursor loop against listAll and its options.
import { createBlooioClient } from "../src/index.js";
import { FAKE_KEY, sleep } from "./support.js";

const AUTH = { Authorization: `Bearer ${FAKE_KEY}` };

export interface ListingRun {
  ms: number;
  chats: number;
  unique: number;
}

async function timed(run: (seen: (id: string | undefined) => void) => Promise<void>): Promise<ListingRun> {
  const ids = new Set<string | undefined>();
  let chats = 0;
  const start = performance.now();
  await run((id) => {
    chats++;
    ids.add(id);
  });
  return { ms: performance.now() - start, chats, unique: ids.size };
}

/** The floor: what a careful user writes by hand with fetch. */
export function rawLoop(baseUrl: string, limit: number) {
  return timed(async (seen) => {
    let cursor: string | null = null;
    do {
      const url = `${baseUrl}/chats?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const response = await fetch(url, { headers: AUTH });
      const page = (await response.json()) as { data: { id: string }[]; has_more: boolean; next_cursor: string | null };
      for (const chat of page.data) seen(chat.id);
      cursor = page.has_more ? page.next_cursor : null;
    } while (cursor);
  });
}

/** listAll with a consumer that awaits `consumerMs` after each page's worth of chats (0: no work). */
export function listAll(baseUrl: string, limit: number, { consumerMs = 0, prefetch = false } = {}) {
  const client = createBlooioClient({ apiKey: FAKE_KEY, baseUrl });
  return timed(async (seen) => {
    let n = 0;
    for await (const chat of client.chats.listAll({ limit }, { prefetch })) {
      seen(chat.id);
      if (consumerMs && ++n % limit === 0) await sleep(consumerMs);
    }
  });
}

export function listAllPartitioned(baseUrl: string, limit: number, concurrency: number) {
  const client = createBlooioClient({ apiKey: FAKE_KEY, baseUrl });
  return timed(async (seen) => {
    for await (const chat of client.chats.listAllPartitioned({ limit }, { concurrency })) seen(chat.id);
  });
}
