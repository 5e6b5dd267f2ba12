// What the CLI prints: a listing as a table, JSON or NDJSON; progress on a terminal; and stdout that may close
// early (`| head`): a closed pipe stops the listing quietly instead of failing on EPIPE.
import type { Format } from "./args.js";

export interface CliIo {
  stdout: { write(text: string): unknown; on?(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The environment (TERM, BLOOIO_API_KEY). Default: process.env. */
  env?: Record<string, string | undefined>;
  /** Stops a command that serves until told (`webhooks listen`). Default: SIGINT or SIGTERM. */
  signal?: AbortSignal;
}

/** stdout that knows when its reader is gone: `closed` fires, and later writes are dropped. */
export function openStdout(stdout: CliIo["stdout"]) {
  const closed = new AbortController();
  stdout.on?.("error", (error) => {
    if (error.code === "EPIPE") closed.abort(error);
    else throw error;
  });
  return {
    closed: closed.signal,
    write(text: string) {
      if (!closed.signal.aborted && text) stdout.write(text);
    },
  };
}

type Item = Record<string, unknown>;
type Page = { data?: Item[]; has_more?: boolean; next_cursor?: string | null };

function cell(item: Item, column: string, times: readonly string[]): string {
  const value = item[column];
  if (value === null || value === undefined) return "-";
  if (times.includes(column) && typeof value === "number") return new Date(value).toISOString().replace(".000Z", "Z");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export function table(items: Item[], columns: readonly string[], times: readonly string[]): string {
  const rows = items.map((item) => columns.map((column) => cell(item, column, times)));
  const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((text, i) => text.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(columns), ...rows.map(line)].join("\n") + "\n";
}

/**
 * Progress for `--all` on a terminal: pages, items so far and the rate, updated in place; where the terminal takes
 * no escape codes (TERM=dumb), the same as a plain line per page. Nothing when stderr is not a terminal.
 */
export function progressOn(io: CliIo, noun: string) {
  if (!io.stderr.isTTY) return undefined;
  const plain = (io.env ?? process.env).TERM === "dumb";
  const started = Date.now();
  let pages = 0;
  let items = 0;
  return {
    page(count: number) {
      pages++;
      items += count;
      const rate = Math.round(items / Math.max((Date.now() - started) / 1000, 0.001));
      const text = `${pages} page${pages === 1 ? "" : "s"}, ${items} ${noun}, ${rate} ${noun}/s`;
      io.stderr.write(plain ? `${text}\n` : `\r\x1b[K${text}`);
    },
    done() {
      if (pages && !plain) io.stderr.write("\n");
    },
  };
}

/**
 * Prints a listing page by page: NDJSON as each page arrives, a table or JSON (`{ data, has_more, next_cursor }`,
 * one shape for one page and for --all) at the end, including when the listing failed midway.
 */
export function listingPrinter(format: Format, write: (text: string) => void, columns: readonly string[], times: readonly string[]) {
  const items: Item[] = [];
  let last: Page | undefined;
  return {
    page(page: Page) {
      last = page;
      const data = page.data ?? [];
      if (format === "ndjson") write(data.map((item) => `${JSON.stringify(item)}\n`).join(""));
      else items.push(...data);
    },
    /** Writes what was collected; `more` says whether the listing could go on. */
    end(more: { has_more: boolean; next_cursor: string | null }) {
      if (format === "json") write(`${JSON.stringify({ data: items, ...more }, null, 2)}\n`);
      if (format === "table" && (items.length || last)) write(table(items, columns, times));
    },
    get last() {
      return last;
    },
  };
}
