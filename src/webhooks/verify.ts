// verifyWebhook: a delivery's raw body and headers in, the typed event out, or a WebhookVerificationError whose
// code names the failed check. One crypto.subtle.verify per (secret, v1 signature) pair and no other await once
// the secret's key is imported.
import { nonNegativeInteger } from "../core/check.js";
import { WebhookVerificationError } from "../core/errors.js";
import type { SchemaError } from "../core/schema-errors.js";
import type { KnownWebhookEvent, WebhookEvent } from "../generated/webhook-events.js";
import { type EventValidator, webhookEventTypes, webhookValidators } from "../generated/webhooks.js";
import { readEnv } from "../runtime.js";
import { headerValue, type WebhookHeaders } from "./headers.js";
import { bodyText, HEADER_LAYOUT, keyFor, parseSignatureHeader, rawBody, requireScheme, scheme, signedBytes } from "./signature.js";

export const WEBHOOK_SECRET_ENV = "BLOOIO_WEBHOOK_SECRET";

/** The raw body as received: text or bytes, never a parsed object. */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

export interface VerifyWebhookOptions {
  /**
   * The webhook's signing_secret, or several (any one verifying is enough: for the deploy that rotates it).
   * Default: the `BLOOIO_WEBHOOK_SECRET` environment variable, where the runtime has one to read.
   */
  secret?: string | readonly string[];
  /**
   * How far, in seconds, the header's timestamp may be from now, either way. Default: the scheme's (300, from
   * Blooio's webhook-signature guide). `false` skips the check (re-verifying a stored delivery).
   */
  toleranceSec?: number | false;
  /** The time to check the timestamp against, in ms since the epoch. Default `Date.now()`. */
  now?: number;
  /** Also check a known event against the spec's schema of its type (loaded on first use). Default false. */
  validate?: boolean;
}

const { header } = scheme;
const knownTypes: ReadonlySet<string> = new Set(webhookEventTypes);

/** True for an event whose type this build's spec lists; narrows to the discriminated union of known events. */
export function isKnownWebhookEvent(event: WebhookEvent): event is KnownWebhookEvent {
  return knownTypes.has(event.type);
}

function secretsFrom(option: VerifyWebhookOptions["secret"]): { secrets: readonly string[]; source: string } {
  const fromEnv = option === undefined;
  const given = fromEnv ? readEnv(WEBHOOK_SECRET_ENV) : option;
  const source = fromEnv ? `the ${WEBHOOK_SECRET_ENV} environment variable` : "the secret option";
  const secrets = typeof given === "string" ? (given ? [given] : []) : Array.isArray(given) ? given.filter((s) => typeof s === "string" && s) : [];
  if (secrets.length) return { secrets, source };
  throw new WebhookVerificationError(
    `No webhook signing secret${fromEnv ? "" : ` (${given === "" || Array.isArray(given) ? "the secret option is empty" : "the secret option is not a string"})`}: ` +
      `pass { secret } to verifyWebhook or verifyWebhookRequest, or set ${WEBHOOK_SECRET_ENV} ` +
      `(in Cloudflare Workers and browsers there is no environment to read: pass env.${WEBHOOK_SECRET_ENV} as secret). ` +
      "It is the signing_secret Blooio returned once when the webhook was created, or when its secret was last rotated.",
    { code: "missing_secret" },
  );
}

function toleranceFrom(option: VerifyWebhookOptions["toleranceSec"]): number | false {
  return option === false ? false : nonNegativeInteger("toleranceSec", option, scheme.toleranceSec);
}

function checkWindow(seconds: number, toleranceSec: number, now: number): void {
  const age = Math.floor(now / 1000) - seconds;
  if (age > toleranceSec) {
    throw new WebhookVerificationError(
      `The delivery was signed ${age} s ago, longer than the ${toleranceSec} s allowed: an old delivery sent again, ` +
        "or this machine's clock is ahead (check its time sync). To accept older deliveries, raise toleranceSec.",
      { code: "timestamp_too_old" },
    );
  }
  if (-age > toleranceSec) {
    throw new WebhookVerificationError(
      `The delivery is signed ${-age} s in the future, more than the ${toleranceSec} s allowed: this machine's ` +
        "clock is behind (check its time sync), or the header's timestamp was altered.",
      { code: "timestamp_too_new" },
    );
  }
}

function mismatch(secrets: readonly string[], source: string, text: string | undefined): WebhookVerificationError {
  const spaced = secrets.some((secret) => /\s/.test(secret));
  return new WebhookVerificationError(
    `No ${scheme.signatureKey} signature in the ${header} header matches this body under ` +
      `${secrets.length === 1 ? "the secret" : `any of the ${secrets.length} secrets`} from ${source}. Check that the body ` +
      'is the raw bytes received (express.raw({ type: "application/json" }) on the route, await request.text() ' +
      "in a fetch handler), not JSON parsed and serialized again: a proxy or forwarder that re-serializes JSON " +
      "breaks signatures. And that the secret is this webhook's signing_secret, the current one if it was rotated." +
      (spaced ? " A secret given contains whitespace (often a newline from a .env file or a secret manager): trim it." : "") +
      (text === "[object Object]" ? ' The body is the text "[object Object]": an object was turned into a string.' : ""),
    { code: "signature_mismatch" },
  );
}

function invalidPayload(why: string): WebhookVerificationError {
  return new WebhookVerificationError(
    `The delivery's signature is good, but ${why}. If the app is behind a proxy, check that it passes the body ` +
      "unchanged; otherwise this build may be older than the API (upgrade blooio-v4).",
    { code: "invalid_payload" },
  );
}

function parseEvent(text: string): WebhookEvent {
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw invalidPayload("its body is not JSON");
  }
  const envelope = event as Partial<Record<keyof WebhookEvent, unknown>> | null;
  if (
    typeof envelope !== "object" ||
    envelope === null ||
    Array.isArray(envelope) ||
    typeof envelope.type !== "string" ||
    typeof envelope.id !== "string"
  ) {
    throw invalidPayload("its body is not an event (a JSON object with a string id and type)");
  }
  return envelope as WebhookEvent;
}

const validators = new Map<string, EventValidator>();

/** The first violations, said as the client says them everywhere (`data.direction must be one of inbound, outbound`). */
async function describeErrors(errors: readonly SchemaError[] | null | undefined): Promise<string> {
  // Loaded only when an event breaks its schema: out of the bundle of a receiver that never sees one.
  const { fieldPath, meaningful, ruleOf } = await import("../core/schema-errors.js");
  const lines = meaningful(errors ?? []).slice(0, 3).map((error) => `${fieldPath(error) || "the event"} must be ${ruleOf(error).expected}`);
  return lines.length ? `: ${lines.join("; ")}` : "";
}

async function checkSchema(event: WebhookEvent): Promise<void> {
  let validate = validators.get(event.type);
  if (!validate) {
    if (!Object.hasOwn(webhookValidators, event.type)) return; // an unknown type: nothing to check it against
    validate = (await webhookValidators[event.type]!()).validateEvent;
    validators.set(event.type, validate);
  }
  if (!validate(event)) throw invalidPayload(`the event breaks the spec's schema of ${event.type}${await describeErrors(validate.errors)}`);
}

/**
 * Verifies a webhook delivery and returns its event, typed by `type` (an event of a type this build does not know
 * comes back as an UnknownWebhookEvent). Pass the raw body as received, text or bytes: never a parsed object.
 * Throws WebhookVerificationError; its `code` says which check failed.
 */
export async function verifyWebhook(body: WebhookBody, headers: WebhookHeaders, options: VerifyWebhookOptions = {}): Promise<WebhookEvent> {
  requireScheme();
  const { secrets, source } = secretsFrom(options.secret);
  const toleranceSec = toleranceFrom(options.toleranceSec);
  const raw = rawBody(body);
  const value = headerValue(headers, header);
  if (value === undefined) {
    throw new WebhookVerificationError(
      `The request has no ${header} header, so it is not a signed Blooio delivery, or something in front of the app ` +
        `dropped the header: pass the request's headers as received. The header reads ${HEADER_LAYOUT}.`,
      { code: "missing_header" },
    );
  }
  const { timestamp, seconds, signatures } = parseSignatureHeader(value);
  // The window first: a stale delivery costs no crypto.
  if (toleranceSec !== false) checkWindow(seconds, toleranceSec, options.now ?? Date.now());
  const payload = signedBytes(raw, timestamp);

  let matched: boolean;
  if (secrets.length === 1 && signatures.length === 1) {
    const key = keyFor(secrets[0]!);
    matched = await crypto.subtle.verify("HMAC", key instanceof Promise ? await key : key, signatures[0]!, payload);
  } else {
    const checks: Promise<boolean>[] = [];
    for (const secret of secrets) {
      const key = keyFor(secret);
      for (const signature of signatures) {
        checks.push(key instanceof Promise ? key.then((k) => crypto.subtle.verify("HMAC", k, signature, payload)) : crypto.subtle.verify("HMAC", key, signature, payload));
      }
    }
    matched = (await Promise.all(checks)).includes(true);
  }
  const text = bodyText(raw);
  if (!matched) throw mismatch(secrets, source, text);

  const event = parseEvent(text);
  if (options.validate) await checkSchema(event);
  return event;
}

/**
 * verifyWebhook for fetch-style handlers (Next.js route handlers, Hono, Bun, Deno, Cloudflare Workers): reads the
 * request's raw body, so do not read it before.
 */
export async function verifyWebhookRequest(request: Request, options: VerifyWebhookOptions = {}): Promise<WebhookEvent> {
  let body: ArrayBuffer;
  try {
    body = await request.arrayBuffer();
  } catch (cause) {
    throw new WebhookVerificationError(
      "Could not read the request's raw body (was it read already, by request.json() or a body parser?): " +
        "verifyWebhookRequest must be the first to read it; or pass the raw text you read to verifyWebhook.",
      { code: "body_not_raw", cause },
    );
  }
  return verifyWebhook(body, request.headers, options);
}
