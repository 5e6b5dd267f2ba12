// The kit's webhooks, as an account has them: the subscriptions made through the API (x-blooio-webhook-role says
// which operation creates, reads, updates, deletes or rotates one), and the signed deliveries of events to them,
// retried on a short schedule, recorded, listed and replayed. Which fields mean what comes from the spec's
// x-blooio-webhook-model; the signature from its x-blooio-webhook-signature. Knows no operation by name.
import { mockOperations, schemas, webhookModel, type WebhookModel } from "../generated/mock-data.js";
import { webhookExamples } from "../generated/webhook-examples.js";
import { webhookEventTypes } from "../generated/webhooks.js";
import { isLoopback } from "../auth.js";
import { scheme, signatureHeaderFor } from "../webhooks/signature.js";
import type { Account, Item } from "./mock-state.js";
import { prefixesFrom, resolve, sampleOf, type Random } from "./schema-sample.js";

/** Answers a delivery in process, as an app's fetch-style handler would. */
export type Receiver = (request: Request) => Response | Promise<Response>;

export interface WebhookDeliveryOptions {
  /** Handlers for subscription URLs, answered in process instead of over HTTP. */
  receivers?: Readonly<Record<string, Receiver>>;
  /**
   * The waits between a failed attempt and the next, in ms: one retry per entry. Default [50, 250, 1000], so a
   * subscriber that keeps failing gets four attempts within about 1.3 s.
   */
  retryDelaysMs?: readonly number[];
  /** How long an attempt may take before it counts as failed, in ms. Default 2 000. */
  timeoutMs?: number;
  /**
   * How deliveries to URLs without a receiver are sent. Default: the global fetch, to loopback URLs only (a test
   * must not post to a real host): a subscription elsewhere gets a failed attempt saying so, and no retry.
   */
  fetch?: (request: Request) => Promise<Response>;
}

/** One attempt to deliver one event to one subscription. */
export interface DeliveryAttempt {
  /** The delivery (one event to one subscription), as `webhooks.listDeliveries` lists it. */
  deliveryId: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** A replay asked for through the API. */
  replay: boolean;
  /** The subscriber's status, or why there was none (`timeout`, or `error`: no answer). */
  status: number | "timeout" | "error";
  /** With status `error`: what went wrong, as the fetch said (or that the URL is not loopback, so nothing was sent). */
  error?: string;
  ok: boolean;
  /** When it was sent, in epoch ms. */
  at: number;
  /** What was sent: the signed headers and the raw body. */
  request: { headers: Record<string, string>; body: string };
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [50, 250, 1000];
const DEFAULT_TIMEOUT_MS = 2000;

const roleOf = (role: string) => Object.keys(mockOperations).find((id) => mockOperations[id]!.webhookRole === role);
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const hex = (random: Random, length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join("");

/** The properties a value may carry under a schema (an allOf's merged), or undefined when it is open. */
function propertiesOf(schema: unknown): Set<string> | undefined {
  const resolved = resolve(schema, schemas);
  if (resolved.additionalProperties === true) return undefined;
  const names = new Set(Object.keys((resolved.properties ?? {}) as object));
  for (const part of (resolved.allOf ?? []) as unknown[]) {
    const more = propertiesOf(part);
    if (!more) return undefined;
    for (const name of more) names.add(name);
  }
  return names.size ? names : undefined;
}

/** `value` with only the fields `schema` has. */
function projected(value: Item, schema: unknown): Item {
  const allowed = propertiesOf(schema);
  return allowed ? Object.fromEntries(Object.entries(value).filter(([name]) => allowed.has(name))) : { ...value };
}

/** The answer of `operationId` with `status` made of `value`: wrapped in `data` where the schema says so. */
function shaped(operationId: string, status: number, value: Item): unknown {
  const schema = resolve(mockOperations[operationId]?.responses[String(status)]?.schema, schemas);
  const data = (schema.properties as Record<string, unknown> | undefined)?.data;
  return data ? { data: projected(value, data) } : projected(value, schema);
}

/** The schema of a cursor list's items. */
function itemSchema(operationId: string | undefined): unknown {
  const page = resolve(operationId ? mockOperations[operationId]?.responses["200"]?.schema : undefined, schemas);
  return resolve((page.properties as Record<string, unknown> | undefined)?.data, schemas).items;
}

/** Whether a subscription's tokens (exact types, `category.*`, `*`, legacy buckets) take an event type. */
export function subscribes(tokens: readonly string[], type: string, buckets: WebhookModel["buckets"]): boolean {
  return tokens
    .flatMap((token) => buckets[token] ?? [token])
    .some((token) => token === "*" || token === type || (token.endsWith(".*") && type.startsWith(token.slice(0, -1))));
}

export function createWebhookHub(account: Account, random: Random, options: WebhookDeliveryOptions = {}) {
  const { retryDelaysMs = DEFAULT_RETRY_DELAYS_MS, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const receivers = new Map(Object.entries(options.receivers ?? {}));
  const model = webhookModel;
  const ops = { list: roleOf("list"), deliveries: roleOf("list-deliveries") };
  const secrets = new Map<string, string>();
  // Each delivery's event body and subscription, for replays.
  const sent = new Map<string, { body: string; event: Item; webhookId: string }>();
  const attempts: DeliveryAttempt[] = [];
  const pending = new Set<Promise<unknown>>();
  const examples = webhookExamples as Readonly<Record<string, Item>>;
  const first = Object.values(examples)[0];
  const eventPrefix = first ? (prefixesFrom([first])[model?.envelope.id ?? "id"] ?? "evt_") : "evt_";
  // The kit's secrets look like the ones Blooio's guide shows (obviously fake: random per kit).
  const secretPrefix = "whsec_";
  let counter = 0;

  const subscriptions = (): Item[] => (ops.list ? account.items(ops.list) : []);
  const deliveriesOf = (webhookId: string): Item[] => (ops.deliveries ? account.items(ops.deliveries, webhookId) : []);
  const sample = (schema: unknown): Item => (sampleOf(schema, { schemas, random, index: counter++ }) ?? {}) as Item;

  function newSubscription(body: Item): Item {
    const s = model!.subscription;
    const item = projected({ ...sample(itemSchema(ops.list)), ...body }, itemSchema(ops.list));
    item[s.eventTypes] = (body[s.eventTypes] as string[] | undefined) ?? [...s.defaultEventTypes];
    item[s.channelId] = body[s.channelId] ?? null;
    item[s.channelType] = body[s.channelType] ?? null;
    item[s.status] = s.active;
    item[s.createdAt] = Date.now();
    subscriptions().unshift(item);
    deliveriesOf(String(item.id));
    return item;
  }

  const rotate = (id: string) => {
    const secret = `${secretPrefix}${hex(random, 32)}`;
    secrets.set(id, secret);
    return secret;
  };

  /** Why a URL gets no delivery without a receiver or a fetch of the app's own: only loopback is sent to. */
  const refusal = (url: string): string | undefined => {
    if (receivers.has(url) || options.fetch) return undefined;
    let hostname = "";
    try {
      hostname = new URL(url).hostname;
    } catch {
      return `not sent: ${JSON.stringify(url)} is not a URL`;
    }
    return isLoopback(hostname)
      ? undefined
      : `not sent: ${hostname} is not loopback; answer it in process with kit.receive(url, handler) (or webhooks.receivers), or pass webhooks.fetch`;
  };

  /** One attempt: the signed POST to the subscriber, answered in process or over HTTP, within timeoutMs. */
  async function attempt(url: string, headers: Record<string, string>, body: string): Promise<Pick<DeliveryAttempt, "status" | "error">> {
    const request = new Request(url, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) });
    const receiver = receivers.get(url);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const answer = receiver ? receiver(request) : (options.fetch ?? globalThis.fetch)(request);
      // An in-process receiver may ignore the signal: the attempt still ends at timeoutMs.
      const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
      const response = await Promise.race([Promise.resolve(answer), timeout]);
      if (response === "timeout") return { status: "timeout" };
      await response.arrayBuffer().catch(() => {});
      return { status: response.status };
    } catch (error) {
      if ((error as Error).name === "TimeoutError") return { status: "timeout" };
      return { status: "error", error: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Delivers one event to one subscription, retrying on the schedule, and records every attempt. */
  async function deliver(subscription: Item, event: Item, body: string, replayOf?: string): Promise<DeliveryAttempt[]> {
    const d = model!.delivery;
    const webhookId = String(subscription.id);
    const record: Item = projected(sample(itemSchema(ops.deliveries)), itemSchema(ops.deliveries));
    Object.assign(record, {
      [d.webhookId]: webhookId,
      [d.eventId]: event[model!.envelope.id],
      [d.eventType]: event[model!.envelope.type],
      [d.status]: "queued",
      [d.attempts]: 0,
      [d.responseStatus]: null,
      [d.lastAttemptAt]: null,
      [d.nextAttemptAt]: Date.now(),
      [d.createdAt]: Date.now(),
    });
    deliveriesOf(webhookId).unshift(record);
    sent.set(String(record.id), { body, event, webhookId });
    const mine: DeliveryAttempt[] = [];
    const names = scheme.headers;
    for (let number = 1; ; number++) {
      const at = Date.now();
      const secret = secrets.get(webhookId)!;
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "user-agent": "blooio-v4-testing-kit",
        [scheme.header]: await signatureHeaderFor({ text: body, bytes: undefined }, secret, Math.floor(at / 1000)),
      };
      if (names.event) headers[names.event] = String(event[model!.envelope.type]);
      if (replayOf !== undefined && names.replay) headers[names.replay] = "true";
      if (replayOf !== undefined && names.originalEventId) headers[names.originalEventId] = String(event[model!.envelope.id]);
      const url = String(subscription[model!.subscription.url]);
      const refused = refusal(url);
      const { status, error } = refused ? { status: "error" as const, error: refused } : await attempt(url, headers, body);
      const ok = typeof status === "number" && status >= 200 && status < 300;
      const more = !ok && !refused && number <= retryDelaysMs.length;
      const done: DeliveryAttempt = {
        deliveryId: String(record.id), webhookId, eventId: String(event[model!.envelope.id]), eventType: String(event[model!.envelope.type]),
        url, attempt: number, replay: replayOf !== undefined, status, ...(error === undefined ? {} : { error }), ok, at, request: { headers, body },
      };
      attempts.push(done);
      mine.push(done);
      Object.assign(record, {
        [d.status]: ok ? "succeeded" : more ? "retrying" : "failed",
        [d.attempts]: number,
        [d.responseStatus]: typeof status === "number" ? status : null,
        [d.lastAttemptAt]: at,
        [d.nextAttemptAt]: more ? at + retryDelaysMs[number - 1]! : null,
      });
      if (!more) return mine;
      await pause(retryDelaysMs[number - 1]!);
    }
  }

  const tracked = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    void work.finally(() => pending.delete(work)).catch(() => {});
    return work;
  };

  /** The event of `type` as Blooio would send it: the spec's example envelope, a fresh id, `data` if given. */
  function eventOf(type: string, data: unknown): Item {
    const e = model!.envelope;
    const example = (examples[type] ?? first ?? {}) as Item;
    return {
      ...example,
      [e.id]: `${eventPrefix}${hex(random, 12)}`,
      [e.type]: type,
      [e.createdAt]: Date.now(),
      [e.data]: data ?? example[e.data] ?? {},
    };
  }

  /** Delivers an event of `type` to every active subscription that takes it; resolves once every attempt is done. */
  function emit(type: string, data?: unknown): Promise<DeliveryAttempt[]> {
    if (!model) return Promise.reject(new Error("The spec has no x-blooio-webhook-model: the kit cannot deliver webhooks"));
    const event = eventOf(type, data);
    const s = model.subscription;
    const scope = (event[model.envelope.data] ?? {}) as Item;
    const targets = subscriptions().filter(
      (subscription) =>
        subscription[s.status] === s.active &&
        subscribes((subscription[s.eventTypes] as string[] | undefined) ?? [], type, model.buckets) &&
        (subscription[s.channelId] == null || subscription[s.channelId] === scope[s.channelId]) &&
        (subscription[s.channelType] == null || subscription[s.channelType] === scope[s.channelType]),
    );
    const body = JSON.stringify(event);
    return tracked(Promise.all(targets.map((subscription) => deliver(subscription, event, body))).then((all) => all.flat()));
  }

  /**
   * An operation with a webhook role, answered from the subscriptions: its status and body, or undefined when it
   * is not one (or the subscription is not there: the caller answers 404).
   */
  function operate(operationId: string, params: Readonly<Record<string, string>>, body: unknown): { status: number; body: unknown } | undefined {
    const role = mockOperations[operationId]?.webhookRole;
    if (!role || !model || role === "list" || role === "list-deliveries") return undefined;
    const status = role === "create" || role === "replay-delivery" ? 201 : 200;
    const success = mockOperations[operationId]!.responses[String(status)] ? status : 200;
    const [webhookId, deliveryId] = Object.values(params);
    const input = (body ?? {}) as Item;
    if (role === "create") {
      const item = newSubscription(input);
      const secret = rotate(String(item.id));
      return { status: success, body: shaped(operationId, success, { ...item, [model.subscription.secret]: secret }) };
    }
    const list = subscriptions();
    const at = list.findIndex((item) => item.id === webhookId);
    if (at < 0) return { status: 404, body: undefined };
    const item = list[at]!;
    switch (role) {
      case "get":
        return { status: success, body: shaped(operationId, success, item) };
      case "update":
        Object.assign(item, projected(input, itemSchema(ops.list)));
        return { status: success, body: shaped(operationId, success, item) };
      case "delete": {
        list.splice(at, 1);
        const example = (mockOperations[operationId]!.responses[String(success)]?.example ?? {}) as { data?: Item };
        return { status: success, body: example.data ? { ...example, data: { ...example.data, id: item.id } } : { ...example, id: item.id } };
      }
      case "rotate-secret":
        return { status: success, body: shaped(operationId, success, { id: item.id, [model.subscription.secret]: rotate(String(item.id)) }) };
      case "replay-delivery": {
        const original = sent.get(String(deliveryId));
        if (!original || original.webhookId !== webhookId) return { status: 404, body: undefined };
        // Delivered from now on (settled() waits for it); its record is the newest of the webhook's deliveries.
        void tracked(deliver(item, original.event, original.body, String(deliveryId)));
        const record = deliveriesOf(String(webhookId))[0]!;
        const r = model.replay;
        return { status: success, body: shaped(operationId, success, { id: record.id, [r.replayOf]: deliveryId, [r.status]: "queued" }) };
      }
      default:
        return undefined;
    }
  }

  /** After an accepted call: the events it leads to (x-blooio-emits), delivered in order, each about `about`. */
  function after(operationId: string, about: unknown): void {
    const types = mockOperations[operationId]?.emits;
    if (!types?.length || !model) return;
    const data = (about && typeof about === "object" && "data" in about && !Array.isArray((about as Item).data) ? (about as Item).data : about) as Item;
    void tracked(
      (async () => {
        for (const type of types) {
          const step = type.slice(type.lastIndexOf(".") + 1);
          await emit(type, data && typeof data === "object" && "status" in data ? { ...data, status: step } : data);
        }
      })(),
    );
  }

  return {
    emit,
    operate,
    after,
    /** Every delivery attempt, in order. */
    deliveries: attempts,
    /** Answer deliveries to `url` in process. */
    receive(url: string, receiver: Receiver): void {
      receivers.set(url, receiver);
    },
    /** Resolves once every delivery started so far (and its retries) is done. */
    async settled(): Promise<void> {
      while (pending.size) await Promise.allSettled([...pending]);
    },
    /** The event types the spec lists, for `emit`. */
    types: webhookEventTypes as readonly string[],
    secretOf: (webhookId: string) => secrets.get(webhookId),
  };
}

export type WebhookHub = ReturnType<typeof createWebhookHub>;
