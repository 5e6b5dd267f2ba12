// The shared Prism mock of openapi/v4.yaml, for the tests of test/contract/: vitest.config.ts starts it
// (test/support/prism-setup.ts) for the "prism" project only, so no other run waits for it.
import { inject } from "vitest";

/** The shared Prism mock's base URL; outside test/contract/ there is none, and this says so. */
export function prismUrl(): string {
  const url = inject("prismUrl");
  if (!url) throw new Error("No Prism mock in this project: a test that needs the shared one belongs in test/contract/ (vitest.config.ts)");
  return url;
}
