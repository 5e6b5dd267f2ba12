#!/usr/bin/env node
// blooio: the command line over the client. Exit codes: 0 ok, 1 API or network error, 2 bad usage.
import { realpathSync } from "node:fs";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { createBlooioClient } from "./client.js";
import { ConfigurationError, ValidationError } from "./core/errors.js";
import { splitParams } from "./core/request.js";
import { validateRequest } from "./core/validation.js";
import { operations } from "./generated/operations.js";
import { PACKAGE_VERSION, SPEC_VERSION } from "./generated/spec-version.js";
import type { Chat, ChatPage, ListChatsQuery } from "./types.js";

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
  --format FORMAT       table (default) | json | ndjson (one chat per line, written as each page arrives)
Connection:
  --api-key KEY         default: $BLOOIO_API_KEY (never printed)
  --base-url URL        default: $BLOOIO_BASE_URL, else https://api.blooio.com/v4
  --mock                list from the testing kit's mock of the spec: 250 generated chats, in-process, on 127.0.0.1
  -h, --help            this text
  -v, --version         package and spec version

Exit codes: 0 done, 1 the API or the network failed, 2 bad flags or values.`;

/** How many chats `--mock` generates from the spec's schemas (5 pages at the spec's default limit). */
const MOCK_CHATS = 250;

class UsageError extends Error {}

const FORMATS = ["table", "json", "ndjson"] as const;
type Format = (typeof FORMATS)[number];

/** Where the CLI writes; `process` by default, a fake in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

const OPTIONS = {
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
} as const;

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`${flag} must be a positive integer (got ${JSON.stringify(value)})`);
  }
  return Number(value);
}

async function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    // Node's message can quote the offending argument; the first line names it, the rest is advice about `--`.
    throw new UsageError((error as Error).message.split(/\n|\. To specify/)[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { values, query: {}, format: "table" as Format, maxPages: undefined };
  if (positionals.join(" ") !== "chats list") {
    // Extra words are counted, not echoed: a stray positional may be a key pasted in the wrong place.
    if (positionals[0] === "chats" && positionals[1] === "list") {
      throw new UsageError(`\`chats list\` takes no arguments, only flags (got ${positionals.length - 2} more)`);
    }
    const command = positionals.slice(0, 2).filter((word) => /^[a-z-]+$/.test(word)).join(" ");
    throw new UsageError(positionals.length ? `Unknown command${command ? ` "${command}"` : ""}; the command is \`chats list\`` : "Missing command: chats list");
  }
  if (!FORMATS.includes(values.format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got ${JSON.stringify(values.format)})`);
  }
  if (values["max-pages"] !== undefined && !values.all) throw new UsageError("--max-pages needs --all");
  if (values.mock && values["base-url"] !== undefined) throw new UsageError("--mock and --base-url cannot be used together");
  const query: ListChatsQuery = {};
  const set = <K extends keyof ListChatsQuery>(key: K, value: ListChatsQuery[K] | undefined) => {
    if (value !== undefined) query[key] = value;
  };
  set("type", values.type as ListChatsQuery["type"]);
  set("state", values.state as ListChatsQuery["state"]);
  set("channel_id", values["channel-id"]);
  set("contact_id", values["contact-id"]);
  set("limit", positiveInteger("--limit", values.limit));
  set("cursor", values.cursor);
  // The spec's own rules (enums, 1..200), checked before a mock is started or a request is sent.
  try {
    const label = "blooio chats list";
    await validateRequest("listChats", operations.listChats, splitParams(operations.listChats, query, label), label);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const flag = `--${error.parameter.replaceAll("_", "-")}`;
    const value = (query as Record<string, unknown>)[error.parameter];
    throw new UsageError(`${flag} ${JSON.stringify(String(value))} is not allowed: the spec says ${error.rule}`);
  }
  return { values, query, format: values.format as Format, maxPages: positiveInteger("--max-pages", values["max-pages"]) };
}

const COLUMNS = ["id", "channel_type", "state", "contact_id", "last_message_at"] as const;

function table(chats: Chat[]): string {
  const rows = chats.map((chat) => COLUMNS.map((column) => String(chat[column] ?? "-")));
  const widths = COLUMNS.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(COLUMNS), ...rows.map(line)].join("\n") + "\n";
}

/** Progress for `--all` on a terminal: pages, chats so far and the rate, rewritten in place. */
function startProgress(stderr: CliIo["stderr"]) {
  const started = Date.now();
  let pages = 0;
  let chats = 0;
  return {
    page(count: number) {
      pages++;
      chats += count;
      const rate = Math.round(chats / Math.max((Date.now() - started) / 1000, 0.001));
      stderr.write(`\r\x1b[K${pages} page${pages === 1 ? "" : "s"}, ${chats} chats, ${rate} chats/s`);
    },
    done() {
      if (pages) stderr.write("\n");
    },
  };
}

export async function main(argv: string[], io: CliIo = process): Promise<number> {
  // Whatever goes wrong, the key is not echoed: every message passes through here.
  const secrets: string[] = [];
  if (process.env.BLOOIO_API_KEY?.trim()) secrets.push(process.env.BLOOIO_API_KEY.trim());
  argv.forEach((arg, i) => {
    if (arg === "--api-key" && argv[i + 1]) secrets.push(argv[i + 1]!);
    if (arg.startsWith("--api-key=")) secrets.push(arg.slice("--api-key=".length));
  });
  const redact = (text: string) =>
    secrets.reduce((out, secret) => (secret.length >= 4 ? out.split(secret).join("[redacted]") : out), text);
  const fail = (message: string) => void io.stderr.write(redact(`blooio: ${message.split("\n")[0]}\n`));

  let mock: { url: string; close(): Promise<void> } | undefined;
  let progress: ReturnType<typeof startProgress> | undefined;
  try {
    const { values, query, format, maxPages } = await parse(argv);
    if (values.help) return void io.stdout.write(`${USAGE}\n`), 0;
    if (values.version) return void io.stdout.write(`blooio-v4 ${PACKAGE_VERSION} (spec ${SPEC_VERSION})\n`), 0;
    let baseUrl = values["base-url"];
    let apiKey = values["api-key"];
    if (values.mock) {
      const { createMockApi } = await import("./testing.js");
      mock = await createMockApi({ data: { chats: MOCK_CHATS } }).listen();
      baseUrl = mock.url;
      apiKey ??= "bl_mock_not_a_real_key";
    }
    if (!apiKey?.trim() && !process.env.BLOOIO_API_KEY?.trim()) {
      throw new ConfigurationError("No API key: set BLOOIO_API_KEY or pass --api-key (or try --mock)");
    }
    const client = createBlooioClient({ apiKey, baseUrl });
    const chats: Chat[] = [];
    const pages: AsyncIterable<ChatPage> | ChatPage[] = values.all
      ? client.chats.pages(query, { maxPages })
      : [await client.chats.list(query)];
    progress = values.all && io.stderr.isTTY ? startProgress(io.stderr) : undefined;
    let last: ChatPage | undefined;
    for await (const page of pages) {
      const data = page.data ?? [];
      last = page;
      progress?.page(data.length);
      if (format === "ndjson") io.stdout.write(data.map((chat) => `${JSON.stringify(chat)}\n`).join(""));
      else chats.push(...data);
    }
    progress?.done();
    progress = undefined;
    if (format === "json") {
      const body = values.all ? chats : { data: chats, has_more: last?.has_more, next_cursor: last?.next_cursor };
      io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    }
    if (format === "table") {
      io.stdout.write(table(chats));
      if (!values.all && last?.has_more !== false && last?.next_cursor) {
        io.stdout.write(`(more: --cursor ${last.next_cursor}, or --all)\n`);
      }
    }
    return 0;
  } catch (error) {
    progress?.done();
    if (error instanceof UsageError) {
      fail(error.message);
      io.stderr.write("Run `blooio --help` for usage.\n");
      return 2;
    }
    if (error instanceof ConfigurationError || error instanceof ValidationError) {
      fail(error.message);
      return 2;
    }
    fail(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await mock?.close();
  }
}

// Run when executed (directly or through the npm bin link), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
