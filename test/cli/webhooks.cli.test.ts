// `blooio webhooks trigger` and `blooio webhooks listen`, as a developer runs them against a local handler.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { createSignedDelivery, signWebhook, verifyWebhook } from "../../src/webhooks.js";

const SECRET = "whsec_cli_test_not_a_real_secret";

function fakeIo() {
  const io = {
    out: "",
    err: "",
    stdout: { write: (text: string) => void (io.out += text) },
    stderr: { isTTY: false, write: (text: string) => void (io.err += text) },
    env: {} as Record<string, string | undefined>,
  };
  return io;
}

/** A local app handler on a free loopback port: records each request's headers and exact body bytes. */
async function app(status = 200, answer: { type: string; body: string } = { type: "text/plain", body: "handled" }) {
  const received: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(status, { "content-type": answer.type }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`, received };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("blooio webhooks trigger", () => {
  it("POSTs a signed sample event of the type, which the app verifies, and prints the answer's status", async () => {
    const handler = await app();
    const io = fakeIo();
    const code = await main(["webhooks", "trigger", "message.delivered", "--to", handler.url, "--secret", SECRET, "--data", '{"id":"msg_9","status":"delivered"}'], io);
    expect(code).toBe(0);
    expect(io.out).toMatch(/^200 OK {2}message\.delivered evt_\w+\n$/);
    const [{ headers, body }] = handler.received as [{ headers: IncomingHttpHeaders; body: Buffer }];
    const event = await verifyWebhook(body, headers, { secret: SECRET });
    expect(event).toMatchObject({ type: "message.delivered", data: { id: "msg_9", status: "delivered" } });
    expect(headers["x-blooio-event"]).toBe("message.delivered");
    expect(io.err).toBe("");
  });

  it("exits 1 on a non-2xx answer, and takes the secret from BLOOIO_WEBHOOK_SECRET", async () => {
    const handler = await app(500);
    const io = fakeIo();
    io.env.BLOOIO_WEBHOOK_SECRET = SECRET;
    expect(await main(["webhooks", "trigger", "typing.started", "--to", handler.url], io)).toBe(1);
    expect(io.out).toMatch(/^500 Internal Server Error/);
  });

  it("refuses with exit 2 and never echoes the secret without a secret, a URL or a type", async () => {
    for (const argv of [["trigger", "message.read", "--to", "http://127.0.0.1:9/x"], ["trigger", "--secret", SECRET, "--to", "http://127.0.0.1:9/x"], ["trigger", "message.read", "--secret", SECRET]]) {
      const io = fakeIo();
      expect(await main(["webhooks", ...argv], io)).toBe(2);
      expect(io.err).not.toContain(SECRET);
    }
  });
});

describe("blooio webhooks listen", () => {
  async function listening(argv: string[]) {
    const io = fakeIo();
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
    expect(forwarded!.body.toString()).toBe(body);
    expect(forwarded!.headers["x-blooio-signature"]).toBe(signed["x-blooio-signature"]);
    expect(forwarded!.headers["x-blooio-replay"]).toBe("true");
    expect(forwarded!.headers["x-original-event-id"]).toBe("evt_original");
    expect(JSON.parse(listener.io.out)).toMatchObject({ type: "poll.voted" });
  });

  it("serves loopback only", async () => {
    const io = fakeIo();
    expect(await main(["webhooks", "listen", "--secret", SECRET, "--host", "0.0.0.0"], io)).toBe(2);
    expect(io.err).toContain("loopback only");
  });
});

describe("a form upload from the command line", () => {
  it("sends the file a flag names as the form's file field, typed by its extension", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "blooio-cli-upload-"));
    try {
      const file = join(dir, "wall.png");
      writeFileSync(file, "not really a png");
      const handler = await app(200, { type: "application/json", body: JSON.stringify({ data: { chat_id: "chat_1", background_id: "bg_1", background_url: null } }) });
      const io = fakeIo();
      io.env.BLOOIO_API_KEY = "bl_test_cli_not_a_real_key";
      const code = await main(["chats", "setBackground", "--chat-id", "chat_1", "--background", file, "--base-url", handler.url.replace("/webhooks", "")], io);
      expect(code).toBe(0);
      const [{ headers, body }] = handler.received as [{ headers: IncomingHttpHeaders; body: Buffer }];
      expect(headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      expect(body.toString()).toMatch(/name="background"; filename="wall\.png"\r\nContent-Type: image\/png\r\n\r\nnot really a png\r\n/);
      expect(await main(["chats", "setBackground", "--chat-id", "chat_1", "--background", join(dir, "missing.png")], io)).toBe(2);
      expect(io.err).toContain("--background: cannot read");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
