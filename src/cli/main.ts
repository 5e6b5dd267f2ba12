// blooio: the command line over the client, one command per operation of the spec.
import { createBlooioClient } from "../client.js";
import {
  AbortError,
  AuthenticationError,
  BlooioError,
  ConfigurationError,
  ValidationError,
} from "../core/errors.js";
import { splitParams } from "../core/request.js";
import { validateRequest } from "../core/validation.js";
import type { LogLevel } from "../core/log.js";
import { PACKAGE_VERSION, SPEC_VERSION } from "../generated/spec-version.js";
import { type Invocation, parseInvocation, UsageError } from "./args.js";
import { type Command, COMMANDS } from "./commands.js";
import { webhookResource } from "../generated/commands.js";
import { commandHelp, usage } from "./help.js";
import { listen, trigger, WEBHOOK_TOOLS_HELP } from "./webhook-tools.js";
import { type CliIo, listingPrinter, openStdout, progressOn } from "./output.js";

export type { CliIo } from "./output.js";

const EXIT = { ok: 0, failed: 1, usage: 2, auth: 4 } as const;

/** How many items `--mock` generates per list from the spec's schemas (5 pages at a default limit of 50). */
const MOCK_ITEMS = 250;

/** A listing that failed midway, after printing what it had: the error, and the command line that resumes it. */
class Interrupted extends Error {
  constructor(
    readonly error: unknown,
    readonly resume: string | undefined,
  ) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/** Every secret the CLI was given, so no message it prints can contain one. */
function redactor(argv: string[], env: Record<string, string | undefined>) {
  const secrets: string[] = [];
  for (const name of ["BLOOIO_API_KEY", "BLOOIO_WEBHOOK_SECRET"]) if (env[name]?.trim()) secrets.push(env[name]!.trim());
  argv.forEach((arg, i) => {
    for (const flag of ["--api-key", "--secret"]) {
      if (arg === flag && argv[i + 1]) secrets.push(argv[i + 1]!);
      if (arg.startsWith(`${flag}=`)) secrets.push(arg.slice(flag.length + 1));
    }
  });
  return (text: string) => secrets.reduce((out, secret) => (secret.length >= 4 ? out.split(secret).join("[redacted]") : out), text);
}

/** The command line that resumes a listing from `cursor`: the same words, without the key, with --cursor. */
function resumeLine(argv: string[], cursor: string): string {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--cursor" || arg === "--api-key") i++;
    else if (!arg.startsWith("--cursor=") && !arg.startsWith("--api-key=")) kept.push(arg);
  }
  const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);
  return ["blooio", ...kept, "--cursor", cursor].map(quote).join(" ");
}

/** A ValidationError said in terms of the flag that set the value. */
function flagMessage(error: ValidationError, command: Command, params: Record<string, unknown>): string {
  const flag = command.flags.find((f) => f.key === error.parameter);
  if (!flag) return error.message;
  const value = params[error.parameter];
  if (value === undefined) return `--${flag.name} is required`;
  const whole = error.field === `${error.in}.${command.row.parameters.find((p) => (p.key ?? p.name) === flag.key)?.name ?? flag.key}`;
  if (whole && typeof value !== "object") return `--${flag.name} ${JSON.stringify(String(value))} is not allowed: the spec says ${error.rule}`;
  return `--${flag.name}: ${error.message.replace(/^[^:]+: /, "")}`;
}

async function run(invocation: Invocation, argv: string[], io: CliIo, stdout: ReturnType<typeof openStdout>): Promise<number> {
  const { command, params, format } = invocation;
  if (invocation.help) return void stdout.write(`${command ? commandHelp(command) : usage()}\n`), EXIT.ok;
  if (invocation.version || !command) return void stdout.write(`blooio-v4 ${PACKAGE_VERSION} (spec ${SPEC_VERSION})\n`), EXIT.ok;
  const { row } = command;
  const label = `blooio ${row.resource} ${row.name}`;
  // The spec's own rules, checked before a mock is started or a request is sent.
  try {
    await validateRequest(command.id, row, splitParams(row, params, label), label);
  } catch (error) {
    if (error instanceof ValidationError) throw new UsageError(flagMessage(error, command, params));
    throw error;
  }

  const env = io.env ?? process.env;
  let mock: { url: string; close(): Promise<void> } | undefined;
  try {
    let { baseUrl, apiKey } = invocation;
    if (invocation.mock) {
      // The testing kit's stateful mock: every cursor list that needs no path parameter gets generated items, and
      // so does this command's own list under the path it names (`messages list --chat-id chat_1`: that chat's).
      const { createMockApi } = await import("../testing.js");
      const seeded = COMMANDS.filter((c) => c.row.cursorList && !c.row.parameters.some((p) => p.in === "path"));
      const data: Record<string, number | Record<string, number>> = Object.fromEntries(seeded.map((c) => [c.id, MOCK_ITEMS]));
      const inPath = row.parameters.filter((p) => p.in === "path");
      if (row.cursorList && inPath.length) data[command.id] = { [inPath.map((p) => String(params[p.key ?? p.name])).join("/")]: MOCK_ITEMS };
      mock = await createMockApi({ data }).listen();
      baseUrl = mock.url;
      apiKey ??= "bl_mock_not_a_real_key";
    }
    if (!apiKey?.trim() && !env.BLOOIO_API_KEY?.trim()) {
      throw new ConfigurationError("No API key: set BLOOIO_API_KEY or pass --api-key (or try --mock)");
    }
    const toStderr = (message: string) => void io.stderr.write(`${message}\n`);
    // The flags, else the CLI's environment (its own, which tests give it), as the client would read them.
    apiKey ||= env.BLOOIO_API_KEY?.trim();
    baseUrl ||= env.BLOOIO_BASE_URL?.trim() || undefined;
    const client = createBlooioClient({
      ...(apiKey ? { apiKey } : {}),
      ...(baseUrl ? { baseUrl } : {}),
      // --debug, else BLOOIO_LOG as the client reads it (from the CLI's environment), else warnings only.
      logLevel: invocation.debug ? "debug" : ((env.BLOOIO_LOG?.trim() || "warn") as LogLevel),
      logger: { error: toStderr, warn: toStderr, info: toStderr, debug: toStderr },
    });
    const method = (client as unknown as Record<string, Record<string, (p: object, o: object) => unknown>>)[row.resource]![row.name]!;
    const signal = stdout.closed;

    if (!row.cursorList) {
      const result = await (method(params, { signal }) as Promise<unknown>);
      stdout.write(format === "ndjson" ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
      return EXIT.ok;
    }

    const printer = listingPrinter(format, stdout.write, command.columns ?? [], command.times);
    const progress = invocation.all ? progressOn(io, row.resource) : undefined;
    type Page = { data?: Record<string, unknown>[]; has_more?: boolean; next_cursor?: string | null };
    const listing = method(params, { signal, maxPages: invocation.maxPages }) as Promise<Page> & { pages(): AsyncIterable<Page> };
    try {
      if (invocation.all) {
        for await (const page of listing.pages()) {
          printer.page(page);
          progress?.page(page.data?.length ?? 0);
        }
      } else printer.page(await listing);
    } catch (error) {
      progress?.done();
      if (stdout.closed.aborted) return EXIT.ok;
      // What was fetched is written; stderr says how to pick up where it failed.
      const cursor = error instanceof BlooioError ? error.cursor : undefined;
      printer.end({ has_more: true, next_cursor: cursor ?? null });
      throw new Interrupted(error, cursor === undefined ? undefined : resumeLine(argv, cursor));
    }
    progress?.done();
    const last = printer.last;
    const more = last?.has_more !== false && !!last?.next_cursor;
    printer.end({ has_more: more, next_cursor: more ? last!.next_cursor! : null });
    if (more && format === "table") io.stderr.write(`more: --cursor ${last!.next_cursor} (or --all)\n`);
    return EXIT.ok;
  } finally {
    await mock?.close();
  }
}

export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const env = io.env ?? process.env;
  const redact = redactor(argv, env);
  const fail = (message: string) => void io.stderr.write(redact(`blooio: ${message}\n`));
  const stdout = openStdout(io.stdout);
  try {
    const tool = argv[0] === webhookResource ? { trigger, listen }[argv[1] ?? ""] : undefined;
    if (tool && (argv.includes("--help") || argv.includes("-h"))) {
      io.stdout.write(`${WEBHOOK_TOOLS_HELP(webhookResource!)}\n`);
      return EXIT.ok;
    }
    if (tool) return await tool(argv.slice(2), { ...io, stdout });
    return await run(parseInvocation(argv), argv, io, stdout);
  } catch (thrown) {
    if (stdout.closed.aborted && thrown instanceof AbortError) return EXIT.ok;
    if (thrown instanceof UsageError) {
      fail(thrown.message);
      io.stderr.write("Run `blooio --help` for usage.\n");
      return EXIT.usage;
    }
    const error = thrown instanceof Interrupted ? thrown.error : thrown;
    // One line for the error (a server's message may hold several), then how to resume, if a listing failed.
    fail((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " "));
    if (thrown instanceof Interrupted && thrown.resume) fail(`to resume: ${thrown.resume}`);
    if (error instanceof ConfigurationError || error instanceof ValidationError) return EXIT.usage;
    if (error instanceof AuthenticationError) return EXIT.auth;
    return EXIT.failed;
  }
}
