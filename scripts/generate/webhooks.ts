// Spec -> what webhook receivers need, as data and types:
//   webhooks.ts          the signature scheme (x-blooio-webhook-signature), the event types, each known event's
//                        validator loader, and a loader of the spec's example deliveries
//   webhook-events.ts    the event types: one alias per event, `KnownWebhookEvent` (a union on `type`),
//                        `UnknownWebhookEvent` (a type the spec does not list yet) and `WebhookEvent`
//   webhook-examples.ts  each event's first example delivery (loaded only by who signs test deliveries)
// The event types are the keys of the spec's top-level `webhooks` object (OpenAPI 3.1), each a POST whose JSON
// body is the delivery; a spec without one may list them in `x-blooio-webhook-event-types` (as Blooio's export
// does), typed then as envelopes only.
import { lowerCamel } from "./naming.js";
import { SpecError } from "./operations.js";
import { deref, type Operation, type RequestBody, type Schema, type Spec } from "./spec.js";

/** x-blooio-webhook-signature, as the spec declares it. */
interface DeclaredScheme {
  source?: string;
  header: string;
  timestampKey: string;
  signatureKey: string;
  algorithm: string;
  encoding: string;
  signedPayload: string;
  toleranceSec: number;
  headers?: { event?: string; replay?: string; originalEventId?: string };
}

export interface WebhookEventInfo {
  type: string;
  /** `MessageReceivedEvent`; undefined when the name is taken (a schema of the spec has it). */
  alias: string | undefined;
  summary: string | undefined;
  description: string | undefined;
  /** The delivery body's schema, when the spec has a `webhooks` entry for the type. */
  schema: Schema | undefined;
  example: unknown;
}

const HASHES: Record<string, string> = { "HMAC-SHA256": "SHA-256", "HMAC-SHA384": "SHA-384", "HMAC-SHA512": "SHA-512" };
const JSON_MEDIA = /^application\/(.+\+)?json$/;
const quote = (text: string) => JSON.stringify(text);

/** Every event type of the spec, with its body schema and example where the spec has a `webhooks` entry. */
export function readWebhookEvents(spec: Spec, taken: ReadonlySet<string>): WebhookEventInfo[] {
  const entries = (spec as { webhooks?: Record<string, Record<string, unknown>> }).webhooks ?? {};
  const listed = (spec as { "x-blooio-webhook-event-types"?: unknown })["x-blooio-webhook-event-types"];
  const types = Object.keys(entries).length ? Object.keys(entries) : Array.isArray(listed) ? listed.map(String) : [];
  const aliases = new Map<string, number>();
  const infos = types.map((type): WebhookEventInfo => {
    const operation = (deref<Record<string, unknown>>(spec, entries[type] ?? {}).post ?? undefined) as Operation | undefined;
    const body = operation?.requestBody ? deref<RequestBody>(spec, operation.requestBody) : undefined;
    const media = Object.entries(body?.content ?? {}).find(([name]) => JSON_MEDIA.test(name))?.[1] as
      | { schema?: Schema; example?: unknown; examples?: Record<string, { value?: unknown }> }
      | undefined;
    const example = media && "example" in media ? media.example : Object.values(media?.examples ?? {})[0]?.value;
    const name = `${lowerCamel(type).replace(/^./, (first) => first.toUpperCase())}Event`;
    aliases.set(name, (aliases.get(name) ?? 0) + 1);
    return { type, alias: name, summary: operation?.summary, description: operation?.description, schema: media?.schema, example };
  });
  // An alias gives way to the spec's own names, and two event types that would share one get none.
  for (const info of infos) if (taken.has(info.alias!) || aliases.get(info.alias!)! > 1 || !/^[A-Za-z_$][\w$]*$/.test(info.alias!)) info.alias = undefined;
  return infos;
}

function schemeOf(spec: Spec): Record<string, unknown> | null {
  const declared = (spec as { "x-blooio-webhook-signature"?: DeclaredScheme })["x-blooio-webhook-signature"];
  if (!declared) return null;
  const problems: string[] = [];
  for (const key of ["header", "timestampKey", "signatureKey", "algorithm", "encoding", "signedPayload"] as const) {
    if (typeof declared[key] !== "string" || !declared[key]) problems.push(`${key} must be a non-empty string`);
  }
  if (!Number.isInteger(declared.toleranceSec) || declared.toleranceSec <= 0) problems.push("toleranceSec must be a positive integer");
  if (!(declared.algorithm in HASHES)) problems.push(`algorithm must be one of ${Object.keys(HASHES).join(", ")} (got ${declared.algorithm})`);
  if (declared.encoding !== "hex" && declared.encoding !== "base64") problems.push(`encoding must be hex or base64 (got ${declared.encoding})`);
  if (declared.signedPayload?.split("{body}").length !== 2) problems.push("signedPayload must name {body} exactly once");
  if (problems.length) throw new SpecError(`x-blooio-webhook-signature cannot be used: ${problems.join("; ")}`);
  const lower = (name: string | undefined) => name?.toLowerCase();
  return {
    header: lower(declared.header),
    timestampKey: declared.timestampKey,
    signatureKey: declared.signatureKey,
    hash: HASHES[declared.algorithm],
    encoding: declared.encoding,
    signedPayload: declared.signedPayload,
    toleranceSec: declared.toleranceSec,
    headers: {
      event: lower(declared.headers?.event) ?? null,
      replay: lower(declared.headers?.replay) ?? null,
      originalEventId: lower(declared.headers?.originalEventId) ?? null,
    },
  };
}

const fileOf = (type: string) => `${type.replace(/[^A-Za-z0-9._-]/g, "_")}.event`;

export function webhooksSource(spec: Spec, events: WebhookEventInfo[], header: string): string {
  const scheme = schemeOf(spec);
  const typed = events.filter((event) => event.schema);
  const loaders = typed.map((event) => `  ${quote(event.type)}: () => import("./validators/${fileOf(event.type)}.js"),`).join("\n");
  return (
    header +
    "/** How a delivery is signed, from the spec's x-blooio-webhook-signature (header names in lower case); null when the spec declares none. */\n" +
    "export interface WebhookSignatureScheme {\n" +
    "  /** The header carrying the signature. */\n  readonly header: string;\n" +
    "  /** The header's key for the Unix time (seconds) the delivery was signed at. */\n  readonly timestampKey: string;\n" +
    "  /** The header's key for a signature; it may appear more than once (several secrets during a rotation). */\n  readonly signatureKey: string;\n" +
    "  /** The HMAC's hash, as Web Crypto names it. */\n  readonly hash: string;\n" +
    "  /** How a signature is written. */\n  readonly encoding: string;\n" +
    "  /** What is signed: `{timestamp}` and `{body}` (the raw body) filled in. */\n  readonly signedPayload: string;\n" +
    "  /** How old (or how far ahead) a delivery's timestamp may be, in seconds. */\n  readonly toleranceSec: number;\n" +
    "  /** The other headers of a delivery: its event type, and a replay's marker and original event id. */\n" +
    "  readonly headers: { readonly event: string | null; readonly replay: string | null; readonly originalEventId: string | null };\n}\n\n" +
    `export const webhookSignature: WebhookSignatureScheme | null = ${JSON.stringify(scheme)};\n\n` +
    "/** Every event type the spec lists. */\n" +
    `export const webhookEventTypes = ${JSON.stringify(events.map((event) => event.type))} as const;\n\n` +
    "export type WebhookEventType = (typeof webhookEventTypes)[number];\n\n" +
    "/** A generated validator: true when the value keeps the schema, else false with `errors` set. */\n" +
    "export type EventValidator = ((data: unknown) => boolean) & {\n" +
    "  errors?: { instancePath: string; schemaPath?: string; keyword: string; params: Record<string, unknown>; data?: unknown }[] | null;\n};\n\n" +
    "/** Each event type's delivery validator (the spec's body schema), loaded on first use. */\n" +
    `export const webhookValidators: Readonly<Record<string, () => Promise<{ validateEvent: EventValidator }>>> = {\n${loaders}\n};\n\n` +
    "/** Each event type's example delivery from the spec, loaded on first use (for signed test deliveries). */\n" +
    'export const webhookExamples = (): Promise<Readonly<Record<string, unknown>>> => import("./webhook-examples.js").then((module) => module.webhookExamples);\n'
  );
}

export function webhookExamplesSource(events: WebhookEventInfo[], header: string): string {
  const examples = events.filter((event) => event.example !== undefined).map((event) => `  ${quote(event.type)}: ${JSON.stringify(event.example)},`);
  return (
    header +
    "/** Each event type's first example delivery in the spec. Data only; see scripts/generate/webhooks.ts. */\n" +
    `export const webhookExamples: Readonly<Record<string, unknown>> = {\n${examples.join("\n")}\n};\n`
  );
}

/** Text for a JSDoc block: its paragraphs, blank lines between them. */
function jsdoc(paragraphs: (string | undefined)[]): string {
  const lines = paragraphs
    .filter((text): text is string => !!text?.trim())
    .flatMap((text, i) => [...(i ? [""] : []), ...text.trim().replaceAll("*/", "*\\/").split("\n")]);
  return `/**\n${lines.map((line) => ` *${line ? ` ${line}` : ""}`).join("\n")}\n */\n`;
}

export function webhookEventsSource(events: WebhookEventInfo[], header: string): string {
  const typed = events.filter((event) => event.schema);
  const body = (type: string) => `webhooks[${quote(type)}]["post"]["requestBody"]["content"]["application/json"]`;
  const out: string[] = [header, typed.length ? 'import type { webhooks } from "./v4.js";\n\n' : ""];
  out.push("/** Each event type the spec describes, and the delivery body it comes with. */\n");
  out.push(`export interface WebhookEvents {\n${typed.map((event) => `  ${quote(event.type)}: ${body(event.type)};`).join("\n")}\n}\n\n`);
  for (const event of typed.filter((event) => event.alias)) {
    out.push(jsdoc([event.summary, event.description, `A \`${event.type}\` delivery.`]), `export type ${event.alias} = WebhookEvents[${quote(event.type)}];\n\n`);
  }
  out.push(
    "/** An event of a type the spec describes, told apart by `type`. */\n",
    "export type KnownWebhookEvent = WebhookEvents[keyof WebhookEvents];\n\n",
    "/** An event of a type this build's spec does not describe (the beta adds types): its envelope, `data` unread. */\n",
    "export interface UnknownWebhookEvent {\n  id: string;\n  type: string;\n  created_at: number;\n  organization_id?: string;\n  data: unknown;\n}\n\n",
    "/** What a verified delivery is: a known event, or one of a type the spec does not describe yet. */\n",
    "export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;\n",
  );
  return out.join("");
}

/** The files of each typed event's validator, by path under src/generated/validators/. */
export function eventValidatorFiles(events: WebhookEventInfo[]): { file: string; schema: Schema }[] {
  return events.filter((event) => event.schema).map((event) => ({ file: `${fileOf(event.type)}.ts`, schema: event.schema! }));
}
