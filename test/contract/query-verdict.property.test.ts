// Property: for generated queries, the client's verdict equals Prism's. What the client accepts passes Prism's
// validator (no sl-violations); what the client rejects (ValidationError, nothing sent) Prism rejects too.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError, type ListChatsQuery } from "../../src/index.js";
import { testClient } from "../support/client.js";
import { prismUrl } from "../support/prism.js";

const baseUrl = await prismUrl();
const CHANNEL_TYPES = ["blooio", "twilio", "whatsapp", "whatsapp_business", "rcs_business"];
const STATES = ["open", "closed", "blocked", "deprecated"];

const text = fc.string({ maxLength: 12, unit: "grapheme" });
const query = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...CHANNEL_TYPES), text),
    state: fc.oneof(fc.constantFrom(...STATES), text),
    channel_id: text,
    contact_id: text,
    limit: fc.oneof(
      fc.integer({ min: -5, max: 260 }),
      fc.constantFrom(0, 1, 200, 201),
      fc.double({ min: -2, max: 300, noNaN: true, noDefaultInfinity: true }),
    ),
    // An empty cursor means "first page" and is never sent, so the two verdicts are compared on real cursors.
    cursor: fc.string({ minLength: 1, maxLength: 20 }),
  },
  { requiredKeys: [] },
);

describe("query validation agrees with Prism", () => {
  it("accepts exactly what Prism accepts", async () => {
    const sent: string[] = [];
    const client = testClient({ url: baseUrl, fetch: (request) => (sent.push(request.url), globalThis.fetch(request)) }, { maxRetries: 0 });
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        sent.length = 0;
        const clientVerdict = await client.chats.list(q as ListChatsQuery).then(
          () => "accept",
          (error: unknown) => (error instanceof ValidationError ? "reject" : `error: ${String(error)}`),
        );
        if (clientVerdict === "reject") expect(sent).toHaveLength(0);
        // client.api does not validate: it sends the same query, serialized the same way, for Prism to judge.
        const { response } = await client.api.GET("/chats", { params: { query: q as ListChatsQuery } });
        const violations = response.headers.get("sl-violations");
        const prismVerdict = response.status === 400 && violations ? "reject" : response.ok ? "accept" : `status ${response.status}`;
        expect({ query: q, verdict: clientVerdict }).toEqual({ query: q, verdict: prismVerdict });
        if (clientVerdict === "accept") accepted++;
        else rejected++;
      }),
      { numRuns: 150 },
    );
    // Both verdicts were exercised, so the property says something either way.
    expect(accepted).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(10);
  });
});
