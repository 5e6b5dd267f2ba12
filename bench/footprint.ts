// Footprint: what the package adds to a bundle (esbuild, ESM, minified, gzip) and to a process start.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { median, ROOT, runNode } from "./support.js";

const OUT = join(ROOT, "bench/.out");

// What the package loads with import() (the operation table, the validator loaders, each operation's validators)
// is a lazy chunk, fetched on a first call, not part of the main bundle.
export const lazyChunks: Plugin = {
  name: "lazy-chunks",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined));
  },
};

export async function gzipSize(entry: { contents: string } | string, external: string[], plugins: Plugin[] = []) {
  const result = await build({
    ...(typeof entry === "string"
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: "ts" } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    external,
    plugins,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * What an app that calls the API bundles from the main entry: the client and the error classes (tree-shaken as
 * any bundler does; the main entry also re-exports blooio-v4/webhooks, which such an app leaves out), with
 * openapi-fetch inlined or left out; what the package loads with import() left out.
 */
const mainBundle = (root: string, withOpenapiFetch = true) =>
  gzipSize(
    { contents: `export { createBlooioClient, ${ERRORS.join(", ")} } from ${JSON.stringify(join(root, "src/index.ts"))};` },
    withOpenapiFetch ? [] : ["openapi-fetch"],
    [lazyChunks],
  );
const ERRORS = ["BlooioError", "ApiError", "AuthenticationError", "NotFoundError", "RateLimitError", "ServerError", "ConnectionError", "TimeoutError", "ValidationError"];

/** The whole main entry, every export kept: the client, the errors, the types' runtime and the webhooks re-export. */
export const wholeMainEntry = (root: string) => gzipSize(join(root, "src/index.ts"), [], [lazyChunks]);

/**
 * Bundle sizes of the package (`root`, every operation of the spec) and of `oneOperationRoot`, the same project
 * regenerated from the spec cut down to one operation: what each further operation adds to the main bundle.
 */
export async function bundleSizes(root: string, oneOperationRoot: string) {
  const alone = await mainBundle(root, false);
  const withOpenapiFetch = await mainBundle(root);
  const oneOperation = await mainBundle(oneOperationRoot);
  const openapiFetch = await gzipSize({ contents: 'export { default } from "openapi-fetch";' }, []);
  // What the first call of any method loads: the operation table and the validators' loaders, each its own chunk.
  const table = await gzipSize(join(root, "src/generated/operations.ts"), [], [lazyChunks]);
  const loaders = await gzipSize(join(root, "src/generated/validators/index.ts"), [], [lazyChunks]);
  const requestValidator = await gzipSize(join(root, "src/generated/validators/listChats.request.ts"), []);
  const validator = await gzipSize(join(root, "src/generated/validators/listChats.responses.ts"), []);
  const whole = await wholeMainEntry(root);
  return { alone, withOpenapiFetch, oneOperation, openapiFetch, table, loaders, requestValidator, validator, whole };
}

/**
 * The cost of `import('blooio-v4')` in a fresh process over a bare `node -e ''`: the package as it ships (`dist`,
 * the ESM that `npm run build` writes) under a package.json of the same name, imported by name.
 */
export async function importCost(runs: number, dist: string) {
  const pkg = join(OUT, "pkg");
  rmSync(pkg, { recursive: true, force: true });
  cpSync(dist, join(pkg, "dist"), { recursive: true });
  mkdirSync(pkg, { recursive: true });
  writeFileSync(
    join(pkg, "package.json"),
    JSON.stringify({ name: "blooio-v4", type: "module", exports: { ".": "./dist/index.js" } }),
  );
  const kinds = { bare: "", openapiFetch: "await import('openapi-fetch');", blooio: "await import('blooio-v4');" };
  const times: Record<keyof typeof kinds, number[]> = { bare: [], openapiFetch: [], blooio: [] };
  // Wall time of each spawn, the kinds alternating so all see the same machine; the medians' delta is the cost.
  for (let i = 0; i < runs; i++) {
    for (const [kind, code] of Object.entries(kinds) as [keyof typeof kinds, string][]) {
      const start = performance.now();
      await runNode(["--input-type=module", "-e", code], pkg);
      times[kind].push(performance.now() - start);
    }
  }
  rmSync(pkg, { recursive: true, force: true });
  const bareMs = median(times.bare);
  return { bareMs, importMs: median(times.blooio) - bareMs, openapiFetchMs: median(times.openapiFetch) - bareMs };
}
