// Cursor pagination, written once for every cursor-paginated GET in `paths`.
import { BlooioError, ConfigurationError, ContractError, PaginationError } from "./errors.js";
import type { GetJson, RequestOptions } from "./request.js";
import type { CursorPage, CursorPath, ItemOf, PageOf, QueryOf } from "./types.js";
import { queryEnumValues } from "./validation.js";

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

/** The default number of cursor chains a partitioned listing runs at once. */
export const DEFAULT_PARTITION_CONCURRENCY = 6;

/** A listing that hands back only empty pages while promising more is not going anywhere. */
export const MAX_CONSECUTIVE_EMPTY_PAGES = 20;

export interface Listing<P extends CursorPath> {
  /** One page. */
  list(query?: QueryOf<P>, options?: RequestOptions): Promise<PageOf<P>>;
  /** Every page, following `next_cursor` from `query.cursor` (or the first page) to the last. */
  pages(query?: QueryOf<P>, options?: PageOptions): AsyncIterable<PageOf<P>>;
  /** Every item of every page. */
  listAll(query?: QueryOf<P>, options?: PageOptions): AsyncIterable<ItemOf<P>>;
}

/** A query parameter of `GET path` whose values split every item into exactly one partition (an enum). */
export type PartitionKey<P extends CursorPath> = {
  [K in keyof QueryOf<P>]-?: NonNullable<QueryOf<P>[K]> extends string ? (string extends NonNullable<QueryOf<P>[K]> ? never : K) : never;
}[keyof QueryOf<P>];

export interface PartitionedListing<P extends CursorPath> extends Listing<P> {
  /**
   * Every item, listed as one cursor chain per value of the partition parameter (for chats: per `type`), several at
   * once. Yields the same set of items as `listAll`, in no overall order: each chain's items keep their order, the
   * chains interleave. A query that already sets the partition parameter is one chain, as in `listAll`.
   * An error stops every chain; its `cursor` resumes only the failing chain, whose value is `error.partition`.
   */
  listAllPartitioned(query?: QueryOf<P>, options?: PartitionOptions): AsyncIterable<ItemOf<P>>;
}

function typeName(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** The minimum a page must be for pagination to be safe; full validation is the opt-in `validateResponses`. */
function assertCursorPage(body: unknown, label: string): asserts body is CursorPage {
  const fail = (path: string, expected: string, got: unknown) => {
    throw new ContractError(`${label}: ${path || "the body"} should be ${expected}, got ${typeName(got)}`, path);
  };
  if (typeof body !== "object" || body === null || Array.isArray(body)) fail("", "an object", body);
  const { data, has_more, next_cursor } = body as Record<string, unknown>;
  if (data !== undefined && !Array.isArray(data)) fail("data", "an array", data);
  if (has_more !== undefined && typeof has_more !== "boolean") fail("has_more", "a boolean", has_more);
  if (next_cursor != null && typeof next_cursor !== "string") fail("next_cursor", "a string or null", next_cursor);
}

/**
 * The query to send, with `cursor` set to the given one. Null, undefined and empty-string values mean "unset" and
 * are left out (as Prism and openapi-fetch read them too): a null cursor is never sent.
 */
function queryToSend<Q>(query: Q | undefined, cursor: string | undefined): Q {
  const sent: Record<string, unknown> = {};
  for (const key in query) {
    const value = query[key];
    if (key !== "cursor" && value !== undefined && value !== null && value !== "") sent[key] = value;
  }
  if (cursor) sent.cursor = cursor;
  return sent as Q;
}

function cursorOf(query: unknown): string | undefined {
  return (query as { cursor?: string | null } | undefined)?.cursor || undefined;
}

/**
 * A signal for a listing's own requests: it fires when the caller's does, or when the listing ends with requests
 * still in flight (`end(true)`: the consumer stopped or another chain failed, so their answers are not needed).
 */
function follow(callerSignal: AbortSignal | undefined) {
  const controller = new AbortController();
  const onAbort = () => controller.abort(callerSignal!.reason);
  if (callerSignal?.aborted) onAbort();
  else callerSignal?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    end(inFlight: boolean) {
      callerSignal?.removeEventListener("abort", onAbort);
      if (inFlight) controller.abort(new Error("The listing stopped; the requests in flight are not needed"));
    },
  };
}

export function createListing<P extends CursorPath>(getJson: GetJson, path: P): Listing<P>;
export function createListing<P extends CursorPath>(
  getJson: GetJson,
  path: P,
  partitionBy: PartitionKey<P>,
): PartitionedListing<P>;
export function createListing<P extends CursorPath>(
  getJson: GetJson,
  path: P,
  partitionBy?: PartitionKey<P>,
): Listing<P> | PartitionedListing<P> {
  const label = `GET ${path}`;

  async function fetchPage(query: QueryOf<P>, options?: RequestOptions): Promise<PageOf<P>> {
    const page = await getJson(path, query, options);
    assertCursorPage(page, label);
    return page;
  }

  function list(query?: QueryOf<P>, options?: RequestOptions): Promise<PageOf<P>> {
    return fetchPage(queryToSend(query, cursorOf(query)), options);
  }

  async function* pages(query?: QueryOf<P>, options: PageOptions = {}): AsyncGenerator<PageOf<P>> {
    const { maxPages = Infinity, prefetch = false, ...requestOptions } = options;
    let cursor = cursorOf(query);
    const seen = new Set<string>(cursor ? [cursor] : []);
    let emptyInARow = 0;
    // With prefetch, every request of this iteration carries one signal of ours, fired when the caller's fires
    // or when the consumer stops with a prefetch in flight (that request is then aborted, never retried).
    const stop = prefetch ? follow(requestOptions.signal) : undefined;
    if (stop) requestOptions.signal = stop.signal;
    const request = (at: string | undefined): Promise<PageOf<P>> =>
      fetchPage(queryToSend(query, at), requestOptions).catch((error: unknown) => {
        if (error instanceof BlooioError) error.cursor = at;
        throw error;
      });
    let next: Promise<PageOf<P>> | undefined = maxPages > 0 ? request(cursor) : undefined;
    try {
      for (let count = 0; next; count++) {
        const page = await next;
        next = undefined;
        const { data, has_more, next_cursor } = page as CursorPage;
        const done = has_more === false || !next_cursor;
        let failure: PaginationError | undefined;
        if (!done) {
          if (seen.has(next_cursor)) {
            failure = new PaginationError(
              `${label}: the server returned cursor ${JSON.stringify(next_cursor)} twice; stopping after ${count + 1} pages instead of looping`,
            );
          } else {
            emptyInARow = data?.length ? 0 : emptyInARow + 1;
            if (emptyInARow >= MAX_CONSECUTIVE_EMPTY_PAGES) {
              failure = new PaginationError(
                `${label}: ${emptyInARow} empty pages in a row that each promised more; stopping instead of paging forever`,
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
        yield page;
        if (failure) throw failure;
        if (more && !prefetch) next = request(cursor);
      }
    } finally {
      stop?.end(next !== undefined);
    }
  }

  async function* listAll(query?: QueryOf<P>, options?: PageOptions): AsyncGenerator<ItemOf<P>> {
    for await (const page of pages(query, options)) {
      const items = (page as CursorPage<ItemOf<P>>).data;
      if (items) yield* items;
    }
  }

  async function* listAllPartitioned(query?: QueryOf<P>, options: PartitionOptions = {}): AsyncGenerator<ItemOf<P>> {
    const { concurrency = DEFAULT_PARTITION_CONCURRENCY, ...requestOptions } = options;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new ConfigurationError(`concurrency must be a positive integer (got ${String(concurrency)})`);
    }
    const key = partitionBy as string;
    const fixed = (query as Record<string, unknown> | undefined)?.[key];
    // Null and "" mean "unset" for a query parameter, as for the cursor: only a real value makes one chain.
    if (fixed !== undefined && fixed !== null && fixed !== "") {
      yield* listAll(query, requestOptions);
      return;
    }
    const values = (partitionValues ??= queryEnumValues(path, key)) ?? [];
    // One signal for every chain: an error in one chain, or a consumer that stops, aborts the requests in flight.
    const stop = follow(requestOptions.signal);
    const chainOptions = { ...requestOptions, signal: stop.signal };

    type Chain = { value: string; iterator: AsyncIterator<PageOf<P>>; next?: Promise<Step> };
    type Step = { chain: Chain; result: IteratorResult<PageOf<P>> };
    const waiting = [...values];
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
        const chain: Chain = { value, iterator: pages({ ...query, [key]: value } as QueryOf<P>, chainOptions)[Symbol.asyncIterator]() };
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
        const items = (result.value as CursorPage<ItemOf<P>>).data;
        if (items) yield* items;
        advance(chain);
      }
    } finally {
      stop.end(running.size > 0);
      for (const chain of running) void chain.iterator.return?.(undefined).catch(() => {});
    }
  }

  let partitionValues: string[] | undefined;
  return partitionBy === undefined ? { list, pages, listAll } : { list, pages, listAll, listAllPartitioned };
}
