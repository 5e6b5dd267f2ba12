// The page every per-request row fetches: 50 of the fake account's chats, the ones the tests serve
// (test/support/data.ts), more to come.
import { chats } from "../test/support/data.js";

export const PAGE_50 = JSON.stringify({ data: chats(50), has_more: true, next_cursor: "c50" });
