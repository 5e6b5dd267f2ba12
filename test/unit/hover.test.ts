// What an editor shows on hover over a generated method: the operation's summary and description from the spec.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

/** Quick info (the hover text) at `marker` in a file that imports the client, from TypeScript's language service. */
function hover(source: string, marker: string): string {
  const file = join(root, "test/unit/__hover__.ts");
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
  const info = ts.createLanguageService(host).getQuickInfoAtPosition(file, source.indexOf(marker));
  return [ts.displayPartsToString(info?.displayParts), ts.displayPartsToString(info?.documentation)].join("\n");
}

describe("hover docs", () => {
  it("shows a method's summary, description and operation, from the spec", () => {
    const text = hover(
      `import { createBlooioClient } from "../../src/index.js";\nconst client = createBlooioClient();\nvoid client.chats.list({ limit: 5 });\n`,
      "list({",
    );
    expect(text).toContain("List chats");
    expect(text).toContain("Returns your conversations, the most recently active first");
    expect(text).toContain("`GET /chats` (operationId `listChats`)");
  });

  it("shows a write's warnings from the spec, and that it is keyed", () => {
    const text = hover(
      `import { createBlooioClient } from "../../src/index.js";\nconst client = createBlooioClient();\nvoid client.messages.send({ to: "+15551234567", content: { type: "text", text: "Hi" } });\n`,
      "send({",
    );
    expect(text).toContain("Send a message");
    expect(text).toContain("at most 100 one-to-one sends");
    expect(text).toContain("Sends one `Idempotency-Key` per call");
  });
});
