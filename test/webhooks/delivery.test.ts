// createSignedDelivery: a whole delivery from the spec's example of each event type, which verifyWebhook accepts.
import { describe, expect, it } from "vitest";
import { webhookExamples } from "../../src/generated/webhooks.js";
import {
  createSignedDelivery,
  readDeliveryHeaders,
  signWebhook,
  verifyWebhook,
  verifyWebhookRequest,
  webhookEventTypes,
  WebhookVerificationError,
} from "../../src/webhooks.js";

const SECRET = "whsec_delivery_tests";
const T = 1_735_324_800;
const NOW = T * 1000;

describe("createSignedDelivery", () => {
  it.each(webhookEventTypes)("builds a %s delivery from the spec's example that verifies (and validates)", async (type) => {
    const delivery = await createSignedDelivery(type, { secret: SECRET, timestamp: T });
    const examples = await webhookExamples();
    expect(JSON.parse(delivery.body)).toEqual(examples[type]);
    expect(delivery.event).toEqual(examples[type]);
    expect(delivery.headers).toMatchObject({ "content-type": "application/json", "x-blooio-event": type });
    expect(delivery.headers["x-blooio-signature"]).toBe(await signWebhook(delivery.body, { secret: SECRET, timestamp: T }));
    const event = await verifyWebhook(delivery.body, delivery.headers, { secret: SECRET, now: NOW, validate: true });
    expect(event).toEqual(delivery.event);
    expect(event.type).toBe(type);
  });

  it("signs now by default", async () => {
    const delivery = await createSignedDelivery("message.sent", { secret: SECRET });
    await expect(verifyWebhook(delivery.body, delivery.headers, { secret: SECRET })).resolves.toMatchObject({ type: "message.sent" });
  });

  it("takes the event's id and data in place of the example's", async () => {
    const delivery = await createSignedDelivery("message.received", { secret: SECRET, timestamp: T, id: "evt_custom", data: { text: "custom" } });
    const event = await verifyWebhook(delivery.body, delivery.headers, { secret: SECRET, now: NOW });
    expect(event).toMatchObject({ id: "evt_custom", type: "message.received", data: { text: "custom" } });
  });

  it("makes a replay with the replay headers, which readDeliveryHeaders reads back", async () => {
    const delivery = await createSignedDelivery("message.delivered", { secret: SECRET, timestamp: T, id: "evt_replay", replayOf: "evt_original" });
    expect(delivery.headers).toMatchObject({ "x-blooio-replay": "true", "x-original-event-id": "evt_original" });
    expect(readDeliveryHeaders(new Headers(delivery.headers))).toEqual({ eventType: "message.delivered", replay: true, originalEventId: "evt_original" });
    const plain = await createSignedDelivery("message.delivered", { secret: SECRET, timestamp: T });
    expect(readDeliveryHeaders(plain.headers)).toEqual({ eventType: "message.delivered", replay: false, originalEventId: undefined });
    expect(readDeliveryHeaders({ "X-Blooio-Replay": "TRUE", "X-Original-Event-Id": ["evt_9"] })).toMatchObject({ replay: true, originalEventId: "evt_9" });
  });

  it("builds an event of a type the spec does not list, which verifies as unknown", async () => {
    const delivery = await createSignedDelivery("message.edited", { secret: SECRET, timestamp: T, data: { edited: true } });
    const event = await verifyWebhook(delivery.body, delivery.headers, { secret: SECRET, now: NOW, validate: true });
    expect(event).toMatchObject({ type: "message.edited", data: { edited: true } });
  });

  it("goes through a real Request into verifyWebhookRequest, and a tampered copy does not", async () => {
    const { body, headers } = await createSignedDelivery("poll.voted", { secret: SECRET, timestamp: T });
    const request = new Request("http://127.0.0.1/hooks", { method: "POST", body, headers });
    await expect(verifyWebhookRequest(request, { secret: SECRET, now: NOW })).resolves.toMatchObject({ type: "poll.voted" });
    const tampered = new Request("http://127.0.0.1/hooks", { method: "POST", body: body.replace("poll.voted", "poll.created"), headers });
    const error = await verifyWebhookRequest(tampered, { secret: SECRET, now: NOW }).catch((caught: unknown) => caught);
    expect((error as WebhookVerificationError).code).toBe("signature_mismatch");
  });

  it("needs a secret and whole seconds", async () => {
    await expect(createSignedDelivery("message.sent", { secret: "" })).rejects.toMatchObject({ code: "missing_secret" });
    await expect(signWebhook("{}", { secret: "" })).rejects.toMatchObject({ code: "missing_secret" });
    await expect(signWebhook("{}", { secret: SECRET, timestamp: 1.5 })).rejects.toThrow(/whole Unix seconds/);
    await expect(signWebhook({} as string, { secret: SECRET })).rejects.toMatchObject({ code: "body_not_raw" });
  });
});

describe("validate, with the spec's own validators", () => {
  it("checks a known event against its type's schema, naming the field and the rule", async () => {
    const secret = "whsec_spec_validators";
    const good = await createSignedDelivery("message.delivered", { secret });
    await expect(verifyWebhook(good.body, good.headers, { secret, validate: true })).resolves.toMatchObject({ type: "message.delivered" });
    const bad = await createSignedDelivery("message.delivered", { secret, data: { id: "msg_1", direction: "sideways" } });
    const error = await verifyWebhook(bad.body, bad.headers, { secret, validate: true }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "invalid_payload" });
    expect((error as Error).message).toContain("data.direction must be one of inbound, outbound");
    // An event of a type the spec does not list has no schema to break.
    const later = await createSignedDelivery("message.edited", { secret, data: { anything: 1 } });
    await expect(verifyWebhook(later.body, later.headers, { secret, validate: true })).resolves.toMatchObject({ type: "message.edited" });
  });
});
