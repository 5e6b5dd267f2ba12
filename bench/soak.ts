// `npm run soak`: the chaos soak. One client lists a large account over loopback (the testing kit's HTTP server)
// while the server injects random faults at a set rate, resuming from `error.cursor` whenever retries run out; and
// sends keyed writes under the same faults to a server that applies each key once and replays its answer.
// Prints the figures; exits 1 unless every chat arrived exactly once and no write was applied twice.
//
//   npm run soak -- [--chats 100000] [--writes 500] [--rate 0.2] [--seed 1] [--limit 200] [--timeout-ms 400]
//
// The shipped spec has no write operation, so the writes go to `messages.sendToChat` (which declares
// Idempotency-Key) on a copy of the project regenerated from test/fixtures/beta-next/v4.yaml, as the beta drill does.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConnectionError, createBlooioClient, RateLimitError, ServerError } from "../src/index.js";
import { createMockApi, type Fault, seededRandom } from "../src/testing.js";
import { regeneratedCopy } from "./beta-copy.js";

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

// The listing: one cursor chain over the whole account, resumed from error.cursor.
const mock = createMockApi({ data: { chats }, seed, chaos: chaosOf(random, faults) });
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
await server.close();
const expected = mock.items("chats").map((chat) => String(chat.id));
const duplicates = [...seen.values()].reduce((sum, count) => sum + count - 1, 0);
const missing = expected.filter((id) => !seen.has(id)).length;
const violations = [...mock.violations];

// The writes: each logical write has one key; when retries run out the app sends it again with the same key.
let writeRequests = 0;
let writeRetriesByApp = 0;
let appliedTwice = 0;
let writesDone = 0;
if (writes > 0) {
  const copy = await regeneratedCopy(join(import.meta.dirname, "../test/fixtures/beta-next/v4.yaml"));
  try {
    const applied = new Map<string, number>();
    const writeMock = copy.testing.createMockApi({
      seed,
      chaos: chaosOf(random, faults),
      handlers: {
        sendMessageToChat: (request: { idempotencyKey?: string; params: { chatId: string } }) => {
          const key = request.idempotencyKey ?? "(none)";
          applied.set(key, (applied.get(key) ?? 0) + 1);
          return { status: 201, body: { id: `msg_${applied.size}`, chat_id: request.params.chatId, status: "queued" } };
        },
      },
    });
    const writeServer = await writeMock.listen();
    const writer = copy.client.createBlooioClient({ ...options, baseUrl: writeServer.url });
    for (let i = 0; i < writes; i++) {
      const key = `soak-${seed}-${i}`;
      for (;;) {
        try {
          await writer.messages.sendToChat({ chatId: "chat_soak", content: { type: "text", text: `write ${i}` } }, { idempotencyKey: key });
          writesDone++;
          break;
        } catch (error) {
          const { ConnectionError: Connection, ServerError: Server, RateLimitError: RateLimit } = copy.client;
          if (!(error instanceof Connection || error instanceof Server || error instanceof RateLimit)) throw error;
          writeRetriesByApp++;
        }
      }
    }
    await writeServer.close();
    writeRequests = writeMock.requests.length;
    appliedTwice = [...applied.values()].filter((count) => count > 1).length;
    violations.push(...writeMock.violations);
  } finally {
    copy.remove();
  }
}
clearInterval(sampler);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

const faultCount = [...faults.values()].reduce((a, b) => a + b, 0);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
console.log(`Chaos soak (seed ${seed}, fault rate ${rate}, timeoutMs ${timeoutMs}, Node ${process.version})`);
console.log(`  requests            ${mock.requests.length} listing + ${writeRequests} writes`);
console.log(`  faults injected     ${faultCount} (${[...faults].sort().map(([name, n]) => `${name} ${n}`).join(", ")})`);
console.log(`  resumes             ${resumes} (listing, from error.cursor); ${writeRetriesByApp} writes re-sent by the app with their key`);
console.log(`  chats delivered     ${[...seen.values()].reduce((a, b) => a + b, 0)} of ${expected.length}`);
console.log(`  duplicates          ${duplicates}`);
console.log(`  missing             ${missing}`);
console.log(`  writes              ${writesDone} of ${writes} done; applied twice: ${appliedTwice}`);
console.log(`  contract violations ${violations.length}`);
console.log(`  peak heap           ${mb(peakHeap)} (client and mock server in one process; the server holds the account)`);
console.log(`  wall time           ${((performance.now() - started) / 1000).toFixed(1)} s`);
const ok = duplicates === 0 && missing === 0 && appliedTwice === 0 && writesDone === writes && violations.length === 0;
for (const violation of violations.slice(0, 5)) console.log(`  violation: ${violation.side} ${violation.path}: ${violation.errors.join("; ")}`);
console.log(ok ? "PASS" : "FAIL");
process.exitCode = ok ? 0 : 1;
