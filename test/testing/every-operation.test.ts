// The testing kit answers every operation of openapi/v4.yaml: each called once through its client method with params
// sampled from the spec (scripts/sampled-calls.ts, as `npm run drill:vendor` does on a regenerated copy), each
// answered 2xx with no contract violation either way, and every cursor list seeded for three pages and paged to its end.
import { expect, it } from "vitest";
import { callEverything } from "../../scripts/sampled-calls.js";
import { operations } from "../../src/generated/operations.js";
import { createBlooioClient } from "../../src/index.js";
import { createMockApi } from "../../src/testing.js";
import { shippedCalls, STATEFUL_WEBHOOK_ROLES, statefulWebhookOperations as stateful } from "../support/sampled-calls.js";

it("answers every operation of the spec to the contract, and pages every cursor list to its end", async () => {
  const calls = shippedCalls();
  const report = await callEverything({ client: { createBlooioClient }, testing: { createMockApi } }, calls);
  const problemOf = (id: string) => report.problems.filter((problem) => problem.includes(` (${id}, `));
  expect(report.problems.filter((problem) => !stateful.some((id) => problem.includes(` (${id}, `)))).toEqual([]);
  expect(stateful).toHaveLength(STATEFUL_WEBHOOK_ROLES.length);
  for (const id of stateful) expect(problemOf(id), id).toEqual([expect.stringMatching(/failed: NotFoundError: .* \(status 404\)/)]);
  expect(report.calls).toBe(Object.keys(operations).length - stateful.length);
  const lists = Object.values(operations).filter((row) => row.cursorList).length;
  expect(report.lists).toBe(lists);
  expect(report.nested).toBeGreaterThan(0);
  expect(report.pages).toBeGreaterThanOrEqual(lists * 3);
});
