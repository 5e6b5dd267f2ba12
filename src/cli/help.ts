// The CLI's help: the command list, and each command's help from the spec's summary and descriptions.
import { webhookResource } from "../generated/commands.js";
import { type Command, COMMANDS } from "./commands.js";
import { WEBHOOK_TOOLS_HELP } from "./webhook-tools.js";

export const EXIT_CODES = `Exit codes:
  0  done (also when the output pipe closes early, as with \`| head\`)
  1  the API or the network failed
  2  bad flags or values (checked against the spec before anything is sent), or no API key
  4  authentication failed (401): check the API key`;

const GLOBAL = `Connection:
  --api-key KEY         default: $BLOOIO_API_KEY (never printed)
  --base-url URL        default: $BLOOIO_BASE_URL, else https://api.blooio.com/v4
  --mock                use the testing kit's mock of the spec (generated items, on 127.0.0.1)
  --debug               log every attempt (status, duration, retries) to stderr
  -h, --help            help; \`blooio RESOURCE METHOD --help\` for a command's flags
  -v, --version         package and spec version`;

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.row.resource} ${c.row.name}`.length));
  const lines = COMMANDS.map((c) => `  ${`${c.row.resource} ${c.row.name}`.padEnd(width)}  ${c.summary}`);
  return `Usage: blooio RESOURCE METHOD [flags]

The Blooio V4 API (beta) from the command line: one command per operation of the spec.

Commands:
${lines.join("\n")}
${webhookResource ? `\n${WEBHOOK_TOOLS_HELP(webhookResource)}\n` : ""}
${GLOBAL}

${EXIT_CODES}`;
}

function flagLine(flag: Command["flags"][number]): string {
  const value = flag.type === "boolean" ? "" : flag.type === "json" ? " JSON" : ` ${flag.type.toUpperCase()}`;
  const left = `  --${flag.name}${value}`;
  const notes = [flag.required ? "required" : "", flag.enum ? flag.enum.join(" | ") : "", flag.description ?? ""].filter(Boolean);
  return `${left.padEnd(24)}${left.length >= 24 ? " " : ""}${notes.join("; ")}`;
}

export function commandHelp(command: Command): string {
  const { row } = command;
  const list = row.cursorList
    ? `
Listing:
  --all                 follow next_cursor to the last page (progress on stderr when it is a terminal)
  --max-pages N         with --all, stop after N pages
Output:
  --format FORMAT       table (default) | json | ndjson (one item per line, written as each page arrives)`
    : `
Output:
  --format FORMAT       json (default) | ndjson`;
  const body =
    row.body && !row.body.file
      ? `\n  --data JSON|@FILE     the request body (${row.body.mediaType})${row.body.fields ? "; flags override its fields" : ", whole"}`
      : "";
  return `Usage: blooio ${row.resource} ${row.name} [flags]

${command.summary}${command.description && command.description !== command.summary ? `\n\n${command.description}` : ""}

${row.method} ${row.path} (operationId ${command.id})

Flags:
${command.flags.map(flagLine).join("\n")}${body}
${list}

${GLOBAL}

${EXIT_CODES}`;
}
