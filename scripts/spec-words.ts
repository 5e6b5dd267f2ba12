// `npm run spec:words -- VENDOR_FILE [TEXT_FILE...]`: proof that openapi/v4.yaml's prose is our own. Every summary
// and description in it is compared with the vendor export's prose (and any text file given, such as the published
// pages' notes): a run of six words in a row shared with them is reported, with where it is. Exit 0 when none.
//   npm run spec:words -- ../shared/v4-reference/openapi.json ../shared/v4-reference/PAGES.md
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";

/** Six words in a row: long enough that a shared run is a copied phrase, not a common term. */
export const RUN = 6;

const words = (text: string) => text.toLowerCase().match(/[a-z0-9_]+/g) ?? [];

function runs(text: string): string[] {
  const list = words(text);
  return Array.from({ length: Math.max(0, list.length - RUN + 1) }, (_, i) => list.slice(i, i + RUN).join(" "));
}

/** Every summary, description and title in a document, by where it is (`paths./chats.get.description`). */
export function prose(node: unknown, where = "", out: { where: string; text: string }[] = []): { where: string; text: string }[] {
  if (Array.isArray(node)) node.forEach((item, i) => prose(item, `${where}[${i}]`, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      const at = where ? `${where}.${key}` : key;
      if ((key === "summary" || key === "description" || key === "title") && typeof value === "string") out.push({ where: at, text: value });
      else prose(value, at, out);
    }
  }
  return out;
}

/** Our prose that shares a run of RUN words with the sources: each with the first run it shares. */
export function sharedWording(ours: unknown, sources: string[]): { where: string; shares: string }[] {
  const theirs = new Set(sources.flatMap(runs));
  return prose(ours).flatMap(({ where, text }) => {
    const shared = runs(text).find((run) => theirs.has(run));
    return shared ? [{ where, shares: shared }] : [];
  });
}

function main(argv: string[]): number {
  const [vendor, ...texts] = argv;
  if (!vendor) {
    console.error("Usage: spec:words -- VENDOR_FILE [TEXT_FILE...]");
    return 2;
  }
  const root = fileURLToPath(new URL("..", import.meta.url));
  const ours = parse(readFileSync(join(root, "openapi/v4.yaml"), "utf8"));
  const sources = [...prose(parse(readFileSync(vendor, "utf8"))).map(({ text }) => text), ...texts.map((file) => readFileSync(file, "utf8"))];
  const shared = sharedWording(ours, sources);
  for (const { where, shares } of shared) console.log(`  ${where}: shares "${shares}"`);
  const checked = prose(ours).length;
  console.log(shared.length ? `${shared.length} of ${checked} descriptions share a run of ${RUN} words with the sources` : `none of ${checked} descriptions shares a run of ${RUN} words with the sources`);
  return shared.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
