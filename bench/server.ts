// A loopback HTTP server for the benchmarks, run in its own process so it does not share the client's event loop.
// Usage: node --import tsx bench/server.ts '{"latencyMs":20,"total":100000}'; prints {"port":N} once listening.
//   total > 0: the testing kit's mock (blooio-v4/testing) holding `total` chats, with a fixed latency per answer:
//              real cursors, the spec's filters, and every request and page checked against the spec.
//   total 0:   the same prebuilt 50-chat page for every request (the per-request rows measure client overhead, so
//              the server does as little as it can and costs every contender the same).
import { createServer } from "node:http";
import { createMockApi } from "../src/testing.js";
import { chat } from "../test/support/data.js";
import { listenOnLoopback } from "../test/support/http-server.js";
import { PAGE_50 } from "./data.js";

const { latencyMs = 0, total = 0 } = JSON.parse(process.argv[2] ?? "{}") as { latencyMs?: number; total?: number };
let requests = 0;

/** The account, made on demand: a million chats built up front would cost the server process hundreds of MB. */
function account(size: number): object[] {
  return new Proxy([], {
    get: (target, key) => (key === "length" ? size : typeof key === "string" && /^\d+$/.test(key) ? chat(Number(key)) : Reflect.get(target, key)),
  });
}

let url: string;
let close: () => Promise<void>;
let count = () => requests;
let violations = () => 0;
if (total) {
  const mock = createMockApi({ data: { chats: account(total) }, latencyMs });
  ({ url, close } = await mock.listen());
  count = () => mock.requests.length;
  violations = () => mock.violations.length;
} else {
  const server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { "content-type": "application/json" }).end(PAGE_50);
  });
  server.keepAliveTimeout = 60_000;
  ({ url, close } = await listenOnLoopback(server));
}
process.stdout.write(`${JSON.stringify({ port: Number(new URL(url).port) })}\n`);
// The parent asks for the request count on stdin ("count\n") and closes stdin to stop the server.
process.stdin.on("data", () => process.stdout.write(`${JSON.stringify({ requests: count() })}\n`));
process.stdin.on("end", () => {
  if (violations()) process.stderr.write(`bench server: ${violations()} contract violation(s) in the mock's exchanges\n`);
  void close().then(() => process.exit(0));
});
