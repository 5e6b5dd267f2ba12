// tsdown was tried instead and is not simpler (docs/client.md, "The package", says why and what was measured).
// `npm run build`: dist/ for both module systems:
//   dist/ENTRY.js, dist/chunks/   ESM (import): one bundle per public entry, shared and lazy code in chunks
//   dist/x.cjs                    CommonJS (require): one file per source file
//   dist/x.d.ts, dist/x.d.cts     declarations, one per source file (tsc), for each module system
// Code that finds a shipped file (the spec) asks the package's own exports, not a path relative to itself.
// The CLI is ESM only (it awaits at top level); the bin is dist/cli.js.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");
const dist = join(root, "dist");

function filesUnder(dir: string, test: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, test) : test(path) ? [path] : [];
  });
}

/** Keep every relative import a separate file, renamed to the output's extension. */
function relativeImportsAs(extension: ".js" | ".cjs"): Plugin {
  return {
    name: "relative-imports",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) =>
        args.kind === "entry-point" ? undefined : { path: args.path.replace(/\.js$/, extension), external: true },
      );
    },
  };
}

rmSync(dist, { recursive: true, force: true });
const sources = filesUnder(src, (file) => file.endsWith(".ts") && !file.endsWith(".d.ts"));
const common: BuildOptions = {
  bundle: true,
  packages: "external",
  platform: "node",
  target: "node20",
  outdir: dist,
  outbase: src,
  sourcemap: true,
  logLevel: "warning",
};

// ESM, as apps import it: one file per public entry (the loader reads a few files instead of one per module, about
// 1 ms each), code the entries share in chunks beside them, and each operation's validators in chunks of their own,
// loaded by import() on the operation's first call.
const ENTRIES = ["index", "types", "testing", "webhooks", "cli"].map((name) => join(src, `${name}.ts`));
await build({ ...common, entryPoints: ENTRIES, format: "esm", splitting: true, chunkNames: "chunks/[name]-[hash]" });

// CommonJS has no import.meta: the few files that locate themselves get import.meta.url from __filename.
const cjsSources = sources.filter((file) => !file.endsWith("cli.ts"));
const usesImportMeta = (file: string) => readFileSync(file, "utf8").includes("import.meta.url");
const cjs = { ...common, format: "cjs", outExtension: { ".js": ".cjs" }, plugins: [relativeImportsAs(".cjs")] } satisfies BuildOptions;
await build({ ...cjs, entryPoints: cjsSources.filter((file) => !usesImportMeta(file)) });
await build({
  ...cjs,
  entryPoints: cjsSources.filter(usesImportMeta),
  define: { "import.meta.url": "importMetaUrl" },
  inject: [join(root, "scripts/import-meta-url-shim.ts")],
});

// The sources are ES modules, so esbuild gives their default imports Node's ESM meaning (the whole CommonJS
// exports object). In the CommonJS build they are require() calls and must honour __esModule, as openapi-fetch's
// CommonJS build expects (its function is `exports.default`).
for (const file of filesUnder(dist, (path) => path.endsWith(".cjs"))) {
  writeFileSync(file, readFileSync(file, "utf8").replace(/__toESM\((require\("[^"]+"\)), 1\)/g, "__toESM($1)"));
}

// Declarations from tsc, then a .d.cts twin of each whose relative imports name the .cjs files. `--no-declarations`
// leaves them out (half the build's time), for builds that are only run, never type-checked against (the bench's).
if (!process.argv.includes("--no-declarations")) {
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], {
    stdio: "inherit",
  });
  for (const file of filesUnder(dist, (path) => path.endsWith(".d.ts") && !path.endsWith("cli.d.ts"))) {
    const text = readFileSync(file, "utf8").replace(/(from\s+|import\()(["'])(\.\.?\/[^"']+)\.js\2/g, "$1$2$3.cjs$2");
    writeFileSync(file.replace(/\.d\.ts$/, ".d.cts"), text);
  }
}
console.log(`built ${relative(root, dist)}/: ESM (.js) and CommonJS (.cjs) for ${sources.length} modules`);
