// blooio-v4/webhooks: verify Blooio's signed deliveries, sign test deliveries, and act on each event once.
// Web Crypto only (Node 20+, Bun, Deno, Cloudflare Workers, browsers); the scheme comes from the spec.
export {
  isKnownWebhookEvent,
  verifyWebhook,
  verifyWebhookRequest,
  WEBHOOK_SECRET_ENV,
  type VerifyWebhookOptions,
  type WebhookBody,
} from "./webhooks/verify.js";
export { readDeliveryHeaders, type DeliveryHeaders, type WebhookHeaders } from "./webhooks/headers.js";
export { createSignedDelivery, signWebhook, type SignedDelivery, type SignedDeliveryOptions, type SignWebhookOptions } from "./webhooks/sign.js";
export {
  createMemoryDedupeStore,
  createWebhookDeduper,
  type DedupeStore,
  type MemoryDedupeStoreOptions,
  type WebhookDeduper,
  type WebhookDeduperOptions,
} from "./webhooks/dedupe.js";
export { WebhookVerificationError, type WebhookVerificationCode } from "./core/errors.js";
export { webhookEventTypes, type WebhookEventType } from "./generated/webhooks.js";
export type * from "./generated/webhook-events.js";
