// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

export interface paths {
    "/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List chats
         * @description Lists conversations, most recent first. Filter by channel type, state, channel, or contact.
         */
        get: operations["listChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The kind of channel a chat runs on.
         * @enum {string}
         */
        ChannelType: "blooio" | "twilio" | "whatsapp" | "whatsapp_business" | "rcs_business" | "amb";
        /**
         * @description The state of a chat.
         * @enum {string}
         */
        ChatState: "open" | "closed" | "blocked" | "deprecated";
        /** @description A conversation on one channel. */
        Chat: {
            /** @description Chat id (chat_...). */
            id?: string;
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            contact_id?: string | null;
            identity_id?: string | null;
            group_id?: string | null;
            state?: components["schemas"]["ChatState"];
            /** @description What the chat supports. The docs leave its keys open. */
            capabilities?: {
                [key: string]: unknown;
            };
            window_expires_at?: number | null;
            last_message_at?: number | null;
            created_at?: number;
        };
        /** @description One page of a cursor-paginated chat listing. */
        ChatPage: {
            /** @description Array of Chat */
            data?: components["schemas"]["Chat"][];
            has_more?: boolean;
            next_cursor?: string | null;
        };
        /** @description An error body. The docs do not publish its shape, so any JSON object is accepted. */
        Error: {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChats: {
        parameters: {
            query?: {
                /** @description Only chats of this channel type. */
                type?: components["schemas"]["ChannelType"];
                /** @description Only chats in this state. */
                state?: components["schemas"]["ChatState"];
                /** @description Only chats on this channel. */
                channel_id?: string;
                /** @description Only chats with this contact. */
                contact_id?: string;
                /** @description Maximum number of items to return per page. Must be between 1 and 200; defaults to 50. Combine with cursor to paginate. */
                limit?: number;
                /** @description Opaque pagination cursor. Pass the next_cursor value from a previous response to fetch the next page; omit it on the first request. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of chats */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatPage"];
                };
            };
            /** @description The request was malformed — check the path, query parameters, and body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Your API key is missing or invalid. Pass it as a bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
