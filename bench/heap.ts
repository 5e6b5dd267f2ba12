// Heap growth while listAll streams `total` chats from the loopback server at `url`; run with --expose-gc in its own
// process. Prints JSON. The heap is sampled after a full GC every 100 pages; growth is measured from a warm client.
import { createBlooioClient } from "../src/index.js";
import { FAKE_KEY } from "./support.js";

const [url = "", totalArg = "1000000"] = process.argv.slice(2);
const total = Number(totalArg);
const limit = 200;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20;
// A full GC, then a turn of the event loop so FinalizationRegistry callbacks (undici's, per request) can run.
const settle = async () => {
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
};

const client = createBlooioClient({ apiKey: FAKE_KEY, baseUrl: url });
// Warm up (a few pages: lazy code loaded, the connection open) so the baseline is the client at rest.
for await (const _ of client.chats.listAll({ limit }, { maxPages: 5 }));
await settle();
const base = heapMB();
let peak = 0;
let count = 0;
for await (const _chat of client.chats.listAll({ limit })) {
  if (++count % (limit * 100) === 0) {
    await settle();
    peak = Math.max(peak, heapMB() - base);
    if (process.env.HEAP_TRACE) process.stderr.write(`${count} ${(heapMB() - base).toFixed(2)} MB\n`);
  }
}
await settle();
const end = heapMB() - base;
process.stdout.write(`${JSON.stringify({ count, peakMB: Math.max(peak, end), endMB: end })}\n`);
