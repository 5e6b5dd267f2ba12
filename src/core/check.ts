// The checks options share: numbers in range, headers without control characters. Kept apart from the call path
// so that blooio-v4/webhooks loads none of it. Each throws ConfigurationError naming the option.
import { ConfigurationError } from "./errors.js";

/** Control characters in a header value (or the key) would let a caller inject headers or break the request. */
export const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

export function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`${name} must be a non-negative integer (got ${String(value)})`);
  }
  return value;
}

export function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new ConfigurationError(`${name} must be a positive integer (got ${String(value)})`);
  return value;
}

/** The headers, refused if a name or a value holds a control character. */
export function checkHeaders(headers: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(headers)) {
    if (CONTROL_CHARS.test(String(value)) || CONTROL_CHARS.test(name)) {
      throw new ConfigurationError(`Header ${JSON.stringify(name)} contains a control character (CR, LF, ...)`);
    }
  }
  return headers;
}
