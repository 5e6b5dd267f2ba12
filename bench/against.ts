// `npm run bench:against -- REF`: this client's per-request throughput against the client at git REF (default
// HEAD), both in one process, alternating rounds, with a stub fetch and over loopback, each as a ratio of bare
// openapi-fetch in the same run. On a shared machine two separate bench runs differ by more than a change does;
// side by side they see the same load.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import createClient from "openapi-fetch";
import { createBlooioClient } from "../src/index.js";
import type { paths } from "../src/generated/v4.js";
import { type Contender, type Fetch, QUERY, rates, stubFetch } from "./per-request.js";
import { FAKE_KEY, ROOT, startServer } from "./support.js";

const ref = process.argv[2] ?? "HEAD";
const size = { rounds: 15, roundMs: 300, warmup: 1_000 };
const scratch = mkdtempSync(join(tmpdir(), "blooio-against-"));
const other = join(scratch, "client");
execFileSync("git", ["worktree", "add", "--detach", "--quiet", other, ref], { cwd: ROOT });
try {
  symlinkSync(join(ROOT, "node_modules"), join(other, "node_modules"), "dir");
  const then = (await import(join(other, "src/index.ts"))) as { createBlooioClient: typeof createBlooioClient };
  for (const setting of ["stub fetch", "loopback HTTP"] as const) {
    const server = setting === "loopback HTTP" ? await startServer({}) : undefined;
    try {
      const baseUrl = server?.url ?? "http://127.0.0.1:9";
      const fetch: Fetch = server ? (request) => globalThis.fetch(request) : stubFetch;
      const bare = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${FAKE_KEY}` }, fetch });
      const clients = { [`at ${ref}`]: then.createBlooioClient, "working tree": createBlooioClient };
      const contenders: Contender[] = [
        { name: "openapi-fetch", once: () => bare.GET("/chats", { params: { query: QUERY } }) },
        ...Object.entries(clients).map(([name, create]) => {
          const client = create({ apiKey: FAKE_KEY, baseUrl, fetch });
          return { name, once: () => client.chats.list(QUERY) };
        }),
      ];
      const measured = await rates(contenders, size);
      for (const [name, rate] of Object.entries(measured)) {
        console.log(`${setting}: ${name.padEnd(16)} ${String(Math.round(rate)).padStart(6)} req/s  ${(rate / measured["openapi-fetch"]!).toFixed(2)}x openapi-fetch`);
      }
    } finally {
      await server?.close();
    }
  }
} finally {
  execFileSync("git", ["worktree", "remove", "--force", other], { cwd: ROOT });
  rmSync(scratch, { recursive: true, force: true });
}
