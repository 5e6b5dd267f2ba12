// The code blocks of README.md and docs/*.md as tests: every ```ts block is type-checked against the package's own
// types (its `blooio-v4`, `/testing`, `/webhooks` and `/types` imports resolve to src/), each as a module of its own;
// a block whose first line is `// @run` is also run, against the testing kit, and must not throw. A first line
// `// @fragment` marks a block that is not a whole program (it is neither checked nor run).
//
// What a block may use without importing it: `blooio`, a client of the kit (an app's client, as the docs call it),
// and `kit`, that kit; and modules an example shows an app importing that this project does not install
// (`express`, `next/server`, `hono`), typed loosely so the blooio-v4 calls around them are still checked.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

export const ROOT = join(import.meta.dirname, "../..");

export interface DocBlock {
  /** `docs/webhooks.md:42`: where the block starts. */
  where: string;
  code: string;
  mode: "check" | "run" | "fragment";
}

/** The markdown files whose blocks are checked: the README and every guide (docs/api.md is generated, and has none). */
export function docFiles(root = ROOT): string[] {
  const guides = readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).map((name) => join(root, "docs", name));
  return [join(root, "README.md"), join(root, "CONTRIBUTING.md"), ...guides].filter((file) => {
    try {
      readFileSync(file);
      return true;
    } catch {
      return false;
    }
  });
}

export function blocksOf(markdown: string, file: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "```ts") continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== "```") end++;
    const code = lines.slice(start, end).join("\n");
    const first = lines[start]?.trim() ?? "";
    const mode = first.startsWith("// @run") ? "run" : first.startsWith("// @fragment") ? "fragment" : "check";
    blocks.push({ where: `${file}:${start + 1}`, code, mode });
    i = end;
  }
  return blocks;
}

const AMBIENT = `// What a docs example may use without importing it (test/support/doc-examples.ts).
import type { BlooioClient } from "blooio-v4";
import type { MockKit } from "blooio-v4/testing";
declare global {
  const blooio: BlooioClient;
  const kit: MockKit;
}
export {};
`;

// Modules an example shows an app importing, which this project does not install: typed loosely.
const SHIMS = `declare module "express" {
  const express: any;
  export default express;
}
declare module "next/server" {
  export const NextResponse: any;
}
declare module "hono" {
  export const Hono: any;
}
`;

/** Where a package specifier of ours resolves in this checkout. */
const ENTRIES: Record<string, string> = {
  "blooio-v4": "src/index.ts",
  "blooio-v4/testing": "src/testing.ts",
  "blooio-v4/webhooks": "src/webhooks.ts",
  "blooio-v4/types": "src/types.ts",
};

/** Type errors of every checked block, each named by where it starts in the docs; none: an empty list. */
export function typeErrors(blocks: readonly DocBlock[], root = ROOT): string[] {
  // Inside node_modules/.cache: the blocks' other imports (vitest, openapi-fetch) resolve as an app's would.
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const dir = mkdtempSync(join(root, "node_modules/.cache/doc-examples-"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  try {
    const files = blocks.map((block, i) => {
      const file = join(dir, `block${i}.ts`);
      writeFileSync(file, `${block.code}\nexport {};\n`);
      return { file, block };
    });
    writeFileSync(join(dir, "ambient.d.ts"), AMBIENT);
    writeFileSync(join(dir, "shims.d.ts"), SHIMS);
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      baseUrl: root,
      paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, [path]])),
      allowImportingTsExtensions: false,
    };
    const program = ts.createProgram([join(dir, "ambient.d.ts"), join(dir, "shims.d.ts"), ...files.map(({ file }) => file)], options);
    const byFile = new Map(files.map(({ file, block }) => [file, block]));
    return ts.getPreEmitDiagnostics(program).flatMap((diagnostic) => {
      const block = diagnostic.file ? byFile.get(diagnostic.file.fileName) : undefined;
      if (!block || diagnostic.start === undefined) {
        // An error outside any block (the ambient file): say so rather than hide it.
        const name = diagnostic.file ? relative(dir, diagnostic.file.fileName) : "";
        return name.endsWith(".d.ts") && !name.startsWith("..") ? [`${name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`] : [];
      }
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
      const [file, at] = block.where.split(":");
      return [`${file}:${Number(at) + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A runnable block as a module file whose package imports point at this checkout's src/. */
export function runnableModule(block: DocBlock, dir: string, index: number, root = ROOT): string {
  const code = block.code.replace(/from\s+(["'])(blooio-v4(?:\/[a-z]+)?)\1/g, (whole, quote: string, name: string) =>
    ENTRIES[name] ? `from ${quote}${pathToFileURL(join(root, ENTRIES[name]!)).href}${quote}` : whole,
  );
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const file = join(dir, `run${index}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  return file;
}
