// createWebhookDeduper: each event id once within the ttl; the memory store's clock and bound.
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/core/errors.js";
import { createMemoryDedupeStore, createWebhookDeduper, type DedupeStore } from "../../src/webhooks.js";

const event = (id: string) => ({ id, type: "message.received" });

describe("createWebhookDeduper", () => {
  it("says true the first time an id is seen and false after", async () => {
    const deduper = createWebhookDeduper();
    expect(await deduper.firstTime(event("evt_1"))).toBe(true);
    expect(await deduper.firstTime(event("evt_1"))).toBe(false);
    expect(await deduper.firstTime(event("evt_1"))).toBe(false);
    expect(await deduper.firstTime(event("evt_2"))).toBe(true);
  });

  it("forgets an event whose handling failed, so its next delivery counts as the first", async () => {
    const deduper = createWebhookDeduper();
    expect(await deduper.firstTime(event("evt_failed"))).toBe(true);
    await deduper.forget(event("evt_failed"));
    expect(await deduper.firstTime(event("evt_failed"))).toBe(true);
    expect(await deduper.firstTime(event("evt_failed"))).toBe(false);
    const withoutDelete = createWebhookDeduper({ store: { setIfAbsent: async () => true } });
    await expect(withoutDelete.forget(event("evt_1"))).rejects.toThrow("forget needs a dedupe store with a delete(key) method");
  });

  it("says true once among concurrent deliveries of the same id", async () => {
    const deduper = createWebhookDeduper();
    const answers = await Promise.all(Array.from({ length: 10 }, () => deduper.firstTime(event("evt_race"))));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it("forgets an id after ttlMs (injected clock)", async () => {
    let clock = 1_000_000;
    const deduper = createWebhookDeduper({ store: createMemoryDedupeStore({ now: () => clock }), ttlMs: 60_000 });
    expect(await deduper.firstTime(event("evt_1"))).toBe(true);
    clock += 59_999;
    expect(await deduper.firstTime(event("evt_1"))).toBe(false);
    clock += 1;
    expect(await deduper.firstTime(event("evt_1"))).toBe(true);
    expect(await deduper.firstTime(event("evt_1"))).toBe(false);
  });

  it("forgets after a short real ttl too", async () => {
    const deduper = createWebhookDeduper({ ttlMs: 5 });
    expect(await deduper.firstTime(event("evt_short"))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 15));
    expect(await deduper.firstTime(event("evt_short"))).toBe(true);
  });

  it("keeps at most maxKeys ids, dropping the oldest first", async () => {
    const deduper = createWebhookDeduper({ store: createMemoryDedupeStore({ maxKeys: 3 }) });
    for (const id of ["a", "b", "c", "d"]) expect(await deduper.firstTime(event(id))).toBe(true);
    expect(await deduper.firstTime(event("d"))).toBe(false);
    expect(await deduper.firstTime(event("c"))).toBe(false);
    expect(await deduper.firstTime(event("a"))).toBe(true); // dropped for d; now the newest, dropping b
    expect(await deduper.firstTime(event("b"))).toBe(true);
  });

  it("is bounded by default at 10 000 ids", async () => {
    const deduper = createWebhookDeduper();
    for (let i = 0; i <= 10_000; i++) await deduper.firstTime(event(`evt_${i}`));
    expect(await deduper.firstTime(event("evt_10000"))).toBe(false);
    expect(await deduper.firstTime(event("evt_1"))).toBe(false);
    expect(await deduper.firstTime(event("evt_0"))).toBe(true); // the oldest went first
  });

  it("hands the store the event id and the ttl", async () => {
    const calls: [string, number][] = [];
    const store: DedupeStore = { setIfAbsent: async (key, ttlMs) => (calls.push([key, ttlMs]), calls.length === 1) };
    const deduper = createWebhookDeduper({ store, ttlMs: 1234 });
    expect(await deduper.firstTime(event("evt_x"))).toBe(true);
    expect(await deduper.firstTime(event("evt_x"))).toBe(false);
    expect(calls).toEqual([["evt_x", 1234], ["evt_x", 1234]]);
  });

  it("refuses a bad ttl or bound, and an event without an id", async () => {
    for (const ttlMs of [0, -1, 1.5]) expect(() => createWebhookDeduper({ ttlMs })).toThrow(ConfigurationError);
    for (const maxKeys of [0, -1, 2.5]) expect(() => createMemoryDedupeStore({ maxKeys })).toThrow(ConfigurationError);
    await expect(createWebhookDeduper().firstTime({} as { id: string })).rejects.toThrow(/string id/);
  });
});
