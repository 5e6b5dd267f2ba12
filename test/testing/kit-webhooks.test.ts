// The testing kit's webhooks: subscriptions made through the client, signed deliveries to them (in process or over
// loopback), retries on a short schedule, the delivery list and replays, and the events a send leads to.
import { describe, expect, it } from "vitest";
import { createMockApi, type MockApiOptions } from "../../src/testing.js";
import { createWebhookDeduper, verifyWebhookRequest, type WebhookEvent } from "../../src/webhooks.js";
import { testClient } from "../support/client.js";
import { startServerForTest } from "../support/http-server.js";

const HOOK = "https://app.test/blooio";

function setup(options: MockApiOptions = {}) {
  const kit = createMockApi({ webhooks: { retryDelaysMs: [5, 5], timeoutMs: 200 }, ...options });
  const client = testClient(kit);
  return { kit, client };
}

/** An app's receiver: verifies each delivery with the subscription's secret and keeps what it got. */
function receiver(secret: () => string, answer: (event: WebhookEvent, request: Request) => number = () => 204) {
  const events: { event: WebhookEvent; replay: string | null }[] = [];
  const handle = async (request: Request) => {
    const event = await verifyWebhookRequest(request, { secret: secret() });
    events.push({ event, replay: request.headers.get("x-blooio-replay") });
    return new Response(null, { status: answer(event, request) });
  };
  return { events, handle };
}


describe("the kit keeps webhook subscriptions", () => {
  it("creates, lists, gets, updates, rotates and deletes them, with the secret shown only on create and rotate", async () => {
    const { kit, client } = setup();
    const { data: created } = await client.webhooks.create({ url: HOOK, event_types: ["message.*"] });
    expect(created).toMatchObject({ url: HOOK, event_types: ["message.*"], status: "active", channel_id: null });
    expect(created!.id).toMatch(/^wh_/);
    expect(created!.signing_secret).toMatch(/^whsec_[0-9a-f]{32}$/);
    const { data: got } = await client.webhooks.get({ webhookId: created!.id! });
    expect(got).not.toHaveProperty("signing_secret");
    expect((await client.webhooks.list()).data!.map((hook) => hook.id)).toEqual([created!.id]);
    expect((await client.webhooks.update({ webhookId: created!.id!, status: "disabled" })).data).toMatchObject({ status: "disabled" });
    const { data: rotated } = await client.webhooks.rotateSecret({ webhookId: created!.id! });
    expect(rotated!.signing_secret).not.toBe(created!.signing_secret);
    await client.webhooks.delete({ webhookId: created!.id! });
    expect((await client.webhooks.list()).data).toEqual([]);
    await expect(client.webhooks.get({ webhookId: created!.id! })).rejects.toMatchObject({ name: "NotFoundError" });
    kit.assertNoViolations();
  });
});

describe("kit.emit delivers a signed event to every subscription that takes it", () => {
  it("matches exact types, category wildcards, *, the legacy buckets and a channel scope; skips disabled ones", async () => {
    const { kit, client } = setup();
    const urls: Record<string, string[]> = {};
    const make = async (name: string, body: Record<string, unknown>) => {
      const url = `https://app.test/${name}`;
      const { data } = await client.webhooks.create({ url, ...body });
      urls[name] = [];
      kit.receive(url, async (request) => {
        urls[name]!.push((await verifyWebhookRequest(request, { secret: data!.signing_secret! })).type);
        return new Response("ok");
      });
      return data!;
    };
    await make("exact", { event_types: ["message.delivered"] });
    await make("messages", { event_types: ["message.*"] });
    await make("everything", {});
    await make("legacy", { event_types: ["status"] });
    await make("other-channel", { event_types: ["*"], channel_id: "ch_elsewhere" });
    const off = await make("disabled", { event_types: ["*"] });
    await client.webhooks.update({ webhookId: off.id!, status: "disabled" });
    await kit.emit("message.delivered");
    await kit.emit("poll.voted");
    expect(urls).toEqual({
      exact: ["message.delivered"],
      messages: ["message.delivered"],
      everything: ["message.delivered", "poll.voted"],
      legacy: ["message.delivered"],
      "other-channel": [],
      disabled: [],
    });
    kit.assertNoViolations();
  });

  it("posts over loopback HTTP to a URL, with the delivery headers the guide lists", async () => {
    const { kit, client } = setup();
    const server = await startServerForTest((_, response) => void response.writeHead(200).end());
    const seen = server.requests;
    const url = `${server.url}/hooks`;
    const { data } = await client.webhooks.create({ url, event_types: ["typing.started"] });
    const [attempt] = await kit.emit("typing.started", { chat_id: "chat_1" });
    expect(attempt).toMatchObject({ ok: true, status: 200, attempt: 1, eventType: "typing.started", url });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers["x-blooio-event"]).toBe("typing.started");
    expect(seen[0]!.headers["x-blooio-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(JSON.parse(seen[0]!.body)).toMatchObject({ type: "typing.started", data: { chat_id: "chat_1" } });
    expect(data!.id).toBe(attempt!.webhookId);
  });

  it("retries a subscriber that answers non-2xx or too slowly, on the short schedule, and records every attempt", async () => {
    const { kit, client } = setup();
    const { data } = await client.webhooks.create({ url: HOOK, event_types: ["*"] });
    let calls = 0;
    kit.receive(HOOK, async () => {
      calls++;
      if (calls === 1) return new Response("nope", { status: 503 });
      if (calls === 2) await new Promise((resolve) => setTimeout(resolve, 400)); // longer than timeoutMs
      return new Response("ok");
    });
    const attempts = await kit.emit("message.read");
    expect(attempts.map((a) => a.status)).toEqual([503, "timeout", 200]);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(kit.deliveries).toHaveLength(3);
    const [listed] = (await client.webhooks.listDeliveries({ webhookId: data!.id! })).data!;
    expect(listed).toMatchObject({ event_type: "message.read", status: "succeeded", attempt_count: 3, response_status: 200, next_attempt_at: null });

    // A subscriber that always fails: one attempt and one per retry, then the delivery is failed.
    kit.receive(HOOK, () => new Response("down", { status: 500 }));
    expect((await kit.emit("message.read")).map((a) => a.ok)).toEqual([false, false, false]);
    expect((await client.webhooks.listDeliveries({ webhookId: data!.id! })).data![0]).toMatchObject({ status: "failed", attempt_count: 3 });
    kit.assertNoViolations();
  });

  it("posts to loopback only: a subscription elsewhere with no receiver gets one failed attempt saying why", async () => {
    const posted: string[] = [];
    const { kit, client } = setup();
    const { data } = await client.webhooks.create({ url: HOOK, event_types: ["*"] });
    const real = globalThis.fetch;
    globalThis.fetch = (async (input: Request | string | URL) => {
      posted.push(input instanceof Request ? input.url : String(input));
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    try {
      const [attempt, ...more] = await kit.emit("message.read");
      expect(more).toEqual([]);
      expect(attempt).toMatchObject({ status: "error", ok: false, attempt: 1 });
      expect(attempt!.error).toMatch(/app\.test is not loopback.*kit\.receive/);
    } finally {
      globalThis.fetch = real;
    }
    expect(posted).toEqual([]);
    expect((await client.webhooks.listDeliveries({ webhookId: data!.id! })).data![0]).toMatchObject({ status: "failed", attempt_count: 1 });

    // Through a fetch of the app's own, any URL is the app's call.
    const own = setup({ webhooks: { fetch: async (request) => (posted.push(request.url), new Response(null, { status: 204 })) } });
    await own.client.webhooks.create({ url: HOOK, event_types: ["*"] });
    expect((await own.kit.emit("message.read")).map((a) => a.status)).toEqual([204]);
    expect(posted).toEqual([HOOK]);
  });
});

describe("an app's whole loop against the kit", () => {
  it("sends through the client, receives the signed receipts, verifies them, and dedupes a replay", async () => {
    const { kit, client } = setup();
    const { data: hook } = await client.webhooks.create({ url: HOOK, event_types: ["message.*"] });
    const app = receiver(() => hook!.signing_secret!);
    kit.receive(HOOK, app.handle);
    const dedupe = createWebhookDeduper();
    const message = await client.messages.sendToChat({ chatId: "chat_a1b2c3d4", content: { type: "text", text: "Table for two?" } });
    await kit.settled();
    expect(app.events.map(({ event }) => [event.type, (event.data as { status?: string }).status])).toEqual([
      ["message.queued", "queued"],
      ["message.sent", "sent"],
      ["message.delivered", "delivered"],
    ]);
    expect(app.events.every(({ event }) => (event.data as { id?: string }).id === message.id)).toBe(true);
    for (const { event } of app.events) expect(await dedupe.firstTime(event)).toBe(true);

    const deliveries = (await client.webhooks.listDeliveries({ webhookId: hook!.id! })).data!;
    const replayed = await client.webhooks.replayDelivery({ webhookId: hook!.id!, deliveryId: deliveries[0]!.id! });
    expect(replayed.data).toMatchObject({ replay_of: deliveries[0]!.id });
    await kit.settled();
    const replay = app.events.at(-1)!;
    expect(replay.replay).toBe("true");
    expect(replay.event.id).toBe(app.events[2]!.event.id);
    expect(await dedupe.firstTime(replay.event)).toBe(false);
    kit.assertNoViolations();
  });

  it("a keyed send that is retried emits its events once", async () => {
    const { kit, client } = setup();
    const { data: hook } = await client.webhooks.create({ url: HOOK, event_types: ["message.queued"] });
    const app = receiver(() => hook!.signing_secret!);
    kit.receive(HOOK, app.handle);
    // The first answer is lost after the send was applied; the client retries with the same key.
    kit.fail("sendMessage", { afterApply: true, reset: true });
    await client.messages.send({ to: "+15551234567", content: { type: "text", text: "once" } });
    await kit.settled();
    expect(app.events).toHaveLength(1);
  });
});
