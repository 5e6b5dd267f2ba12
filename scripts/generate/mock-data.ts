// Spec -> src/generated/mock-data.ts: what the testing kit's mock answers from, as data. Per operation: whether it
// needs a key, the page size rule of a cursor list, and each documented JSON response's schema and first example;
// and the spec's component schemas with their descriptions and examples (the kit's sample generator reads them).
import { deref, type Parameter, type Schema, type Spec } from "./spec.js";
import type { OperationInfo } from "./operations.js";

interface MockOperationData {
  secured: boolean;
  limit: { default?: number; maximum?: number } | null;
  responses: Record<string, { schema?: Schema; example?: unknown }>;
}

function firstExample(media: { example?: unknown; examples?: Record<string, unknown> } | undefined): { example?: unknown } {
  if (!media) return {};
  if ("example" in media) return { example: media.example };
  const first = Object.values(media.examples ?? {})[0] as { value?: unknown } | undefined;
  return first && "value" in first ? { example: first.value } : {};
}

export function mockDataSource(infos: OperationInfo[], spec: Spec & { security?: unknown[] }, header: string): string {
  const data: Record<string, MockOperationData> = {};
  for (const { id, source, row } of infos) {
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
    };
  }
  const rows = Object.entries(data).map(([id, entry]) => `  ${id}: ${JSON.stringify(entry)},`);
  return (
    header +
    "/** What the testing kit's mock answers from, per operation. Data only; see scripts/generate/mock-data.ts. */\n" +
    "export interface MockOperationData {\n" +
    "  /** The spec asks for a key (a bearer token). */\n  readonly secured: boolean;\n" +
    "  /** A cursor list's `limit`: its default and maximum. */\n  readonly limit: { readonly default?: number; readonly maximum?: number } | null;\n" +
    "  /** Each documented JSON response by status: its schema (refs to `#/components/schemas/`) and first example. */\n" +
    "  readonly responses: Readonly<Record<string, { readonly schema?: unknown; readonly example?: unknown }>>;\n}\n\n" +
    `export const mockOperations: Readonly<Record<string, MockOperationData>> = {\n${rows.join("\n")}\n};\n\n` +
    "/** The spec's component schemas, descriptions and examples kept. */\n" +
    `export const schemas: Readonly<Record<string, unknown>> = ${JSON.stringify(spec.components?.schemas ?? {})};\n`
  );
}
