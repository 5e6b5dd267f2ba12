// A loopback HTTP server for the benchmarks, run in its own process so it does not share the client's event loop.
// Usage: node --import tsx bench/server.ts '{"latencyMs":20,"total":100000}'; prints {"port":N} once listening.
import { createServer } from "node:http";
import { listingPage, PAGE_50 } from "./data.js";

const { latencyMs = 0, total = 0 } = JSON.parse(process.argv[2] ?? "{}") as { latencyMs?: number; total?: number };
let requests = 0;

const server = createServer((req, res) => {
  requests++;
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  // total 0: the fixed 50-chat page for throughput rows; otherwise a real listing of `total` chats.
  const body = total ? listingPage(total, url.searchParams) : PAGE_50;
  const send = () => res.writeHead(200, { "content-type": "application/json" }).end(body);
  if (latencyMs) setTimeout(send, latencyMs);
  else send();
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 })}\n`);
});
// The parent asks for the request count on stdin ("count\n") and closes stdin to stop the server.
process.stdin.on("data", () => process.stdout.write(`${JSON.stringify({ requests })}\n`));
process.stdin.on("end", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
