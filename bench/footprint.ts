// Footprint: what the package adds to a bundle (esbuild, ESM, minified, gzip) and to a process start.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { median, ROOT, runNode } from "./support.js";

const OUT = join(ROOT, "bench/.out");

// What the package loads with import() (the operation table, the validator loaders, each operation's validators)
// is a lazy chunk, fetched on a first call, not part of the main bundle.
const lazyValidator: Plugin = {
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

export async function bundleSizes() {
  const entry = join(ROOT, "src/index.ts");
  const alone = await gzipSize(entry, ["openapi-fetch"], [lazyValidator]);
  const withOpenapiFetch = await gzipSize(entry, [], [lazyValidator]);
  const openapiFetch = await gzipSize({ contents: 'export { default } from "openapi-fetch";' }, []);
  const requestValidator = await gzipSize(join(ROOT, "src/generated/validators/listChats.request.ts"), []);
  const validator = await gzipSize(join(ROOT, "src/generated/validators/listChats.responses.ts"), []);
  return { alone, withOpenapiFetch, openapiFetch, requestValidator, validator };
}

/**
 * The cost of `import('blooio-v4')` in a fresh process over a bare `node -e ''`: the package as it ships (the ESM
 * that `npm run build` writes) under a package.json of the same name, imported by name.
 */
export async function importCost(runs: number) {
  const pkg = join(OUT, "pkg");
  rmSync(pkg, { recursive: true, force: true });
  // The package's real build (`npm run build`), so the figure is what an app pays.
  await runNode(["--import", "tsx", "scripts/build.ts"], ROOT);
  cpSync(join(ROOT, "dist"), join(pkg, "dist"), { recursive: true });
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
