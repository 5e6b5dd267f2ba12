// `validate: true` checks a known event against its type's validator from the generated module, loaded on first
// use. The generated validators are replaced here by one whose verdict the test controls, so the test holds for
// any spec.
import { describe, expect, it, vi } from "vitest";
import { signWebhook, verifyWebhook, WebhookVerificationError } from "../../src/webhooks.js";

const loads = vi.hoisted(() => ({ count: 0 }));

vi.mock("../../src/generated/webhooks.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/generated/webhooks.js")>();
  type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
  const validateEvent: Validate = (data) => {
    const text = (data as { data?: { text?: unknown } }).data?.text;
    validateEvent.errors = typeof text === "string" ? null : [{ instancePath: "/data/text", keyword: "type", params: { type: "string" } }];
    return typeof text === "string";
  };
  return {
    ...original,
    webhookValidators: {
      "message.received": async () => {
        loads.count++;
        return { validateEvent };
      },
    },
  };
});

const SECRET = "whsec_validate_tests";
const NOW = 1_735_324_800_000;
const envelope = (data: unknown, type = "message.received") => JSON.stringify({ id: "evt_v1", type, created_at: NOW, organization_id: "org_1", data });

async function deliver(body: string, validate?: boolean) {
  const headers = { "x-blooio-signature": await signWebhook(body, { secret: SECRET, timestamp: NOW / 1000 }) };
  return verifyWebhook(body, headers, { secret: SECRET, now: NOW, ...(validate === undefined ? {} : { validate }) });
}

describe("validate", () => {
  // First, while nothing has loaded the validator yet.
  it("loads no validator without validate", async () => {
    await deliver(envelope({ text: "x" }));
    expect(loads.count).toBe(0);
  });

  it("passes a known event that fits its schema, loading the validator once", async () => {
    const before = loads.count;
    await expect(deliver(envelope({ text: "hi" }), true)).resolves.toMatchObject({ data: { text: "hi" } });
    await expect(deliver(envelope({ text: "again" }), true)).resolves.toMatchObject({ data: { text: "again" } });
    expect(loads.count - before).toBe(1);
  });

  it("rejects a signed event that breaks its schema as invalid_payload, naming the field", async () => {
    const error = await deliver(envelope({ text: 42 }), true).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as WebhookVerificationError).code).toBe("invalid_payload");
    expect((error as WebhookVerificationError).message).toContain("message.received");
    expect((error as WebhookVerificationError).message).toContain("data.text must be of type string");
  });

  it("is off by default: the same event verifies", async () => {
    await expect(deliver(envelope({ text: 42 }))).resolves.toMatchObject({ data: { text: 42 } });
  });

  it("lets an event of a type with no validator through", async () => {
    await expect(deliver(envelope({ anything: 1 }, "typing.started"), true)).resolves.toMatchObject({ type: "typing.started" });
    await expect(deliver(envelope({ anything: 1 }, "message.edited"), true)).resolves.toMatchObject({ type: "message.edited" });
  });
});
