// Which contract built the client travels with every request, so a server log or a bug report can name it.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_VERSION, SPEC_VERSION, USER_AGENT } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { onePage, stubFetch } from "../support/stub-fetch.js";

const root = join(import.meta.dirname, "../..");

describe("SPEC_VERSION and the User-Agent", () => {
  it("SPEC_VERSION is the spec's info.version and the start of its sha256", () => {
    const spec = readFileSync(join(root, "openapi/v4.yaml"));
    const hash = createHash("sha256").update(spec).digest("hex").slice(0, 12);
    expect(SPEC_VERSION).toBe(`4.0.0-beta+${hash}`);
    expect(PACKAGE_VERSION).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });

  it("is sent with every request, by the wrappers and by client.api", async () => {
    const stub = stubFetch(onePage);
    const client = testClient(stub);
    await client.chats.list();
    await client.api.GET("/chats");
    for (const request of stub.requests) {
      expect(request.headers.get("user-agent")).toBe(USER_AGENT);
    }
    expect(USER_AGENT).toBe(`blooio-v4/${PACKAGE_VERSION} (spec ${SPEC_VERSION}; node/${process.versions.node})`);
  });

  it("gives way to an app's own User-Agent", async () => {
    const stub = stubFetch(onePage);
    await testClient(stub, { headers: { "user-agent": "my-app/1.0" } }).chats.list();
    expect(stub.requests[0]!.headers.get("user-agent")).toBe("my-app/1.0");
  });
});
