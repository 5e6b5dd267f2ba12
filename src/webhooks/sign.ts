// Signing, for apps' tests: a header value for a body, or a whole delivery built from the spec's example of an
// event type, signed as Blooio signs it.
import { ConfigurationError, WebhookVerificationError } from "../core/errors.js";
import type { WebhookEvent } from "../generated/webhook-events.js";
import { type WebhookEventType, webhookExamples } from "../generated/webhooks.js";
import { rawBody, requireScheme, scheme, signatureHeaderFor } from "./signature.js";
import type { WebhookBody } from "./verify.js";

export interface SignWebhookOptions {
  /** The webhook's signing_secret. */
  secret: string;
  /** Unix seconds to sign at. Default now. */
  timestamp?: number;
}

function checkedSecret(secret: unknown): string {
  if (typeof secret === "string" && secret) return secret;
  throw new WebhookVerificationError("Signing needs a secret: pass { secret } (the webhook's signing_secret, or any string in tests).", {
    code: "missing_secret",
  });
}

function checkedTimestamp(timestamp: number | undefined): number {
  if (timestamp === undefined) return Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new ConfigurationError(`timestamp must be whole Unix seconds (got ${String(timestamp)})`);
  return timestamp;
}

/** The signature header's value for `body`, as Blooio would send it: `t=<seconds>,v1=<hex>`. */
export async function signWebhook(body: WebhookBody, { secret, timestamp }: SignWebhookOptions): Promise<string> {
  requireScheme();
  return signatureHeaderFor(rawBody(body), checkedSecret(secret), checkedTimestamp(timestamp));
}

export interface SignedDeliveryOptions extends SignWebhookOptions {
  /** The event's `data`, in place of the example's. */
  data?: unknown;
  /** The event's `id`, in place of the example's. */
  id?: string;
  /** Make it a replay of this event id: adds the replay headers. */
  replayOf?: string;
}

/** A delivery as Blooio sends it: the JSON body text and every header, signed. */
export interface SignedDelivery {
  /** The raw body: pass it as it is, or as bytes. */
  body: string;
  /** The signature, the event type, the content type, and on a replay the replay headers. */
  headers: Record<string, string>;
  /** The event the body carries. */
  event: WebhookEvent;
}

/**
 * A signed delivery of an event of `type`, built from the spec's example of that type (`data` and `id` replace the
 * example's), for tests of a webhook handler: `new Request(url, { method: "POST", body, headers })`, or the body
 * and headers into any framework's test client. A type the spec does not list gets an example's envelope, as an
 * event Blooio added later would arrive.
 */
export async function createSignedDelivery(type: WebhookEventType | (string & {}), options: SignedDeliveryOptions): Promise<SignedDelivery> {
  requireScheme();
  const secret = checkedSecret(options.secret);
  const timestamp = checkedTimestamp(options.timestamp);
  const examples = await webhookExamples();
  const known = Object.hasOwn(examples, type);
  const example = (known ? examples[type] : Object.values(examples)[0]) as WebhookEvent | undefined;
  if (!example) throw new Error("The spec declares no webhook example to build a delivery from.");
  const event = {
    ...example,
    ...(known ? {} : { type, data: {} }),
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.data === undefined ? {} : { data: options.data }),
  } as WebhookEvent;
  const body = JSON.stringify(event);
  const names = scheme.headers;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    [scheme.header]: await signatureHeaderFor({ text: body, bytes: undefined }, secret, timestamp),
  };
  if (names.event) headers[names.event] = event.type;
  if (options.replayOf !== undefined) {
    if (names.replay) headers[names.replay] = "true";
    if (names.originalEventId) headers[names.originalEventId] = options.replayOf;
  }
  return { body, headers, event };
}
