// The data every benchmark serves: fake chats, their pages, and the channel types taken from the spec.
import { operations } from "../src/generated/operations.js";

/** The spec's channel types, from the generated operation table (the same source the client partitions by). */
export const CHANNEL_TYPES: readonly string[] = operations.listChats.partition.values;

export function chat(index: number) {
  return {
    id: `chat_${index}`,
    channel_id: `ch_${index % 17}`,
    channel_type: CHANNEL_TYPES[index % CHANNEL_TYPES.length],
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

/** The page every per-request row fetches: 50 chats, more to come. */
export const PAGE_50 = JSON.stringify({
  data: Array.from({ length: 50 }, (_, i) => chat(i)),
  has_more: true,
  next_cursor: "c50",
});
