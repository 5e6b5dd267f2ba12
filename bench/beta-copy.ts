// A copy of the project regenerated from another spec (as the beta drill does), for runs that need operations the
// shipped spec does not have yet: the copy's own client and testing kit, loaded from its sources.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

export interface RegeneratedCopy {
  dir: string;
  // The copy's modules are typed by its own generated files, which this project does not have.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  testing: any;
  remove(): void;
}

export async function regeneratedCopy(specPath: string): Promise<RegeneratedCopy> {
  const dir = mkdtempSync(join(tmpdir(), "blooio-copy-"));
  for (const entry of ["src", "scripts", "openapi", "package.json", "tsconfig.json", "redocly.yaml"]) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  cpSync(specPath, join(dir, "openapi/v4.yaml"));
  execFileSync("npm", ["run", "--silent", "generate"], { cwd: dir, stdio: "pipe" });
  return {
    dir,
    client: await import(join(dir, "src/index.ts")),
    testing: await import(join(dir, "src/testing.ts")),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
