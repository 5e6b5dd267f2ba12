// argv -> a command and its params: flags from the operation's parameters and body fields, values read by the
// type the spec gives them, `--data` for a whole body. What the spec's validators say is checked later, by the call.
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { type Command, findCommand, RESOURCES } from "./commands.js";

export class UsageError extends Error {}

export const FORMATS = ["table", "json", "ndjson"] as const;
export type Format = (typeof FORMATS)[number];

export interface Invocation {
  command: Command | undefined;
  params: Record<string, unknown>;
  format: Format;
  all: boolean;
  maxPages: number | undefined;
  apiKey: string | undefined;
  baseUrl: string | undefined;
  mock: boolean;
  debug: boolean;
  help: boolean;
  version: boolean;
}

const GLOBAL_OPTIONS = {
  "api-key": { type: "string" },
  "base-url": { type: "string" },
  mock: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies ParseArgsConfig["options"];

/** Words that may be echoed in a message: a stray word may be a key pasted in the wrong place. */
const safe = (word: string | undefined) => (word && /^[a-z][a-z-]*$/i.test(word) ? word : undefined);

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`${flag} must be a positive integer (got ${JSON.stringify(value)})`);
  }
  return Number(value);
}

/** A flag's text as the spec's type: numbers must be numbers, JSON must parse; the validators judge the rest. */
function valueOf(flag: Command["flags"][number], text: string | boolean): unknown {
  if (typeof text === "boolean") return text;
  switch (flag.type) {
    case "integer":
    case "number":
      if (!/^-?\d+(\.\d+)?$/.test(text) || (flag.type === "integer" && text.includes("."))) {
        throw new UsageError(`--${flag.name} must be ${flag.type === "integer" ? "an integer" : "a number"} (got ${JSON.stringify(text)})`);
      }
      return Number(text);
    case "json":
      try {
        return JSON.parse(text);
      } catch {
        throw new UsageError(`--${flag.name} must be JSON, for example '{"key":"value"}'`);
      }
    case "file":
      return fileOf(flag.name, text);
    default:
      return text;
  }
}

// The type a form's file is sent with, by its extension; the API says which it takes.
const MEDIA_TYPES: Record<string, string> = {
  jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp", heic: "image/heic", heif: "image/heif",
};

/** `--background wall.png`: the file, named and typed as a browser's file input would send it. */
function fileOf(flag: string, path: string): File {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`--${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const name = path.split(/[\\/]/).pop()!;
  const type = MEDIA_TYPES[name.split(".").pop()!.toLowerCase()] ?? "application/octet-stream";
  return new File([new Uint8Array(bytes)], name, { type });
}

/**
 * `--data '{...}'` or `--data @body.json`: the request body. A body of fields (an object the spec lists) must be a
 * JSON object; a body the spec leaves whole (free-form, or not an object) may be any JSON value.
 */
function dataOf(text: string, whole: boolean): unknown {
  let source = text;
  if (text.startsWith("@")) {
    try {
      source = readFileSync(text.slice(1), "utf8");
    } catch (error) {
      throw new UsageError(`--data: cannot read ${text.slice(1)} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    throw new UsageError(`--data must be ${whole ? "JSON" : "a JSON object"} (or @FILE holding it)`);
  }
  if (!whole && (!data || typeof data !== "object" || Array.isArray(data))) throw new UsageError("--data must be a JSON object");
  return data;
}

export function parseInvocation(argv: string[]): Invocation {
  const [resource, method] = argv;
  const named = resource !== undefined && !resource.startsWith("-");
  const command = named ? findCommand(resource, method) : undefined;
  if (named && !command) {
    const words = [safe(resource), safe(method)].filter(Boolean).join(" ");
    const known = RESOURCES.includes(resource) ? `; \`blooio --help\` lists the commands of ${resource}` : "";
    throw new UsageError(`Unknown command${words ? ` "${words}"` : ""}${known}`);
  }
  const list = command?.row.cursorList ?? false;
  const options: ParseArgsConfig["options"] = { ...GLOBAL_OPTIONS };
  for (const flag of command?.flags ?? []) options[flag.name] = { type: flag.type === "boolean" ? "boolean" : "string" };
  if (command) options.format = { type: "string" };
  // --data is a JSON body's fields; a form's file comes from its own flag instead.
  if (command?.row.body && !command.row.body.file) options.data = { type: "string" };
  if (list) Object.assign(options, { all: { type: "boolean" }, "max-pages": { type: "string" } });

  let parsed;
  try {
    parsed = parseArgs({ args: command ? argv.slice(2) : argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    // Node's message can quote the offending argument; the first line names it, the rest is advice about `--`.
    throw new UsageError((error as Error).message.split(/\n|\. To specify/)[0]!);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (parsed.positionals.length) {
    // Counted, not echoed.
    throw new UsageError(`Commands take flags only (got ${parsed.positionals.length} more word${parsed.positionals.length > 1 ? "s" : ""})`);
  }
  const help = values.help === true;
  const version = values.version === true;
  if (!command && !help && !version) throw new UsageError("Missing command: blooio RESOURCE METHOD");

  const format = (values.format ?? (list ? "table" : "json")) as Format;
  const allowed: readonly Format[] = list ? FORMATS : ["json", "ndjson"];
  if (!allowed.includes(format)) {
    throw new UsageError(`--format must be one of ${allowed.join(", ")} (got ${JSON.stringify(values.format)})`);
  }
  if (values["max-pages"] !== undefined && !values.all) throw new UsageError("--max-pages needs --all");
  if (values.mock && values["base-url"] !== undefined) throw new UsageError("--mock and --base-url cannot be used together");

  // A body of fields spreads into params, where flags override them; a whole body is params.body.
  const whole = !!command?.row.body && !command.row.body.fields;
  const data = typeof values.data === "string" ? dataOf(values.data, whole) : undefined;
  const params: Record<string, unknown> = data === undefined ? {} : whole ? { body: data } : (data as Record<string, unknown>);
  for (const flag of command?.flags ?? []) {
    const text = values[flag.name];
    if (text !== undefined) params[flag.key] = valueOf(flag, text);
  }
  return {
    command,
    params,
    format,
    all: values.all === true,
    maxPages: positiveInteger("--max-pages", values["max-pages"] as string | undefined),
    apiKey: values["api-key"] as string | undefined,
    baseUrl: values["base-url"] as string | undefined,
    mock: values.mock === true,
    debug: values.debug === true,
    help,
    version,
  };
}
