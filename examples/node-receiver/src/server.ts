// A webhook receiver in plain node:http. The body is read as raw bytes and verified before anything trusts it;
// each event is handled once, even when Blooio delivers it again or a replay is asked for.
import { createServer, type Server } from "node:http";
import { createWebhookDeduper, verifyWebhook, WebhookVerificationError, type WebhookEvent } from "blooio-v4/webhooks";

export interface ReceiverOptions {
  /** The webhook's signing_secret (or several, while a rotated one overlaps). */
  secret: string | string[];
  /** The app's work for one event; called once per event id. */
  onEvent(event: WebhookEvent): void | Promise<void>;
}

export function createReceiver({ secret, onEvent }: ReceiverOptions): Server {
  const dedupe = createWebhookDeduper();
  return createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    let event: WebhookEvent;
    try {
      event = await verifyWebhook(Buffer.concat(chunks), request.headers, { secret });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      response.writeHead(400, { "content-type": "text/plain" }).end(error.code);
      return;
    }
    if (await dedupe.firstTime(event)) {
      try {
        await onEvent(event);
      } catch {
        // Not handled: forget it and answer 500, so Blooio's retry of it is handled rather than dropped.
        await dedupe.forget(event);
        response.writeHead(500).end();
        return;
      }
    }
    response.writeHead(204).end();
  });
}
