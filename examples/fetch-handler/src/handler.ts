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
    try {
      const event = await verifyWebhookRequest(request, { secret });
      if (await dedupe.firstTime(event)) await onEvent(event);
      return new Response(null, { status: 204 });
    } catch (error) {
      if (error instanceof WebhookVerificationError) return new Response(error.code, { status: 400 });
      throw error;
    }
  };
}
