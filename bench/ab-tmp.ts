import createClient from "openapi-fetch";
import { createBlooioClient as createNew } from "../src/index.js";
// @ts-ignore
import { createBlooioClient as createOld } from "/tmp/old-client/src/index.ts";
import { PAGE_50 } from "./data.js";
import { startServer } from "./support.js";
const loop = process.argv.includes("--loopback") ? await startServer({}) : undefined;
const stub = async () => new Response(PAGE_50, { status: 200, headers: { "content-type": "application/json" } });
const Q = { state: "open", limit: 50 } as const;
const base = loop?.url ?? "http://127.0.0.1:9";
const f = loop ? (r: Request) => fetch(r) : stub;
const bare = createClient<any>({ baseUrl: base, headers: { Authorization: "Bearer x" }, fetch: f });
const neu = createNew({ apiKey: "bl_test_x", baseUrl: base, fetch: f });
const old = createOld({ apiKey: "bl_test_x", baseUrl: base, fetch: f });
const all: [string, () => Promise<unknown>][] = [
  ["openapi-fetch", () => bare.GET("/chats", { params: { query: Q } })],
  ["old blooio", () => old.chats.list(Q)],
  ["new blooio", () => neu.chats.list(Q)],
];
const rates = new Map<string, number[]>();
for (const [, f] of all) for (let i = 0; i < 1000; i++) await f();
for (let round = 0; round < 15; round++) for (let k = 0; k < all.length; k++) {
  const [name, f] = all[(round + k) % all.length]!;
  let n = 0; const t = performance.now();
  while (performance.now() - t < 300) { await f(); n++; }
  (rates.get(name) ?? rates.set(name, []).get(name)!).push(n / ((performance.now() - t) / 1000));
}
const med = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1]!;
const ref = med(rates.get("openapi-fetch")!);
for (const [name, v] of rates) console.log(name, Math.round(med(v)), (med(v) / ref).toFixed(2) + "x");

await loop?.close();
