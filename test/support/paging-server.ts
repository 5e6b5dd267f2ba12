// A paging fixture: a large deterministic account of chats with real cursors, as the API would page it.
// Prism is stateless and cannot page, so tests put this server behind `prism proxy openapi/v4.yaml`,
// which checks every request it gets and every response it serves against the spec.
import type { ServerResponse } from "node:http";
import { type ChannelType, type Chat, type ChatState } from "../../src/index.js";
import { sendJson, startServer, type TestServer } from "./http-server.js";

const TYPES: ChannelType[] = ["blooio", "twilio", "whatsapp", "whatsapp_business", "rcs_business", "amb"];
const STATES: ChatState[] = ["open", "closed", "blocked", "deprecated"];
const NEWEST = 1_764_000_000;

/** Chat number `n` of the account; the account is sorted most recent first. */
export function chatAt(n: number): Chat {
  return {
    id: `chat_${n.toString().padStart(7, "0")}`,
    channel_id: `ch_${n % 13}`,
    channel_type: TYPES[(n * 7) % TYPES.length]!,
    contact_id: n % 5 === 0 ? null : `ct_${n % 101}`,
    identity_id: null,
    group_id: n % 11 === 0 ? `grp_${n % 7}` : null,
    state: STATES[(n * 3) % STATES.length]!,
    capabilities: {},
    window_expires_at: null,
    last_message_at: NEWEST - n * 60,
    created_at: NEWEST - n * 60 - 86_400,
  };
}

/** Cursors are opaque to clients; here they encode the next index and the filter they belong to. */
function encodeCursor(index: number, filter: string): string {
  return `cur_${Buffer.from(JSON.stringify([index, filter])).toString("base64url")}`;
}
function decodeCursor(cursor: string, filter: string): number | undefined {
  try {
    const [index, forFilter] = JSON.parse(Buffer.from(cursor.slice(4), "base64url").toString()) as [number, string];
    return forFilter === filter && Number.isInteger(index) ? index : undefined;
  } catch {
    return undefined;
  }
}

export interface PagingServerOptions {
  total: number;
  /** Called before each request is served; return true once it has answered (a fault) to skip the page. */
  intercept?: (context: { index: number; cursor: string | null; response: ServerResponse }) => boolean;
  /** Milliseconds to wait before each answer. */
  latencyMs?: number;
}

export async function startPagingServer({ total, intercept, latencyMs = 0 }: PagingServerOptions): Promise<TestServer> {
  return startServer(async (request, response, index) => {
    const url = new URL(request.url ?? "/", "http://fixture");
    const params = url.searchParams;
    if (!request.headers.authorization?.startsWith("Bearer ")) return sendJson(response, { message: "no key" }, 401);
    if (url.pathname !== "/chats") return sendJson(response, { message: "not found" }, 404);
    const cursor = params.get("cursor");
    if (intercept?.({ index, cursor, response })) return;
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const limit = Number(params.get("limit") ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) return sendJson(response, { message: "bad limit" }, 400);
    const type = params.get("type");
    const state = params.get("state");
    const filter = `${type ?? ""}/${state ?? ""}`;
    const start = cursor === null ? 0 : decodeCursor(cursor, filter);
    if (start === undefined) return sendJson(response, { message: "bad cursor" }, 400);
    const data: Chat[] = [];
    let n = start;
    for (; n < total && data.length < limit; n++) {
      const chat = chatAt(n);
      if ((type === null || chat.channel_type === type) && (state === null || chat.state === state)) data.push(chat);
    }
    // Skip ahead past chats the filter excludes, so has_more is exact.
    while (n < total && !matches(chatAt(n), type, state)) n++;
    const hasMore = n < total;
    sendJson(response, { data, has_more: hasMore, next_cursor: hasMore ? encodeCursor(n, filter) : null });
  });
}

function matches(chat: Chat, type: string | null, state: string | null): boolean {
  return (type === null || chat.channel_type === type) && (state === null || chat.state === state);
}

/** The ids the account holds for a filter, in listing order. */
export function expectedIds(total: number, filter: { type?: string; state?: string } = {}): string[] {
  const ids: string[] = [];
  for (let n = 0; n < total; n++) {
    const chat = chatAt(n);
    if (matches(chat, filter.type ?? null, filter.state ?? null)) ids.push(chat.id!);
  }
  return ids;
}
