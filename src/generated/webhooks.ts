// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

/** How a delivery is signed, from the spec's x-blooio-webhook-signature (header names in lower case); null when the spec declares none. */
export interface WebhookSignatureScheme {
  /** The header carrying the signature. */
  readonly header: string;
  /** The header's key for the Unix time (seconds) the delivery was signed at. */
  readonly timestampKey: string;
  /** The header's key for a signature; it may appear more than once (several secrets during a rotation). */
  readonly signatureKey: string;
  /** The HMAC's hash, as Web Crypto names it. */
  readonly hash: string;
  /** How a signature is written. */
  readonly encoding: string;
  /** What is signed: `{timestamp}` and `{body}` (the raw body) filled in. */
  readonly signedPayload: string;
  /** How old (or how far ahead) a delivery's timestamp may be, in seconds. */
  readonly toleranceSec: number;
  /** The other headers of a delivery: its event type, and a replay's marker and original event id. */
  readonly headers: { readonly event: string | null; readonly replay: string | null; readonly originalEventId: string | null };
}

export const webhookSignature: WebhookSignatureScheme | null = {"header":"x-blooio-signature","timestampKey":"t","signatureKey":"v1","hash":"SHA-256","encoding":"hex","signedPayload":"{timestamp}.{body}","toleranceSec":300,"headers":{"event":"x-blooio-event","replay":"x-blooio-replay","originalEventId":"x-original-event-id"}};

/** Every event type the spec lists. */
export const webhookEventTypes = ["message.received","message.queued","message.pending","message.sent","message.delivered","message.failed","message.read","message.reaction","poll.created","poll.received","poll.voted","group.name_changed","group.icon_changed","contact.shared","contact.merged","typing.started","typing.stopped"] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

/** A generated validator: true when the value keeps the schema, else false with `errors` set. */
export type EventValidator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; schemaPath?: string; keyword: string; params: Record<string, unknown>; data?: unknown }[] | null;
};

/** Each event type's delivery validator (the spec's body schema), loaded on first use. */
export const webhookValidators: Readonly<Record<string, () => Promise<{ validateEvent: EventValidator }>>> = {
  "message.received": () => import("./validators/message.received.event.js"),
  "message.queued": () => import("./validators/message.queued.event.js"),
  "message.pending": () => import("./validators/message.pending.event.js"),
  "message.sent": () => import("./validators/message.sent.event.js"),
  "message.delivered": () => import("./validators/message.delivered.event.js"),
  "message.failed": () => import("./validators/message.failed.event.js"),
  "message.read": () => import("./validators/message.read.event.js"),
  "message.reaction": () => import("./validators/message.reaction.event.js"),
  "poll.created": () => import("./validators/poll.created.event.js"),
  "poll.received": () => import("./validators/poll.received.event.js"),
  "poll.voted": () => import("./validators/poll.voted.event.js"),
  "group.name_changed": () => import("./validators/group.name_changed.event.js"),
  "group.icon_changed": () => import("./validators/group.icon_changed.event.js"),
  "contact.shared": () => import("./validators/contact.shared.event.js"),
  "contact.merged": () => import("./validators/contact.merged.event.js"),
  "typing.started": () => import("./validators/typing.started.event.js"),
  "typing.stopped": () => import("./validators/typing.stopped.event.js"),
};

/** Each event type's example delivery from the spec, loaded on first use (for signed test deliveries). */
export const webhookExamples = (): Promise<Readonly<Record<string, unknown>>> => import("./webhook-examples.js").then((module) => module.webhookExamples);
