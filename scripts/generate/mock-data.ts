// Spec -> src/generated/mock-data.ts: what the testing kit's mock answers from, as data. Per operation: whether it
// needs a key, the page size rule of a cursor list, and each documented JSON response's schema and first example;
// and the spec's component schemas with their descriptions and examples (the kit's sample generator reads them).
import { deref, type Parameter, type Schema, type Spec } from "./spec.js";
import { type OperationInfo, SpecError } from "./operations.js";

interface MockOperationData {
  secured: boolean;
  limit: { default?: number; maximum?: number } | null;
  responses: Record<string, { schema?: Schema; example?: unknown }>;
  webhookRole?: string;
  emits?: string[];
}

const WEBHOOK_MODEL_TYPE = `/** x-blooio-webhook-model: the names of the webhook resources' fields, by what they mean to the kit. */
export interface WebhookModel {
  readonly envelope: { readonly id: string; readonly type: string; readonly createdAt: string; readonly organizationId: string; readonly data: string };
  readonly subscription: {
    readonly url: string; readonly eventTypes: string; readonly channelId: string; readonly channelType: string;
    readonly status: string; readonly active: string; readonly secret: string; readonly createdAt: string;
    readonly defaultEventTypes: readonly string[];
  };
  readonly delivery: {
    readonly webhookId: string; readonly eventId: string; readonly eventType: string; readonly status: string; readonly attempts: string;
    readonly responseStatus: string; readonly lastAttemptAt: string; readonly nextAttemptAt: string; readonly createdAt: string;
  };
  readonly replay: { readonly replayOf: string; readonly status: string };
  /** Subscription tokens the API expands into others (legacy buckets). */
  readonly buckets: Readonly<Record<string, readonly string[]>>;
}

`;

/** What an operation may do to webhook subscriptions (x-blooio-webhook-role), each done by one operation at most. */
const WEBHOOK_ROLES = ["create", "list", "get", "update", "delete", "rotate-secret", "list-deliveries", "replay-delivery"];

function firstExample(media: { example?: unknown; examples?: Record<string, unknown> } | undefined): { example?: unknown } {
  if (!media) return {};
  if ("example" in media) return { example: media.example };
  const first = Object.values(media.examples ?? {})[0] as { value?: unknown } | undefined;
  return first && "value" in first ? { example: first.value } : {};
}

export function mockDataSource(infos: OperationInfo[], spec: Spec & { security?: unknown[] }, header: string, eventTypes: readonly string[]): string {
  const data: Record<string, MockOperationData> = {};
  const problems: string[] = [];
  const roles = new Map<string, string>();
  for (const { id, source, row } of infos) {
    const { "x-blooio-webhook-role": role, "x-blooio-emits": emits } = source.operation as { "x-blooio-webhook-role"?: string; "x-blooio-emits"?: string[] };
    if (role !== undefined && !WEBHOOK_ROLES.includes(role)) problems.push(`${row.label} (${id}): x-blooio-webhook-role must be one of ${WEBHOOK_ROLES.join(", ")}`);
    if (role !== undefined && roles.has(role)) problems.push(`${row.label} (${id}) and ${roles.get(role)} both have x-blooio-webhook-role ${role}`);
    if (role !== undefined) roles.set(role, id);
    for (const type of emits ?? []) if (!eventTypes.includes(type)) problems.push(`${row.label} (${id}): x-blooio-emits names ${type}, which the spec's webhooks do not list`);
    const security = (source.operation as { security?: unknown[] }).security ?? spec.security ?? [];
    const limitParameter = row.cursorList ? source.parameters.find((p: Parameter) => p.in === "query" && p.name === "limit") : undefined;
    const limitSchema = limitParameter?.schema ? deref<Schema>(spec, limitParameter.schema) : undefined;
    const responses: MockOperationData["responses"] = {};
    for (const [status, response] of Object.entries(source.responses)) {
      const media = Object.entries(response.content ?? {}).find(([type]) => /^application\/(.+\+)?json$/.test(type))?.[1];
      if (media) responses[status] = { ...(media.schema ? { schema: media.schema } : {}), ...firstExample(media as never) };
    }
    data[id] = {
      secured: security.length > 0,
      limit: limitSchema
        ? {
            ...(typeof limitSchema.default === "number" ? { default: limitSchema.default } : {}),
            ...(typeof limitSchema.maximum === "number" ? { maximum: limitSchema.maximum } : {}),
          }
        : null,
      responses,
      ...(role ? { webhookRole: role } : {}),
      ...(emits?.length ? { emits } : {}),
    };
  }
  if (problems.length) throw new SpecError(`The spec's testing-kit extensions cannot be used:\n  ${problems.join("\n  ")}`);
  const model = (spec as { "x-blooio-webhook-model"?: unknown })["x-blooio-webhook-model"] ?? null;
  const rows = Object.entries(data).map(([id, entry]) => `  ${id}: ${JSON.stringify(entry)},`);
  return (
    header +
    "/** What the testing kit's mock answers from, per operation. Data only; see scripts/generate/mock-data.ts. */\n" +
    WEBHOOK_MODEL_TYPE +
    "export interface MockOperationData {\n" +
    "  /** The spec asks for a key (a bearer token). */\n  readonly secured: boolean;\n" +
    "  /** A cursor list's `limit`: its default and maximum. */\n  readonly limit: { readonly default?: number; readonly maximum?: number } | null;\n" +
    "  /** Each documented JSON response by status: its schema (refs to `#/components/schemas/`) and first example. */\n" +
    "  readonly responses: Readonly<Record<string, { readonly schema?: unknown; readonly example?: unknown }>>;\n" +
    "  /** What it does to webhook subscriptions (x-blooio-webhook-role). */\n  readonly webhookRole?: string;\n" +
    "  /** The events an accepted call leads to, in order (x-blooio-emits). */\n  readonly emits?: readonly string[];\n}\n\n" +
    `export const mockOperations: Readonly<Record<string, MockOperationData>> = {\n${rows.join("\n")}\n};\n\n` +
    "/** Which fields of the webhook resources mean what (x-blooio-webhook-model); null when the spec says nothing. */\n" +
    `export const webhookModel: WebhookModel | null = ${JSON.stringify(model)};\n\n` +
    "/** The spec's component schemas, descriptions and examples kept. */\n" +
    `export const schemas: Readonly<Record<string, unknown>> = ${JSON.stringify(spec.components?.schemas ?? {})};\n`
  );
}
