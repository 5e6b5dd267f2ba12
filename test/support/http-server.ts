// A real HTTP server on 127.0.0.1, port 0, for fault tests: each request goes to a handler that may misbehave.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type ServerHandler = (request: IncomingMessage, response: ServerResponse, index: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  /** Every request received, in order: method, path with query, headers and the body's text. */
  requests: Array<{ method: string; url: string; headers: IncomingMessage["headers"]; body: string }>;
  close(): Promise<void>;
}

export async function startServer(handler: ServerHandler): Promise<TestServer> {
  const requests: TestServer["requests"] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (request, response) => {
    const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: "" };
    const index = requests.push(entry) - 1;
    try {
      for await (const chunk of request) entry.body += String(chunk);
      await handler(request, response, index);
    } catch (error) {
      response.destroy(error as Error);
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  response.end(text);
}
