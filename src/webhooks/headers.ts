// Request headers as each framework hands them over: a fetch `Headers`, or a plain object (Node's
// IncomingHttpHeaders, Express) in any letter case, whose values may be arrays.
import { scheme } from "./signature.js";

/** A fetch `Headers`, or a plain object of header names (any letter case) to a value or a list of values. */
export type WebhookHeaders =
  | Headers
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** One header's value (a list joined with commas), or undefined when it is absent or empty. */
export function headerValue(headers: WebhookHeaders | null | undefined, name: string | null): string | undefined {
  if (name === null) return undefined;
  if (headers === null || typeof headers !== "object") return undefined;
  let value: unknown;
  if (typeof (headers as { get?: unknown }).get === "function") {
    value = (headers as { get(name: string): string | null }).get(name);
  } else {
    const record = headers as Record<string, unknown>;
    // Node lowercases header names: the common case costs one lookup.
    value = Object.hasOwn(record, name) ? record[name] : undefined;
    if (value === undefined) {
      for (const key of Object.keys(record)) {
        if (key.toLowerCase() === name) {
          value = record[key];
          break;
        }
      }
    }
  }
  const text = Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : undefined;
  return text && text.trim() ? text : undefined;
}

/** What a delivery's unsigned headers say about it. Trust the verified event over them. */
export interface DeliveryHeaders {
  /** The event type the delivery announces (`X-Blooio-Event`). */
  eventType: string | undefined;
  /** True when this delivery is a replay you asked for (`X-Blooio-Replay: true`). */
  replay: boolean;
  /** On a replay: the id of the event it replays (`X-Original-Event-Id`). */
  originalEventId: string | undefined;
}

/**
 * The delivery headers beside the signature. They are not signed: read them after verifying, and never let them
 * decide anything an attacker who re-sends a captured delivery could exploit (such as the dedupe key).
 */
export function readDeliveryHeaders(headers: WebhookHeaders): DeliveryHeaders {
  const names = scheme.headers;
  return {
    eventType: headerValue(headers, names.event)?.trim(),
    replay: headerValue(headers, names.replay)?.trim().toLowerCase() === "true",
    originalEventId: headerValue(headers, names.originalEventId)?.trim(),
  };
}
