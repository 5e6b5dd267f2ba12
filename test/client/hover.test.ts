// What an editor shows on hover over a generated method: the operation's summary and description from the spec.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

const services = new Map<string, ts.LanguageService>();

/** Quick info (the hover text) at `marker` in a file that imports the client, from TypeScript's language service. */
function hover(source: string, marker: string): string {
  const file = join(root, "test/client/__hover__.ts");
  const { options } = ts.parseJsonConfigFileContent(ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile).config, ts.sys, root);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = name === file ? source : ts.sys.fileExists(name) ? readFileSync(name, "utf8") : undefined;
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
  };
  if (!services.has(source)) services.set(source, ts.createLanguageService(host));
  const info = services.get(source)!.getQuickInfoAtPosition(file, source.indexOf(marker));
  return [ts.displayPartsToString(info?.displayParts), ts.displayPartsToString(info?.documentation)].join("\n");
}

describe("hover docs", () => {
  // One language service for both hovers: starting it over the generated types is the slow part.
  const source = [
    `import { createBlooioClient } from "../../src/index.js";`,
    `const client = createBlooioClient();`,
    `void client.chats.list({ limit: 5 });`,
    `void client.messages.send({ to: "+15551234567", content: { type: "text", text: "Hi" } });`,
    "",
  ].join("\n");
  let texts: { list: string; send: string };
  const hovers = () => (texts ??= { list: hover(source, "list({"), send: hover(source, "send({") });

  it("shows a method's summary, description and operation, from the spec", () => {
    const text = hovers().list;
    expect(text).toContain("List chats");
    expect(text).toContain("Returns your conversations, the most recently active first");
    expect(text).toContain("`GET /chats` (operationId `listChats`)");
  }, 60_000);

  it("shows a write's warnings from the spec, and that it is keyed", () => {
    const text = hovers().send;
    expect(text).toContain("Send a message");
    expect(text).toContain("at most 100 one-to-one sends");
    expect(text).toContain("Sends one `Idempotency-Key` per call");
  }, 60_000);
});
