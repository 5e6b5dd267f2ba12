// Names for the spec's types, derived from the generated file (never re-declared by hand).
// Also the `blooio-v4/types` entry: types only, so its JavaScript is empty and importing it costs nothing.
import type { components, operations, paths } from "./generated/v4.js";

export type { components, operations, paths };

export type Chat = components["schemas"]["Chat"];
export type ChatPage = components["schemas"]["ChatPage"];
export type ChannelType = components["schemas"]["ChannelType"];
export type ChatState = components["schemas"]["ChatState"];
export type ListChatsQuery = NonNullable<operations["listChats"]["parameters"]["query"]>;

type GetOperation<P extends keyof paths> = paths[P] extends { get: infer Operation } ? Operation : never;

/** The query parameters of `GET path`. */
export type QueryOf<P extends keyof paths> =
  GetOperation<P> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;

/** The JSON body of `GET path`'s 200 response. */
export type PageOf<P extends keyof paths> =
  GetOperation<P> extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;

/** The shape every cursor-paginated page shares. */
export interface CursorPage<Item = unknown> {
  data?: Item[];
  has_more?: boolean;
  next_cursor?: string | null;
}

/** The items of a cursor-paginated GET's pages. */
export type ItemOf<P extends keyof paths> = PageOf<P> extends CursorPage<infer Item> ? Item : never;

/** Every GET in `paths` that takes a `cursor` and answers with a cursor page: each gets pagination for free. */
export type CursorPath = {
  [P in keyof paths]: QueryOf<P> extends { cursor?: string } ? (PageOf<P> extends CursorPage ? P : never) : never;
}[keyof paths];
