// Pagination's stopping rules as a table, like the retry policy's: each row a page, what was seen, and the decision.
import { describe, expect, it } from "vitest";
import { MAX_CONSECUTIVE_EMPTY_PAGES, nextPage, type CursorPage, type PageDecision, type PageState } from "../../src/core/next-page.js";

const limits = { maxPages: Infinity, maxEmptyInARow: MAX_CONSECUTIVE_EMPTY_PAGES };
const state = (overrides: Partial<PageState> = {}): PageState => ({ seen: new Set(), pages: 1, emptyInARow: 0, ...overrides });
const items = { data: [{ id: "chat_1" }] };

const table: [name: string, page: CursorPage, state: PageState, limits: typeof limits, decision: PageDecision][] = [
  ["more, with a new cursor", { ...items, has_more: true, next_cursor: "c2" }, state(), limits, { next: "c2", emptyInARow: 0 }],
  ["has_more false ends it, whatever the cursor", { ...items, has_more: false, next_cursor: "c2" }, state(), limits, { stop: "end" }],
  ["a null cursor ends it", { ...items, has_more: true, next_cursor: null }, state(), limits, { stop: "end" }],
  ["an empty cursor ends it", { ...items, has_more: true, next_cursor: "" }, state(), limits, { stop: "end" }],
  ["no has_more, a cursor: go on", { ...items, next_cursor: "c2" }, state(), limits, { next: "c2", emptyInARow: 0 }],
  ["no has_more, no cursor: the end", { ...items }, state(), limits, { stop: "end" }],
  ["a cursor handed back twice fails", { ...items, has_more: true, next_cursor: "c1" }, state({ seen: new Set(["c1"]) }), limits, { fail: "repeated-cursor", cursor: "c1" }],
  ["the starting cursor handed back fails", { data: [], has_more: true, next_cursor: "start" }, state({ seen: new Set(["start"]) }), limits, { fail: "repeated-cursor", cursor: "start" }],
  ["an empty page that promises more counts", { data: [], has_more: true, next_cursor: "c2" }, state({ emptyInARow: 3 }), limits, { next: "c2", emptyInARow: 4 }],
  ["a page with items resets the count", { ...items, has_more: true, next_cursor: "c2" }, state({ emptyInARow: 19 }), limits, { next: "c2", emptyInARow: 0 }],
  ["the 20th empty page in a row fails", { data: [], has_more: true, next_cursor: "c21" }, state({ emptyInARow: 19 }), limits, { fail: "empty-pages", cursor: "c21" }],
  ["no data at all counts as empty", { has_more: true, next_cursor: "c2" }, state({ emptyInARow: 19 }), limits, { fail: "empty-pages", cursor: "c2" }],
  ["maxPages read: stop, not fail", { ...items, has_more: true, next_cursor: "c3" }, state({ pages: 2 }), { ...limits, maxPages: 2 }, { stop: "bound" }],
  ["a repeated cursor fails even at maxPages", { ...items, has_more: true, next_cursor: "c1" }, state({ pages: 2, seen: new Set(["c1"]) }), { ...limits, maxPages: 2 }, { fail: "repeated-cursor", cursor: "c1" }],
  ["the end wins over maxPages", { ...items, has_more: false, next_cursor: null }, state({ pages: 2 }), { ...limits, maxPages: 2 }, { stop: "end" }],
];

describe("nextPage", () => {
  it.each(table)("%s", (_, page, seen, bounds, decision) => {
    expect(nextPage(page, seen, bounds)).toEqual(decision);
  });
});
