// Construction cost, run by bench/run.ts in a plain `node` child (no tsx: tsx wraps every named function in
// esbuild's keepNames `__name(...)`, about 3x slower than what ships). Imports each build's dist/index.js as an app
// would and openapi-fetch from the project, then times, in rounds with the contenders in rotating order:
//   createClient({ baseUrl, headers, fetch })            openapi-fetch, the reference
//   createBlooioClient({ apiKey, fetch })                 per build
//   createBlooioClient({ apiKey, fetch }).chats.list      per build: construction and the first read of a method
// Usage: node bench/construction.mjs '{"builds":{"78 operations":"/tmp/.../dist/index.js"},"rounds":200,"batch":500,"warmup":20000}'
// Prints {"<contender>": microseconds per construction, ...}: the median over rounds. Short batches, many rounds:
// on a shared machine the median keeps the batches no neighbour and no garbage collection interrupted (a long batch
// makes a contender pay for the collection of another's garbage).
import createClient from "openapi-fetch";

const { builds, rounds, batch, warmup } = JSON.parse(process.argv[2]);
const API_KEY = "bl_test_not_a_real_key";
const fetch = async () => new Response("{}");

const contenders = [
  {
    name: "openapi-fetch",
    make: () => createClient({ baseUrl: "https://api.blooio.com/v4", headers: { Authorization: `Bearer ${API_KEY}` }, fetch }),
  },
];
for (const [label, path] of Object.entries(builds)) {
  const { createBlooioClient } = await import(path);
  contenders.push(
    { name: `blooio-v4 ${label}`, make: () => createBlooioClient({ apiKey: API_KEY, fetch }) },
    { name: `blooio-v4 ${label} + chats.list`, make: () => createBlooioClient({ apiKey: API_KEY, fetch }).chats.list },
  );
}

// Kept in reach so no construction can be optimized away.
let sink;
for (const contender of contenders) for (let i = 0; i < warmup; i++) sink = contender.make();

const samples = new Map(contenders.map((contender) => [contender.name, []]));
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < contenders.length; k++) {
    const { name, make } = contenders[(round + k) % contenders.length];
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink = make();
    samples.get(name).push(((performance.now() - start) * 1000) / batch);
  }
}
if (typeof sink === "undefined") throw new Error("nothing was constructed");

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
process.stdout.write(`${JSON.stringify(Object.fromEntries([...samples].map(([name, values]) => [name, median(values)])))}\n`);
