// Spec -> the CLI's commands (src/generated/commands.ts): per operation, its help text and one flag per param,
// with what the CLI needs to read a flag's value (its JSON type) and to print a listing (columns, times).
// Only the CLI imports this module, so the client's bundle does not carry the descriptions.
import type { OperationInfo } from "./operations.js";
import { bodyShape, SpecError } from "./operations.js";
import type { CommandRow, FlagRow } from "../../src/generated/commands.js";
import { COMMAND_ROW_TYPES } from "./rows.js";
import { resolveSchema, type Schema, type Spec } from "./spec.js";

/** The CLI's own commands beside the webhook resource's generated ones. */
export const WEBHOOK_TOOLS = ["trigger", "listen"];

/** Flags the CLI itself has; a param must not take one of these names. */
export const CLI_FLAGS = ["all", "max-pages", "format", "data", "api-key", "base-url", "mock", "debug", "help", "version"];

export const kebab = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[_\s]+/g, "-")
    .toLowerCase();

function typeOf(spec: Spec, schema: Schema | undefined): FlagRow["type"] {
  const resolved = resolveSchema(spec, schema);
  const types = (Array.isArray(resolved.type) ? resolved.type : [resolved.type]).filter((t) => t !== "null");
  const [type] = types;
  if (types.length === 1 && (type === "string" || type === "integer" || type === "number" || type === "boolean")) return type;
  return types.length === 0 && Array.isArray(resolved.enum) ? "string" : "json";
}

function describe(spec: Spec, schema: Schema | undefined, description: string | undefined): string | undefined {
  return (description ?? (resolveSchema(spec, schema).description as string | undefined))?.trim().replace(/\s+/g, " ");
}

function commandOf(spec: Spec, { id, row, source, bodySchema }: OperationInfo): CommandRow {
  const flags: FlagRow[] = [];
  for (const p of row.parameters) {
    const parameter = source.parameters.find((s) => s.in === p.in && s.name === p.name)!;
    const values = resolveSchema(spec, parameter.schema).enum;
    const key = p.key ?? p.name;
    flags.push({
      name: kebab(key),
      key,
      in: p.in,
      type: typeOf(spec, parameter.schema),
      required: parameter.required ?? false,
      ...(Array.isArray(values) ? { enum: values.map(String) } : {}),
      ...(describe(spec, parameter.schema, parameter.description) ? { description: describe(spec, parameter.schema, parameter.description)! } : {}),
    });
  }
  if (row.body?.fields && bodySchema) {
    const { properties, required } = bodyShape(spec, bodySchema)!;
    for (const field of row.body.fields) {
      const values = resolveSchema(spec, properties[field]).enum;
      const text = describe(spec, properties[field], undefined);
      flags.push({
        name: kebab(field),
        key: field,
        in: "body",
        type: typeOf(spec, properties[field]),
        required: row.body.required && required.includes(field),
        ...(Array.isArray(values) ? { enum: values.map(String) } : {}),
        ...(text ? { description: text } : {}),
      });
    }
  }
  // A form's file field is a flag of its own: a path, read as the file (its name and, by its extension, its type).
  if (row.body?.file) {
    const form = resolveSchema(spec, source.requestBody?.content?.[row.body.mediaType]?.schema);
    const text = describe(spec, (form.properties as Record<string, Schema> | undefined)?.[row.body.file], undefined);
    flags.push({ name: kebab(row.body.file), key: "body", in: "body", type: "file", required: row.body.required, ...(text ? { description: text } : {}) });
  }
  for (const flag of flags) {
    if (CLI_FLAGS.includes(flag.name) || flags.filter((f) => f.name === flag.name).length > 1) {
      throw new SpecError(
        `${row.label} (${id}): its param ${flag.key} would be the CLI flag --${flag.name}, which is taken: rename it with x-blooio-name`,
      );
    }
  }
  let columns: string[] | null = null;
  let times: string[] = [];
  if (row.cursorList) {
    const page = resolveSchema(spec, source.responses["200"]?.content?.["application/json"]?.schema);
    const item = resolveSchema(spec, resolveSchema(spec, (page.properties as Record<string, Schema>).data).items as Schema);
    const fields = Object.entries((item.properties ?? {}) as Record<string, Schema>);
    const scalar = fields.filter(([, schema]) => typeOf(spec, schema) !== "json").map(([name]) => name);
    columns = (source.operation as { "x-blooio-columns"?: string[] })["x-blooio-columns"] ?? scalar.slice(0, 6);
    times = fields.filter(([name, schema]) => name.endsWith("_at") && typeOf(spec, schema) === "integer").map(([name]) => name);
  }
  const { summary = row.label, description = "" } = source.operation;
  return { summary, description: description.trim(), flags, columns, times };
}

export function commandsSource(infos: OperationInfo[], spec: Spec, header: string): string {
  const webhookResource =
    infos.find((info) => (info.source.operation as { "x-blooio-webhook-role"?: string })["x-blooio-webhook-role"] === "create")?.row.resource ?? null;
  const taken = infos.find((info) => info.row.resource === webhookResource && WEBHOOK_TOOLS.includes(info.row.name));
  if (taken) {
    throw new SpecError(`${taken.row.label} (${taken.id}) is named ${taken.row.resource}.${taken.row.name}, a command the CLI keeps for webhooks: rename it with x-blooio-method`);
  }
  const rows = infos.map((info) => `  ${info.id}: ${JSON.stringify(commandOf(spec, info))},`).join("\n");
  return (
    header +
    COMMAND_ROW_TYPES +
    "\n/** Per operation: the `blooio RESOURCE METHOD` command's help and flags. Data only; see scripts/generate/commands.ts. */\n" +
    `export const commands = {\n${rows}\n} as const satisfies Readonly<Record<string, CommandRow>>;\n\n` +
    "/** The resource whose commands manage webhooks (x-blooio-webhook-role: create): `blooio RESOURCE trigger` and `listen` join them. */\n" +
    `export const webhookResource: string | null = ${JSON.stringify(webhookResource)};\n`
  );
}
