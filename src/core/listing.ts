// Cursor pagination, written once for every cursor list of the spec: pages follow `next_cursor` until `has_more`
// is false or the cursor is null; a repeated cursor or endless empty pages stop with PaginationError, and every
// error carries the cursor to resume from. Knows no operation by name.
import type { Check, RequestOptions, ResponsePromise } from "./call.js";
import { BlooioError, ConfigurationError, ContractError, PaginationError } from "./errors.js";
import { rowOf } from "./table.js";

export interface PageOptions extends RequestOptions {
  /** Stop after this many pages (a bound, not an error). Default: no bound. */
  maxPages?: number;
  /**
   * Request the next page as soon as a page is handed to you, so the wait overlaps your work on it. Default false.
   * The cost: when you stop iterating, at most one request you did not consume has been sent (the prefetch of the
   * page after the last one you got); it is aborted and its answer or error discarded. No other request is sent.
   */
  prefetch?: boolean;
}

export interface PartitionOptions extends RequestOptions {
  /** How many partitions are listed at once (each is one cursor chain, one request in flight). Default 6. */
  concurrency?: number;
}

/** The shape every cursor page shares. */
export interface CursorPage<Item = unknown> {
  data?: Item[];
  has_more?: boolean;
  next_cursor?: string | null;
}

/**
 * What a cursor-list method returns: await it for the first page (or `.withResponse()`), iterate it with
 * `for await` for every item of every page, or `.pages()` for page by page. Iterating reuses the first page.
 */
export type ListCall<Page, Item> = ResponsePromise<Page> &
  AsyncIterable<Item> & {
    /** Every page, from this call's first page to the last. */
    pages(): AsyncIterable<Page>;
  };

/** The default number of cursor chains a partitioned listing runs at once. */
export const DEFAULT_PARTITION_CONCURRENCY = 6;

/** A listing that hands back only empty pages while promising more is not going anywhere. */
export const MAX_CONSECUTIVE_EMPTY_PAGES = 20;

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

/** Pagination over cursor-list operation `id`; `fetchPage` is the call path for one page. */
export function createListing(fetchPage: FetchPage, id: string) {
  /** One page, checked to be a page. */
  const page = (params: Params, options: RequestOptions | undefined) => fetchPage(params, options, assertCursorPage);

  async function* pages(params: Params, options: PageOptions = {}, first?: Promise<CursorPage>): AsyncGenerator<CursorPage> {
    const { maxPages = Infinity, prefetch = false, ...requestOptions } = options;
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
    if (maxPages <= 0) first?.catch(() => {});
    let next: Promise<CursorPage> | undefined =
      maxPages > 0 ? (first?.catch((error: unknown) => withCursor(error, cursor)) ?? request(cursor)) : undefined;
    try {
      for (let count = 0; next; count++) {
        const current = await next;
        next = undefined;
        const { data, has_more, next_cursor } = current;
        const done = has_more === false || !next_cursor;
        let failure: PaginationError | undefined;
        if (!done) {
          if (seen.has(next_cursor)) {
            failure = new PaginationError(
              `${labelOf(id)}: the server returned cursor ${JSON.stringify(next_cursor)} twice; stopping after ${count + 1} pages instead of looping`,
            );
          } else {
            emptyInARow = data?.length ? 0 : emptyInARow + 1;
            if (emptyInARow >= MAX_CONSECUTIVE_EMPTY_PAGES) {
              failure = new PaginationError(
                `${labelOf(id)}: ${emptyInARow} empty pages in a row that each promised more; stopping instead of paging forever`,
              );
            } else {
              seen.add(next_cursor);
              cursor = next_cursor;
            }
          }
          if (failure) failure.cursor = next_cursor;
        }
        const more = !done && !failure && count + 1 < maxPages;
        if (more && prefetch) {
          next = request(cursor);
          // Marked handled now; the consumer still gets the error when it asks for this page.
          next.catch(() => {});
        }
        yield current;
        if (failure) throw failure;
        if (more && !prefetch) next = request(cursor);
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
  async function* partitioned(params: Params, options: PartitionOptions = {}): AsyncGenerator<unknown> {
    const { concurrency = DEFAULT_PARTITION_CONCURRENCY, ...requestOptions } = options;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new ConfigurationError(`concurrency must be a positive integer (got ${String(concurrency)})`);
    }
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

    type Chain = { value: string; iterator: AsyncIterator<CursorPage>; next?: Promise<Step> };
    type Step = { chain: Chain; result: IteratorResult<CursorPage> };
    const waiting = [...partition.values];
    const running = new Set<Chain>();
    const advance = (chain: Chain) => {
      chain.next = chain.iterator.next().then(
        (result) => ({ chain, result }),
        (error: unknown) => {
          if (error instanceof BlooioError) error.partition = { [key]: chain.value };
          throw error;
        },
      );
      chain.next.catch(() => {});
    };
    const start = () => {
      while (running.size < concurrency && waiting.length) {
        const value = waiting.shift()!;
        const chain: Chain = { value, iterator: pages({ ...params, [key]: value }, chainOptions)[Symbol.asyncIterator]() };
        running.add(chain);
        advance(chain);
      }
    };
    try {
      start();
      while (running.size) {
        const { chain, result } = await Promise.race([...running].map((c) => c.next!));
        if (result.done) {
          running.delete(chain);
          start();
          continue;
        }
        if (result.value.data) yield* result.value.data;
        advance(chain);
      }
    } finally {
      stop.end(running.size > 0);
      for (const chain of running) void chain.iterator.return?.(undefined).catch(() => {});
    }
  }

  /** The value a cursor-list method returns: its first page, started now, is also where iteration begins. */
  function listCall(params: Params, options: PageOptions = {}): ListCall<CursorPage, unknown> {
    // The call reads only the request options; maxPages and prefetch are for the iteration.
    const first = page(params, options);
    const result = first as ListCall<CursorPage, unknown>;
    result.pages = () => pages(params, options, first);
    result[Symbol.asyncIterator] = () => items(params, options, first);
    return result;
  }

  return { page, pages, items, partitioned, listCall };
}
