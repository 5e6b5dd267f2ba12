// Every operation of openapi/v4.yaml with params sampled from the spec (scripts/sampled-calls.ts), for the tests
// that call them all: against the kit (test/testing), through the CLI (test/cli) and against Prism (test/contract).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { planCalls } from "../../scripts/sampled-calls.js";
import { mockOperations } from "../../src/generated/mock-data.js";
import { operations } from "../../src/generated/operations.js";

const spec = parse(readFileSync(new URL("../../openapi/v4.yaml", import.meta.url), "utf8")) as Record<string, unknown>;

/** One planned call per operation of the shipped spec. */
export const shippedCalls = () => planCalls(spec, operations);

/**
 * The webhook operations that read, change or replay one subscription. The kit keeps subscriptions as an account
 * does, so for a sampled id they answer 404; their 2xx answers, on subscriptions made first, are tested in
 * test/testing/kit-webhooks.test.ts.
 */
export const STATEFUL_WEBHOOK_ROLES = ["get", "update", "delete", "rotate-secret", "replay-delivery"];
export const statefulWebhookOperations = Object.keys(operations).filter((id) => STATEFUL_WEBHOOK_ROLES.includes(mockOperations[id]?.webhookRole ?? ""));
