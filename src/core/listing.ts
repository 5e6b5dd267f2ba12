// Cursor pagination, written once for every cursor list of the spec: pages follow `next_cursor` as nextPage says
// (next-page.ts, a pure function), every error carries the cursor to resume from, and a partitioned listing runs
// one cursor chain per value of the partition parameter (merge.ts). Knows no operation by name.
import { type PageOptions, type PartitionOptions, type RequestOptions, resolveListingOptions } from "../options.js";
import type { Check, ResponsePromise } from "./call.js";
import { BlooioError, ConfigurationError, ContractError, PaginationError } from "./errors.js";
import { merged } from "./merge.js";
import { type CursorPage, MAX_CONSECUTIVE_EMPTY_PAGES, nextPage } from "./next-page.js";
import { rowOf } from "./table.js";

export type { CursorPage } from "./next-page.js";
export type { PageOptions, PartitionOptions } from "../options.js";

/**
 * What a cursor-list method returns: await it for the first page (or `.withResponse()`), iterate it with
 * `for await` for every item of every page, or `.pages()` for page by page. Iterating reuses the first page.
 */
export type ListCall<Page, Item> = ResponsePromise<Page> &
  AsyncIterable<Item> & {
    /** Every page, from this call's first page to the last. */
    pages(): AsyncIterable<Page>;
  };

type Params = Record<string, unknown> | undefined;
/** The call path for one page; `check` runs on its body inside the call. */
type FetchPage = (params: Params, options: RequestOptions | undefined, check: Check) => ResponsePromise<CursorPage>;

function typeName(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** The minimum a page must be for pagination to be safe; full validation is the opt-in `validateResponses`. */
function assertCursorPage(body: unknown, label: string): void {
  const fail = (path: string, expected: string, got: unknown) => {
    throw new ContractError(`${label}: ${path || "the body"} should be ${expected}, got ${typeName(got)}`, { path });
  };
  if (typeof body !== "object" || body === null || Array.isArray(body)) fail("", "an object", body);
  const { data, has_more, next_cursor } = body as Record<string, unknown>;
  if (data !== undefined && !Array.isArray(data)) fail("data", "an array", data);
  if (has_more !== undefined && typeof has_more !== "boolean") fail("has_more", "a boolean", has_more);
  if (next_cursor != null && typeof next_cursor !== "string") fail("next_cursor", "a string or null", next_cursor);
}

function cursorOf(params: Params): string | undefined {
  return (params?.cursor as string | null | undefined) || undefined;
}

/**
 * A signal for a listing's own requests: it fires when the caller's does, or when the listing ends with requests
 * still in flight (`end(true)`: the consumer stopped or another chain failed, so their answers are not needed).
 */
function follow(callerSignal: AbortSignal | undefined) {
  const controller = new AbortController();
  const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;
  return {
    signal,
    end(inFlight: boolean) {
      if (inFlight) controller.abort(new Error("The listing stopped; the requests in flight are not needed"));
    },
  };
}

/** `GET /chats`: the listing's operation, for messages (its row is loaded once a page has been fetched). */
function labelOf(id: string): string {
  const row = rowOf(id);
  return row instanceof Promise ? id : row.label;
}

const FAILURES = {
  "repeated-cursor": (label: string, cursor: string, pages: number) =>
    `${label}: the server returned cursor ${JSON.stringify(cursor)} twice; stopping after ${pages} pages instead of looping`,
  "empty-pages": (label: string) =>
    `${label}: ${MAX_CONSECUTIVE_EMPTY_PAGES} empty pages in a row that each promised more; stopping instead of paging forever`,
};

/** Pagination over cursor-list operation `id`; `fetchPage` is the call path for one page. */
export function createListing(fetchPage: FetchPage, id: string) {
  /** One page, checked to be a page. */
  const page = (params: Params, options: RequestOptions | undefined) => fetchPage(params, options, assertCursorPage);

  async function* pages(params: Params, options?: PageOptions, first?: Promise<CursorPage>): AsyncGenerator<CursorPage> {
    const { maxPages, prefetch, request: requestOptions } = resolveListingOptions(options);
    let cursor = cursorOf(params);
    const seen = new Set<string>(cursor ? [cursor] : []);
    let emptyInARow = 0;
    // With prefetch, every request of this iteration carries one signal of ours, fired when the caller's fires
    // or when the consumer stops with a prefetch in flight (that request is then aborted, never retried).
    const stop = prefetch ? follow(requestOptions.signal) : undefined;
    if (stop) requestOptions.signal = stop.signal;
    const withCursor = (error: unknown, at: string | undefined) => {
      if (error instanceof BlooioError) error.cursor = at;
      throw error;
    };
    const request = (at: string | undefined): Promise<CursorPage> =>
      page({ ...params, cursor: at }, requestOptions).catch((error: unknown) => withCursor(error, at));
    let next: Promise<CursorPage> | undefined = first?.catch((error: unknown) => withCursor(error, cursor)) ?? request(cursor);
    try {
      for (let count = 1; next; count++) {
        const current = await next;
        next = undefined;
        const decision = nextPage(current, { seen, pages: count, emptyInARow }, { maxPages, maxEmptyInARow: MAX_CONSECUTIVE_EMPTY_PAGES });
        let failure: PaginationError | undefined;
        if ("next" in decision) {
          seen.add(decision.next);
          cursor = decision.next;
          emptyInARow = decision.emptyInARow;
          if (prefetch) {
            next = request(cursor);
            // Marked handled now; the consumer still gets the error when it asks for this page.
            next.catch(() => {});
          }
        } else if ("fail" in decision) {
          failure = new PaginationError(FAILURES[decision.fail](labelOf(id), decision.cursor, count));
          failure.cursor = decision.cursor;
        }
        yield current;
        if (failure) throw failure;
        if ("next" in decision && !prefetch) next = request(cursor);
      }
    } finally {
      stop?.end(next !== undefined);
    }
  }

  async function* items(params: Params, options?: PageOptions, first?: Promise<CursorPage>): AsyncGenerator<unknown> {
    for await (const current of pages(params, options, first)) if (current.data) yield* current.data;
  }

  /**
   * Every item, as one cursor chain per value of the partition parameter, `concurrency` at once. An error stops
   * every chain; its `cursor` resumes the failing chain, named by `error.partition`.
   */
  async function* partitioned(params: Params, options?: PartitionOptions): AsyncGenerator<unknown> {
    const { concurrency, request: requestOptions } = resolveListingOptions(options);
    const { partition } = await rowOf(id);
    if (!partition) throw new ConfigurationError(`${labelOf(id)} has no partition parameter (x-blooio-partition in the spec)`);
    const key = partition.parameter;
    const fixed = params?.[key];
    // Null and "" mean "unset" for a query parameter, as for the cursor: only a real value makes one chain.
    if (fixed !== undefined && fixed !== null && fixed !== "") {
      yield* items(params, requestOptions);
      return;
    }
    // One signal for every chain: an error in one chain, or a consumer that stops, aborts the requests in flight.
    const stop = follow(requestOptions.signal);
    const chainOptions = { ...requestOptions, signal: stop.signal };
    let finished = false;
    const chain = (value: string) =>
      async function* () {
        try {
          for await (const current of pages({ ...params, [key]: value }, chainOptions)) if (current.data) yield* current.data;
        } catch (error) {
          if (error instanceof BlooioError) error.partition = { [key]: value };
          throw error;
        }
      };
    try {
      yield* merged(partition.values.map((value) => () => chain(value)()), concurrency);
      finished = true;
    } finally {
      stop.end(!finished);
    }
  }

  /** The value a cursor-list method returns: its first page, started now, is also where iteration begins. */
  function listCall(params: Params, options: PageOptions = {}): ListCall<CursorPage, unknown> {
    // The call reads only the request options; maxPages and prefetch are for the iteration (and checked there).
    const first = page(params, options);
    const result = first as ListCall<CursorPage, unknown>;
    result.pages = () => pages(params, options, first);
    result[Symbol.asyncIterator] = () => items(params, options, first);
    return result;
  }

  return { page, pages, items, partitioned, listCall };
}
