// Names for the spec's types, all generated (never re-declared by hand): every schema (`Chat`), and per operation
// its params, query and result (`ListChatsParams`, `ListChatsQuery`, `ListChatsResult`).
// Also the `blooio-v4/types` entry: types only, so its JavaScript is empty and importing it costs nothing.
import type { paths } from "./generated/v4.js";

export type { components, operations, paths } from "./generated/v4.js";
export type * from "./generated/surface.js";
export type { CursorPage } from "./core/listing.js";

type GetOperation<P extends keyof paths> = paths[P] extends { get: infer Operation } ? Operation : never;

/** The query parameters of `GET path`. */
export type QueryOf<P extends keyof paths> =
  GetOperation<P> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;

/** The JSON body of `GET path`'s 200 response. */
export type PageOf<P extends keyof paths> =
  GetOperation<P> extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;

/** The items of a cursor-paginated GET's pages. */
export type ItemOf<P extends keyof paths> = PageOf<P> extends { data?: (infer Item)[] } ? Item : never;

/** Every GET in `paths` that takes a `cursor` and answers with a cursor page. */
export type CursorPath = {
  [P in keyof paths]: QueryOf<P> extends { cursor?: string } ? (PageOf<P> extends { data?: unknown[] } ? P : never) : never;
}[keyof paths];
