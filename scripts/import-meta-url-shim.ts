// Injected into the CommonJS build of files that use import.meta.url (see scripts/build.ts): CommonJS has no
// import.meta, but the same URL comes from __filename.
import { pathToFileURL } from "node:url";

export const importMetaUrl = pathToFileURL(__filename).href;
