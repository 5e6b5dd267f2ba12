// Real HTTP servers on 127.0.0.1, port 0, for the tests (and the runtime suite and the benchmarks): each request goes
// to a handler that may misbehave, and close() ends every connection so nothing outlives the test.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type ServerHandler = (request: IncomingMessage, response: ServerResponse, index: number) => void | Promise<void>;

export interface LoopbackServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  port: number;
  /** Destroys every open connection, then closes the server. */
  close(): Promise<void>;
}

export interface TestServer extends LoopbackServer {
  /** Every request received, in order: method, path with query, headers, and the body as bytes and as text. */
  requests: Array<{ method: string; url: string; headers: IncomingMessage["headers"]; bytes: Buffer; body: string }>;
}

/** Listens with `server` on 127.0.0.1, port 0, and keeps its connections so that close() can end them. */
export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A server that records each request, body read in full, and then hands it to `handler`. */
export async function startServer(handler: ServerHandler): Promise<TestServer> {
  const requests: TestServer["requests"] = [];
  const server = createServer(async (request, response) => {
    const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, bytes: Buffer.alloc(0), body: "" };
    const index = requests.push(entry) - 1;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      entry.bytes = Buffer.concat(chunks);
      entry.body = entry.bytes.toString("utf8");
      await handler(request, response, index);
    } catch (error) {
      response.destroy(error as Error);
    }
  });
  return { ...(await listenOnLoopback(server)), requests };
}

/** startServer, closed when the running test ends, pass or fail (vitest's onTestFinished). */
export async function startServerForTest(handler: ServerHandler): Promise<TestServer> {
  // Loaded here, not at the top: the runtime suite and the benchmarks use this module outside vitest.
  const { onTestFinished } = await import("vitest");
  const server = await startServer(handler);
  onTestFinished(() => server.close());
  return server;
}

export function sendJson(response: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  response.end(text);
}
