// Cursor pagination, written once for every cursor-paginated GET in `paths`.
import { BlooioError, ContractError, PaginationError } from "./errors.js";
import type { GetJson, RequestOptions } from "./request.js";
import type { CursorPage, CursorPath, ItemOf, PageOf, QueryOf } from "./types.js";

export interface PageOptions extends RequestOptions {
  /** Stop after this many pages (a bound, not an error). Default: no bound. */
  maxPages?: number;
}

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

export function createListing<P extends CursorPath>(getJson: GetJson, path: P): Listing<P> {
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
    const { maxPages = Infinity, ...requestOptions } = options;
    let cursor = cursorOf(query);
    const seen = new Set<string>(cursor ? [cursor] : []);
    let emptyInARow = 0;
    for (let count = 0; count < maxPages; count++) {
      let page: PageOf<P>;
      try {
        page = await fetchPage(queryToSend(query, cursor), requestOptions);
      } catch (error) {
        if (error instanceof BlooioError) error.cursor = cursor;
        throw error;
      }
      yield page;
      const { data, has_more, next_cursor } = page as CursorPage;
      if (has_more === false || !next_cursor) return;
      if (seen.has(next_cursor)) {
        const error = new PaginationError(
          `${label}: the server returned cursor ${JSON.stringify(next_cursor)} twice; stopping after ${count + 1} pages instead of looping`,
        );
        error.cursor = next_cursor;
        throw error;
      }
      emptyInARow = data?.length ? 0 : emptyInARow + 1;
      if (emptyInARow >= MAX_CONSECUTIVE_EMPTY_PAGES) {
        const error = new PaginationError(
          `${label}: ${emptyInARow} empty pages in a row that each promised more; stopping instead of paging forever`,
        );
        error.cursor = next_cursor;
        throw error;
      }
      seen.add(next_cursor);
      cursor = next_cursor;
    }
  }

  async function* listAll(query?: QueryOf<P>, options?: PageOptions): AsyncGenerator<ItemOf<P>> {
    for await (const page of pages(query, options)) {
      const items = (page as CursorPage<ItemOf<P>>).data;
      if (items) yield* items;
    }
  }

  return { list, pages, listAll };
}
