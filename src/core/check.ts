// Option checks shared by the client and the webhook helpers, kept apart from the call path so that
// blooio-v4/webhooks loads none of it.
import { ConfigurationError } from "./errors.js";

export function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`${name} must be a non-negative integer (got ${String(value)})`);
  }
  return value;
}
