// Pagination's stopping rules, as one pure function of the page just read and what the listing has seen: no I/O,
// no clock, so each rule is a row of a table test (as the retry policy's are).

/** The shape every cursor page shares. */
export interface CursorPage<Item = unknown> {
  data?: Item[];
  has_more?: boolean;
  next_cursor?: string | null;
}

/** What a listing has seen so far. */
export interface PageState {
  /** Every cursor sent or handed back so far (the starting one included). */
  seen: ReadonlySet<string>;
  /** Pages read, this one included. */
  pages: number;
  /** Empty pages in a row before this one, each promising more. */
  emptyInARow: number;
}

export interface PageLimits {
  /** Stop after this many pages (a bound, not an error). */
  maxPages: number;
  /** A listing that hands back this many empty pages in a row while promising more is not going anywhere. */
  maxEmptyInARow: number;
}

export type PageDecision =
  /** Fetch the page at `cursor`. */
  | { next: string; emptyInARow: number }
  /** The listing is over: `has_more: false` or no cursor (`end`), or maxPages read (`bound`). */
  | { stop: "end" | "bound" }
  /** The server would never end the listing: a cursor it already gave, or endless empty pages. */
  | { fail: "repeated-cursor" | "empty-pages"; cursor: string };

export const MAX_CONSECUTIVE_EMPTY_PAGES = 20;

/** After reading `page`: the next cursor to fetch, or why the listing stops. */
export function nextPage(page: CursorPage, state: PageState, limits: PageLimits): PageDecision {
  const { has_more, next_cursor, data } = page;
  if (has_more === false || !next_cursor) return { stop: "end" };
  if (state.seen.has(next_cursor)) return { fail: "repeated-cursor", cursor: next_cursor };
  const emptyInARow = data?.length ? 0 : state.emptyInARow + 1;
  if (emptyInARow >= limits.maxEmptyInARow) return { fail: "empty-pages", cursor: next_cursor };
  if (state.pages >= limits.maxPages) return { stop: "bound" };
  return { next: next_cursor, emptyInARow };
}
