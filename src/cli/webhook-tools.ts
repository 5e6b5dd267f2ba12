// `blooio webhooks trigger` and `blooio webhooks listen`: send a signed sample event to a local handler, and
// receive deliveries on loopback (verified, printed, forwarded byte for byte), so a tunnel pointed at the listener
// can feed an app under development. The event types, examples and signature come from the spec's generated data.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { isLoopback } from "../auth.js";
import { BlooioError } from "../core/errors.js";
import { webhookEventTypes } from "../generated/webhooks.js";
import { WEBHOOK_SECRET_ENV } from "../webhooks/verify.js";
import { createSignedDelivery, verifyWebhook, type WebhookEvent } from "../webhooks.js";
import { UsageError } from "./args.js";
import type { CliIo } from "./output.js";

export const WEBHOOK_TOOLS_HELP = (resource: string) => `Webhooks, locally:
  ${resource} trigger TYPE --to URL [--secret S] [--data JSON] [--id ID] [--replay-of ID]
        sign a sample event of TYPE (the spec's example; --data replaces its data) and POST it to URL;
        prints the answer's status; exits 1 on a non-2xx answer
  ${resource} listen [--port N] [--secret S ...] [--forward-to URL] [--format text|ndjson]
        receive deliveries on 127.0.0.1:N (a free port by default), verify each (a bad one gets 400 and a line
        on stderr), print one line per event, and forward each delivery's exact bytes and headers to URL
  The secret defaults to $${WEBHOOK_SECRET_ENV}; give --secret twice while a rotated secret overlaps.`;

function secretsOf(given: string[] | undefined, env: Record<string, string | undefined>): string[] {
  const secrets = given?.length ? given : env[WEBHOOK_SECRET_ENV]?.trim() ? [env[WEBHOOK_SECRET_ENV]!.trim()] : [];
  if (!secrets.length) throw new UsageError(`No webhook secret: pass --secret or set ${WEBHOOK_SECRET_ENV} (the webhook's signing_secret)`);
  return secrets;
}

function flags<T extends Record<string, { type: "string" | "boolean"; multiple?: boolean }>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split(/\n|\. To specify/)[0]!);
  }
}

/** `trigger TYPE --to URL`: 0 when the handler answered 2xx, 1 otherwise. */
export async function trigger(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const { values, positionals } = flags(argv, {
    to: { type: "string" },
    secret: { type: "string" },
    data: { type: "string" },
    id: { type: "string" },
    "replay-of": { type: "string" },
  });
  const [type, ...rest] = positionals;
  if (!type || rest.length) throw new UsageError("trigger takes one event type, for example: trigger message.delivered --to http://127.0.0.1:3000/webhooks");
  if (!values.to) throw new UsageError("trigger needs --to URL: where the delivery is POSTed");
  let url: URL;
  try {
    url = new URL(values.to);
  } catch {
    throw new UsageError(`--to must be a URL (got ${JSON.stringify(values.to)})`);
  }
  let data: unknown;
  if (values.data !== undefined) {
    try {
      data = JSON.parse(values.data);
    } catch {
      throw new UsageError("--data must be JSON: the event's data");
    }
  }
  const [secret] = secretsOf(values.secret === undefined ? undefined : [values.secret], env);
  if (!(webhookEventTypes as readonly string[]).includes(type)) {
    io.stderr.write(`blooio: ${type} is not an event type of this build's spec; sending it in an example's envelope\n`);
  }
  const delivery = await createSignedDelivery(type, {
    secret: secret!,
    ...(data === undefined ? {} : { data }),
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values["replay-of"] === undefined ? {} : { replayOf: values["replay-of"] }),
  });
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: delivery.headers, body: delivery.body });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : (error as Error).message;
    throw new BlooioError(`POST ${url.origin}${url.pathname}: no answer (${cause})`);
  }
  await response.arrayBuffer().catch(() => {});
  io.stdout.write(`${response.status}${response.statusText ? ` ${response.statusText}` : ""}  ${delivery.event.type} ${delivery.event.id}\n`);
  return response.ok ? 0 : 1;
}

async function rawBodyOf(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) chunks.push(chunk as Uint8Array);
  return new Uint8Array(Buffer.concat(chunks));
}

// Headers that belong to one hop, not to the delivery: a forward sets its own.
const HOP_BY_HOP = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive", "upgrade", "te", "trailer"]);

function line(event: WebhookEvent, format: string, forwarded?: number | string): string {
  if (format === "ndjson") return `${JSON.stringify(event)}\n`;
  const at = typeof event.created_at === "number" ? new Date(event.created_at).toISOString().replace(".000Z", "Z") : "-";
  return `${at}  ${event.type}  ${event.id}${forwarded === undefined ? "" : `  -> ${forwarded}`}\n`;
}

/** `listen`: serves until SIGINT/SIGTERM (or `io.signal`), then 0. */
export async function listen(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const { values, positionals } = flags(argv, {
    port: { type: "string" },
    host: { type: "string" },
    secret: { type: "string", multiple: true },
    "forward-to": { type: "string" },
    format: { type: "string" },
  });
  if (positionals.length) throw new UsageError("listen takes flags only");
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a port number (got ${JSON.stringify(values.port)})`);
  const host = values.host ?? "127.0.0.1";
  if (!isLoopback(host)) throw new UsageError(`listen serves loopback only (127.0.0.1, ::1, localhost): point a tunnel at it (got ${host})`);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "ndjson") throw new UsageError(`--format must be text or ndjson (got ${JSON.stringify(format)})`);
  const forwardTo = values["forward-to"];
  if (forwardTo !== undefined && !URL.canParse(forwardTo)) throw new UsageError(`--forward-to must be a URL (got ${JSON.stringify(forwardTo)})`);
  const secrets = secretsOf(values.secret, env);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await rawBodyOf(request);
    let event: WebhookEvent;
    try {
      event = await verifyWebhook(body, request.headers, { secret: secrets });
    } catch (error) {
      const code = (error as { code?: string }).code ?? "invalid";
      io.stderr.write(`blooio: rejected a delivery (${code}): ${(error as Error).message}\n`);
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { code, message: "the delivery did not verify" } }));
      return;
    }
    if (forwardTo === undefined) {
      io.stdout.write(line(event, format));
      response.writeHead(200).end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    try {
      const answer = await fetch(forwardTo, { method: request.method ?? "POST", headers, body });
      const bytes = new Uint8Array(await answer.arrayBuffer());
      io.stdout.write(line(event, format, answer.status));
      response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/octet-stream" }).end(bytes);
    } catch (error) {
      io.stdout.write(line(event, format, "unreachable"));
      io.stderr.write(`blooio: could not forward ${event.id} to ${forwardTo}: ${(error as Error).message}\n`);
      response.writeHead(502).end();
    }
  };
  const server = createServer((request, response) => void handle(request, response).catch(() => response.destroy()));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  io.stderr.write(`listening on http://${host.includes(":") ? `[${host}]` : host}:${bound}${forwardTo ? `, forwarding to ${forwardTo}` : ""} (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    if (io.signal) io.signal.addEventListener("abort", stop, { once: true });
    else {
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    }
  });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  return 0;
}
