// The generator on keywords a real OpenAPI 3.1 document uses (Blooio's export among them): each is checked or passed
// over as an annotation, never a crash. In process: the generator's own functions on a small spec written here.
import { describe, expect, it } from "vitest";
import { readOperations, surfaceSource } from "../../scripts/generate/operations.js";
import type { Spec } from "../../scripts/generate/spec.js";
import { requestValidatorSource } from "../../scripts/generate/validators.js";
import { fieldPath, meaningful, ruleOf, type Validator } from "../../src/core/schema-errors.js";
import { sampleOf, seededRandom } from "../../src/testing/schema-sample.js";

const schemas = {
  Text: { type: "object", required: ["kind", "text"], properties: { kind: { const: "text" }, text: { type: "string", minLength: 1, maxLength: 3 } } },
  Media: {
    type: "object",
    required: ["kind", "urls"],
    properties: { kind: { const: "media" }, urls: { type: "array", minItems: 1, items: { type: "string", format: "uri" } } },
  },
  Content: {
    oneOf: [{ $ref: "#/components/schemas/Text" }, { $ref: "#/components/schemas/Media" }],
    discriminator: { propertyName: "kind", mapping: { text: "#/components/schemas/Text", media: "#/components/schemas/Media" } },
  },
  Base: { type: "object", required: ["to"], properties: { to: { type: "string", format: "email" }, note: { type: "string" } } },
  Extra: { type: "object", properties: { when: { type: "string", format: "date-time" }, token: { type: "string", format: "uuid" }, blob: { type: "string", format: "binary" }, big: { type: "string", format: "int64" } } },
  // Named like the alias the generator would give an operation's result: the spec's name wins.
  SendNoteResult: { type: "object", properties: { id: { type: "string" } } },
  ByEmail: { type: "object", required: ["email"], properties: { email: { type: "string" }, tags: { type: "array", items: { type: "string" } } } },
  ByPhone: { type: "object", required: ["phone"], properties: { phone: { type: "string" }, tags: { type: "array", items: { type: "string" } } } },
};
const ok = { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/SendNoteResult" } } } } };
const body = (schema: object) => ({ required: true, content: { "application/json": { schema } } });
const spec = {
  openapi: "3.1.0",
  info: { version: "1" },
  paths: {
    "/notes": { post: { operationId: "sendNote", tags: ["Notes"], requestBody: body({ allOf: [{ $ref: "#/components/schemas/Base" }, { $ref: "#/components/schemas/Extra" }, { type: "object", properties: { content: { $ref: "#/components/schemas/Content" } } }] }), responses: ok } },
    "/people": { post: { operationId: "findPerson", tags: ["People"], requestBody: body({ oneOf: [{ $ref: "#/components/schemas/ByEmail" }, { $ref: "#/components/schemas/ByPhone" }] }), responses: ok } },
  },
  components: { schemas },
} as unknown as Spec;

const infos = readOperations(spec);
const info = (id: string) => infos.find((candidate) => candidate.id === id)!;

/** The generated request validator of an operation, compiled and loaded as the client loads it. */
async function validator(id: string): Promise<Validator> {
  const code = requestValidatorSource(info(id), spec, "");
  expect(code).not.toMatch(/\brequire\(|^import /m);
  return (await import(`data:text/javascript,${encodeURIComponent(code.replace("// @ts-nocheck", ""))}`)).validateRequest;
}
const request = (body: unknown) => ({ path: {}, query: {}, header: {}, body });
/** What the client would say: the field and the rule of the first error worth showing. */
function verdict(validate: Validator, data: unknown): string | true {
  if (validate(data)) return true;
  const error = meaningful(validate.errors!)[0]!;
  return `${fieldPath(error)}: ${ruleOf(error).rule}`;
}

describe("bodies the spec composes", () => {
  it("an allOf body's params are its merged fields, required from every part", () => {
    expect(info("sendNote").row.body).toEqual({ mediaType: "application/json", fields: ["to", "note", "when", "token", "blob", "big", "content"], required: true });
  });

  it("a oneOf body of objects keeps every branch's fields at the top of params, checked as the spec says", async () => {
    expect(info("findPerson").row.body?.fields).toEqual(["email", "tags", "phone"]);
    const validate = await validator("findPerson");
    expect(verdict(validate, request({ email: "a@b.c" }))).toBe(true);
    expect(verdict(validate, request({ phone: "+1" }))).toBe(true);
    expect(verdict(validate, request({ tags: ["x"] }))).toBe("body: oneOf");
  });
});

describe("keywords checked, and annotations passed over", () => {
  it("checks the branch a discriminator names, so the error says which field of it", async () => {
    const validate = await validator("sendNote");
    const note = (content: unknown) => request({ to: "a@b.c", content });
    expect(verdict(validate, note({ kind: "text", text: "hi" }))).toBe(true);
    expect(verdict(validate, note({ kind: "media", urls: [] }))).toBe("body.content.urls: minItems: 1");
    expect(verdict(validate, note({ kind: "media" }))).toBe("body.content.urls: required");
    expect(verdict(validate, note({ kind: "video" }))).toBe("body.content.kind: enum: text | media");
  });

  it("counts minLength and maxLength in code points, inline (no runtime module)", async () => {
    const validate = await validator("sendNote");
    const text = (value: string) => request({ to: "a@b.c", content: { kind: "text", text: value } });
    expect(verdict(validate, text("😀😀😀"))).toBe(true);
    expect(verdict(validate, text("😀😀😀😀"))).toBe("body.content.text: maxLength: 3");
    expect(verdict(validate, text(""))).toBe("body.content.text: minLength: 1");
  });

  it("checks the common formats by pattern and takes any other as an annotation", async () => {
    const validate = await validator("sendNote");
    const base = { to: "a@b.c" };
    expect(verdict(validate, request({ ...base, when: "2026-12-01T08:35:18Z", token: "0b8f5f2e-4c1d-4a8e-9f00-1d2c3b4a5f6e", blob: "bytes", big: "not a number" }))).toBe(true);
    expect(verdict(validate, request({ to: "nobody" }))).toBe("body.to: format: email");
    expect(verdict(validate, request({ ...base, when: "yesterday" }))).toBe("body.when: format: date-time");
    expect(verdict(validate, request({ ...base, token: "123" }))).toBe("body.token: format: uuid");
    expect(verdict(validate, request({ ...base, content: { kind: "media", urls: ["not a uri"] } }))).toBe("body.content.urls[0]: format: uri");
  });
});

describe("names", () => {
  it("gives a generated alias way to a schema of the spec with the same name", () => {
    const surface = surfaceSource(infos, spec, "");
    expect(surface).toContain('export type SendNoteResult = components["schemas"]["SendNoteResult"];');
    expect(surface.match(/export type SendNoteResult\b/g)).toHaveLength(1);
    // The operation's result is still named, in the table of results.
    expect(surface).toMatch(/sendNote: operations\["sendNote"\]\["responses"\]\[200\]/);
    expect(surface).toContain("export type SendNoteParams = ");
  });
});

describe("the kit's samples", () => {
  it("sample allOf as the merged object and oneOf as one branch, with the discriminator's value", () => {
    const context = { schemas, random: seededRandom(3), index: 0 };
    const merged = sampleOf({ allOf: [{ $ref: "#/components/schemas/Base" }, { $ref: "#/components/schemas/Extra" }] }, context) as Record<string, unknown>;
    expect(Object.keys(merged)).toEqual(["to", "note", "when", "token", "blob", "big"]);
    expect(merged.to).toMatch(/@example\.com$/);
    for (let seed = 0; seed < 6; seed++) {
      const content = sampleOf({ $ref: "#/components/schemas/Content" }, { schemas, random: seededRandom(seed), index: 0 }) as Record<string, unknown>;
      expect(["text", "media"]).toContain(content.kind);
      if (content.kind === "text") expect([...String(content.text)].length).toBeGreaterThanOrEqual(1);
      else expect((content.urls as string[]).length).toBeGreaterThanOrEqual(1);
    }
  });
});
