// The call path on rows the spec does not have yet: any row of data is a callable operation, including a
// multipart body, which is encoded once so a retry sends the same bytes (a fresh encoding picks a new boundary).
import { describe, expect, it } from "vitest";
import { createCall } from "../../src/core/call.js";
import { createLog } from "../../src/core/log.js";
import type { OperationRow } from "../../src/core/request.js";
import { createTransport } from "../../src/core/transport.js";
import { json, stubFetch } from "../support/stub-fetch.js";

const row = (overrides: Partial<OperationRow>): OperationRow => ({
  method: "POST",
  path: "/uploads/{uploadId}",
  resource: "uploads",
  name: "send",
  parameters: [{ name: "uploadId", in: "path" }],
  body: null,
  success: [201],
  cursorList: false,
  partition: null,
  idempotencyKey: true,
  ...overrides,
});

function callWith(handler: (request: Request, index: number) => Response) {
  const stub = stubFetch(handler);
  const send = createTransport({ fetch: stub.fetch, backoff: { initialMs: 1, maxMs: 1 }, maxRetryAfterMs: 1_000 });
  const call = createCall({
    baseUrl: "https://example.test/v4",
    headers: { authorization: "Bearer bl_test_fake" },
    apiKey: "bl_test_fake",
    defaults: { maxRetries: 2, timeoutMs: 5_000 },
    validateResponses: false,
    warn: () => {},
    send,
    log: createLog("off", console, (text) => text),
  });
  return { call, stub };
}

describe("a row of data is an operation", () => {
  it("sends a multipart body given as params.body, byte-identical on the retry", async () => {
    const { call, stub } = callWith((_, index) => (index === 0 ? json({}, { status: 503 }) : json({ id: "up_1" }, { status: 201 })));
    const form = new FormData();
    form.set("file", new Blob(["hello"], { type: "text/plain" }), "hello.txt");
    const uploads = row({ body: { mediaType: "multipart/form-data", fields: null, required: true } });
    expect(await call("upload", uploads, { uploadId: "u 1", body: form })).toEqual({ id: "up_1" });
    const [first, second] = stub.requests;
    expect(first!.url).toBe("https://example.test/v4/uploads/u%201");
    const [a, b] = [await first!.text(), await second!.text()];
    expect(a).toContain('filename="hello.txt"');
    expect(b).toBe(a);
    expect(first!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(second!.headers.get("content-type")).toBe(first!.headers.get("content-type"));
    expect(second!.headers.get("idempotency-key")).toBe(first!.headers.get("idempotency-key"));
  });

  it("puts flat params where the row says: path, query, header and JSON body fields (null kept in the body)", async () => {
    const { call, stub } = callWith(() => json({ ok: true }, { status: 201 }));
    const patch = row({
      method: "PATCH",
      idempotencyKey: false,
      parameters: [
        { name: "uploadId", in: "path" },
        { name: "dry-run", in: "query", key: "dryRun" },
        { name: "X-Trace", in: "header" },
      ],
      body: { mediaType: "application/json", fields: ["title", "note"], required: false },
    });
    await call("patchUpload", patch, { uploadId: "u1", dryRun: true, "X-Trace": "t-1", title: "T", note: null });
    const [request] = stub.requests;
    expect(request!.method).toBe("PATCH");
    expect(request!.url).toBe("https://example.test/v4/uploads/u1?dry-run=true");
    expect(request!.headers.get("x-trace")).toBe("t-1");
    expect(request!.headers.get("idempotency-key")).toBeNull();
    expect(await request!.json()).toEqual({ title: "T", note: null });
  });

  it("refuses a params key the row does not have, and an empty path parameter, sending nothing", async () => {
    const { call, stub } = callWith(() => json({}, { status: 201 }));
    await expect(call("x", row({}), { uploadId: "u1", colour: "red" })).rejects.toMatchObject({
      name: "ValidationError",
      in: "params",
      parameter: "colour",
    });
    await expect(call("x", row({}), { uploadId: "" })).rejects.toMatchObject({ name: "ValidationError", field: "path.uploadId" });
    expect(stub.requests).toHaveLength(0);
  });
});
