// Every operation of openapi/v4.yaml, called once through its client method against the Prism mock of the spec, with
// params sampled from the spec (scripts/sampled-calls.ts, the same calls `npm run drill:vendor` makes against a
// copy's kit). Prism checks each request against the spec (a violation answers 400 with an sl-violations header);
// the client checks each answer against the spec's response schema. A method that sends what the spec forbids, or
// reads what it describes wrongly, fails here by name.
import { describe, expect, it } from "vitest";
import { live } from "../../scripts/sampled-calls.js";
import { operations } from "../../src/generated/operations.js";
import { testClient } from "../support/client.js";
import { prismUrl } from "../support/prism.js";
import { shippedCalls } from "../support/sampled-calls.js";

const calls = shippedCalls();
const baseUrl = await prismUrl();

type Method = (params?: unknown) => { withResponse(): Promise<{ data: unknown; response: Response }> };

describe("contract: every operation against the Prism mock of the spec", () => {
  it("plans a call for each of the spec's operations", () => {
    expect(calls.map((call) => call.id).sort()).toEqual(Object.keys(operations).sort());
    expect(calls.length).toBeGreaterThanOrEqual(78);
  });

  it.each(calls.map((call) => [`${call.label} as ${call.resource}.${call.method}`, call] as const))(
    "%s sends what Prism accepts and reads its answer",
    async (_, call) => {
      const violations: string[] = [];
      const recording = async (request: Request) => {
        const response = await globalThis.fetch(request);
        const violation = response.headers.get("sl-violations");
        if (violation) violations.push(violation);
        return response;
      };
      const client = testClient({ url: baseUrl, fetch: recording }, { maxRetries: 0, validateResponses: true }) as unknown as Record<string, Record<string, Method>>;
      const { data, response } = await client[call.resource]![call.method]!(live(call.params)).withResponse();
      expect(violations).toEqual([]);
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
      if (response.status !== 204) expect(data).toBeDefined();
    },
  );
});
