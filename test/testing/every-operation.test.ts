// The testing kit answers every operation of openapi/v4.yaml: each called once through its client method with params
// sampled from the spec (scripts/sampled-calls.ts, as `npm run drill:vendor` does on a regenerated copy), each
// answered 2xx with no contract violation either way, and every cursor list seeded for three pages and paged to its end.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { callEverything, planCalls } from "../../scripts/sampled-calls.js";
import { mockOperations } from "../../src/generated/mock-data.js";
import { operations } from "../../src/generated/operations.js";
import { createBlooioClient } from "../../src/index.js";
import { createMockApi } from "../../src/testing.js";

const spec = parse(readFileSync(new URL("../../openapi/v4.yaml", import.meta.url), "utf8")) as Record<string, unknown>;

// The kit keeps webhook subscriptions as an account does: reading, changing or replaying one it does not hold is a
// 404, which is what a sampled id gets here. Their 2xx answers, on subscriptions made first, are in kit-webhooks.test.ts.
const STATEFUL_ROLES = ["get", "update", "delete", "rotate-secret", "replay-delivery"];
const stateful = Object.keys(operations).filter((id) => STATEFUL_ROLES.includes(mockOperations[id]?.webhookRole ?? ""));

it("answers every operation of the spec to the contract, and pages every cursor list to its end", async () => {
  const calls = planCalls(spec, operations);
  const report = await callEverything({ client: { createBlooioClient }, testing: { createMockApi } }, calls);
  const problemOf = (id: string) => report.problems.filter((problem) => problem.includes(` (${id}, `));
  expect(report.problems.filter((problem) => !stateful.some((id) => problem.includes(` (${id}, `)))).toEqual([]);
  expect(stateful).toHaveLength(STATEFUL_ROLES.length);
  for (const id of stateful) expect(problemOf(id), id).toEqual([expect.stringMatching(/failed: NotFoundError: .* \(status 404\)/)]);
  expect(report.calls).toBe(Object.keys(operations).length - stateful.length);
  const lists = Object.values(operations).filter((row) => row.cursorList).length;
  expect(report.lists).toBe(lists);
  expect(report.nested).toBeGreaterThan(0);
  expect(report.pages).toBeGreaterThanOrEqual(lists * 3);
});
