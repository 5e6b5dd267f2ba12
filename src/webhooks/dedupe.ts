// Blooio delivers at least once: a delivery it thinks failed is sent again with the same event id. The deduper
// remembers ids for a while, so an app acts on each event once.
import { nonNegativeInteger } from "../core/check.js";
import { ConfigurationError } from "../core/errors.js";

/**
 * Where seen ids are kept. `setIfAbsent` sets the key with a time to live, atomically, and says if it was new;
 * `delete` (optional) forgets one, so an event whose handling failed is handled when Blooio delivers it again.
 */
export interface DedupeStore {
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
  delete?(key: string): Promise<unknown>;
}

export interface MemoryDedupeStoreOptions {
  /** The most ids kept; past it the oldest go first. Default 10 000 (about 1 MB). */
  maxKeys?: number;
  /** The clock, in ms (for tests). Default `Date.now`. */
  now?: () => number;
}

export const DEFAULT_DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_MEMORY_MAX_KEYS = 10_000;

/**
 * Ids in this process's memory, at most `maxKeys` of them: right for one process and for tests. Several
 * instances, or a restart, need a shared store (Redis, a SQL table: docs/webhooks.md shows both).
 */
export function createMemoryDedupeStore({ maxKeys, now = Date.now }: MemoryDedupeStoreOptions = {}): DedupeStore {
  const limit = nonNegativeInteger("maxKeys", maxKeys, DEFAULT_MEMORY_MAX_KEYS);
  if (limit === 0) throw new ConfigurationError("maxKeys must be a positive integer (got 0)");
  // Insertion order is age order: a key set again is deleted and set anew, so the first key is the oldest.
  const expiries = new Map<string, number>();
  return {
    async setIfAbsent(key, ttlMs) {
      const time = now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > time) return false;
      expiries.delete(key);
      for (const [oldest, at] of expiries) {
        if (at > time && expiries.size < limit) break;
        expiries.delete(oldest);
      }
      expiries.set(key, time + ttlMs);
      return true;
    },
    async delete(key) {
      return expiries.delete(key);
    },
  };
}

export interface WebhookDeduperOptions {
  /** Default: createMemoryDedupeStore() (this process only, at most 10 000 ids). */
  store?: DedupeStore;
  /** How long an id is remembered, in ms. Default 24 hours. */
  ttlMs?: number;
}

export interface WebhookDeduper {
  /**
   * True the first time an event id is seen (within ttlMs), false for each delivery of it after that. Call it
   * on a verified event: its `id` comes from the signed body.
   */
  firstTime(event: { readonly id: string }): Promise<boolean>;
  /**
   * Forgets an event, so its next delivery counts as the first: call it when handling the event failed (and
   * answer non-2xx), or Blooio's retry would be dropped as a duplicate. Needs a store with `delete`.
   */
  forget(event: { readonly id: string }): Promise<void>;
}

/**
 * Dedupes on the event's `id`, the one in the signed body. Not on `X-Original-Event-Id`: headers are not signed,
 * and anyone re-sending a captured delivery could set it. Blooio's retries carry the same id, so they are dropped.
 * A replay you ask for names the event it replays in `X-Original-Event-Id` (readDeliveryHeaders): it passes when
 * its body carries an id of its own, and is dropped, within ttlMs, when it carries the original's.
 */
export function createWebhookDeduper({ store = createMemoryDedupeStore(), ttlMs }: WebhookDeduperOptions = {}): WebhookDeduper {
  const ttl = nonNegativeInteger("ttlMs", ttlMs, DEFAULT_DEDUPE_TTL_MS);
  if (ttl === 0) throw new ConfigurationError("ttlMs must be a positive integer (got 0)");
  const idOf = (event: { readonly id: string }, method: string) => {
    const id = event?.id;
    if (typeof id !== "string" || !id) throw new ConfigurationError(`${method} needs a verified event, with a string id (pass what verifyWebhook returned)`);
    return id;
  };
  return {
    async firstTime(event) {
      return store.setIfAbsent(idOf(event, "firstTime"), ttl);
    },
    async forget(event) {
      const id = idOf(event, "forget");
      if (!store.delete) throw new ConfigurationError("forget needs a dedupe store with a delete(key) method");
      await store.delete(id);
    },
  };
}
