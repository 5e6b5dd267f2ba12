// Webhook verification throughput: a 1 KB signed delivery, one verification after another, through verifyWebhook
// and through the shortest Web Crypto loop that does the same work, side by side in rotating rounds.
import { verifyWebhook } from "../src/webhooks.js";
import { rates, type Contender } from "./per-request.js";

const SECRET = "whsec_bench_0123456789abcdef0123456789abcdef";
const encoder = new TextEncoder();

/** A message.received envelope padded to `bytes` of JSON. */
function deliveryBody(bytes: number): string {
  const event = { id: "evt_bench0001", type: "message.received", created_at: Date.now(), organization_id: "org_bench", data: { chat_id: "chat_1", text: "" } };
  const empty = JSON.stringify(event).length;
  event.data.text = "x".repeat(Math.max(0, bytes - empty));
  return JSON.stringify(event);
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

export async function webhookThroughput(size: { rounds: number; roundMs: number; warmup: number }) {
  const body = deliveryBody(1024);
  const key = await crypto.subtle.importKey("raw", encoder.encode(SECRET), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
  const t = String(Math.floor(Date.now() / 1000));
  const digest = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${t}.${body}`)));
  const header = `t=${t},v1=${Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
  // As Node hands them over: lowercase names, the signature among the delivery's other headers.
  const headers = { "content-type": "application/json", "x-blooio-event": "message.received", "x-blooio-signature": header, "user-agent": "Blooio-Webhooks/1.0" };

  const contenders: Contender[] = [
    {
      // What any verifier must do per delivery, and no more: split the header, decode the hex, encode the signed
      // bytes, one crypto.subtle.verify with the key imported once, parse the body.
      name: "raw Web Crypto loop",
      once: async () => {
        const parts = headers["x-blooio-signature"].split(",");
        const stamp = parts[0]!.slice(2);
        const ok = await crypto.subtle.verify("HMAC", key, hexToBytes(parts[1]!.slice(3)), encoder.encode(`${stamp}.${body}`));
        if (!ok) throw new Error("raw loop: signature mismatch");
        return JSON.parse(body);
      },
    },
    { name: "verifyWebhook", once: () => verifyWebhook(body, headers, { secret: SECRET }) },
  ];
  const result = await rates(contenders, size);
  return { bytes: encoder.encode(body).length, raw: result["raw Web Crypto loop"]!, verifyWebhook: result.verifyWebhook! };
}
