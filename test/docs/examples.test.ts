// Every example in the README and the guides is a test: each ```ts block type-checks against the package's types,
// and each `// @run` block runs against the testing kit without throwing. A renamed method or option fails here.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBlooioClient } from "../../src/index.js";
import { createMockApi, type MockHttpServer, type MockKit } from "../../src/testing.js";
import { blocksOf, docFiles, ROOT, runnableModule, typeErrors, type DocBlock } from "../support/doc-examples.js";

const blocks: DocBlock[] = docFiles().flatMap((file) => blocksOf(readFileSync(file, "utf8"), file.slice(ROOT.length + 1)));
const checked = blocks.filter((block) => block.mode !== "fragment");
const runnable = blocks.filter((block) => block.mode === "run");

// Blocks the check must refuse: a renamed method, a wrong option. Checked in the same program as the docs' own
// (one type-check of all of them, the slow part), under a file name of their own.
const broken: DocBlock[] = [
  { where: "broken.md:1", mode: "check", code: 'await blooio.chats.fetch({ chatId: "chat_1" });' },
  { where: "broken.md:10", mode: "check", code: 'import { createBlooioClient } from "blooio-v4";\ncreateBlooioClient({ retries: 3 });' },
  { where: "broken.md:20", mode: "check", code: 'import { verifyWebhook } from "blooio-v4/webhooks";\nawait verifyWebhook("{}", {}, { secrets: ["x"] });' },
];
let errors: string[] | undefined;
const allErrors = () => (errors ??= typeErrors([...checked, ...broken]));

describe("the docs' examples", () => {
  it("type-check, every ```ts block of README.md and docs/ that is not marked // @fragment", () => {
    expect(checked.length).toBeGreaterThan(10);
    expect(allErrors().filter((error) => !error.startsWith("broken.md:"))).toEqual([]);
  }, 120_000);

  it("fail the check when they call a method, or pass an option, the package does not have", () => {
    expect(allErrors().filter((error) => error.startsWith("broken.md:"))).toEqual([
      expect.stringMatching(/^broken\.md:1: Property 'fetch' does not exist/),
      expect.stringMatching(/^broken\.md:11: Object literal may only specify known properties, and 'retries' does not exist/),
      expect.stringMatching(/^broken\.md:21: Object literal may only specify known properties, but 'secrets' does not exist/),
    ]);
  }, 120_000);
});

describe("the docs' runnable examples, against the testing kit", () => {
  const dir = join(ROOT, `node_modules/.cache/doc-examples-run-${process.pid}`);
  let kit: MockKit;
  let server: MockHttpServer;
  const saved = { key: process.env.BLOOIO_API_KEY, url: process.env.BLOOIO_BASE_URL };

  beforeAll(async () => {
    // Every top-level list seeded, and the messages of the chat the examples name.
    kit = createMockApi({ data: { chats: 120, contacts: 40, channels: 3, groups: 5, events: 30, webhooks: 2, messages: { chat_a1b2c3d4: 75 } }, webhooks: { retryDelaysMs: [] } });
    server = await kit.listen();
    process.env.BLOOIO_API_KEY = "bl_test_docs_not_a_real_key";
    process.env.BLOOIO_BASE_URL = server.url;
    Object.assign(globalThis, { kit, blooio: createBlooioClient() });
  });
  afterAll(async () => {
    await kit.settled();
    await server.close();
    process.env.BLOOIO_API_KEY = saved.key;
    process.env.BLOOIO_BASE_URL = saved.url;
    if (saved.key === undefined) delete process.env.BLOOIO_API_KEY;
    if (saved.url === undefined) delete process.env.BLOOIO_BASE_URL;
    rmSync(dir, { recursive: true, force: true });
  });

  it("are there", () => expect(runnable.length).toBeGreaterThan(3));

  it.each(runnable.map((block, index) => [block.where, block, index] as const))("%s runs", async (_, block, index) => {
    await import(runnableModule(block, dir, index));
  }, 20_000);
});
