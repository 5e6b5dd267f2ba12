// The handler's tests, in process: the kit hands each signed delivery straight to the handler as a Request.
import { createBlooioClient } from "blooio-v4";
import { createMockApi } from "blooio-v4/testing";
import { createSignedDelivery, type WebhookEvent } from "blooio-v4/webhooks";
import { expect, it } from "vitest";
import { createHandler } from "../src/handler.js";

const KEY = "bl_test_example_not_a_real_key";
const URL = "https://app.example/api/blooio";

async function setup() {
  const kit = createMockApi({ webhooks: { retryDelaysMs: [] } });
  const client = createBlooioClient({ apiKey: KEY, baseUrl: kit.url, fetch: kit.fetch });
  const { data: hook } = await client.webhooks.create({ url: URL, event_types: ["*"] });
  const handled: WebhookEvent[] = [];
  const handler = createHandler({ secret: hook!.signing_secret!, onEvent: (event) => void handled.push(event) });
  kit.receive(URL, handler);
  return { kit, client, hook: hook!, handled, handler };
}

it("verifies and handles what the kit delivers: a send's receipts, and an event the test emits", async () => {
  const { kit, client, handled } = await setup();
  await client.messages.sendToChat({ chatId: "chat_a1b2c3d4", content: { type: "text", text: "On my way" } });
  await kit.emit("typing.started", { chat_id: "chat_a1b2c3d4" });
  await kit.settled();
  expect(handled.map((event) => event.type).sort()).toEqual(["message.delivered", "message.queued", "message.sent", "typing.started"]);
  kit.assertNoViolations();
});

it("answers a forged delivery 400", async () => {
  const { handler, handled } = await setup();
  const forged = await createSignedDelivery("message.received", { secret: "whsec_someone_else" });
  const answer = await handler(new Request(URL, { method: "POST", headers: forged.headers, body: forged.body }));
  expect(answer.status).toBe(400);
  expect(await answer.text()).toBe("signature_mismatch");
  expect(handled).toEqual([]);
});

it("handles a replayed delivery once", async () => {
  const { kit, client, hook, handled } = await setup();
  await kit.emit("poll.voted");
  const [delivery] = (await client.webhooks.listDeliveries({ webhookId: hook.id! })).data!;
  await client.webhooks.replayDelivery({ webhookId: hook.id!, deliveryId: delivery!.id! });
  await kit.settled();
  expect(kit.deliveries.map((attempt) => [attempt.replay, attempt.status])).toEqual([[false, 204], [true, 204]]);
  expect(handled.map((event) => event.type)).toEqual(["poll.voted"]);
});

it("answers 500 when handling fails, and handles the kit's retry of the event", async () => {
  const kit = createMockApi({ webhooks: { retryDelaysMs: [5] } });
  const client = createBlooioClient({ apiKey: KEY, baseUrl: kit.url, fetch: kit.fetch });
  const { data: hook } = await client.webhooks.create({ url: URL, event_types: ["message.failed"] });
  const handled: WebhookEvent[] = [];
  let fail = true;
  kit.receive(URL, createHandler({ secret: hook!.signing_secret!, onEvent: (event) => {
    if (fail) {
      fail = false;
      throw new Error("the database is down");
    }
    handled.push(event);
  } }));
  await kit.emit("message.failed");
  expect(kit.deliveries.map((attempt) => attempt.status)).toEqual([500, 204]);
  expect(handled.map((event) => event.type)).toEqual(["message.failed"]);
});
