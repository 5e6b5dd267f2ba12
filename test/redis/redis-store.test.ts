// `npm run test:redis`: the Redis dedupe store of docs/webhooks.md, run as written against a real redis-server started here
// on a free loopback port (not part of `npm test`: a clone may lack redis-server; CI installs it).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { RedisClientType } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSignedDelivery, createWebhookDeduper, verifyWebhook, type DedupeStore, type WebhookDeduper } from "../../src/webhooks.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";

const root = join(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "blooio-redis-"));
const run = `run${process.pid}_${Date.now()}`; // ids no earlier run has used
let server: RedisServer;
let example: { redis: RedisClientType; redisStore: DedupeStore; deduper: WebhookDeduper };
let second: typeof example;

/** docs/webhooks.md's block that starts with `// dedupe-store.ts`, its two imports pointed at this checkout. */
function readmeStoreModule(): string {
  const readme = readFileSync(join(root, "docs/webhooks.md"), "utf8");
  const block = /```ts\n(\/\/ dedupe-store\.ts[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("docs/webhooks.md has no ```ts block starting with // dedupe-store.ts");
  const redisEntry = pathToFileURL(createRequire(join(root, "package.json")).resolve("redis")).href;
  return block
    .replace('from "blooio-v4/webhooks"', `from ${JSON.stringify(pathToFileURL(join(root, "src/webhooks.ts")).href)}`)
    .replace('from "redis"', `from ${JSON.stringify(redisEntry)}`);
}

beforeAll(async () => {
  server = await startRedisServer();
  process.env.REDIS_URL = server.url;
  const file = join(scratch, "dedupe-store.ts");
  writeFileSync(file, readmeStoreModule());
  example = await import(pathToFileURL(file).href);
  // A second instance of the app: the same module loaded again, with its own connection.
  const copy = join(scratch, "dedupe-store-2.ts");
  writeFileSync(copy, readmeStoreModule());
  second = await import(pathToFileURL(copy).href);
}, 30_000);

afterAll(async () => {
  await Promise.allSettled([example?.redis.close(), second?.redis.close()]);
  await server?.stop();
  delete process.env.REDIS_URL;
  rmSync(scratch, { recursive: true, force: true });
});

describe("the Redis dedupe store of docs/webhooks.md", () => {
  it("says true the first time and false after, and true again once forgotten", async () => {
    const event = { id: `evt_${run}_a` };
    expect(await example.deduper.firstTime(event)).toBe(true);
    expect(await example.deduper.firstTime(event)).toBe(false);
    await example.deduper.forget(event);
    expect(await second.deduper.firstTime(event)).toBe(true);
    expect(await example.deduper.firstTime(event)).toBe(false);
    expect(await example.deduper.firstTime({ id: `evt_${run}_b` })).toBe(true);
  });

  it("sets the key with the ttl in Redis (SET NX PX)", async () => {
    const id = `evt_${run}_ttl`;
    await createWebhookDeduper({ store: example.redisStore, ttlMs: 60_000 }).firstTime({ id });
    const [key] = await example.redis.keys(`*${id}`);
    expect(key).toBeDefined();
    const ttl = await example.redis.pTTL(key!);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it("forgets an id once its ttl runs out", async () => {
    const deduper = createWebhookDeduper({ store: example.redisStore, ttlMs: 40 });
    const event = { id: `evt_${run}_short` };
    expect(await deduper.firstTime(event)).toBe(true);
    expect(await deduper.firstTime(event)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await deduper.firstTime(event)).toBe(true);
  });

  it("says true once across two instances racing on the same id", async () => {
    const event = { id: `evt_${run}_race` };
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? second : example).deduper.firstTime(event)));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it("drops a second delivery of a verified event", async () => {
    const secret = "whsec_redis_test";
    const delivery = await createSignedDelivery("message.received", { secret, id: `evt_${run}_delivery` });
    const first = await verifyWebhook(delivery.body, delivery.headers, { secret });
    const again = await verifyWebhook(delivery.body, delivery.headers, { secret });
    expect(await example.deduper.firstTime(first)).toBe(true);
    expect(await second.deduper.firstTime(again)).toBe(false);
  });
});
