// Load: 200 listings at once against the kit's mock over loopback; every run gets every chat exactly once, and the heap
// returns to where it was once the runs are done.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlooioClient } from "../../src/index.js";
import { createMockApi, type MockHttpServer } from "../../src/testing.js";
import { testClient } from "../support/client.js";

const RUNS = 200;
const TOTAL = 400;
const LIMIT = 100;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function settledHeap(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

const kit = createMockApi({ data: { chats: TOTAL }, latencyMs: 2 });
let server: MockHttpServer;
beforeAll(async () => {
  server = await kit.listen();
});
afterAll(() => server.close());

async function concurrentRuns(client: BlooioClient): Promise<string[][]> {
  return Promise.all(
    Array.from({ length: RUNS }, async () => {
      const ids: string[] = [];
      for await (const chat of client.chats.listAll({ limit: LIMIT })) ids.push(chat.id!);
      return ids;
    }),
  );
}

describe("load", () => {
  it(`${RUNS} concurrent listAll runs each deliver every chat exactly once, and memory settles`, async () => {
    const expected = kit.items("chats").map((chat) => String(chat.id));
    const client = testClient(server);

    // The first round also fills the connection pool with up to 200 keep-alive sockets: that heap stays, by design.
    for (const ids of await concurrentRuns(client)) expect(ids).toEqual(expected);
    const afterFirstRound = settledHeap();

    // A second round on the warm pool must leave nothing behind: no per-run leak.
    const second = await concurrentRuns(client);
    for (const ids of second) expect(ids).toEqual(expected);
    expect(kit.requests).toHaveLength(2 * RUNS * (TOTAL / LIMIT));
    kit.assertNoViolations();
    second.length = 0;
    kit.requests.length = 0; // the mock's own record of requests is not the client's heap
    const growthMb = (settledHeap() - afterFirstRound) / 1024 / 1024;
    expect(growthMb).toBeLessThan(2);
    // About 8 s alone; a busy 2-core machine (CI runs other suites' child processes) needs more.
  }, 60_000);
});
