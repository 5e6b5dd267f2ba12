// The mock as a loopback HTTP server (node:http, 127.0.0.1, a free port by default): for apps, `blooio --mock` and
// `npm start`. Faults happen on the wire: a reset destroys the socket, a truncated body is cut off mid-way.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { MockApi } from "./mock-api.js";

export interface ListenOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface MockHttpServer {
  /** The base URL to give createBlooioClient, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

async function textOf(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  return text;
}

export async function listen(mock: MockApi, { port = 0, host = "127.0.0.1" }: ListenOptions = {}): Promise<MockHttpServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const server = createServer(async (request, response) => {
    try {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = String(value);
      const answer = await mock.handle({ method: request.method ?? "GET", url: request.url ?? "/", headers, body: await textOf(request) });
      if (answer.delayMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => (timers.delete(timer), resolve()), answer.delayMs);
          timers.add(timer);
        });
      }
      if (response.destroyed || request.socket.destroyed) return;
      if (answer.reset) return void request.socket.destroy();
      const bytes = Buffer.from(answer.body);
      response.writeHead(answer.status, { ...answer.headers, "content-length": bytes.length });
      if (answer.truncate) response.write(bytes.subarray(0, bytes.length >> 1), () => request.socket.destroy());
      else response.end(bytes);
    } catch (error) {
      response.destroy(error as Error);
    }
  });
  server.keepAliveTimeout = 60_000;
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
