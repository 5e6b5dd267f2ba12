// `blooio webhooks trigger` and `blooio webhooks listen`, as a developer runs them against a local handler.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { createSignedDelivery, signWebhook, verifyWebhook } from "../../src/webhooks.js";
import { fakeIo } from "../support/cli.js";
import { startServerForTest, type TestServer } from "../support/http-server.js";

const SECRET = "whsec_cli_test_not_a_real_secret";
// Each command runs with an empty environment (fakeIo({ env: {} })): only what a test sets reaches it.

/** A local app handler on a free loopback port: records each request's headers and exact body bytes. */
async function app(status = 200) {
  const server = await startServerForTest((_, response) => void response.writeHead(status, { "content-type": "text/plain" }).end("handled"));
  return { url: `${server.url}/webhooks`, received: server.requests };
}

describe("blooio webhooks trigger", () => {
  it("POSTs a signed sample event of the type, which the app verifies, and prints the answer's status", async () => {
    const handler = await app();
    const io = fakeIo({ env: {} });
    const code = await main(["webhooks", "trigger", "message.delivered", "--to", handler.url, "--secret", SECRET, "--data", '{"id":"msg_9","status":"delivered"}'], io);
    expect(code).toBe(0);
    expect(io.out).toMatch(/^200 OK {2}message\.delivered evt_\w+\n$/);
    const [{ headers, bytes }] = handler.received as [TestServer["requests"][number]];
    const event = await verifyWebhook(bytes, headers, { secret: SECRET });
    expect(event).toMatchObject({ type: "message.delivered", data: { id: "msg_9", status: "delivered" } });
    expect(headers["x-blooio-event"]).toBe("message.delivered");
    expect(io.err).toBe("");
  });

  it("exits 1 on a non-2xx answer, and takes the secret from BLOOIO_WEBHOOK_SECRET", async () => {
    const handler = await app(500);
    const io = fakeIo({ env: { BLOOIO_WEBHOOK_SECRET: SECRET } });
    expect(await main(["webhooks", "trigger", "typing.started", "--to", handler.url], io)).toBe(1);
    expect(io.out).toMatch(/^500 Internal Server Error/);
  });

  it("refuses with exit 2 and never echoes the secret without a secret, a URL or a type", async () => {
    for (const argv of [["trigger", "message.read", "--to", "http://127.0.0.1:9/x"], ["trigger", "--secret", SECRET, "--to", "http://127.0.0.1:9/x"], ["trigger", "message.read", "--secret", SECRET]]) {
      const io = fakeIo({ env: {} });
      expect(await main(["webhooks", ...argv], io)).toBe(2);
      expect(io.err).not.toContain(SECRET);
    }
  });
});

describe("blooio webhooks listen", () => {
  async function listening(argv: string[]) {
    const io = fakeIo({ env: {} });
    const stop = new AbortController();
    const done = main(["webhooks", "listen", "--secret", SECRET, ...argv], { ...io, signal: stop.signal });
    for (let i = 0; i < 200 && !/listening on (\S+)/.test(io.err); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const url = /listening on (http:\/\/[^\s,]+)/.exec(io.err)![1]!;
    return { io, url, stop: async () => (stop.abort(), done) };
  }

  it("verifies each delivery, prints a line per event, and answers a bad one with 400 and a line on stderr", async () => {
    const listener = await listening(["--port", "0"]);
    const good = await createSignedDelivery("message.received", { secret: SECRET, id: "evt_cli_1" });
    expect((await fetch(listener.url, { method: "POST", headers: good.headers, body: good.body })).status).toBe(200);
    const forged = await createSignedDelivery("message.received", { secret: "whsec_someone_else" });
    expect((await fetch(listener.url, { method: "POST", headers: forged.headers, body: forged.body })).status).toBe(400);
    expect(await listener.stop()).toBe(0);
    expect(listener.io.out).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z {2}message\.received {2}evt_cli_1\n$/);
    expect(listener.io.err).toMatch(/rejected a delivery \(signature_mismatch\)/);
    expect(listener.io.err).not.toContain(SECRET);
  });

  it("forwards the exact bytes and headers to --forward-to and relays the app's answer; --format ndjson prints events", async () => {
    const handler = await app(202);
    const listener = await listening(["--forward-to", handler.url, "--format", "ndjson"]);
    const delivery = await createSignedDelivery("poll.voted", { secret: SECRET, replayOf: "evt_original" });
    // Whitespace a re-serializing forwarder would lose: signed as is, so only the exact bytes verify.
    const body = `  ${delivery.body}\n`;
    const signed = { ...delivery.headers, "x-blooio-signature": await signWebhook(body, { secret: SECRET }) };
    const answer = await fetch(listener.url, { method: "POST", headers: signed, body });
    expect(answer.status).toBe(202);
    expect(await answer.text()).toBe("handled");
    await listener.stop();
    const [forwarded] = handler.received;
    expect(forwarded!.bytes.toString()).toBe(body);
    expect(forwarded!.headers["x-blooio-signature"]).toBe(signed["x-blooio-signature"]);
    expect(forwarded!.headers["x-blooio-replay"]).toBe("true");
    expect(forwarded!.headers["x-original-event-id"]).toBe("evt_original");
    expect(JSON.parse(listener.io.out)).toMatchObject({ type: "poll.voted" });
  });

  it("serves loopback only", async () => {
    const io = fakeIo({ env: {} });
    expect(await main(["webhooks", "listen", "--secret", SECRET, "--host", "0.0.0.0"], io)).toBe(2);
    expect(io.err).toContain("loopback only");
  });
});
