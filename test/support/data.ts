// The fake account every test and benchmark serves: the one fake key, chats with every field the spec gives them,
// and pages of them. bench/ imports it too (neither ships), so a benchmark's pages are the tests' pages.
import type { Chat } from "../../src/index.js";
import { operations } from "../../src/generated/operations.js";

/** The API key of every test: fake, and shaped like a test key. */
export const FAKE_KEY = "bl_test_not_a_real_key";

/** The spec's channel types, from the generated operation table (the same source the client partitions by). */
export const CHANNEL_TYPES = operations.listChats.partition.values as readonly NonNullable<Chat["channel_type"]>[];

/** Chat `index` of the fake account; its channel type goes round the spec's. Spread it to change a field. */
export function chat(index: number): Required<Chat> {
  return {
    id: `chat_${index}`,
    channel_id: `ch_${index % 17}`,
    channel_type: CHANNEL_TYPES[index % CHANNEL_TYPES.length]!,
    contact_id: `ct_${index}`,
    identity_id: null,
    group_id: null,
    state: "open",
    capabilities: { typing: true, reactions: index % 2 === 0 },
    window_expires_at: null,
    last_message_at: 1_760_000_000 - index,
    created_at: 1_700_000_000 - index,
  };
}

/** `count` chats of the fake account, from chat `start`. */
export function chats(count: number, start = 0): Required<Chat>[] {
  return Array.from({ length: count }, (_, i) => chat(start + i));
}

/** A page of `count` chats from chat `start`, as GET /chats answers it; `next` is the cursor of the page after. */
export function page(start: number, count: number, next: string | null, hasMore = next !== null) {
  return {
    data: chats(count, start),
    has_more: hasMore,
    next_cursor: next,
  };
}

/**
 * The page of `chats` a query asks for, as a cursor list serves it: cursors are `c<offset>` (none: the first page),
 * pages are the query's `limit` long, else `size`.
 */
export function pageOf(chats: readonly Chat[], query: URLSearchParams, size = 50) {
  const offset = Number(query.get("cursor")?.slice(1) ?? 0);
  const end = Math.min(offset + Number(query.get("limit") ?? size), chats.length);
  const more = end < chats.length;
  return { data: chats.slice(offset, end), has_more: more, next_cursor: more ? `c${end}` : null };
}
