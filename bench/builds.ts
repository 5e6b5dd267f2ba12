// The package built twice in scratch copies of the project, for rows that ask what the spec's size costs: once as
// it is (every operation of openapi/v4.yaml) and once regenerated from the same spec cut down to GET /chats. Each
// copy runs the project's own `npm run generate` and `npm run build`; the working tree's dist/ is left alone.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { ROOT, runNode } from "./support.js";

/** What a copy needs to regenerate and build itself; node_modules is linked, not copied. */
const PROJECT = ["src", "scripts", "openapi", "package.json", "tsconfig.json", "tsconfig.build.json", "redocly.yaml"];

export interface Build {
  /** The copy's root: its src/ (as generated) and dist/ (as built). */
  dir: string;
  operations: number;
}

export interface Builds {
  full: Build;
  one: Build;
  remove(): void;
}

type Json = Record<string, unknown>;

/** The `#/components/...` references reachable from `start`, followed through the components they name. */
function reachable(spec: Json, start: unknown): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const ref = (node as Json).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/") && !seen.has(ref)) {
      seen.add(ref);
      const [, , kind, name] = ref.split("/");
      visit(((spec.components as Json)[kind!] as Json)[name!]);
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(start);
  return seen;
}

/**
 * The spec with one operation, GET /chats: its path item's other operations dropped, and the components and tags
 * nothing then uses (the strict lint refuses unused components), so the copy lints and generates as the real one.
 * Its webhook events are kept (Webhooks stays a tag they use).
 */
export function oneOperationSpec(text: string): string {
  const spec = parse(text) as Json;
  const { get, parameters } = (spec.paths as Json)["/chats"] as Json;
  const pathItem: Json = parameters ? { parameters, get } : { get };
  spec.paths = { "/chats": pathItem };
  // The webhook events stay: they are not operations, and the webhooks entry is part of the package.
  const used = reachable(spec, [pathItem, spec.webhooks]);
  const components = spec.components as Record<string, Json>;
  for (const [kind, entries] of Object.entries(components)) {
    if (kind === "securitySchemes") continue; // named by `security`, never by $ref
    for (const name of Object.keys(entries)) if (!used.has(`#/components/${kind}/${name}`)) delete entries[name];
    if (!Object.keys(entries).length) delete components[kind];
  }
  const tags = new Set([...((get as Json).tags as string[]), ...Object.values((spec.webhooks ?? {}) as Json).flatMap((item) => ((item as Json).post as Json)?.tags as string[] ?? [])]);
  spec.tags = (spec.tags as { name: string }[]).filter((tag) => tags.has(tag.name));
  return stringify(spec, { lineWidth: 0 });
}

function copyProject(into: string): void {
  for (const entry of PROJECT) cpSync(join(ROOT, entry), join(into, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(into, "node_modules"), "dir");
}

/** Both builds, side by side in a scratch folder; remove() deletes it. */
export async function buildBoth(): Promise<Builds> {
  const scratch = mkdtempSync(join(tmpdir(), "blooio-builds-"));
  const full = join(scratch, "full");
  const one = join(scratch, "one");
  const remove = () => rmSync(scratch, { recursive: true, force: true });
  try {
    copyProject(full);
    copyProject(one);
    writeFileSync(join(one, "openapi/v4.yaml"), oneOperationSpec(readFileSync(join(ROOT, "openapi/v4.yaml"), "utf8")));
    // The full build needs no generating: it starts at once, beside the one-operation copy's generate and build.
    // The rows run the builds, never type-check against them: no declarations.
    const build = (dir: string) => runNode(["--import", "tsx", "scripts/build.ts", "--no-declarations"], dir, true);
    await Promise.all([build(full), runNode(["--import", "tsx", "scripts/generate/index.ts"], one, true).then(() => build(one))]);
    return {
      full: { dir: full, operations: await countOperations(full) },
      one: { dir: one, operations: await countOperations(one) },
      remove,
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Operations in a copy's resources table: each resource's methods name one operation each. */
async function countOperations(dir: string): Promise<number> {
  const { resources } = (await import(join(dir, "src/generated/resources.ts"))) as { resources: Record<string, Record<string, string>> };
  return new Set(Object.values(resources).flatMap((methods) => Object.values(methods))).size;
}
