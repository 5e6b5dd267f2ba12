// The shared Prism mock of openapi/v4.yaml, for the tests of test/contract/: vitest.config.ts starts it
// (test/support/prism-setup.ts) for the "prism" project only, and only these tests wait for it.
import { readFileSync } from "node:fs";
import { inject } from "vitest";

/** The shared Prism mock's base URL, once it listens; outside test/contract/ there is none, and this says so. */
export async function prismUrl(timeoutMs = 40_000): Promise<string> {
  const file = inject("prismUrlFile");
  if (!file) throw new Error("No Prism mock in this project: a test that needs the shared one belongs in test/contract/ (vitest.config.ts)");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = readAnswer(file);
    if (answer?.url) return answer.url;
    if (answer) throw new Error(`The shared Prism mock did not start: ${answer.error}`);
    if (Date.now() > deadline) throw new Error(`The shared Prism mock did not start within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What prism-setup.ts wrote, or undefined while Prism is still starting. */
function readAnswer(file: string): { url?: string; error?: string } | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as { url?: string; error?: string };
  } catch {
    return undefined;
  }
}
