// `npm run soak`: the chaos soak. One client lists a large account over loopback (the testing kit's HTTP server)
// while the server injects random faults at a set rate, resuming from `error.cursor` whenever retries run out; and
// sends keyed writes under the same faults to a server that applies each key once and replays its answer.
// Prints the figures; exits 1 unless every chat arrived exactly once and every write was applied exactly once.
//
//   npm run soak -- [--chats 100000] [--writes 500] [--rate 0.2] [--seed 1] [--limit 200] [--timeout-ms 400]
//
// The writes are the spec's own sends, which declare Idempotency-Key: `messages.sendToChat` and `messages.send`,
// taking turns, each answered by a kit handler that counts how often each key is applied.
import { parseArgs } from "node:util";
import { ConnectionError, createBlooioClient, RateLimitError, ServerError } from "../src/index.js";
import { createMockApi, type Fault, type Handler, seededRandom } from "../src/testing.js";

const { values } = parseArgs({
  options: {
    chats: { type: "string", default: "100000" },
    writes: { type: "string", default: "500" },
    rate: { type: "string", default: "0.2" },
    seed: { type: "string", default: "1" },
    limit: { type: "string", default: "200" },
    "timeout-ms": { type: "string", default: "400" },
  },
});
const chats = Number(values.chats);
const writes = Number(values.writes);
const rate = Number(values.rate);
const seed = Number(values.seed);
const limit = Number(values.limit);
const timeoutMs = Number(values["timeout-ms"]);
const KEY = "bl_test_soak_not_a_real_key";

/** Random faults at `rate`, drawn from a seeded generator: the same seed, the same faults in the same order. */
function chaosOf(random: () => number, counts: Map<string, number>) {
  const kinds: Array<[string, () => Fault]> = [
    ["reset", () => ({ reset: true })],
    ["500", () => ({ status: 500 })],
    ["503", () => ({ status: 503 })],
    ["429 Retry-After seconds", () => ({ status: 429, headers: { "retry-after": "1" } })],
    ["429 Retry-After HTTP-date", () => ({ status: 429, headers: { "retry-after": new Date(Date.now() + 1_000).toUTCString() } })],
    ["429 retry-after-ms", () => ({ status: 429, headers: { "retry-after-ms": "50" } })],
    ["stall past timeoutMs", () => ({ delayMs: timeoutMs + 300 })],
    ["truncated body", () => ({ truncate: true })],
  ];
  return () => {
    if (random() >= rate) return undefined;
    const [name, make] = kinds[Math.floor(random() * kinds.length)]!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    // Half the faults strike after the server did the work: a write applied whose answer never arrives.
    return { ...make(), afterApply: random() < 0.5 };
  };
}

let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
const started = performance.now();
const random = seededRandom(seed);
const faults = new Map<string, number>();
const options = { apiKey: KEY, timeoutMs, backoff: { initialMs: 20, maxMs: 200 } };

// The kit applies a keyed write once and replays its answer to a repeat; each application is counted here, per key.
const applied = new Map<string, number>();
const send: Handler = (request) => {
  const key = request.idempotencyKey ?? "(none)";
  applied.set(key, (applied.get(key) ?? 0) + 1);
  const chatId = request.params.chatId ?? `chat_to_${applied.size}`;
  const message = { id: `msg_${applied.size}`, chat_id: chatId, channel_id: "ch_soak", channel_type: "blooio", direction: "outbound" };
  return { status: 201, body: { ...message, type: "text", status: "queued", error: null } };
};

// One server for both: the listing, one cursor chain over the whole account, resumed from error.cursor; then the
// writes under the same faults.
const mock = createMockApi({ data: { chats }, seed, chaos: chaosOf(random, faults), handlers: { sendMessageToChat: send, sendMessage: send } });
const server = await mock.listen();
const client = createBlooioClient({ ...options, baseUrl: server.url });
const seen = new Map<string, number>();
let resumes = 0;
let cursor: string | undefined;
for (;;) {
  try {
    for await (const chat of client.chats.listAll({ limit, cursor })) seen.set(chat.id!, (seen.get(chat.id!) ?? 0) + 1);
    break;
  } catch (error) {
    // What the faults cause once retries run out; anything else is a real failure.
    if (!(error instanceof ConnectionError || error instanceof ServerError || error instanceof RateLimitError)) throw error;
    resumes++;
    cursor = error.cursor ?? undefined;
  }
}
const listingRequests = mock.requests.length;
const expected = mock.items("chats").map((chat) => String(chat.id));
const duplicates = [...seen.values()].reduce((sum, count) => sum + count - 1, 0);
const missing = expected.filter((id) => !seen.has(id)).length;

// The writes: each logical write has one key; when retries run out the app sends it again with the same key.
let writeRetriesByApp = 0;
let writesDone = 0;
const content = (i: number) => ({ type: "text" as const, text: `write ${i}` });
for (let i = 0; i < writes; i++) {
  const keyed = { idempotencyKey: `soak-${seed}-${i}` };
  for (;;) {
    try {
      if (i % 2 === 0) await client.messages.sendToChat({ chatId: `chat_${i}`, content: content(i) }, keyed);
      else await client.messages.send({ to: "+15551234567", content: content(i) }, keyed);
      writesDone++;
      break;
    } catch (error) {
      if (!(error instanceof ConnectionError || error instanceof ServerError || error instanceof RateLimitError)) throw error;
      writeRetriesByApp++;
    }
  }
}
await server.close();
const writeRequests = mock.requests.length - listingRequests;
const appliedOnce = [...applied.values()].filter((count) => count === 1).length;
const appliedTwice = [...applied.values()].filter((count) => count > 1).length;
const violations = [...mock.violations];
clearInterval(sampler);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

const faultCount = [...faults.values()].reduce((a, b) => a + b, 0);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
console.log(`Chaos soak (seed ${seed}, fault rate ${rate}, timeoutMs ${timeoutMs}, Node ${process.version})`);
console.log(`  requests            ${listingRequests} listing + ${writeRequests} writes`);
console.log(`  faults injected     ${faultCount} (${[...faults].sort().map(([name, n]) => `${name} ${n}`).join(", ")})`);
console.log(`  resumes             ${resumes} (listing, from error.cursor); ${writeRetriesByApp} writes re-sent by the app with their key`);
console.log(`  chats delivered     ${[...seen.values()].reduce((a, b) => a + b, 0)} of ${expected.length}`);
console.log(`  duplicates          ${duplicates}`);
console.log(`  missing             ${missing}`);
console.log(`  writes              ${writesDone} of ${writes} done (sendToChat and send in turn); applied once: ${appliedOnce}; applied twice: ${appliedTwice}`);
console.log(`  contract violations ${violations.length}`);
console.log(`  peak heap           ${mb(peakHeap)} (client and mock server in one process; the server holds the account)`);
console.log(`  wall time           ${((performance.now() - started) / 1000).toFixed(1)} s`);
const ok =
  duplicates === 0 && missing === 0 && writesDone === writes && appliedOnce === writes && applied.size === writes && violations.length === 0;
for (const violation of violations.slice(0, 5)) console.log(`  violation: ${violation.side} ${violation.path}: ${violation.errors.join("; ")}`);
console.log(ok ? "PASS" : "FAIL");
process.exitCode = ok ? 0 : 1;
