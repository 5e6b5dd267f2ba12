// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

import type { components, operations } from "./v4.js";

/** Each operation's params: its path, query and header parameters and its JSON body fields, in one object. */
export interface OperationParams {
  listChats: NonNullable<operations["listChats"]["parameters"]["query"]>;
}

/** Each operation's result: the JSON body of its 2xx answers. */
export interface OperationResults {
  listChats: operations["listChats"]["responses"][200]["content"]["application/json"];
}

/** The client's resources and methods, each naming its operation; the JSDoc is what an editor shows on hover. */
export interface Resources {
  chats: {
    /**
     * List chats
     *
     * Lists conversations, most recent first. Filter by channel type, state, channel, or contact.
     *
     * `GET /chats` (operationId `listChats`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listChats";
  };
}

export type ChannelType = components["schemas"]["ChannelType"];
export type ChatState = components["schemas"]["ChatState"];
export type Chat = components["schemas"]["Chat"];
export type ChatPage = components["schemas"]["ChatPage"];
/** The params of `chats.list`. */
export type ListChatsParams = OperationParams["listChats"];
/** What `chats.list` resolves to. */
export type ListChatsResult = OperationResults["listChats"];
export type ListChatsQuery = NonNullable<operations["listChats"]["parameters"]["query"]>;
