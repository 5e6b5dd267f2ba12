// The benchmark is not a test: this only checks that `npm run bench:smoke` runs and prints every row (no timings).
// Most of its time is the two scratch builds the construction and bundle rows measure (bench/builds.ts).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

it("the benchmark smoke prints every row of the table", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "bench/run.ts", "--smoke"], {
    cwd: root,
    timeout: 180_000,
  });
  const rows = [
    /\| per request, stub fetch: raw fetch \|/,
    /\| per request, stub fetch: openapi-fetch \|/,
    /\| per request, stub fetch: openapi-fetch \+ timeout \|/,
    /\| per request, stub fetch: ky \|/,
    /\| per request, stub fetch: blooio-v4 \|/,
    /\| per request, loopback HTTP: raw fetch \|/,
    /\| per request, loopback HTTP: openapi-fetch \|/,
    /\| per request, loopback HTTP: openapi-fetch \+ timeout \|/,
    /\| per request, loopback HTTP: ky \|/,
    /\| per request, loopback HTTP: blooio-v4 \|/,
    /\| listing .*: raw fetch loop \|/,
    /\| listing .*: listAll \|/,
    /\| listing, consumer .*: listAll \|/,
    /\| listing, consumer .*: listAll prefetch \|/,
    /\| listing .*: listAllPartitioned, concurrency \d+ \|/,
    /\| heap growth, listAll streams .* chats \|/,
    /\| construction: openapi-fetch createClient\(.*\) \| [\d.]+ µs \|/,
    /\| construction: createBlooioClient\(\{ apiKey, fetch \}\) \(\d+ operations\) \| [\d.]+ µs \|/,
    /\| construction: createBlooioClient\(\{ apiKey, fetch \}\) \(1 operation\) \| [\d.]+ µs \|/,
    /\| construction: createBlooioClient\(\{ apiKey, fetch \}\)\.chats\.list \(\d+ operations\) \| [\d.]+ µs \|/,
    /\| construction: createBlooioClient\(\{ apiKey, fetch \}\)\.chats\.list \(1 operation\) \| [\d.]+ µs \|/,
    /\| bundle: openapi-fetch alone \|/,
    /\| bundle: client and errors, without openapi-fetch \(\d+ operations\) \|/,
    /\| bundle: client and errors, with openapi-fetch \(\d+ operations\) \|/,
    /\| bundle: client and errors, with openapi-fetch \(1 operation\) \|/,
    /\| bundle: the whole main entry \(with the webhooks re-export\) \(\d+ operations\) \|/,
    /\| bundle: each further operation in the main bundle \| -?\d+ B gzip \|/,
    /\| bundle: operation table \+ validator loaders .*\|/,
    /\| bundle: GET \/chats request validator .*\|/,
    /\| bundle: GET \/chats response validators .*\|/,
    /\| import\('openapi-fetch'\) in a fresh process .*\|/,
    /\| import\('blooio-v4'\) in a fresh process .*\|/,
    /\| webhooks, verify a 1 KB delivery: raw Web Crypto loop \| \d+ \/s \|/,
    /\| webhooks, verify a 1 KB delivery: verifyWebhook \| \d+ \/s \|/,
    /\| bundle: blooio-v4\/webhooks \|/,
  ];
  for (const row of rows) expect(stdout).toMatch(row);
}, 180_000);
