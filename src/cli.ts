#!/usr/bin/env node
// The `blooio` bin: runs src/cli/main.ts with this process's streams and environment.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { main } from "./cli/main.js";

export { main };
export type { CliIo } from "./cli/main.js";

// Run when executed (directly or through the npm bin link), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
