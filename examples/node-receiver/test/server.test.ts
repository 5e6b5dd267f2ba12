// The receiver's tests: a real loopback server, the kit delivering signed events to it over HTTP as Blooio would.
import type { AddressInfo } from "node:net";
import { createBlooioClient } from "blooio-v4";
import { createMockApi } from "blooio-v4/testing";
import { createSignedDelivery, type WebhookEvent } from "blooio-v4/webhooks";
import { afterEach, expect, it } from "vitest";
import { createReceiver } from "../src/server.js";

const KEY = "bl_test_example_not_a_real_key";
const close: (() => Promise<unknown>)[] = [];
afterEach(async () => void (await Promise.all(close.splice(0).map((fn) => fn()))));

async function setup() {
  const kit = createMockApi({ webhooks: { retryDelaysMs: [] } });
  const client = createBlooioClient({ apiKey: KEY, baseUrl: kit.url, fetch: kit.fetch });
  const handled: WebhookEvent[] = [];
  // The kit makes the webhook's secret when the webhook is created, below; the receiver reads the list per delivery.
  const secrets: string[] = [];
  const server = createReceiver({ secret: secrets, onEvent: (event) => void handled.push(event) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close.push(() => new Promise((resolve) => server.close(resolve)));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/blooio`;
  const { data: hook } = await client.webhooks.create({ url, event_types: ["message.*"] });
  secrets.push(hook!.signing_secret!);
  return { kit, client, handled, hook: hook!, url };
}

it("verifies and handles the receipts of a message the app sends", async () => {
  const { kit, client, handled } = await setup();
  const sent = await client.messages.send({ to: "+15551234567", content: { type: "text", text: "Your order shipped" } });
  await kit.settled();
  expect(handled.map((event) => event.type)).toEqual(["message.queued", "message.sent", "message.delivered"]);
  expect(handled.every((event) => (event.data as { id?: string }).id === sent.id)).toBe(true);
  expect(kit.deliveries.every((attempt) => attempt.status === 204)).toBe(true);
  kit.assertNoViolations();
});

it("answers a delivery with a bad signature 400, handling nothing", async () => {
  const { handled, url } = await setup();
  const forged = await createSignedDelivery("message.received", { secret: "whsec_not_the_webhooks_secret" });
  const answer = await fetch(url, { method: "POST", headers: forged.headers, body: forged.body });
  expect(answer.status).toBe(400);
  expect(await answer.text()).toBe("signature_mismatch");
  expect(handled).toEqual([]);
});

it("handles a replayed delivery once", async () => {
  const { kit, client, handled, hook } = await setup();
  await kit.emit("message.read");
  const [delivery] = (await client.webhooks.listDeliveries({ webhookId: hook.id! })).data!;
  await client.webhooks.replayDelivery({ webhookId: hook.id!, deliveryId: delivery!.id! });
  await kit.settled();
  expect(kit.deliveries.map((attempt) => attempt.replay)).toEqual([false, true]);
  expect(handled.map((event) => event.type)).toEqual(["message.read"]);
});
