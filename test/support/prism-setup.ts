// Vitest global setup of the "prism" project (vitest.config.ts): one Prism mock of openapi/v4.yaml on a free loopback
// port for the tests of test/contract/. Vitest waits for every global setup before it starts any test, so this one
// does not wait for Prism: it writes Prism's URL (or why Prism did not start) to a file once it knows, and only the
// tests that use Prism wait for that file, in prismUrl() (test/support/prism.ts).
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startMockServer } from "../../src/testing.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Holds `{ "url": ... }` once Prism listens, or `{ "error": ... }`; absent until then. */
    prismUrlFile: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "blooio-prism-"));
  const file = join(dir, "prism.json");
  project.provide("prismUrlFile", file);
  // Written whole, then renamed into place: a test never reads half of it.
  const report = (answer: { url: string } | { error: string }) => {
    writeFileSync(`${file}.tmp`, JSON.stringify(answer));
    renameSync(`${file}.tmp`, file);
  };
  const started = startMockServer().then(
    (mock) => (report({ url: mock.url }), mock),
    (error: unknown) => void report({ error: error instanceof Error ? error.message : String(error) }),
  );
  return async () => {
    await (await started)?.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
