// A fetch-style webhook handler: `(request: Request) => Promise<Response>`, as a Next.js route handler
// (`export const POST = createHandler(...)`), a Hono route, `Bun.serve`, `Deno.serve` or a Worker's `fetch` takes it.
import { createWebhookDeduper, verifyWebhookRequest, WebhookVerificationError, type WebhookEvent } from "blooio-v4/webhooks";

export interface HandlerOptions {
  secret: string | string[];
  onEvent(event: WebhookEvent): void | Promise<void>;
}

export function createHandler({ secret, onEvent }: HandlerOptions): (request: Request) => Promise<Response> {
  const dedupe = createWebhookDeduper();
  return async (request) => {
    let event: WebhookEvent;
    try {
      event = await verifyWebhookRequest(request, { secret });
    } catch (error) {
      if (error instanceof WebhookVerificationError) return new Response(error.code, { status: 400 });
      throw error;
    }
    if (await dedupe.firstTime(event)) {
      try {
        await onEvent(event);
      } catch {
        // Not handled: forget it and answer 500, so Blooio's retry of it is handled rather than dropped.
        await dedupe.forget(event);
        return new Response(null, { status: 500 });
      }
    }
    return new Response(null, { status: 204 });
  };
}
