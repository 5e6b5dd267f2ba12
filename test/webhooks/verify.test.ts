// verifyWebhook and verifyWebhookRequest through the public entry: every check, every body and header form, and
// messages that help without giving away the secret. No wall clock: each call passes `now`.
import { createHmac } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import {
  isKnownWebhookEvent,
  signWebhook,
  verifyWebhook,
  verifyWebhookRequest,
  WebhookVerificationError,
  type MessageReceivedEvent,
  type UnknownWebhookEvent,
  type VerifyWebhookOptions,
  type WebhookEvent,
  type WebhookHeaders,
  type WebhookVerificationCode,
} from "../../src/webhooks.js";
import * as mainEntry from "../../src/index.js";
import { cachedKeyCount } from "../../src/webhooks/signature.js";

const SECRET = "whsec_S3cr3tForTestsOnly0123456789abcdef";
const OTHER_SECRET = "whsec_AnotherSecretForTests9876543210";
const NOW = 1_735_324_800_000; // ms
const T = NOW / 1000;
const EVENT = {
  id: "evt_test0001",
  type: "message.received",
  created_at: NOW,
  organization_id: "org_test0001",
  data: { message_id: "msg_1", chat_id: "chat_1", text: "Hello 👋, café" },
};
const BODY = JSON.stringify(EVENT);
const HEADER = "x-blooio-signature";

/** Blooio's own recipe from its webhook-signature guide, with node:crypto: the reference to agree with. */
function blooioSignature(body: string, secret = SECRET, timestamp = T): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}
const header = (body = BODY, secret = SECRET, timestamp = T) => `t=${timestamp},v1=${blooioSignature(body, secret, timestamp)}`;

function verify(body: unknown, headers: WebhookHeaders, options: VerifyWebhookOptions = {}) {
  return verifyWebhook(body as string, headers, { secret: SECRET, now: NOW, ...options });
}

async function failure(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  expect(error).toBeInstanceOf(mainEntry.BlooioError);
  return error as WebhookVerificationError;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("verifyWebhook: a good delivery", () => {
  it("resolves to the event, for a signature made by Blooio's recipe", async () => {
    expect(await verify(BODY, { [HEADER]: header() })).toEqual(EVENT);
  });

  it("signs exactly as Blooio's recipe does, and verifies its own signature", async () => {
    const signed = await signWebhook(BODY, { secret: SECRET, timestamp: T });
    expect(signed).toBe(header());
    expect(await verify(BODY, { [HEADER]: signed })).toEqual(EVENT);
  });

  it("takes the body as a string, a Uint8Array, a Node Buffer and an ArrayBuffer", async () => {
    const bytes = new TextEncoder().encode(BODY);
    const sliced = new Uint8Array(new ArrayBuffer(bytes.length + 8), 4, bytes.length); // a view into a larger buffer
    sliced.set(bytes);
    for (const body of [BODY, bytes, Buffer.from(BODY), bytes.buffer, sliced]) {
      expect(await verify(body, { [HEADER]: header() })).toEqual(EVENT);
    }
  });

  it("finds the header in a Headers object and in plain objects of any letter case, with string[] values", async () => {
    const value = header();
    const [t, v1] = value.split(",");
    const node: IncomingHttpHeaders = { host: "app.example", "content-type": "application/json", "x-blooio-signature": value };
    const forms: WebhookHeaders[] = [
      node, // Node's and Express's req.headers, as typed
      new Headers({ "X-Blooio-Signature": value }),
      { "x-blooio-signature": value },
      { "X-BLOOIO-SIGNATURE": value },
      { "X-Blooio-Signature": value, "Content-Type": "application/json" },
      { "x-blooio-signature": [value] },
      { "x-blooio-signature": [t!, v1!] }, // the header sent twice, as a framework may list it
      { "x-blooio-signature": `${t}, ${v1}` }, // Node's join of repeated headers
      { "x-blooio-signature": ` ${t} ,  ${v1} ` },
    ];
    for (const headers of forms) expect(await verify(BODY, headers)).toEqual(EVENT);
  });

  it("reads the secret from BLOOIO_WEBHOOK_SECRET when none is passed", async () => {
    vi.stubEnv("BLOOIO_WEBHOOK_SECRET", SECRET);
    expect(await verifyWebhook(BODY, { [HEADER]: header() }, { now: NOW })).toEqual(EVENT);
    const error = await failure(verifyWebhook(BODY, { [HEADER]: header(BODY, OTHER_SECRET) }, { now: NOW }));
    expect(error.code).toBe("signature_mismatch");
    expect(error.message).toContain("BLOOIO_WEBHOOK_SECRET");
  });

  it("prefers the secret option to the environment", async () => {
    vi.stubEnv("BLOOIO_WEBHOOK_SECRET", OTHER_SECRET);
    expect(await verify(BODY, { [HEADER]: header() })).toEqual(EVENT);
  });

  it("accepts any of several secrets (rotation), and none outside them", async () => {
    const secrets = [OTHER_SECRET, SECRET];
    expect(await verify(BODY, { [HEADER]: header(BODY, SECRET) }, { secret: secrets })).toEqual(EVENT);
    expect(await verify(BODY, { [HEADER]: header(BODY, OTHER_SECRET) }, { secret: secrets })).toEqual(EVENT);
    const error = await failure(verify(BODY, { [HEADER]: header(BODY, "whsec_third") }, { secret: secrets }));
    expect(error.code).toBe("signature_mismatch");
    expect(error.message).toContain("any of the 2 secrets");
  });

  it("accepts a header with several v1 entries when any one matches, and ignores other schemes", async () => {
    const good = blooioSignature(BODY);
    const wrong = blooioSignature(BODY, OTHER_SECRET);
    for (const value of [`t=${T},v1=${wrong},v1=${good}`, `t=${T},v1=${good},v1=${wrong}`, `v1=${good},t=${T}`, `t=${T},v0=abc,v2=zz,v1=${good}`]) {
      expect(await verify(BODY, { [HEADER]: value })).toEqual(EVENT);
    }
    expect((await failure(verify(BODY, { [HEADER]: `t=${T},v1=${wrong},v1=${wrong}` }))).code).toBe("signature_mismatch");
  });

  it("accepts uppercase hex", async () => {
    expect(await verify(BODY, { [HEADER]: `t=${T},v1=${blooioSignature(BODY).toUpperCase()}` })).toEqual(EVENT);
  });
});

describe("verifyWebhook: the timestamp window", () => {
  const at = (offsetSec: number, options: VerifyWebhookOptions = {}) => verify(BODY, { [HEADER]: header() }, { now: NOW + offsetSec * 1000, ...options });

  it("allows 300 s either way by default, and not a second more", async () => {
    await expect(at(300)).resolves.toEqual(EVENT);
    await expect(at(300.999)).resolves.toEqual(EVENT); // now is floored to whole seconds
    await expect(at(-300)).resolves.toEqual(EVENT);
    const old = await failure(at(301));
    expect(old.code).toBe("timestamp_too_old");
    expect(old.message).toContain("301 s ago");
    const future = await failure(at(-301));
    expect(future.code).toBe("timestamp_too_new");
    expect(future.message).toContain("301 s in the future");
  });

  it("takes another tolerance, and none with toleranceSec: false", async () => {
    await expect(at(10, { toleranceSec: 10 })).resolves.toEqual(EVENT);
    expect((await failure(at(11, { toleranceSec: 10 }))).code).toBe("timestamp_too_old");
    expect((await failure(at(-11, { toleranceSec: 10 }))).code).toBe("timestamp_too_new");
    await expect(at(0, { toleranceSec: 0 })).resolves.toEqual(EVENT);
    await expect(at(10 * 365 * 86_400, { toleranceSec: false })).resolves.toEqual(EVENT);
    await expect(at(-10 * 365 * 86_400, { toleranceSec: false })).resolves.toEqual(EVENT);
  });

  it("checks against the clock when no `now` is given", async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    expect(await verifyWebhook(BODY, { [HEADER]: header(BODY, SECRET, timestamp) }, { secret: SECRET })).toEqual(EVENT);
    const error = await failure(verifyWebhook(BODY, { [HEADER]: header() }, { secret: SECRET }));
    expect(error.code).toBe("timestamp_too_old"); // signed at NOW, in 2024
  });

  it("refuses a tolerance that is not a non-negative integer", async () => {
    for (const toleranceSec of [-1, 1.5, Number.NaN]) {
      await expect(at(0, { toleranceSec })).rejects.toBeInstanceOf(mainEntry.ConfigurationError);
    }
  });
});

describe("verifyWebhook: each failure has its code", () => {
  const good = { [HEADER]: header() };
  const cases: [WebhookVerificationCode, string, () => Promise<unknown>][] = [
    ["missing_secret", "no secret and no BLOOIO_WEBHOOK_SECRET", () => verifyWebhook(BODY, good, { now: NOW })],
    ["missing_secret", "an empty secret", () => verify(BODY, good, { secret: "" })],
    ["missing_secret", "an empty list of secrets", () => verify(BODY, good, { secret: [] })],
    ["missing_header", "no signature header", () => verify(BODY, { "content-type": "application/json" })],
    ["missing_header", "an empty signature header", () => verify(BODY, { [HEADER]: " " })],
    ["missing_header", "an empty list", () => verify(BODY, { [HEADER]: [] })],
    ["malformed_header", "t is not an integer", () => verify(BODY, { [HEADER]: `t=12.5,v1=${blooioSignature(BODY)}` })],
    ["malformed_header", "t is not a number", () => verify(BODY, { [HEADER]: `t=yesterday,v1=${blooioSignature(BODY)}` })],
    ["malformed_header", "t is negative", () => verify(BODY, { [HEADER]: `t=-5,v1=${blooioSignature(BODY)}` })],
    ["malformed_header", "no t", () => verify(BODY, { [HEADER]: `v1=${blooioSignature(BODY)}` })],
    ["malformed_header", "t twice", () => verify(BODY, { [HEADER]: `t=${T},t=${T},v1=${blooioSignature(BODY)}` })],
    ["malformed_header", "v1 is not hex", () => verify(BODY, { [HEADER]: `t=${T},v1=${"zz".repeat(32)}` })],
    ["malformed_header", "v1 has an odd length", () => verify(BODY, { [HEADER]: `t=${T},v1=abc` })],
    ["malformed_header", "v1 is empty", () => verify(BODY, { [HEADER]: `t=${T},v1=` })],
    ["malformed_header", "an entry is not key=value", () => verify(BODY, { [HEADER]: `${blooioSignature(BODY)}` })],
    ["no_signature", "t only", () => verify(BODY, { [HEADER]: `t=${T}` })],
    ["no_signature", "only another scheme", () => verify(BODY, { [HEADER]: `t=${T},v2=${blooioSignature(BODY)}` })],
    ["timestamp_too_old", "signed 10 minutes ago", () => verify(BODY, good, { now: NOW + 600_000 })],
    ["timestamp_too_new", "signed 10 minutes ahead", () => verify(BODY, good, { now: NOW - 600_000 })],
    ["signature_mismatch", "another secret", () => verify(BODY, good, { secret: OTHER_SECRET })],
    ["signature_mismatch", "a tampered body", () => verify(BODY.replace("Hello", "Hullo"), good)],
    ["signature_mismatch", "the body parsed and serialized again", () => verify(JSON.stringify(JSON.parse(BODY), null, 2), good)],
    ["signature_mismatch", "a tampered timestamp", () => verify(BODY, { [HEADER]: `t=${T + 1},v1=${blooioSignature(BODY)}` })],
    ["signature_mismatch", "a truncated signature", () => verify(BODY, { [HEADER]: `t=${T},v1=${blooioSignature(BODY).slice(0, 62)}` })],
    ["body_not_raw", "a parsed object (express.json())", () => verify(JSON.parse(BODY), good)],
    ["body_not_raw", "an undefined body (no body parser ran)", () => verify(undefined, good)],
    ["body_not_raw", "null", () => verify(null, good)],
    ["body_not_raw", "a number", () => verify(42, good)],
    ["invalid_payload", "a signed body that is not JSON", () => verify("hello", { [HEADER]: header("hello") })],
    ["invalid_payload", "a signed JSON array", () => verify("[1,2]", { [HEADER]: header("[1,2]") })],
    ["invalid_payload", "a signed JSON null", () => verify("null", { [HEADER]: header("null") })],
    ["invalid_payload", "a signed object with no type", () => verify('{"id":"evt_1"}', { [HEADER]: header('{"id":"evt_1"}') })],
    ["invalid_payload", "a signed object with no id", () => verify('{"type":"message.read"}', { [HEADER]: header('{"type":"message.read"}') })],
  ];

  it.each(cases)("%s: %s", async (code, _, run) => {
    vi.stubEnv("BLOOIO_WEBHOOK_SECRET", undefined);
    expect((await failure(run())).code).toBe(code);
  });

  it("covers every code, and no message contains the secret or the expected signature", async () => {
    vi.stubEnv("BLOOIO_WEBHOOK_SECRET", undefined);
    const seen = new Set<WebhookVerificationCode>();
    const expected = [blooioSignature(BODY), blooioSignature(BODY, OTHER_SECRET), blooioSignature(BODY.replace("Hello", "Hullo"))];
    for (const [, , run] of cases) {
      const error = await failure(run());
      seen.add(error.code);
      for (const secret of [SECRET, OTHER_SECRET, SECRET.slice(6), OTHER_SECRET.slice(6)]) expect(error.message).not.toContain(secret);
      for (const signature of expected) {
        expect(error.message).not.toContain(signature);
        expect(error.message.toLowerCase()).not.toContain(signature.slice(0, 16));
      }
      expect(error.message.length).toBeGreaterThan(60); // says what to do, not just what failed
    }
    expect([...seen].sort()).toEqual(
      ["body_not_raw", "invalid_payload", "malformed_header", "missing_header", "missing_secret", "no_signature", "signature_mismatch", "timestamp_too_new", "timestamp_too_old"],
    );
  });

  it("messages say what to do", async () => {
    vi.stubEnv("BLOOIO_WEBHOOK_SECRET", undefined);
    const message = async (run: () => Promise<unknown>) => (await failure(run())).message;
    const parsed = await message(() => verify(JSON.parse(BODY), good));
    expect(parsed).toContain('express.raw({ type: "application/json" })');
    expect(parsed).toContain("await request.text()");
    const mismatch = await message(() => verify(BODY, good, { secret: OTHER_SECRET }));
    expect(mismatch).toContain("re-serializes JSON");
    expect(mismatch).toContain('express.raw({ type: "application/json" })');
    expect(mismatch).toContain("the secret option");
    expect(mismatch).not.toContain("whitespace");
    const missing = await message(() => verifyWebhook(BODY, good, { now: NOW }));
    expect(missing).toContain("BLOOIO_WEBHOOK_SECRET");
    expect(missing).toContain("{ secret }");
    expect(await message(() => verify(BODY, { [HEADER]: "t=x,v1=00" }))).toContain("t=<unix seconds>,v1=<hex>");
  });

  it("points at whitespace in a secret, and at a body turned into [object Object]", async () => {
    const spaced = await failure(verify(BODY, { [HEADER]: header() }, { secret: `${SECRET}\n` }));
    expect(spaced.code).toBe("signature_mismatch");
    expect(spaced.message).toContain("whitespace");
    expect(spaced.message).not.toContain(SECRET);
    const stringified = await failure(verify(String(EVENT), { [HEADER]: header() }));
    expect(stringified.message).toContain("[object Object]");
  });
});

describe("verifyWebhook: events", () => {
  it("types a known event by its type", async () => {
    const event = await verify(BODY, { [HEADER]: header() });
    expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
    expect(isKnownWebhookEvent(event)).toBe(true);
    if (isKnownWebhookEvent(event) && event.type === "message.received") expectTypeOf(event).toEqualTypeOf<MessageReceivedEvent>();
  });

  it("verifies an event of a type the spec does not list, as an unknown event", async () => {
    const body = JSON.stringify({ ...EVENT, id: "evt_new", type: "message.edited", data: { whatever: true } });
    const event = await verify(body, { [HEADER]: header(body) }, { validate: true });
    expect(event.type).toBe("message.edited");
    expect(isKnownWebhookEvent(event)).toBe(false);
    if (!isKnownWebhookEvent(event)) expectTypeOf(event).toMatchTypeOf<UnknownWebhookEvent>();
  });

  it("does not take a type named like an Object.prototype member for a known one", async () => {
    const body = JSON.stringify({ ...EVENT, type: "constructor" });
    const event = await verify(body, { [HEADER]: header(body) }, { validate: true });
    expect(isKnownWebhookEvent(event)).toBe(false);
  });
});

describe("verifyWebhookRequest", () => {
  it("reads a real Request's raw body and headers", async () => {
    const request = new Request("http://127.0.0.1/webhooks/blooio", { method: "POST", body: BODY, headers: { "X-Blooio-Signature": header() } });
    expect(await verifyWebhookRequest(request, { secret: SECRET, now: NOW })).toEqual(EVENT);
  });

  it("rejects a tampered body", async () => {
    const request = new Request("http://127.0.0.1/", { method: "POST", body: `${BODY} `, headers: { "X-Blooio-Signature": header() } });
    expect((await failure(verifyWebhookRequest(request, { secret: SECRET, now: NOW }))).code).toBe("signature_mismatch");
  });

  it("says body_not_raw when the body was read already", async () => {
    const request = new Request("http://127.0.0.1/", { method: "POST", body: BODY, headers: { "X-Blooio-Signature": header() } });
    await request.json();
    const error = await failure(verifyWebhookRequest(request, { secret: SECRET, now: NOW }));
    expect(error.code).toBe("body_not_raw");
    expect(error.message).toContain("read already");
  });

  it("says missing_header for a request without the signature", async () => {
    const request = new Request("http://127.0.0.1/", { method: "POST", body: BODY });
    expect((await failure(verifyWebhookRequest(request, { secret: SECRET, now: NOW }))).code).toBe("missing_header");
  });
});

describe("the hot path", () => {
  it("imports each secret's key once and runs one crypto.subtle.verify per (secret, v1 entry)", async () => {
    const importKey = vi.spyOn(crypto.subtle, "importKey");
    const verifyCalls = vi.spyOn(crypto.subtle, "verify");
    const secret = "whsec_only_in_this_test";
    for (let i = 0; i < 3; i++) await verify(BODY, { [HEADER]: header(BODY, secret) }, { secret });
    expect(importKey).toHaveBeenCalledTimes(1);
    expect(verifyCalls).toHaveBeenCalledTimes(3);
    verifyCalls.mockClear();
    const two = `t=${T},v1=${blooioSignature(BODY, "whsec_nope")},v1=${blooioSignature(BODY, secret)}`;
    await verify(BODY, { [HEADER]: two }, { secret: [secret, "whsec_also_in_this_test"] });
    expect(verifyCalls).toHaveBeenCalledTimes(4);
  });

  it("keeps a bounded number of keys", async () => {
    for (let i = 0; i < 40; i++) {
      const secret = `whsec_many_${i}`;
      await verify(BODY, { [HEADER]: header(BODY, secret) }, { secret });
    }
    expect(cachedKeyCount()).toBeLessThanOrEqual(16);
    expect(cachedKeyCount()).toBeGreaterThan(0);
  });

  it("uses Web Crypto and TextEncoder only: no Buffer, no node: modules, no process", () => {
    const root = join(import.meta.dirname, "../../src");
    const files = ["webhooks.ts", ...readdirSync(join(root, "webhooks")).map((name) => `webhooks/${name}`), "generated/webhooks.ts", "core/check.ts"];
    for (const file of files) {
      const text = readFileSync(join(root, file), "utf8");
      expect(text, file).not.toMatch(/\bBuffer\b|from "node:|require\(|\bprocess\./);
    }
  });
});

describe("the main entry", () => {
  it("re-exports the webhook helpers", () => {
    expect(mainEntry.verifyWebhook).toBe(verifyWebhook);
    expect(mainEntry.WebhookVerificationError).toBe(WebhookVerificationError);
    expect(typeof mainEntry.createWebhookDeduper).toBe("function");
    expect(typeof mainEntry.createSignedDelivery).toBe("function");
  });
});
