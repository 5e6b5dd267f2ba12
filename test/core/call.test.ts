// The call path on the spec's own operations: flat params go where the operation table says, a multipart body is
// encoded once so a retry sends the same bytes (a fresh encoding picks a new boundary), a form's file may be given
// as a lone Blob, and a query is serialized as the spec names its parameters.
import { describe, expect, it } from "vitest";
import { testClient } from "../support/client.js";
import { json, onePage, stubFetch } from "../support/stub-fetch.js";

function clientWith(handler: (request: Request, index: number) => Response) {
  const stub = stubFetch(handler);
  const client = testClient(stub, { baseUrl: "https://example.test/v4" });
  return { client, stub };
}

const background = { data: { chat_id: "chat_1", background_id: "bg_1", background_url: null } };

describe("the call path", () => {
  it("sends a multipart body given as params.body, byte-identical on the retry", async () => {
    const { client, stub } = clientWith((_, index) => (index === 0 ? json({}, { status: 503 }) : json(background)));
    const form = new FormData();
    form.set("background", new Blob(["png bytes"], { type: "image/png" }), "wall.png");
    expect(await client.chats.setBackground({ chatId: "chat 1", body: form })).toEqual(background);
    const [first, second] = stub.requests;
    expect(first!.method).toBe("PUT");
    expect(first!.url).toBe("https://example.test/v4/chats/chat%201/background");
    const [a, b] = [await first!.text(), await second!.text()];
    expect(a).toContain('name="background"; filename="wall.png"');
    expect(b).toBe(a);
    expect(first!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(second!.headers.get("content-type")).toBe(first!.headers.get("content-type"));
  });

  it("sends a lone Blob or bytes as the form's file field, the one the spec names", async () => {
    const { client, stub } = clientWith(() => json({ data: { id: "grp_1", icon_url: null } }));
    await client.groups.setIcon({ groupId: "grp_1", body: new Blob(["gif"], { type: "image/gif" }) });
    await client.groups.setIcon({ groupId: "grp_1", body: new TextEncoder().encode("raw") });
    const [blob, bytes] = [await stub.requests[0]!.text(), await stub.requests[1]!.text()];
    expect(blob).toMatch(/name="icon"; filename="icon"\r\nContent-Type: image\/gif\r\n\r\ngif\r\n/);
    expect(bytes).toMatch(/name="icon"; filename="icon"[\s\S]*\r\n\r\nraw\r\n/);
  });

  it("puts flat params where the table says: path, query and JSON body fields (null kept in the body)", async () => {
    const { client, stub } = clientWith((request) =>
      request.method === "GET" ? json({ data: [], has_more: false, next_cursor: null }) : json({ id: "msg_1", status: "queued" }, { status: 201 }),
    );
    await client.messages.list({ chatId: "chat/1", order: "asc", limit: 5 });
    await client.messages.sendToChat({ chatId: "chat_1", content: { type: "text", text: "Hi" }, dry_run: false });
    await client.chats.update({ chatId: "chat_1", metadata: { note: null } });
    const [list, send, patch] = stub.requests;
    expect(list!.url).toBe("https://example.test/v4/chats/chat%2F1/messages?order=asc&limit=5");
    expect(send!.url).toBe("https://example.test/v4/chats/chat_1/messages");
    expect(await send!.json()).toEqual({ content: { type: "text", text: "Hi" }, dry_run: false });
    expect(send!.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(patch!.method).toBe("PATCH");
    expect(patch!.headers.get("idempotency-key")).toBeNull();
    expect(await patch!.json()).toEqual({ metadata: { note: null } });
  });

  it("refuses a params key the operation does not have, and an empty path parameter, sending nothing", async () => {
    const { client, stub } = clientWith(() => json({}));
    await expect(client.chats.get({ chatId: "chat_1", colour: "red" } as never)).rejects.toMatchObject({
      name: "ValidationError",
      in: "params",
      parameter: "colour",
    });
    await expect(client.chats.get({ chatId: "" })).rejects.toMatchObject({ name: "ValidationError", field: "path.chatId" });
    expect(stub.requests).toHaveLength(0);
  });
});

describe("query serialization", () => {
  it("sends each filter as the documented query parameter and leaves out what is unset", async () => {
    const stub = stubFetch(onePage);
    const client = testClient(stub);
    await client.chats.list({ type: "whatsapp_business", state: "open", channel_id: "ch_1", contact_id: "ct_1", limit: 200 });
    await client.chats.list({ limit: 5, channel_id: undefined });
    expect(stub.query(0)).toEqual({
      type: "whatsapp_business",
      state: "open",
      channel_id: "ch_1",
      contact_id: "ct_1",
      limit: "200",
    });
    expect(stub.query(1)).toEqual({ limit: "5" });
  });

  it("never sends a null or empty cursor", async () => {
    const stub = stubFetch(onePage);
    const client = testClient(stub);
    await client.chats.list({ cursor: null as unknown as string });
    await client.chats.list({ cursor: "" });
    expect(stub.requests.map((r) => new URL(r.url).search)).toEqual(["", ""]);
  });

  it("encodes values that need it", async () => {
    const stub = stubFetch(onePage);
    await testClient(stub).chats.list({ cursor: "a b&c=d/+" });
    expect(stub.query(0)).toEqual({ cursor: "a b&c=d/+" });
  });
});
