// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

export interface paths {
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getMyDefaultPriority"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/numbers/{number}/contact-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getContactCard"];
        /**
         * TODO
         * @description TODO
         */
        put: operations["updateContactCard"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/numbers/{number}/contact-card/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["uploadContactCardAvatar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/numbers/{number}/call-forwarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["requestCallForwarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/location/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listLocationContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/location/contacts/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["refreshLocationContactsGet"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["refreshLocationContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/location/contacts/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getLocationContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{channelId}/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getChannelCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{channelId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * TODO
         * @description TODO
         */
        put: operations["updateChannelProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{channelId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["sendMessageToChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listPriorities"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["createPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/priorities/{priorityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getPriority"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deletePriority"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updatePriority"];
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/contacts/{contactId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["mergeContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listContactIdentities"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["attachContactIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/identities/{identityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["detachContactIdentity"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateContactIdentity"];
        trace?: never;
    };
    "/contacts/{contactId}/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getContactCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getContactTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listContactTags"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["addContactTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["removeContactTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/groups/{groupId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listGroupMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupId}/icon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["setGroupIcon"];
        /**
         * TODO
         * @description TODO
         */
        delete: operations["removeGroupIcon"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listChats"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["createChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateChat"];
        trace?: never;
    };
    "/chats/{chatId}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["setTyping"];
        /**
         * TODO
         * @description TODO
         */
        delete: operations["stopTyping"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["markChatRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/contact-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["shareContactCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["sendPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/polls/{pollId}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["votePoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/polls/{pollId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getPollResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getChatBackground"];
        /**
         * TODO
         * @description TODO
         */
        put: operations["setChatBackground"];
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["removeChatBackground"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listChatMessages"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["sendMessageToChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getChatMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getMessageStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listMessageEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats/{chatId}/messages/{messageId}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["addReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/webhooks/{webhookId}/secret/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhookId}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phone-numbers/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["lookupPhoneNumber"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["lookupPhoneNumberPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phone-numbers/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["batchLookupPhoneNumbers"];
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
        /** @description TODO */
        Error: {
            error: {
                /** @description TODO */
                code: string;
                message: string;
                details?: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description TODO */
        AuthError: {
            error?: string;
            message?: string;
            status?: number;
            code?: string;
        };
        /** @description TODO */
        ItemEnvelope: {
            data?: {
                [key: string]: unknown;
            };
        };
        /** @enum {string} */
        ChannelType: "blooio" | "twilio" | "whatsapp" | "whatsapp_business" | "rcs_business";
        /** @enum {string} */
        ChannelStatus: "pending_verification" | "active" | "suspended" | "banned" | "deprecated";
        /** @enum {string} */
        ChatState: "open" | "closed" | "blocked" | "deprecated";
        /** @enum {string} */
        Direction: "inbound" | "outbound";
        /** @description TODO */
        ChannelCapabilities: {
            protocols?: string[];
            content?: string[];
            actions?: string[];
            interactive?: string[];
            gates?: string[];
        } & {
            [key: string]: unknown;
        };
        Channel: {
            /** @description TODO */
            id?: string;
            type?: components["schemas"]["ChannelType"];
            /** @description TODO */
            display_address?: string | null;
            /** @description TODO */
            sender_key?: string;
            status?: components["schemas"]["ChannelStatus"];
            capabilities?: components["schemas"]["ChannelCapabilities"];
            /** @description TODO */
            created_at?: number;
        };
        ContactIdentity: {
            /** @description TODO */
            id?: string;
            contact_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description TODO */
            identifier?: string;
            /** @description TODO */
            channel_id?: string | null;
            created_at?: number;
        };
        Contact: {
            /** @description TODO */
            id?: string;
            name?: string | null;
            created_at?: number;
            tags?: string[];
            last_message_time?: number | null;
            /** @enum {string|null} */
            last_direction?: "inbound" | "outbound" | null;
            last_text?: string | null;
            last_status?: string | null;
            identities?: {
                id?: string;
                channel_type?: components["schemas"]["ChannelType"];
                identifier?: string;
                channel_id?: string | null;
                created_at?: number;
            }[];
        };
        /** @description TODO */
        TimelineItem: {
            /**
             * @description TODO
             * @enum {string}
             */
            type?: "message" | "message_event" | "chat_event";
            /** @description TODO */
            occurred_at?: number;
            /** @description TODO */
            id?: string;
            chat_id?: string | null;
            channel_id?: string | null;
            /** @description TODO */
            channel_type?: string | null;
            /** @description TODO */
            object?: {
                [key: string]: unknown;
            };
        };
        Chat: {
            /** @description TODO */
            id?: string;
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            contact_id?: string | null;
            identity_id?: string | null;
            group_id?: string | null;
            state?: components["schemas"]["ChatState"];
            capabilities?: {
                [key: string]: unknown;
            };
            window_expires_at?: number | null;
            last_message_at?: number | null;
            created_at?: number;
        };
        /** @description TODO */
        ChatPage: {
            data?: components["schemas"]["Chat"][];
            has_more?: boolean;
            next_cursor?: string | null;
        };
        ChatCreated: {
            id?: string;
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            contact_id?: string | null;
            identity_id?: string | null;
            state?: components["schemas"]["ChatState"];
            /** @description TODO */
            created?: boolean;
        };
        Message: {
            /** @description TODO */
            id?: string;
            chat_id?: string;
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /**
             * @description TODO
             * @enum {string}
             */
            protocol?: "pending" | "unknown" | "imessage" | "sms" | "rcs" | "whatsapp";
            direction?: components["schemas"]["Direction"];
            /** @description TODO */
            type?: string;
            text?: string | null;
            /** @description TODO */
            status?: string;
            provider_message_id?: string | null;
            reply_to_message_id?: string | null;
            error?: {
                [key: string]: unknown;
            } | null;
            created_at?: number;
            updated_at?: number;
        };
        MessageStatus: {
            id?: string;
            /** @description TODO */
            status?: string;
            /**
             * @description TODO
             * @enum {string}
             */
            protocol?: "pending" | "unknown" | "imessage" | "sms" | "rcs" | "whatsapp";
            error?: {
                [key: string]: unknown;
            } | null;
            created_at?: number;
            updated_at?: number;
        };
        MessageEvent: {
            /** @description TODO */
            id?: string;
            message_id?: string;
            /** @description TODO */
            kind?: string;
            occurred_at?: number;
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description TODO */
        MessageSendResult: {
            id?: string;
            chat_id?: string;
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /**
             * @description TODO
             * @enum {string}
             */
            protocol?: "pending" | "unknown" | "imessage" | "sms" | "rcs" | "whatsapp";
            direction?: components["schemas"]["Direction"];
            type?: string;
            /** @description TODO */
            status?: string;
            /** @description TODO */
            group_id?: string;
            /** @description TODO */
            hybrid?: {
                [key: string]: unknown;
            };
            error?: {
                [key: string]: unknown;
            } | null;
            /** @description TODO */
            fallback?: {
                /** @description TODO */
                recommended?: boolean;
                reason?: string;
            };
            /** @description TODO */
            to?: string;
            dry_run?: boolean;
            would_send?: boolean;
            preview?: {
                [key: string]: unknown;
            };
            poll?: {
                title?: string;
                options?: string[];
            };
            routing?: components["schemas"]["RoutingMetadata"];
        };
        /** @description TODO */
        RoutingMetadata: {
            /** @enum {string} */
            mode?: "explicit" | "priority" | "hybrid";
            channel_type?: components["schemas"]["ChannelType"];
            number?: string;
            sender_key?: string;
            priority_id?: string;
            priority?: number;
        };
        /** @description TODO */
        FanOutResult: {
            data?: components["schemas"]["MessageSendResult"][];
            fan_out?: boolean;
            sent?: number;
            failed?: number;
            dry_run?: boolean;
            routing?: components["schemas"]["RoutingMetadata"];
        };
        Group: {
            /** @description TODO */
            id?: string;
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            name?: string | null;
            icon_url?: string | null;
            chat_id?: string | null;
            /** @description TODO */
            chat_linked?: boolean;
            created_at?: number;
            members?: components["schemas"]["GroupMember"][];
        };
        GroupMember: {
            identity_id?: string;
            contact_id?: string | null;
            role?: string;
            channel_type?: components["schemas"]["ChannelType"];
            identifier?: string;
        };
        Webhook: {
            /** @description TODO */
            id?: string;
            /** Format: uri */
            url?: string;
            event_types?: string[];
            /** @enum {string} */
            status?: "active" | "disabled";
            channel_id?: string | null;
            channel_type?: string | null;
            created_at?: number;
        };
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /** @description TODO */
            signing_secret?: string;
        };
        WebhookDelivery: {
            /** @description TODO */
            id?: string;
            webhook_id?: string;
            event_id?: string;
            event_type?: string;
            status?: string;
            attempt_count?: number;
            response_status?: number | null;
            last_attempt_at?: number | null;
            next_attempt_at?: number | null;
            created_at?: number;
        };
        Event: {
            /** @description TODO */
            id?: string;
            /** @description TODO */
            type?: string;
            message_id?: string | null;
            chat_id?: string | null;
            channel_type?: string | null;
            occurred_at?: number;
            data?: {
                [key: string]: unknown;
            };
        };
        Poll: {
            id?: string;
            chat_id?: string;
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @enum {string} */
            type?: "poll";
            status?: string;
            poll?: {
                title?: string;
                options?: string[];
            };
        };
        PollVoteResult: {
            id?: string;
            poll_id?: string;
            voted_option?: string;
            /** @enum {string} */
            toggled?: "on" | "off";
            active_votes?: string[];
            active_vote_indices?: number[];
        };
        PollResults: {
            poll_id?: string;
            chat_id?: string;
            title?: string;
            options?: {
                text?: string;
                votes?: number;
            }[];
            total_votes?: number;
        };
        LinkPreview: {
            /** Format: uri */
            imageUrl?: string;
            title?: string;
        };
        TextContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            text: string;
            /** @description TODO */
            reply_to?: string;
            /** @description TODO */
            effect?: string;
            link_preview?: components["schemas"]["LinkPreview"];
        };
        MediaContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "media";
            /** @description TODO */
            attachments: string[];
            caption?: string;
            /** @description TODO */
            reply_to?: string;
        };
        /** @description TODO */
        MultipartContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "multipart";
            parts: {
                text?: string;
                /** Format: uri */
                url?: string;
            }[];
            /** @description TODO */
            reply_to?: string;
        };
        RichLinkContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rich_link";
            /** Format: uri */
            url: string;
            title?: string;
            /** @description TODO */
            reply_to?: string;
        };
        /** @description TODO */
        InteractiveContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "interactive";
            kind: string;
        };
        /** @description TODO */
        PollContent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "poll";
            title: string;
            options: string[];
        };
        MessageContent: components["schemas"]["TextContent"] | components["schemas"]["MediaContent"] | components["schemas"]["MultipartContent"] | components["schemas"]["RichLinkContent"] | components["schemas"]["InteractiveContent"] | components["schemas"]["PollContent"];
        /** @description TODO */
        Recipient: {
            identifier: string;
            /** @description TODO */
            type?: string;
        } | {
            /** @description TODO */
            contact_id: string;
        } | {
            /** @description TODO */
            group_id: string;
        } | {
            identifiers: string[];
            /** @description TODO */
            type?: string;
        } | string[] | string;
        /** @description TODO */
        PriorityChannel: {
            /** @description TODO */
            channel_id: string;
            type?: components["schemas"]["ChannelType"];
            /** @description TODO */
            priority: number;
        };
        Priority: {
            /** @description TODO */
            id?: string;
            name?: string | null;
            /** @description TODO */
            is_default?: boolean;
            channels?: components["schemas"]["PriorityChannel"][];
            created_at?: number;
            updated_at?: number;
        };
        CreatePriorityRequest: {
            name?: string;
            /** @description TODO */
            is_default?: boolean;
            /** @description TODO */
            channels: (string | {
                channel_id: string;
                priority?: number;
            })[];
        };
        /** @description TODO */
        UpdatePriorityRequest: {
            name?: string;
            is_default?: boolean;
            channels?: (string | {
                channel_id: string;
                priority?: number;
            })[];
        };
        /** @description TODO */
        SenderSelector: {
            /** @description TODO */
            id: string;
        } | {
            /** @constant */
            type: "hybrid";
            /** @description TODO */
            number: string;
        } | {
            type: components["schemas"]["ChannelType"];
            /** @description TODO */
            number: string;
        } | {
            type: components["schemas"]["ChannelType"];
            /** @description TODO */
            sender_key: string;
        } | {
            type: components["schemas"]["ChannelType"];
            /** @description TODO */
            priority_id?: string;
        } | {
            priority_id: string;
        };
        /** @description TODO */
        SendMessageRequest: {
            from?: components["schemas"]["SenderSelector"];
            /**
             * @deprecated
             * @description TODO
             */
            channel_id?: string;
            /**
             * @deprecated
             * @description TODO
             */
            priority_id?: string;
            to: components["schemas"]["Recipient"];
            content: components["schemas"]["MessageContent"];
            /** @description TODO */
            dry_run?: boolean;
        };
        SendToChannelRequest: {
            to: components["schemas"]["Recipient"];
            content: components["schemas"]["MessageContent"];
            /** @description TODO */
            dry_run?: boolean;
        };
        SendToChatRequest: {
            content: components["schemas"]["MessageContent"];
            dry_run?: boolean;
        };
        CreateChatRequest: {
            channel_id: string;
            to: {
                identifier: string;
            };
        };
        CreateContactRequest: {
            name?: string | null;
            /** @description TODO */
            identifier?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description TODO */
            channel_id?: string;
        };
        AttachIdentityRequest: {
            identifier: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description TODO */
            channel_id?: string;
        };
        CreateGroupRequest: {
            /** @description TODO */
            channel_id: string;
            /** @description TODO */
            members: (string | {
                identifier: string;
            })[];
            name?: string;
        };
        SendPollRequest: {
            title: string;
            options: string[];
        };
        /** @description TODO */
        VotePollRequest: {
            /** @description TODO */
            option_index?: number;
            /** @description TODO */
            option?: string;
        };
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description TODO
             */
            url: string;
            /** @description TODO */
            event_types?: string[];
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
        };
        UpdateWebhookRequest: {
            /** Format: uri */
            url?: string;
            event_types?: string[];
            /** @enum {string} */
            status?: "active" | "disabled";
        };
    };
    responses: {
        /** @description TODO */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AuthError"];
            };
        };
        /** @description TODO */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AuthError"];
            };
        };
        /** @description TODO */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description TODO */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description TODO */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description TODO */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description TODO */
        NotImplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description TODO */
        LimitParam: number;
        /** @description TODO */
        CursorParam: string;
        /** @description TODO */
        IdempotencyKeyHeader: string;
        /** @description TODO */
        ChannelIdParam: string;
        /** @description TODO */
        ContactIdParam: string;
        /** @description TODO */
        ChatIdParam: string;
        /** @description TODO */
        PriorityIdParam: string;
        /** @description TODO */
        MessageIdParam: string;
        /** @description TODO */
        GroupIdParam: string;
        /** @description TODO */
        WebhookIdParam: string;
        /** @description TODO */
        NumberParam: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getMyDefaultPriority: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Priority"] | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getContactCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                number: components["parameters"]["NumberParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateContactCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                number: components["parameters"]["NumberParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    first_name?: string;
                    last_name?: string;
                    /** @description TODO */
                    avatar?: string;
                    sharing?: {
                        enabled?: boolean;
                        audience?: string;
                        name_format?: string;
                    };
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    uploadContactCardAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                number: components["parameters"]["NumberParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    avatar: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    requestCallForwarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                number: components["parameters"]["NumberParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description TODO */
                    forward_to: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listLocationContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    refreshLocationContactsGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    refreshLocationContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getLocationContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description TODO */
                type?: components["schemas"]["ChannelType"];
                /** @description TODO */
                status?: components["schemas"]["ChannelStatus"];
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Channel"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                channelId: components["parameters"]["ChannelIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Channel"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getChannelCapabilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                channelId: components["parameters"]["ChannelIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            channel_id?: string;
                            type?: components["schemas"]["ChannelType"];
                            capabilities?: components["schemas"]["ChannelCapabilities"];
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateChannelProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                channelId: components["parameters"]["ChannelIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            channel_id?: string;
                            type?: components["schemas"]["ChannelType"];
                            profile?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    sendMessageToChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description TODO */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description TODO */
                channelId: components["parameters"]["ChannelIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendToChannelRequest"];
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description TODO */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FanOutResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listPriorities: {
        parameters: {
            query?: {
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Priority"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createPriority: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePriorityRequest"];
            };
        };
        responses: {
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Priority"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getPriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                priorityId: components["parameters"]["PriorityIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Priority"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                priorityId: components["parameters"]["PriorityIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            deleted?: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                priorityId: components["parameters"]["PriorityIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePriorityRequest"];
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Priority"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description TODO */
                identifier?: string;
                /** @description TODO */
                q?: string;
                /** @description TODO */
                tag?: string;
                sort?: "recent" | "oldest" | "name_asc" | "name_desc";
                filter?: "none" | "has_tags" | "no_tags" | "inbound_last" | "outbound_last";
                /** @description TODO */
                offset?: number;
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Contact"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                        pagination?: {
                            limit?: number;
                            offset?: number;
                            total?: number;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Contact"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Contact"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            deleted?: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Contact"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    mergeContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description TODO */
                    source_contact_id: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Contact"];
                    };
                };
            };
            /** @description TODO */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        message?: string;
                        status?: number;
                        code?: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description TODO */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        message?: string;
                        status?: number;
                        code?: string;
                    };
                };
            };
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listContactIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["ContactIdentity"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    attachContactIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachIdentityRequest"];
            };
        };
        responses: {
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["ContactIdentity"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    detachContactIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
                /** @description TODO */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            detached?: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateContactIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
                /** @description TODO */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifier: string;
                    name?: string | null;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["ContactIdentity"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getContactCapabilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            channel_type?: components["schemas"]["ChannelType"];
                            identifier?: string;
                            channel_id?: string | null;
                            capabilities?: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description TODO */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        message?: string;
                        status?: number;
                        code?: string;
                    };
                };
            };
        };
    };
    getContactTimeline: {
        parameters: {
            query?: {
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
                /** @description TODO */
                include_events?: boolean;
            };
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["TimelineItem"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listContactTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: string[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    addContactTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags?: string[];
                    tag?: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: string[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    removeContactTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                contactId: components["parameters"]["ContactIdParam"];
                /** @description TODO */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: string[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Group"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Group"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Group"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            deleted?: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Group"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["GroupMember"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    setGroupIcon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    icon: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            icon_url?: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    removeGroupIcon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            removed?: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listChats: {
        parameters: {
            query?: {
                type?: components["schemas"]["ChannelType"];
                state?: components["schemas"]["ChatState"];
                channel_id?: string;
                contact_id?: string;
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatRequest"];
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCreated"];
                };
            };
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCreated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Chat"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state?: "open" | "closed";
                    metadata?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Chat"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    setTyping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @default started
                     * @enum {string}
                     */
                    state?: "started" | "stopped";
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            chat_id?: string;
                            state?: string;
                            at?: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    stopTyping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            chat_id?: string;
                            state?: string;
                            at?: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    markChatRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            chat_id?: string;
                            read?: boolean;
                            at?: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    shareContactCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            chat_id?: string;
                            shared?: boolean;
                            at?: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    sendPoll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendPollRequest"];
            };
        };
        responses: {
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Poll"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    votePoll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description TODO */
                pollId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VotePollRequest"];
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["PollVoteResult"];
                    };
                };
            };
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["PollVoteResult"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getPollResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description TODO */
                pollId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["PollResults"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getChatBackground: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            chat_id?: string;
                            has_background?: boolean;
                            background_id?: string | null;
                            background_version?: number | null;
                            background_url?: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    setChatBackground: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    background: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            chat_id?: string;
                            background_id?: string;
                            background_url?: string | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    removeChatBackground: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            chat_id?: string;
                            removed?: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listChatMessages: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Message"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    sendMessageToChat: {
        parameters: {
            query?: never;
            header?: {
                /** @description TODO */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendToChatRequest"];
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            501: components["responses"]["NotImplemented"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description TODO */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description TODO */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FanOutResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description TODO */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["FanOutResult"];
                };
            };
            501: components["responses"]["NotImplemented"];
        };
    };
    getChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description TODO */
                messageId: components["parameters"]["MessageIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Message"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getMessageStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description TODO */
                messageId: components["parameters"]["MessageIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["MessageStatus"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listMessageEvents: {
        parameters: {
            query?: {
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description TODO */
                messageId: components["parameters"]["MessageIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["MessageEvent"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    addReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description TODO */
                messageId: components["parameters"]["MessageIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description TODO */
                    reaction: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            message_id?: string;
                            reaction?: string;
                            at?: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Webhook"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["WebhookWithSecret"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Webhook"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            deleted?: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Webhook"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            signing_secret?: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path: {
                /** @description TODO */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["WebhookDelivery"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                webhookId: components["parameters"]["WebhookIdParam"];
                /** @description TODO */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            id?: string;
                            replay_of?: string;
                            status?: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description TODO */
                type?: string;
                chat_id?: string;
                message_id?: string;
                /** @description TODO */
                limit?: components["parameters"]["LimitParam"];
                /** @description TODO */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Event"][];
                        has_more?: boolean;
                        next_cursor?: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description TODO */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Event"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    lookupPhoneNumber: {
        parameters: {
            query: {
                /** @description TODO */
                number: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    lookupPhoneNumberPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description TODO */
                    number: string;
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    batchLookupPhoneNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    numbers: string[];
                };
            };
        };
        responses: {
            /** @description TODO */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
