// The signature scheme, read from the spec's generated declaration: the header's layout, the signed bytes, the
// HMAC key (imported once per secret) and the digest's text encoding. Web Crypto and TextEncoder only.
import { ConfigurationError, WebhookVerificationError } from "../core/errors.js";
import { type WebhookSignatureScheme, webhookSignature } from "../generated/webhooks.js";

/**
 * The spec's scheme. A build from a spec that declares none (x-blooio-webhook-signature) gets an empty one, and
 * every entry point refuses first, through requireScheme.
 */
export const scheme: WebhookSignatureScheme = webhookSignature ?? {
  header: "", timestampKey: "", signatureKey: "", hash: "", encoding: "", signedPayload: "{body}", toleranceSec: 0,
  headers: { event: null, replay: null, originalEventId: null },
};

export function requireScheme(): void {
  if (webhookSignature) return;
  throw new ConfigurationError(
    "This build's spec declares no webhook signature scheme (x-blooio-webhook-signature in openapi/v4.yaml), so there is nothing to verify or sign with",
  );
}

const { header, timestampKey, signatureKey, hash, encoding, signedPayload } = scheme;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** How the header should read, for messages: `t=<unix seconds>,v1=<hex>`. */
export const HEADER_LAYOUT = `${timestampKey}=<unix seconds>,${signatureKey}=<${encoding}>`;

// ------------------------------------------------------------------------------------------------ the body

/** The raw body: its bytes when it came as bytes, its text when it came as text; the other made on demand. */
export interface RawBody {
  text: string | undefined;
  bytes: Uint8Array<ArrayBuffer> | undefined;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? `an object (${Object.prototype.toString.call(value).slice(8, -1)})` : `a ${typeof value}`;
}

/** The body as the signer saw it, or body_not_raw for anything that is not text or bytes (a parsed object). */
export function rawBody(body: unknown): RawBody {
  if (typeof body === "string") return { text: body, bytes: undefined };
  if (body instanceof Uint8Array) return { text: undefined, bytes: body as Uint8Array<ArrayBuffer> };
  if (ArrayBuffer.isView(body)) return { text: undefined, bytes: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength) };
  if (body instanceof ArrayBuffer || Object.prototype.toString.call(body) === "[object ArrayBuffer]") {
    return { text: undefined, bytes: new Uint8Array(body as ArrayBuffer) };
  }
  const parsed = body !== null && typeof body === "object";
  throw new WebhookVerificationError(
    `The webhook body is ${describe(body)}${parsed ? ", most likely JSON a body parser already parsed" : ""}, not the raw ` +
      "body received: the signature covers the exact bytes, which a parsed object no longer has. Pass the raw body: " +
      'with Express, express.raw({ type: "application/json" }) on the webhook route (ahead of express.json()) and ' +
      "req.body; in a fetch handler (Next.js, Hono, Bun, Deno, Workers), await request.text(), or verifyWebhookRequest(request).",
    { code: "body_not_raw" },
  );
}

export function bodyText(body: RawBody): string {
  return body.text ?? decoder.decode(body.bytes);
}

// {timestamp} and {body} in the scheme's template: the text around the body, with the timestamp filled in.
const [beforeBody = "", afterBody = "", ...extra] = signedPayload.split("{body}");
if (extra.length) throw new Error(`the webhook scheme's signedPayload names {body} more than once: ${signedPayload}`);
const beforeHasTimestamp = beforeBody.includes("{timestamp}");
const afterHasTimestamp = afterBody.includes("{timestamp}");

/** The bytes the HMAC covers: the scheme's template with the header's timestamp (as sent) and the raw body. */
export function signedBytes(body: RawBody, timestamp: string): Uint8Array<ArrayBuffer> {
  const before = beforeHasTimestamp ? beforeBody.replaceAll("{timestamp}", timestamp) : beforeBody;
  const after = afterHasTimestamp ? afterBody.replaceAll("{timestamp}", timestamp) : afterBody;
  if (body.text !== undefined) return encoder.encode(before + body.text + after);
  const head = encoder.encode(before);
  const tail = after ? encoder.encode(after) : undefined;
  const bytes = new Uint8Array(head.length + body.bytes!.length + (tail?.length ?? 0));
  bytes.set(head);
  bytes.set(body.bytes!, head.length);
  if (tail) bytes.set(tail, head.length + body.bytes!.length);
  return bytes;
}

// ------------------------------------------------------------------------------------------- the encoding

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_VALUE["0123456789abcdef".charCodeAt(i)] = i;
  HEX_VALUE["0123456789ABCDEF".charCodeAt(i)] = i;
}

const codecs: Record<string, { decode(text: string): Uint8Array<ArrayBuffer> | undefined; encode(bytes: Uint8Array): string }> = {
  hex: {
    decode(text) {
      if (text.length === 0 || text.length % 2) return undefined;
      const bytes = new Uint8Array(text.length / 2);
      for (let i = 0; i < bytes.length; i++) {
        const high = HEX_VALUE[text.charCodeAt(2 * i)] ?? -1;
        const low = HEX_VALUE[text.charCodeAt(2 * i + 1)] ?? -1;
        if (high < 0 || low < 0) return undefined;
        bytes[i] = (high << 4) | low;
      }
      return bytes;
    },
    encode(bytes) {
      let text = "";
      for (const byte of bytes) text += HEX[byte];
      return text;
    },
  },
  base64: {
    decode(text) {
      if (!text || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
      try {
        return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
      } catch {
        return undefined;
      }
    },
    encode(bytes) {
      return btoa(String.fromCharCode(...bytes));
    },
  },
};

function codec() {
  const found = Object.hasOwn(codecs, encoding) ? codecs[encoding] : undefined;
  if (!found) throw new Error(`the webhook scheme's signature encoding ${encoding} is not supported (known: ${Object.keys(codecs).join(", ")})`);
  return found;
}

// --------------------------------------------------------------------------------------------- the header

export interface SignatureHeader {
  /** As sent: the signed bytes use this text, not a number printed again. */
  timestamp: string;
  /** Seconds since the epoch. */
  seconds: number;
  /** Each v1 entry, decoded. */
  signatures: Uint8Array<ArrayBuffer>[];
}

function malformed(what: string): WebhookVerificationError {
  return new WebhookVerificationError(
    `The ${header} header is malformed (${what}); it should read ${HEADER_LAYOUT}. Pass the header exactly as received.`,
    { code: "malformed_header" },
  );
}

/** `t=...,v1=...[,v1=...]` with any spaces around entries (a list of values joined with ", " reads the same). */
export function parseSignatureHeader(value: string): SignatureHeader {
  let timestamp: string | undefined;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  const { decode } = codec();
  for (const part of value.split(",")) {
    const entry = part.trim();
    if (!entry) continue;
    const equals = entry.indexOf("=");
    if (equals <= 0) throw malformed("an entry is not key=value");
    const key = entry.slice(0, equals);
    const text = entry.slice(equals + 1);
    if (key === timestampKey) {
      if (timestamp !== undefined) throw malformed(`${timestampKey} appears twice`);
      if (!/^\d{1,15}$/.test(text)) throw malformed(`${timestampKey} is not a whole number of seconds`);
      timestamp = text;
    } else if (key === signatureKey) {
      const bytes = decode(text);
      if (!bytes) throw malformed(`a ${signatureKey} signature is not ${encoding}`);
      signatures.push(bytes);
    }
    // Other keys are other schemes (a future v2): not ours to judge.
  }
  if (timestamp === undefined) throw malformed(`no ${timestampKey}= timestamp`);
  if (!signatures.length) {
    throw new WebhookVerificationError(
      `The ${header} header carries no ${signatureKey} signature. This version of blooio-v4 checks ${signatureKey} ` +
        `signatures; if Blooio now signs with a newer scheme, upgrade blooio-v4.`,
      { code: "no_signature" },
    );
  }
  return { timestamp, seconds: Number(timestamp), signatures };
}

// ---------------------------------------------------------------------------------------------- the keys

/** Imported HMAC keys by secret, oldest first: a few secrets per process at most, bounded all the same. */
const MAX_KEYS = 16;
const keys = new Map<string, CryptoKey | Promise<CryptoKey>>();

function remember(secret: string, key: CryptoKey | Promise<CryptoKey>): void {
  if (!keys.has(secret) && keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value!);
  keys.set(secret, key);
}

/** The secret's key: the CryptoKey itself once imported (no await on the hot path), else its import. */
export function keyFor(secret: string): CryptoKey | Promise<CryptoKey> {
  const cached = keys.get(secret);
  if (cached) return cached;
  const pending = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash }, false, ["sign", "verify"]).then(
    (key) => {
      if (keys.get(secret) === pending) keys.set(secret, key);
      return key;
    },
    (error: unknown) => {
      if (keys.get(secret) === pending) keys.delete(secret);
      throw error;
    },
  );
  remember(secret, pending);
  return pending;
}

/** How many keys are cached (for tests of the bound). */
export function cachedKeyCount(): number {
  return keys.size;
}

// ------------------------------------------------------------------------------------------------ signing

/** The header value for `body` signed with `secret` at `timestamp` (seconds). */
export async function signatureHeaderFor(body: RawBody, secret: string, timestamp: number): Promise<string> {
  const stamp = String(timestamp);
  const digest = await crypto.subtle.sign("HMAC", await keyFor(secret), signedBytes(body, stamp));
  return `${timestampKey}=${stamp},${signatureKey}=${codec().encode(new Uint8Array(digest))}`;
}
