#!/usr/bin/env node
// blooio: the command line over the client. Exit codes: 0 ok, 1 API or network error, 2 bad usage.
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createBlooioClient } from "./client.js";
import { ConfigurationError, ValidationError } from "./errors.js";
import type { Chat, ListChatsQuery } from "./types.js";

const USAGE = `Usage: blooio chats list [options]

Lists chats, most recent first (Blooio V4 API, beta).

Filters:
  --type TYPE           blooio | twilio | whatsapp | whatsapp_business | rcs_business | amb
  --state STATE         open | closed | blocked | deprecated
  --channel-id ID       only chats on this channel
  --contact-id ID       only chats with this contact
Paging:
  --limit N             chats per page, 1..200 (server default 50)
  --cursor CURSOR       start from this cursor (next_cursor of an earlier page)
  --all                 follow next_cursor to the last page (progress on stderr when it is a terminal)
  --max-pages N         with --all, stop after N pages
Output:
  --format FORMAT       table (default) | json | ndjson (streams as pages arrive)
Connection:
  --api-key KEY         default: $BLOOIO_API_KEY
  --base-url URL        default: $BLOOIO_BASE_URL, else https://api.blooio.com/v4
  --mock                start the embedded Prism mock of the spec and use it
  -h, --help            this text
  -v, --version         package and spec version`;

class UsageError extends Error {}

const FORMATS = ["table", "json", "ndjson"] as const;
type Format = (typeof FORMATS)[number];

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} must be a positive integer (got ${JSON.stringify(value)})`);
  return Number(value);
}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        type: { type: "string" },
        state: { type: "string" },
        "channel-id": { type: "string" },
        "contact-id": { type: "string" },
        limit: { type: "string" },
        cursor: { type: "string" },
        all: { type: "boolean" },
        "max-pages": { type: "string" },
        format: { type: "string", default: "table" },
        "api-key": { type: "string" },
        "base-url": { type: "string" },
        mock: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { values, query: {}, format: "table" as Format };
  if (positionals.join(" ") !== "chats list") {
    throw new UsageError(positionals.length ? `Unknown command: ${positionals.join(" ")}` : "Missing command: chats list");
  }
  if (!FORMATS.includes(values.format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got ${JSON.stringify(values.format)})`);
  }
  if (values["max-pages"] !== undefined && !values.all) throw new UsageError("--max-pages needs --all");
  const query: ListChatsQuery = {
    type: values.type as ListChatsQuery["type"],
    state: values.state as ListChatsQuery["state"],
    channel_id: values["channel-id"],
    contact_id: values["contact-id"],
    limit: positiveInteger("--limit", values.limit),
    cursor: values.cursor,
  };
  return { values, query, format: values.format as Format, maxPages: positiveInteger("--max-pages", values["max-pages"]) };
}

const COLUMNS = ["id", "channel_type", "state", "contact_id", "last_message_at"] as const;

function table(chats: Chat[]): string {
  const rows = chats.map((chat) => COLUMNS.map((column) => String(chat[column] ?? "-")));
  const widths = COLUMNS.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(COLUMNS), ...rows.map(line)].join("\n") + "\n";
}

function version(): string {
  const pkg = createRequire(import.meta.url)("../package.json") as { version: string };
  return `blooio-v4 ${pkg.version}`;
}

export async function main(argv: string[], io: Io = process): Promise<number> {
  let mock: { url: string; close(): Promise<void> } | undefined;
  try {
    const { values, query, format, maxPages } = parse(argv);
    if (values.help) return void io.stdout.write(`${USAGE}\n`), 0;
    if (values.version) return void io.stdout.write(`${version()}\n`), 0;
    let baseUrl = values["base-url"];
    let apiKey = values["api-key"];
    if (values.mock) {
      const { startMockServer } = await import("./testing.js");
      mock = await startMockServer();
      baseUrl = mock.url;
      apiKey ??= "bl_mock_not_a_real_key";
    }
    const client = createBlooioClient({ apiKey, baseUrl });
    const chats: Chat[] = [];
    const pages = values.all ? client.chats.pages(query, { maxPages }) : [await client.chats.list(query)];
    const progress = values.all && io.stderr.isTTY ? startProgress(io.stderr) : undefined;
    let nextCursor: string | null | undefined;
    for await (const page of pages) {
      const data = page.data ?? [];
      nextCursor = page.next_cursor;
      progress?.page(data.length);
      if (format === "ndjson") for (const chat of data) io.stdout.write(`${JSON.stringify(chat)}\n`);
      else chats.push(...data);
    }
    progress?.done();
    if (format === "json") io.stdout.write(`${JSON.stringify(values.all ? chats : { data: chats, next_cursor: nextCursor }, null, 2)}\n`);
    if (format === "table") {
      io.stdout.write(table(chats));
      if (!values.all && nextCursor) io.stdout.write(`(more: --cursor ${nextCursor}, or --all)\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`blooio: ${error.message}\nRun \`blooio --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigurationError || error instanceof ValidationError) {
      io.stderr.write(`blooio: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`blooio: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await mock?.close();
  }
}

function startProgress(stderr: NodeJS.WritableStream) {
  const started = Date.now();
  let pages = 0;
  let chats = 0;
  return {
    page(count: number) {
      pages++;
      chats += count;
      const rate = Math.round(chats / Math.max((Date.now() - started) / 1000, 0.001));
      stderr.write(`\r${pages} pages, ${chats} chats, ${rate} chats/s`);
    },
    done() {
      stderr.write("\n");
    },
  };
}

// Run when executed (directly or through the npm bin link), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
