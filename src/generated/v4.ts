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
         * Get the account
         * @description Returns what the calling API key belongs to: its organization, the devices and numbers linked to it, usage, and whether the key is valid. A cheap first call to check that a key works.
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
         * Get the default priority
         * @description Returns the priority that routed sends of the calling API key use by default, or `{ "data": null }` if the key has none. Without a default, routed sends fall back to a Blooio pool made of the numbers the key owns.
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
         * List sender numbers
         * @description Returns every phone number and other sender address the calling API key may send from, all in one response (this list is not paginated).
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
         * Get a sender number's contact card
         * @description Returns the contact card that one of your sender numbers shares with the people it messages: the name on it, its avatar, and the sharing settings.
         */
        get: operations["getContactCard"];
        /**
         * Update a sender number's contact card
         * @description Changes the name, avatar or sharing settings on the contact card a sender number shares. The body must set at least one field. To upload an image file rather than pass a URL, use the avatar upload endpoint.
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
         * Upload a contact card avatar
         * @description Uploads an image file as multipart form data (field `avatar`) and makes it the picture on the number's contact card. Files may be at most 10 MB.
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
         * Request call forwarding
         * @description Files a request to forward voice calls that reach one of your sender numbers to another US phone number. The response confirms the request; it does not promise forwarding is already active.
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
         * List Find My friends
         * @description Returns the Find My friends who share their location with the Apple account signed in on your linked device, as that device last reported them. Call a refresh endpoint first when you need current positions.
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
         * Refresh Find My locations (GET form)
         * @description Does the same as the POST form, for callers that can only send GET: asks the linked device to reload Find My location data now, and returns the outcome.
         */
        get: operations["refreshLocationContactsGet"];
        put?: never;
        /**
         * Refresh Find My locations
         * @description Asks the linked device to reload Find My location data right away instead of waiting for its next update, and returns the outcome. List the friends afterwards to read the new positions.
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
         * Get one Find My friend
         * @description Returns the location entry of a single Find My friend, looked up by phone number, email address or Apple ID. Answers 404 when no friend with that handle shares a location with you.
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
         * List channels
         * @description Returns the organization's channels, the surfaces messages go out from, with each one's type, sender address, status and capabilities. Routed sends choose a channel for you, so you only need a channel id to inspect a channel or to send through one exactly.
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
         * Get a channel
         * @description Returns one channel with its type, sender address, status, capabilities and creation time.
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
         * Get a channel's capabilities
         * @description Returns what a channel supports: the protocols it delivers over, the content types it accepts, and its actions, interactive features and gates. The lists depend on the channel type, so check them before sending something a channel may not handle.
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
         * Update a channel's profile
         * @description Saves profile details for a channel, such as a display name, a description or an avatar. The object you send is stored exactly as given, under the channel's `metadata.profile`; which keys mean something depends on the channel type (WhatsApp Business has its own profile fields, for instance).
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
         * Send a message through a channel
         * @description Sends from exactly this channel, with no routing; new code can do the same with `POST /messages` and `from: { "id": "ch_..." }`. When this channel supports groups (Blooio, WhatsApp), several recipients become one group thread; on other types they fan out into separate sends, 100 at most, answered with 207 when some fail. Send an `Idempotency-Key` so that retries cannot send twice, or set `dry_run` to check and route the message without sending it (200).
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
         * List priorities
         * @description Returns, a page at a time, the priorities that belong to the calling API key, each with its channels and their tiers.
         */
        get: operations["listPriorities"];
        put?: never;
        /**
         * Create a priority
         * @description Creates an ordered set of channels for routed sends. Channels of the same type on the same tier (`priority`) form a pool, and at send time tiers are tried from the lowest number upward. The key's first priority becomes its default unless you send `is_default: false`; an unknown channel id answers 404.
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
         * Get a priority
         * @description Returns one priority with its name, whether it is the key's default, and its channels by tier.
         */
        get: operations["getPriority"];
        put?: never;
        post?: never;
        /**
         * Delete a priority
         * @description Deletes the priority and answers with its id and `deleted: true`. Routed sends stop using it; if it was the key's default, check the default priority afterwards.
         */
        delete: operations["deletePriority"];
        options?: never;
        head?: never;
        /**
         * Update a priority
         * @description Renames a priority, changes whether it is the default, or replaces its channels; send only the fields to change. A `channels` list replaces the priority's whole channel set rather than adding to it, so include every channel you want to keep.
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
         * List contacts
         * @description Returns the organization's contacts, each with its identities. Paging uses a cursor by default; a search (`q`), a `tag`, a `sort`, a `filter` or an `offset` switches the call to numbered pages and adds a `pagination` object with the total count. Pass `identifier` to find which contact owns a phone number or email address.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Adds a contact to the address book. Give an `identifier` (and usually a `channel_type`) to attach a first phone number or email in the same call; more identities can be attached later. Returns the new contact.
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
         * Get a contact
         * @description Fetches one contact by id, including its tags, identities and a summary of the latest message exchanged with it.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Removes a contact together with all of its identities. The deletion is soft: the records are flagged as deleted rather than erased, and the contact no longer shows up in lists or lookups.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Rename a contact
         * @description Changes the display name of a contact and returns the updated record. Identities and tags have their own endpoints.
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
         * Merge two contacts
         * @description Folds a duplicate contact (`source_contact_id`) into the one in the path, which survives: the source's identities move across, the tag lists are combined, and the survivor keeps its name unless it has none. The source is left behind as a deprecated record pointing at the survivor; chats, messages and the timeline follow the moved identities, so no history is lost. Repeating the same merge is harmless and returns 200 again, while a source already merged elsewhere gets 409. A `contact.merged` webhook event is sent.
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
         * List a contact's identities
         * @description Returns every phone number and email address tied to the contact, with the channel type each one is used on.
         */
        get: operations["listContactIdentities"];
        put?: never;
        /**
         * Attach an identity
         * @description Ties another phone number (E.164) or email address to the contact, for use on the given channel type, and returns the new identity. A 409 signals a conflict, such as the address being attached already.
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
         * Detach an identity
         * @description Unlinks a phone number or email from the contact. The contact itself and its other identities are kept.
         */
        delete: operations["detachContactIdentity"];
        options?: never;
        head?: never;
        /**
         * Update an identity
         * @description Replaces the address stored in an identity (for example after a contact changes number) while keeping the identity's id, so its chats stay attached. Pass `name` as well to rename the owning contact in the same call.
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
         * Check how a contact can be reached
         * @description Reports, identity by identity, what the contact can receive (iMessage, SMS, RCS and so on). For iMessage (`blooio`) identities the check is made live, through one of your active iMessage channels, so it needs such a channel: without one the call fails with 409.
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
         * Get a contact's timeline
         * @description One feed of everything that happened with a contact, newest first by `occurred_at`, across all channels: its one-to-one chats (through any of its identities) and the group chats it is currently a member of. Only messages are included unless `include_events=true`, which mixes in receipts, reactions and chat events. Once two contacts are merged, the surviving one's feed also holds the history of the one it absorbed.
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
         * List a contact's tags
         * @description Returns all tags set on the contact, as plain strings.
         */
        get: operations["listContactTags"];
        put?: never;
        /**
         * Add tags to a contact
         * @description Adds one tag (`tag`) or several (`tags`) to the contact. Tags it already has are left as they are, so repeating the call changes nothing. Returns the contact's full tag list afterwards.
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
         * Remove a tag from a contact
         * @description Takes one tag off the contact and returns the tags that remain.
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
         * List groups
         * @description Returns the organization's group chats, each with its channel, name, icon and current members. Paged by cursor.
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group
         * @description Starts a group chat with one or more members on a channel that supports groups, which means a `blooio` (iMessage) or `whatsapp` channel. Members are given by phone number (E.164) or email. Returns the new group.
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
         * Get a group
         * @description Fetches one group by id, with its name, icon, linked chat and member list.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a group
         * @description Deletes the group record from your organization and confirms with its id.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Rename a group
         * @description Changes the group's display name, which members see in their conversation, and returns the updated group.
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
         * List group members
         * @description Returns the current members of the group, each with the identity and, when known, the contact it belongs to.
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
         * Set a group icon
         * @description Uploads a picture as the group's icon, sent as `multipart/form-data` with the file in the `icon` field. The file may be up to 10 MB and must be JPEG, PNG, GIF, WebP, HEIC or HEIF (`image/jpeg`, `image/png`, `image/gif`, `image/webp`, `image/heic`, `image/heif`). The group's chat must already be tied to a device (see `chat_linked`) before an icon can be applied.
         */
        post: operations["setGroupIcon"];
        /**
         * Remove a group icon
         * @description Clears the group's icon and confirms the removal. A 409 means the group's current state does not allow the change (setting an icon, for one, needs the group's chat linked on a device).
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
         * List chats
         * @description Returns your conversations, the most recently active first, one page at a time. Narrow the list by channel type, chat state, channel or contact; the filters combine. Follow `next_cursor` until `has_more` is false to walk every chat.
         */
        get: operations["listChats"];
        put?: never;
        /**
         * Find or create a chat
         * @description Gets the one-to-one chat between a channel and a recipient, starting a new one when none exists yet. Answers 200 with `created: false` for an existing chat and 201 with `created: true` for a new one. Unlike most endpoints, the chat comes back at the top level, not inside `data`.
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
         * Get a chat
         * @description Fetches one chat by id: its channel, who it is with (a contact and identity, or a group), its state, what it supports and when it was last active.
         */
        get: operations["getChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a chat
         * @description Opens or closes a chat and/or merges keys into its `metadata` (keys you leave out are kept). Send at least one of the two fields. Returns the updated chat.
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
         * Start or stop the typing indicator
         * @description Makes the typing bubble appear in the recipient's conversation (`started`, the default when no body is sent) or go away (`stopped`). Works on Blooio (iMessage) channels only.
         */
        post: operations["setTyping"];
        /**
         * Stop the typing indicator
         * @description Hides the typing bubble in the chat; the same as sending `state: stopped` to the POST. Blooio (iMessage) channels only.
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
         * Mark a chat as read
         * @description Tells the other side that you have read their messages, so they see a read receipt. Blooio (iMessage) channels only.
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
         * Share your contact card
         * @description Drops the contact card of the number behind this chat (its name and avatar, managed under `/me/numbers/{number}/contact-card`) into the conversation, so the recipient can save it. Blooio (iMessage) channels only.
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
         * Send a poll
         * @description Posts a native iMessage poll into the chat: a question (`title`) and at least two answers to pick from. The poll is a message, so its id is a `msg_` id; it is queued and delivered like any other message. Blooio (iMessage) channels only.
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
         * Vote on a poll
         * @description Votes for an option, named by its position (`option_index`, counting from 0) or its text (`option`). Voting acts as a toggle: choosing an option you already picked takes that vote back. A 201 reports a recorded vote; a 200 means the toggle left you with no votes on the poll. Blooio (iMessage) channels only.
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
         * Get poll results
         * @description Tallies the votes on a poll so far, option by option, with the overall total.
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
         * Get the chat background
         * @description Tells whether the chat has a custom background image and, if so, which one and where to download it. The answer is read live from the device behind the channel. Blooio (iMessage) channels only.
         */
        get: operations["getChatBackground"];
        /**
         * Set the chat background
         * @description Uploads an image to use as the chat's background, sent as `multipart/form-data` with the file in the `background` field. The file may be up to 10 MB and must be JPEG, PNG, GIF, WebP, HEIC or HEIF (`image/jpeg`, `image/png`, `image/gif`, `image/webp`, `image/heic`, `image/heif`). Replaces any background already set. Blooio (iMessage) channels only.
         */
        put: operations["setChatBackground"];
        post?: never;
        /**
         * Remove the chat background
         * @description Takes the custom background off the chat, so it shows the default again. Blooio (iMessage) channels only.
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
         * List the messages of a chat
         * @description Pages through every message in one chat, inbound and outbound alike. The newest message comes first unless you pass `order=asc`, which starts from the oldest. Each item carries its delivery `status` and the `protocol` it went out on.
         */
        get: operations["listChatMessages"];
        put?: never;
        /**
         * Send into an existing chat
         * @description Sends content into a chat that already exists, from the chat's own channel to its own recipient, so the body carries no `from` or `to`. The message comes back at the top level of the body, not inside `data`, and a send the channel refuses on the spot still answers 201, with `status: failed` and an `error`. Retrying with the same `Idempotency-Key` and body returns the first result instead of a second message (another body under that key is a 409); `dry_run: true` checks the request without sending.
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
         * Send a message
         * @description Starts a conversation: name the recipient in `to` and the `content`, and optionally the sender in `from` (without it, Blooio routes automatically by history, content and your priorities). A list of recipients on a channel that supports groups (blooio, whatsapp) becomes one group thread; elsewhere it fans out into at most 100 one-to-one sends, answered 207 when results are mixed and 422 when all of them fail. A single send answers 201 with the message at the top level (not in `data`), with its `channel_id`, `chat_id` and `routing`, even when it was rejected at once (`status: failed` plus an `error`). Repeating a request with the same `Idempotency-Key` and body returns the first result (another body under that key is a 409), and `dry_run: true` resolves the route without sending anything.
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
         * Get a message
         * @description Fetches one message of a chat, inbound or outbound, with its text, delivery `status`, `protocol` and any `error`. Answers 404 when the message does not belong to that chat.
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
         * Get a message's delivery status
         * @description A small answer for polling: just the message's current `status`, `protocol` and `error`, with its timestamps, and none of its content. Webhooks on `message.*` events avoid polling altogether.
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
         * List a message's lifecycle events
         * @description The history of one message, one entry per step: sent, delivered, read, a reaction and so on, each with the time it happened. Useful for an audit trail or to see exactly when a message was read.
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
         * React to a message
         * @description Puts a tapback on a message in the chat, or takes one off: prefix the reaction with `+` to add it and `-` to remove it (`+love`, `-love`). Any message of the chat can be reacted to, received or sent, by the `id` the message list shows. Answers 404 if the message is not in this chat and 409 if it has not yet reached the device. Works on Blooio channels only.
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
         * List webhooks
         * @description Pages through the webhook subscriptions of your organization, with each one's URL, event types, scope and whether it is active. Signing secrets are never included here.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Subscribes an HTTPS URL to events, optionally only those of one channel or channel type. Every delivery is signed with HMAC-SHA256 over its raw body using the webhook's `signing_secret`, which this response contains and no later one ever shows again (rotate it if it is lost). Without `event_types` the webhook receives everything (`*`).
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
         * Get a webhook
         * @description Fetches one webhook subscription: its URL, event types, scope and status. The signing secret is not part of it; rotate the secret to get a new one.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Removes a webhook subscription for good; no further events are delivered to its URL. To stop deliveries only for a while, disable it with an update instead.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook
         * @description Changes a webhook's URL, its event types, or its status; fields you leave out keep their values. Set `status` to `disabled` to pause deliveries without losing the subscription, and back to `active` to resume.
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
         * Rotate a webhook's signing secret
         * @description Issues a new signing secret for the webhook and returns it, in this response only. The V4 reference does not promise the old secret any grace period, so switch your signature check to the new one straight away.
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
         * List a webhook's deliveries
         * @description Shows the recent attempts to deliver events to this webhook: which event, how many tries, what your endpoint answered, and when the next retry is due. Use it to debug an endpoint and to find a delivery to replay. The same list is also served at `/webhooks/{webhookId}/logs`.
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
         * Replay a webhook delivery
         * @description Queues the event of a past delivery to be sent to the webhook's URL once more, for instance after your endpoint was down. The replay is a new delivery of its own, linked to the original by `replay_of`. The path `/webhooks/{webhookId}/logs/{deliveryId}/replay` is an alias.
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
         * List events
         * @description One feed of everything that happened on the account: message lifecycle steps, inbound messages, polls, group changes, reactions and typing. Narrow it by event type (a wildcard such as `message.*` works), by chat or by message. Its event types are the ones webhooks subscribe to, so the feed can fill in what an endpoint missed while it was down.
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
         * Get an event
         * @description Fetches a single event with its full payload, for instance the one a webhook delivery's `event_id` names.
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
         * Look up a phone number
         * @description Parses one phone number and returns what is known about it, such as whether it is valid and where it is registered. Enterprise plans only; other plans get 403.
         */
        get: operations["lookupPhoneNumber"];
        put?: never;
        /**
         * Look up a phone number, with a JSON body
         * @description The same lookup as the GET form, but the number travels in a JSON body instead of the query string, so no URL-encoding is needed. Enterprise plans only; other plans get 403.
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
         * Look up many phone numbers
         * @description Looks up as many as 100 phone numbers in one call and returns one result per number in `data`. Enterprise plans only; other plans get 403.
         */
        post: operations["batchLookupPhoneNumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "message.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message arrived
         * @description Someone wrote to you: an inbound message landed in one of your chats. `data` is the message, with `direction: inbound`. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onMessageReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.queued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sent message was accepted
         * @description Blooio accepted a message you sent and is about to dispatch it. Usually the first event of an outbound message. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onMessageQueued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sent message is on its way
         * @description A message you sent has been dispatched, but the transport it travels on (iMessage, SMS, RCS) is not known yet. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onMessagePending"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sent message reached its channel
         * @description A message you sent was handed to its channel; `data.protocol` now says which transport carries it. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onMessageSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sent message was delivered
         * @description A delivery receipt arrived: the message reached the recipient's device. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onMessageDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sent message failed
         * @description A message you sent could not be delivered; `data.error` carries the reason. A fallback to another channel may be worth a try. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onMessageFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sent message was read
         * @description A read receipt arrived: the recipient opened the message. Only channels that report reads send it. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onMessageRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.reaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A reaction was added or removed
         * @description Someone put a tapback on a message, or took one off. Blooio does not publish the fields of this payload; expect the message and the reaction. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onMessageReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "poll.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A poll was sent
         * @description A poll went out into a chat, from you or from the other side. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onPollCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "poll.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A poll arrived
         * @description The other side of a chat sent a poll. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onPollReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "poll.voted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A poll vote changed
         * @description Someone voted in a poll, or withdrew a vote. Blooio does not publish the fields of this payload; expect the poll and the option. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onPollVoted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.name_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A group was renamed
         * @description A group chat got a new name. `data` is the group as it now stands. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onGroupNameChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "group.icon_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A group icon changed
         * @description A group chat's icon was set or removed. `data` is the group as it now stands. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onGroupIconChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact card was shared
         * @description A contact card was shared into one of your chats. Blooio does not publish the fields of this payload. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onContactShared"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.merged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Two contacts were merged
         * @description Two contacts were folded into one, for example by `contacts.merge`; the absorbed one is kept as a tombstone. Blooio does not publish the fields of this payload. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onContactMerged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "typing.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Someone started typing
         * @description The other side of a chat began typing. Only Blooio channels report it. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onTypingStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "typing.stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Someone stopped typing
         * @description The other side of a chat stopped typing. Only Blooio channels report it. Delivered as a signed POST to every subscription whose `event_types` match.
         */
        post: operations["onTypingStopped"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description The error envelope of V4: one `error` object with a stable `code`, a readable `message` and, when there is more to say, `details`. */
        Error: {
            /** @description What went wrong. */
            error: {
                /** @description Stable, machine-readable error code; branch on this rather than on `message`. */
                code: string;
                /** @description Explanation for people and logs; its wording may change. */
                message: string;
                /** @description Extra context, such as the field or id at fault; its keys depend on the error. */
                details?: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description The flatter error the authentication layer returns for 401 and 403, before any endpoint's own handler runs. */
        AuthError: {
            /** @description Short name of the failure, such as `Unauthorized` or `Forbidden`. */
            error?: string;
            /** @description Explanation for people and logs. */
            message?: string;
            /** @description The HTTP status, repeated in the body (401 or 403). */
            status?: number;
            /** @description Machine-readable code for the failure, when one is given. */
            code?: string;
        };
        /** @description One object wrapped in `data`, used where Blooio's export leaves the object's fields open. */
        ItemEnvelope: {
            /** @description The returned object. */
            data?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The kind of channel. `blooio`: a Blooio iMessage number (which can also reach people over SMS or RCS); `twilio`: a Twilio phone number, for SMS and MMS; `whatsapp`: a WhatsApp number; `whatsapp_business`: a sender on WhatsApp's Business Platform; `rcs_business`: an RCS Business Messaging agent, which has a `sender_key` instead of a number. (Older reference pages also list `amb`, which the export has dropped.)
         * @enum {string}
         */
        ChannelType: "blooio" | "twilio" | "whatsapp" | "whatsapp_business" | "rcs_business";
        /**
         * @description Where a channel stands. `pending_verification`: set up but not yet verified, so it cannot send; `active`: ready to send; `suspended`: paused, for now unable to send; `banned`: blocked by Blooio or the provider; `deprecated`: retired and kept only for its history.
         * @enum {string}
         */
        ChannelStatus: "pending_verification" | "active" | "suspended" | "banned" | "deprecated";
        /**
         * @description Where a chat stands. `open`: a live conversation; `closed`: ended, and sending into it is refused with 409; `blocked`: messaging in this chat is blocked; `deprecated`: retired and kept only for its history.
         * @enum {string}
         */
        ChatState: "open" | "closed" | "blocked" | "deprecated";
        /**
         * @description `inbound`: received from the other side; `outbound`: sent by you.
         * @enum {string}
         */
        Direction: "inbound" | "outbound";
        /** @description What a channel can do. The lists and their values vary with the channel type, and further keys may appear. */
        ChannelCapabilities: {
            /** @description Wire protocols the channel can deliver over, such as `imessage`, `sms`, `rcs` or `whatsapp`. */
            protocols?: string[];
            /** @description Content types the channel accepts, such as `text`, `media` or `poll`. */
            content?: string[];
            /** @description Actions the channel supports besides sending, such as reactions or typing indicators. */
            actions?: string[];
            /** @description Interactive features the channel supports, such as polls. */
            interactive?: string[];
            /** @description Conditions or restrictions that limit what the channel may do. */
            gates?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description A channel: one surface messages are sent from, such as a Blooio iMessage number, a Twilio number or an RCS Business agent. */
        Channel: {
            /** @description Unique id of the channel (ch_...). */
            id?: string;
            type?: components["schemas"]["ChannelType"];
            /** @description The sender address people see, such as a phone number; null when there is none. */
            display_address?: string | null;
            /** @description Stable key of a sender that has no number (today, RCS Business), usable as `from.sender_key`. Absent for numbered senders. */
            sender_key?: string;
            status?: components["schemas"]["ChannelStatus"];
            capabilities?: components["schemas"]["ChannelCapabilities"];
            /** @description When the channel was created, in epoch milliseconds. */
            created_at?: number;
        };
        /** @description One address through which a contact is reached: a phone number or email address, used on a given channel type. A contact can have several. */
        ContactIdentity: {
            /** @description Identity id, prefixed `cid_`. */
            id?: string;
            /** @description The contact this identity belongs to (`ct_...`). */
            contact_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description The address itself, an E.164 phone number (`+15551234567`) or an email address. */
            identifier?: string;
            /** @description Reserved for binding an identity to one channel; currently null. */
            channel_id?: string | null;
            /** @description When the identity was added, in epoch milliseconds. */
            created_at?: number;
        };
        /** @description A person in your address book, with every identity (phone number or email) they use, their tags, and a short summary of the latest message exchanged with them. */
        Contact: {
            /** @description Contact id, prefixed `ct_`. */
            id?: string;
            /** @description Display name, or null when none is known. */
            name?: string | null;
            /** @description When the contact was created, in epoch milliseconds. */
            created_at?: number;
            /** @description Labels you have put on the contact, used by the `tag` and `filter` options when listing. */
            tags?: string[];
            /** @description When the latest message with this contact was exchanged, in epoch milliseconds; null if there has been none. */
            last_message_time?: number | null;
            /**
             * @description Who sent that latest message, `inbound` (the contact) or `outbound` (you); null if there has been none.
             * @enum {string|null}
             */
            last_direction?: "inbound" | "outbound" | null;
            /** @description Text of the latest message, for previews; null when it had no text or there is none. */
            last_text?: string | null;
            /** @description Delivery status of the latest message (such as `delivered` or `read`); null if there is none. */
            last_status?: string | null;
            /** @description The phone numbers and email addresses tied to the contact. */
            identities?: {
                /** @description Identity id (`cid_...`). */
                id?: string;
                channel_type?: components["schemas"]["ChannelType"];
                /** @description E.164 phone number or email address. */
                identifier?: string;
                /** @description Reserved for binding an identity to one channel; currently null. */
                channel_id?: string | null;
                /** @description When the identity was added, in epoch milliseconds. */
                created_at?: number;
            }[];
        };
        /** @description One entry of a contact's timeline. `type` says what it is and so what `object` holds; the common fields let you sort and group entries without opening `object`. */
        TimelineItem: {
            /**
             * @description `message` is a message sent to or by the contact; `message_event` is something that happened to a message (it was sent, delivered or read, it failed, or got a reaction); `chat_event` covers other chat, group and typing activity. The two event kinds appear only with `include_events=true`.
             * @enum {string}
             */
            type?: "message" | "message_event" | "chat_event";
            /** @description When it happened, in epoch milliseconds. The timeline is sorted on this, newest first. */
            occurred_at?: number;
            /** @description Id of what the entry describes: a `msg_` id for messages, an `evt_` id for events. Breaks ties between entries with the same `occurred_at`. */
            id?: string;
            /** @description The chat the entry belongs to (`chat_...`), or null when it has none. */
            chat_id?: string | null;
            /** @description The channel it happened on (`ch_...`), or null when it has none. */
            channel_id?: string | null;
            /** @description Kind of channel it happened on. Messages always have one; events that are not tied to a channel may leave it null. */
            channel_type?: string | null;
            /** @description The entry in full: for a message, the message's fields (its id, direction, type, text, status, chat and channel, created_at); for an event, the event's id, type, chat and channel, `data` and `occurred_at`. */
            object?: {
                [key: string]: unknown;
            };
        };
        /** @description A conversation on one channel: either one-to-one with a contact's identity, or a group chat. Chats are created when messages are sent or received, or explicitly with Find or create a chat. */
        Chat: {
            /** @description Chat id, prefixed `chat_`. */
            id?: string;
            /** @description The channel that carries the conversation (`ch_...`). */
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description The contact on the other side (`ct_...`); null for group chats or when no contact is known. */
            contact_id?: string | null;
            /** @description The contact's identity used in this chat (`cid_...`); null for group chats. */
            identity_id?: string | null;
            /** @description The group (`grp_...`) when this is a group chat; null for one-to-one chats. */
            group_id?: string | null;
            state?: components["schemas"]["ChatState"];
            /** @description What can be done in this chat, such as the protocols it can use; which keys appear varies by channel type. */
            capabilities?: {
                [key: string]: unknown;
            };
            /** @description For channels that only allow free-form replies for a while after the contact last wrote (as WhatsApp does), when that window closes, in epoch milliseconds; null where no such window applies. */
            window_expires_at?: number | null;
            /** @description When the latest message in the chat was sent or received, in epoch milliseconds; null if none yet. */
            last_message_at?: number | null;
            /** @description When the chat was created, in epoch milliseconds. */
            created_at?: number;
        };
        /** @description A page of chats from List chats. When `has_more` is true, pass `next_cursor` as `cursor` to get the next page; treat the cursor as opaque. */
        ChatPage: {
            /** @description The chats on this page, most recently active first. */
            data?: components["schemas"]["Chat"][];
            /** @description True when at least one more page follows. */
            has_more?: boolean;
            /** @description Cursor for the next page; null on the last page. */
            next_cursor?: string | null;
        };
        /** @description The answer of Find or create a chat: the chat's main fields directly in the body (no `data` wrapper), plus `created` to tell a new chat from an existing one. */
        ChatCreated: {
            /** @description Chat id (`chat_...`). */
            id?: string;
            /** @description The channel that carries the chat (`ch_...`). */
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description The contact on the other side (`ct_...`), or null when none is known. */
            contact_id?: string | null;
            /** @description The recipient identity the chat uses (`cid_...`), or null when none is known. */
            identity_id?: string | null;
            state?: components["schemas"]["ChatState"];
            /** @description True when this call started the chat; false when it already existed. */
            created?: boolean;
        };
        /** @description A single message in a chat, sent or received, on any channel type. Its `status` tracks delivery and its `protocol` says which wire service carried it. */
        Message: {
            /** @description The message's id (msg_...). */
            id?: string;
            /** @description The chat the message belongs to (chat_...). */
            chat_id?: string;
            /** @description The channel that sent or received the message (ch_...). */
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /**
             * @description How the message travels; never null. `pending`: handed off, but the service it went out on is not known yet. `imessage`, `rcs`, `sms`: the service the device confirmed (blue bubble, RCS, or green SMS/MMS bubble). `whatsapp`: carried by WhatsApp. `unknown`: the service was still unresolved when Blooio stopped tracking it; `error` may explain.
             * @enum {string}
             */
            protocol?: "pending" | "unknown" | "imessage" | "sms" | "rcs" | "whatsapp";
            direction?: components["schemas"]["Direction"];
            /** @description The kind of content, matching the `type` it was sent with: `text`, `media`, `multipart`, `rich_link`, `interactive` or `poll`. */
            type?: string;
            /** @description The message's text, or null when it has none (a bare attachment, for instance). */
            text?: string | null;
            /** @description Where the message is in its delivery lifecycle. `queued`: accepted, not dispatched yet. `sent`: handed to the channel. `delivered`: a delivery receipt came back. `read`: a read receipt came back. `failed`: it did not go through (see `error`). `superseded`: replaced by a newer row, after an idempotent retry or a changed poll vote. Received messages show `received`. */
            status?: string;
            /** @description The id the underlying provider or device gave the message, when there is one. */
            provider_message_id?: string | null;
            /** @description The message this one replies to (msg_...), or null when it is not a reply. */
            reply_to_message_id?: string | null;
            /** @description Why the message failed, with a `code` and a `message`; null when nothing went wrong. */
            error?: {
                [key: string]: unknown;
            } | null;
            /** @description When the message was created, in epoch milliseconds. */
            created_at?: number;
            /** @description When the message last changed (a new status, for example), in epoch milliseconds. */
            updated_at?: number;
        };
        /** @description The delivery state of one message without its content: a cheap answer to poll while waiting for a receipt. */
        MessageStatus: {
            /** @description The message's id (msg_...). */
            id?: string;
            /** @description The delivery lifecycle state: `queued`, `sent`, `delivered`, `read`, `failed` (see `error`) or `superseded` (replaced after an idempotent retry or a changed poll vote). Received messages show `received`. */
            status?: string;
            /**
             * @description The wire service, or how far resolving it has got; never null. `pending`: not known yet. `imessage`, `rcs`, `sms`, `whatsapp`: the service that carried it. `unknown`: it could not be resolved in time.
             * @enum {string}
             */
            protocol?: "pending" | "unknown" | "imessage" | "sms" | "rcs" | "whatsapp";
            /** @description Why the message failed, with a `code` and a `message`; null otherwise. */
            error?: {
                [key: string]: unknown;
            } | null;
            /** @description When the message was created, in epoch milliseconds. */
            created_at?: number;
            /** @description When the status last changed, in epoch milliseconds. */
            updated_at?: number;
        };
        /** @description One step in a message's life, such as being sent, delivered, read or reacted to. */
        MessageEvent: {
            /** @description The event's id (evt_...). */
            id?: string;
            /** @description The message the event is about (msg_...). */
            message_id?: string;
            /** @description What happened, without the `message.` prefix the event feed and webhooks use: `sent`, `delivered`, `read`, `reaction`, and so on. */
            kind?: string;
            /** @description When it happened, in epoch milliseconds. */
            occurred_at?: number;
            /** @description Extra details that depend on the kind, such as the reaction given. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description What a send answers with, at the top level of the body rather than inside `data`. For a real send it is the new message with its first `status`; for a dry run it is a preview (`dry_run`, `would_send`, `preview`); inside a fan-out it is one recipient's outcome, named by `to`. */
        MessageSendResult: {
            /** @description The new message's id (msg_...). */
            id?: string;
            /** @description The chat the message went into (chat_...). */
            chat_id?: string;
            /** @description The channel that sends the message (ch_...), whether you chose it or routing did. */
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /**
             * @description The wire service, never null. Right after a send it is usually `pending`; it settles on `imessage`, `rcs`, `sms` or `whatsapp` once known, or `unknown` if it never resolves (see `error`).
             * @enum {string}
             */
            protocol?: "pending" | "unknown" | "imessage" | "sms" | "rcs" | "whatsapp";
            direction?: components["schemas"]["Direction"];
            /** @description The kind of content sent (`text`, `media`, `poll`, ...). */
            type?: string;
            /** @description The message's first state: `queued` when it was accepted, or `failed` when it was turned down before dispatch (see `error`). Later changes (`sent`, `delivered`, `read`, or a late `failed`) arrive through the status endpoint and `message.*` webhooks. */
            status?: string;
            /** @description The group the message was sent to (grp_...), on sends addressed to an existing group. */
            group_id?: string;
            /** @description On sends made through a hybrid sender: which phase of hybrid routing applied and, where relevant, where the switch between senders was placed. */
            hybrid?: {
                [key: string]: unknown;
            };
            /** @description Why the send failed, with a `code` and a `message`; null when it was accepted. */
            error?: {
                [key: string]: unknown;
            } | null;
            /** @description Set when this channel could not deliver the message and trying another channel could help. */
            fallback?: {
                /** @description True when Blooio suggests retrying the send on a different channel. */
                recommended?: boolean;
                /** @description Why a different channel is suggested. */
                reason?: string;
            };
            /** @description The recipient this item is for. Only set on the per-recipient items of a fan-out (`FanOutResult`). */
            to?: string;
            /** @description True when this is the preview of a dry run and nothing was sent. */
            dry_run?: boolean;
            /** @description On a dry run, whether a real send with the same body would be attempted. */
            would_send?: boolean;
            /** @description On a dry run, the message as it would be sent. */
            preview?: {
                [key: string]: unknown;
            };
            /** @description On a poll send, the poll as it was sent. */
            poll?: {
                /** @description The poll's question. */
                title?: string;
                /** @description The choices, in order. */
                options?: string[];
            };
            routing?: components["schemas"]["RoutingMetadata"];
        };
        /** @description How Blooio picked the channel a message went out on. */
        RoutingMetadata: {
            /**
             * @description `explicit`: the request named the exact sender (or the endpoint fixes the channel); `priority`: a priority was walked tier by tier; `hybrid`: the hybrid-enabled owner of a number was used.
             * @enum {string}
             */
            mode?: "explicit" | "priority" | "hybrid";
            channel_type?: components["schemas"]["ChannelType"];
            /** @description Number of the chosen sender in E.164 format, when it has one. */
            number?: string;
            /** @description Key of the chosen sender when it has no number (RCS Business). */
            sender_key?: string;
            /** @description The priority that was walked (priority_...), in `priority` mode. */
            priority_id?: string;
            /** @description The tier of that priority the channel came from. */
            priority?: number;
        };
        /** @description The answer to a send with several recipients on a channel that cannot hold them in one group thread: the send was split into one send per recipient (100 at most), each reported in `data`. The send endpoint answers with it under 207 when some recipients failed, and under 422 when all of them did. */
        FanOutResult: {
            /** @description One result per recipient, each named by its `to`. */
            data?: components["schemas"]["MessageSendResult"][];
            /** @description True, marking the body as a fan-out summary rather than a single message. */
            fan_out?: boolean;
            /** @description How many recipients' sends were accepted. */
            sent?: number;
            /** @description How many recipients' sends failed. */
            failed?: number;
            /** @description True when the fan-out was only a dry run and nothing was sent. */
            dry_run?: boolean;
            routing?: components["schemas"]["RoutingMetadata"];
        };
        /** @description A group chat with several members, held on a channel that supports groups (`blooio` or `whatsapp`), with its name, icon and member list. */
        Group: {
            /** @description Group id, prefixed `grp_`. */
            id?: string;
            /** @description The channel the group lives on (`ch_...`). */
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description The group's name as members see it, or null when it has none. */
            name?: string | null;
            /** @description Where the group's icon can be downloaded, or null when no icon is set. */
            icon_url?: string | null;
            /** @description The chat holding the group's messages (`chat_...`), or null when there is none yet. */
            chat_id?: string | null;
            /** @description True when the group is tied to an actual group conversation on the sending device. Changing the icon needs this. */
            chat_linked?: boolean;
            /** @description When the group was created, in epoch milliseconds. */
            created_at?: number;
            /** @description The people currently in the group. */
            members?: components["schemas"]["GroupMember"][];
        };
        /** @description One participant of a group, identified by the identity (phone number or email) taking part. */
        GroupMember: {
            /** @description The member's identity (`cid_...`). */
            identity_id?: string;
            /** @description The contact that identity belongs to (`ct_...`), or null when it is not in your contacts. */
            contact_id?: string | null;
            /** @description The member's role in the group, as the channel reports it (for example `member`). */
            role?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description The member's E.164 phone number or email address. */
            identifier?: string;
        };
        /** @description A subscription that POSTs events to your HTTPS endpoint as they happen. Its signing secret is not part of it: you see the secret only when you create the webhook or rotate the secret. */
        Webhook: {
            /** @description The webhook's id (wh_...). */
            id?: string;
            /**
             * Format: uri
             * @description The HTTPS endpoint events are delivered to.
             */
            url?: string;
            /** @description The subscription tokens the webhook was set up with: exact types such as `message.read`, category wildcards such as `poll.*`, or `*` for everything. */
            event_types?: string[];
            /**
             * @description `active`: events are being delivered. `disabled`: deliveries are paused until re-enabled.
             * @enum {string}
             */
            status?: "active" | "disabled";
            /** @description The only channel whose events are delivered (ch_...), or null for every channel. */
            channel_id?: string | null;
            /** @description The only channel type whose events are delivered, or null for every type. */
            channel_type?: string | null;
            /** @description When the webhook was created, in epoch milliseconds. */
            created_at?: number;
        };
        /** @description A webhook together with its signing secret, as the create call returns it. This is the only time the webhook comes with its secret; a rotation later answers with just the webhook's id and the new secret. */
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /** @description The key for checking that a delivery came from Blooio: recompute the HMAC-SHA256 of the raw request body with it and compare with the delivery's signature header. Shown once; keep it somewhere safe. */
            signing_secret?: string;
        };
        /** @description The record of delivering one event to one webhook, across all its attempts, with what your endpoint answered. */
        WebhookDelivery: {
            /** @description The delivery's id (wdel_...). */
            id?: string;
            /** @description The webhook the event was sent to (wh_...). */
            webhook_id?: string;
            /** @description The event that was delivered (evt_...). */
            event_id?: string;
            /** @description The type of that event, such as `message.delivered`. */
            event_type?: string;
            /** @description How the delivery stands, for example succeeded, or failed and waiting for another attempt. Blooio does not publish the full list of values. */
            status?: string;
            /** @description How many times Blooio has tried to deliver it so far. */
            attempt_count?: number;
            /** @description The HTTP status your endpoint gave on the latest attempt, or null when there was no answer (a timeout or a refused connection) or no attempt yet. */
            response_status?: number | null;
            /** @description When the latest attempt was made, in epoch milliseconds; null before the first. */
            last_attempt_at?: number | null;
            /** @description When the next retry is scheduled, in epoch milliseconds; null when none is planned. */
            next_attempt_at?: number | null;
            /** @description When the delivery was created, in epoch milliseconds. */
            created_at?: number;
        };
        /** @description Something that happened on the account, as listed by the event feed and sent to webhooks: a message step, an inbound message, a poll vote, a group change, a reaction or a typing indicator. */
        Event: {
            /** @description The event's id (evt_...). */
            id?: string;
            /** @description A dotted type naming the category and the action: `message.` followed by queued, sent, delivered, read, failed, received or reaction; `poll.` followed by created, received or voted; `group.name_changed` and `group.icon_changed`; `contact.shared`; `typing.started` and `typing.stopped`. */
            type?: string;
            /** @description The message involved (msg_...), or null for events not about a message. */
            message_id?: string | null;
            /** @description The chat involved (chat_...), or null when there is none. */
            chat_id?: string | null;
            /** @description The type of the channel the event happened on, or null when not tied to one. */
            channel_type?: string | null;
            /** @description When it happened, in epoch milliseconds. */
            occurred_at?: number;
            /** @description The details of the event; the fields depend on its `type`. */
            data?: {
                [key: string]: unknown;
            };
        };
        /** @description What every webhook delivery carries: the event's id and type, when it happened, the organization it belongs to, and the event's own payload in `data`. The same event may be delivered more than once (a retry or a replay): its `id` stays the same, so use it to process each event once. */
        WebhookEnvelope: {
            /** @description The event's id (evt_...); stable across retries and replays of the same event. */
            id: string;
            /** @description The event type, such as `message.delivered`; new types may appear during the beta. */
            type: string;
            /** @description When the event happened, in epoch milliseconds. */
            created_at: number;
            /** @description The organization (org_...) whose account produced the event. */
            organization_id?: string;
            /** @description The event's payload; its shape depends on `type`. */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description A poll just sent into a chat. Polls travel as messages, so the id is the poll message's `msg_` id, the one used to vote and to read results. */
        Poll: {
            /** @description Id of the poll message (`msg_...`). */
            id?: string;
            /** @description The chat the poll was posted in (`chat_...`). */
            chat_id?: string;
            /** @description The channel sending the poll (`ch_...`). */
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /**
             * @description Always `poll`, the content type of the message.
             * @enum {string}
             */
            type?: "poll";
            /** @description Delivery status of the poll message, `queued` right after sending. */
            status?: string;
            /** @description The question and answers as sent. */
            poll?: {
                /** @description The poll's question. */
                title?: string;
                /** @description The answers to choose from, in display order. */
                options?: string[];
            };
        };
        /** @description What a vote did, and which options you are voting for afterwards. */
        PollVoteResult: {
            /** @description Identifier of this vote action. */
            id?: string;
            /** @description The poll voted on (`msg_...`). */
            poll_id?: string;
            /** @description Text of the option this call voted for or withdrew. */
            voted_option?: string;
            /**
             * @description `on` when the vote was added, `off` when an earlier vote for that option was taken back.
             * @enum {string}
             */
            toggled?: "on" | "off";
            /** @description Texts of all options you are voting for after this call; empty when none. */
            active_votes?: string[];
            /** @description The same options by position, counting from 0. */
            active_vote_indices?: number[];
        };
        /** @description The tally of a poll so far. */
        PollResults: {
            /** @description The poll (`msg_...`). */
            poll_id?: string;
            /** @description The chat it was posted in (`chat_...`). */
            chat_id?: string;
            /** @description The poll's question. */
            title?: string;
            /** @description Each answer with its count, in display order. */
            options?: {
                /** @description The answer's text. */
                text?: string;
                /** @description Number of votes for this answer. */
                votes?: number;
            }[];
            /** @description Votes across all answers. */
            total_votes?: number;
        };
        /** @description A preview card to show with a text message, with your own image and title instead of ones fetched from a link. */
        LinkPreview: {
            /**
             * Format: uri
             * @description The public URL of the picture shown on the card.
             */
            imageUrl?: string;
            /** @description The heading shown on the card. */
            title?: string;
        };
        /** @description A text message (`type` is `text`), optionally a reply, with an effect or with a preview card. */
        TextContent: {
            /**
             * @description Always `text` for this kind of content. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "text";
            /** @description The message body. */
            text: string;
            /** @description The id of the message (msg_...) to answer in a thread. */
            reply_to?: string;
            /** @description An iMessage bubble or screen effect to send with, such as confetti; honoured on Blooio channels only. */
            effect?: string;
            link_preview?: components["schemas"]["LinkPreview"];
        };
        /** @description One or more files (`type` is `media`), fetched by Blooio from public URLs, with an optional caption. */
        MediaContent: {
            /**
             * @description Always `media` for this kind of content. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "media";
            /** @description The files to send, as public https URLs Blooio can download; at least one. */
            attachments: string[];
            /** @description Text sent along with the files. */
            caption?: string;
            /** @description The id of the message (msg_...) to answer in a thread; Blooio channels only. */
            reply_to?: string;
        };
        /** @description A message built of several pieces (`type` is `multipart`), text and files, delivered in the order given. Blooio channels only. */
        MultipartContent: {
            /**
             * @description Always `multipart` for this kind of content. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "multipart";
            /** @description The pieces in order; each carries either some `text` or the `url` of a file. */
            parts: {
                /** @description Text for this piece. */
                text?: string;
                /**
                 * Format: uri
                 * @description The public https URL of a file for this piece.
                 */
                url?: string;
            }[];
            /** @description The id of the message (msg_...) to answer in a thread. */
            reply_to?: string;
        };
        /** @description A link shown as a rich preview card (`type` is `rich_link`). */
        RichLinkContent: {
            /**
             * @description Always `rich_link` for this kind of content. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "rich_link";
            /**
             * Format: uri
             * @description The page to link to.
             */
            url: string;
            /** @description A title for the card, in place of the page's own. */
            title?: string;
            /** @description The id of the message (msg_...) to answer in a thread; Blooio channels only. */
            reply_to?: string;
        };
        /** @description An interactive message (`type` is `interactive`), such as buttons or a list to pick from, for WhatsApp Business and RCS channels. */
        InteractiveContent: {
            /**
             * @description Always `interactive` for this kind of content. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "interactive";
            /** @description Which interactive format to send. The V4 reference does not list the accepted values or the fields each one needs. */
            kind: string;
        };
        /** @description A native iMessage poll (`type` is `poll`) with a question and at least two choices. Polls can only go out on Blooio channels, so a routed send considers only channels that support them. */
        PollContent: {
            /**
             * @description Always `poll` for this kind of content. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "poll";
            /** @description The question being asked. */
            title: string;
            /** @description The choices people can vote for, in order; two or more, none empty. */
            options: string[];
        };
        /** @description What a message carries, chosen by its `type`. `text` (TextContent): a text body, optionally a reply, with an effect or a preview card. `media` (MediaContent): files from public URLs with a caption. `multipart` (MultipartContent): ordered text and file pieces, Blooio only. `rich_link` (RichLinkContent): a link as a preview card. `interactive` (InteractiveContent): buttons or lists on WhatsApp Business and RCS. `poll` (PollContent): a native poll, Blooio only. */
        MessageContent: components["schemas"]["TextContent"] | components["schemas"]["MediaContent"] | components["schemas"]["MultipartContent"] | components["schemas"]["RichLinkContent"] | components["schemas"]["InteractiveContent"] | components["schemas"]["PollContent"];
        /** @description Who to send to, in one of six forms: one identifier, several identifiers (in an object, in an array, or joined by commas in one string), an existing group, or a contact. Several identifiers on a group-capable channel start one group thread; elsewhere they fan out to at most 100 separate sends. A bare identifier reaches only phone- or email-addressed channels, while a contact lets routing pick among all its identities. */
        Recipient: {
            /** @description The phone number in E.164 form (`+15551234567`) or the email address. */
            identifier: string;
            /** @description A hint at what kind of address this is. Only advisory: routing works the kind out from the identifier and the channel, so it never changes how the message is delivered. */
            type?: string;
        } | {
            /** @description The contact to send to (ct_...); routed sends only. */
            contact_id: string;
        } | {
            /** @description The group to send to (grp_...). */
            group_id: string;
        } | {
            /** @description The phone numbers (E.164) or email addresses. */
            identifiers: string[];
            /** @description A hint at what kind of addresses these are. Only advisory: routing works the kind out from each identifier and the channel, so it never changes delivery. */
            type?: string;
        } | string[] | string;
        /** @description One channel inside a priority, with the tier it sits on. Channels of one type on the same tier form a pool that shares sends. */
        PriorityChannel: {
            /** @description The channel (ch_...). */
            channel_id: string;
            type?: components["schemas"]["ChannelType"];
            /** @description Tier number, 1 or more. Lower tiers are tried first; channels sharing a tier and a type are pooled. */
            priority: number;
        };
        /** @description An ordered set of channels, owned by an API key, that routed sends walk tier by tier until one can send. */
        Priority: {
            /** @description Unique id of the priority (priority_...). */
            id?: string;
            /** @description The label you gave it, or null. */
            name?: string | null;
            /** @description True for the key's default priority, the one routed sends use when no other is chosen. */
            is_default?: boolean;
            /** @description The channels in this priority and their tiers. */
            channels?: components["schemas"]["PriorityChannel"][];
            /** @description When the priority was created, in epoch milliseconds. */
            created_at?: number;
            /** @description When the priority last changed, in epoch milliseconds. */
            updated_at?: number;
        };
        /** @description What a new priority consists of; only `channels` is required. */
        CreatePriorityRequest: {
            /** @description A label to recognise the priority by. */
            name?: string;
            /** @description Whether this becomes the key's default priority. If left out, it does so only when it is the key's first priority. */
            is_default?: boolean;
            /** @description At least one channel: either a bare channel id, or `{ channel_id, priority }` to place it on a tier. Channels put on the same tier must all be of one type. */
            channels: (string | {
                /** @description The channel (ch_...). */
                channel_id: string;
                /** @description Its tier, 1 or more; lower tiers are tried first. */
                priority?: number;
            })[];
        };
        /** @description The fields to change, in any combination. A `channels` list replaces the priority's current channels entirely. */
        UpdatePriorityRequest: {
            /** @description A new label. */
            name?: string;
            /** @description True to make it the key's default priority, false to stop it being the default. */
            is_default?: boolean;
            /** @description The complete new channel set: bare channel ids or `{ channel_id, priority }` objects, as when creating. */
            channels?: (string | {
                /** @description The channel (ch_...). */
                channel_id: string;
                /** @description Its tier, 1 or more; lower tiers are tried first. */
                priority?: number;
            })[];
        };
        /** @description Who a routed send goes out from; leave `from` out for automatic routing. `{ id }` names an exact channel; `{ type: "hybrid", number }` uses the hybrid-enabled owner of a number; `{ type, number }` and `{ type, sender_key }` name an exact numbered or number-less sender; `{ type }` (optionally with `priority_id`) routes through channels of that type only; `{ priority_id }` routes through the given priority. Exact forms skip priority routing altogether. */
        SenderSelector: {
            /** @description The channel's id (ch_...). */
            id: string;
        } | {
            /**
             * @description Always `hybrid` for this form.
             * @constant
             */
            type: "hybrid";
            /** @description A representative number, in E.164 format, whose owner has hybrid sending turned on. */
            number: string;
        } | {
            type: components["schemas"]["ChannelType"];
            /** @description The sender's number, in E.164 format. */
            number: string;
        } | {
            type: components["schemas"]["ChannelType"];
            /** @description The sender's key, as shown on its channel (`sender_key`). */
            sender_key: string;
        } | {
            type: components["schemas"]["ChannelType"];
            /** @description A priority (priority_...) to walk, using only its channels of this type; the default when left out. */
            priority_id?: string;
        } | {
            /** @description The priority to walk (priority_...). */
            priority_id: string;
        };
        /** @description The body of a send to a recipient: `to` and `content` are required, and `from` optionally picks the sender. Leave `from` out and Blooio routes the send by history, content and your default priority. */
        SendMessageRequest: {
            from?: components["schemas"]["SenderSelector"];
            /**
             * @deprecated
             * @description The older way to name the exact sending channel (ch_...); use `from.id` instead.
             */
            channel_id?: string;
            /**
             * @deprecated
             * @description The older way to name the priority to route by (priority_...); use `from.priority_id` instead.
             */
            priority_id?: string;
            to: components["schemas"]["Recipient"];
            content: components["schemas"]["MessageContent"];
            /** @description When true, Blooio checks the request and resolves the route but sends nothing, answering 200 with a preview. */
            dry_run?: boolean;
        };
        /** @description The body of a send from one given channel (the channel is in the path): a recipient and the content. */
        SendToChannelRequest: {
            to: components["schemas"]["Recipient"];
            content: components["schemas"]["MessageContent"];
            /** @description When true, Blooio checks the request and resolves the route but sends nothing, answering 200 with a preview. */
            dry_run?: boolean;
        };
        /** @description The body of a send into an existing chat: only the content, since the sender and the recipient are the chat's own. */
        SendToChatRequest: {
            content: components["schemas"]["MessageContent"];
            /** @description When true, Blooio checks the request but sends nothing, answering 200 with a preview. */
            dry_run?: boolean;
        };
        /** @description Body of Find or create a chat, naming the channel to use and the recipient. */
        CreateChatRequest: {
            /** @description The channel to hold the chat on (`ch_...`). */
            channel_id: string;
            /** @description The person to chat with. */
            to: {
                /** @description Their E.164 phone number or email address. */
                identifier: string;
            };
        };
        /** @description Body of Create a contact. Every field is optional; send `identifier` to give the contact a first identity. */
        CreateContactRequest: {
            /** @description Display name for the contact. */
            name?: string | null;
            /** @description An E.164 phone number or email address, attached to the new contact as its first identity. */
            identifier?: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description Reserved for binding the identity to one channel; not used at present. */
            channel_id?: string;
        };
        /** @description Body of Attach an identity. */
        AttachIdentityRequest: {
            /** @description The E.164 phone number or email address to attach. */
            identifier: string;
            channel_type?: components["schemas"]["ChannelType"];
            /** @description Reserved for binding the identity to one channel; not used at present. */
            channel_id?: string;
        };
        /** @description Body of Create a group. */
        CreateGroupRequest: {
            /** @description The channel to create the group on (`ch_...`); it has to support groups, so `blooio` or `whatsapp`. */
            channel_id: string;
            /** @description Who to put in the group, at least one member. Each entry is a phone number or email, either as a plain string or as `{ "identifier": ... }`. */
            members: (string | {
                /** @description The member's E.164 phone number or email address. */
                identifier: string;
            })[];
            /** @description Optional name for the group. */
            name?: string;
        };
        /** @description Body of Send a poll. */
        SendPollRequest: {
            /** @description The question to ask. */
            title: string;
            /** @description The answers to choose from, at least two, in the order they should appear. */
            options: string[];
        };
        /** @description Body of Vote on a poll. Name the option either by `option_index` or by `option`. */
        VotePollRequest: {
            /** @description Position of the option in the poll, counting from 0. */
            option_index?: number;
            /** @description Text of the option to vote for. */
            option?: string;
        };
        /** @description A new webhook subscription: the endpoint, the events, and optionally a channel or channel type to limit it to. */
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description The HTTPS endpoint that will receive the events.
             */
            url: string;
            /** @description Which events to receive, as tokens: an exact type (`message.read`), a category wildcard (`message.*`, `poll.*`, `group.*`, `typing.*`), or `*` for all of them. The v2 bucket names `all`, `message` and `status` are also accepted and turned into their V4 equivalents. Left out, it means `['*']`. */
            event_types?: string[];
            /** @description Deliver only the events of this channel (ch_...). */
            channel_id?: string;
            channel_type?: components["schemas"]["ChannelType"];
        };
        /** @description The webhook fields to change; any you leave out stay as they are. */
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description A new HTTPS endpoint for the deliveries.
             */
            url?: string;
            /** @description The event tokens to subscribe to from now on: exact types, category wildcards such as `group.*`, or `*`. */
            event_types?: string[];
            /**
             * @description `active` to deliver events, `disabled` to pause deliveries.
             * @enum {string}
             */
            status?: "active" | "disabled";
        };
    };
    responses: {
        /** @description The API key is missing, malformed or not valid. The body uses the flat shape of the authentication layer, not the usual error envelope. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AuthError"];
            };
        };
        /** @description The key is valid but not allowed to do this, for example because it is blocked or the feature needs a higher plan (phone number lookups need an enterprise plan). Flat authentication shape. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AuthError"];
            };
        };
        /** @description The request could not be understood; check its path, query parameters and body. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Nothing matches the id (or handle, or number) given in the path. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request clashes with the current state: for example the chat is closed, the channel is not active, or an `Idempotency-Key` was used before with a different body. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body was read, but a field is missing or not valid; `details` points at the field when it can. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The endpoint belongs to the V4 design but is not live yet. */
        NotImplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any 2xx acknowledges the delivery. Answer quickly (within a few seconds) and do the work afterwards: a slow or failing answer counts as a failed attempt and the delivery is tried again later. */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The receiver refused the delivery, for example because its signature did not verify. It counts as a failed attempt, shown in the webhook's deliveries. */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
        LimitParam: number;
        /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
        CursorParam: string;
        /** @description A value you pick, unique per logical send (a UUID works), that makes retrying safe. Repeating a key with the same body gives back the first result instead of sending again; reusing it with a different body is refused with 409. */
        IdempotencyKeyHeader: string;
        /** @description Id of the channel (ch_...), the sending surface; List channels returns them. */
        ChannelIdParam: string;
        /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
        ContactIdParam: string;
        /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
        ChatIdParam: string;
        /** @description Id of the priority (priority_...), as returned when the priority is created or listed. */
        PriorityIdParam: string;
        /** @description Id of the message: the `id` a send returned (msg_...) or the `id` a message list shows for a row. Received messages are addressed by that listed id. */
        MessageIdParam: string;
        /** @description Id of the group (grp_...), as returned by List groups or when the group is created. */
        GroupIdParam: string;
        /** @description Id of the webhook subscription (wh_...), as returned when it is created or listed. */
        WebhookIdParam: string;
        /** @description One of your sender numbers, in E.164 format (`+15551234567`), as List sender numbers shows it. */
        NumberParam: string;
        /**
         * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
         * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
         */
        WebhookSignatureHeader: string;
        /**
         * @description The event's type, the same as the body's `type`, for routing before the body is read.
         * @example message.delivered
         */
        WebhookEventHeader: string;
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
            /** @description The account behind the key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The account context. Its fields are not pinned down in Blooio's export. */
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
            /** @description The key's default priority, or null when none is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The default priority, or null when the key has none. */
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
            /** @description The key's sender numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One entry per sender number or address. Entry fields are left open by Blooio's export. */
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
                /** @description One of your sender numbers, in E.164 format (`+15551234567`), as List sender numbers shows it. */
                number: components["parameters"]["NumberParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number's contact card. */
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
                /** @description One of your sender numbers, in E.164 format (`+15551234567`), as List sender numbers shows it. */
                number: components["parameters"]["NumberParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description First name shown on the card. */
                    first_name?: string;
                    /** @description Last name shown on the card. */
                    last_name?: string;
                    /** @description The card's picture, as a publicly reachable image URL or a `data:` URI. */
                    avatar?: string;
                    /** @description Whether and how the card is shared with recipients. */
                    sharing?: {
                        /** @description Turns sharing of the card on or off. */
                        enabled?: boolean;
                        /** @description Who the card is shared with. Blooio's export does not list the accepted values. */
                        audience?: string;
                        /** @description How the name is presented on the shared card. Blooio's export does not list the accepted values. */
                        name_format?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The card as it is now. */
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
                /** @description One of your sender numbers, in E.164 format (`+15551234567`), as List sender numbers shows it. */
                number: components["parameters"]["NumberParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The image file to use, 10 MB at most.
                     */
                    avatar: string;
                };
            };
        };
        responses: {
            /** @description The avatar was stored on the card. */
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
                /** @description One of your sender numbers, in E.164 format (`+15551234567`), as List sender numbers shows it. */
                number: components["parameters"]["NumberParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The US number calls should ring instead, in E.164 format (`+14155550123`). */
                    forward_to: string;
                };
            };
        };
        responses: {
            /** @description The forwarding request was received. */
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
            /** @description The friends sharing a location. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One entry per friend. Entry fields are left open by Blooio's export. */
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
            /** @description The outcome of the refresh. */
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
            /** @description The outcome of the refresh. */
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
                /** @description The friend to look up: an Apple ID, an email address or a phone number (E.164), URL-encoded (`%2B14155550123` for `+14155550123`). */
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The friend's location entry. */
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
                /** @description Return only channels of this type. */
                type?: components["schemas"]["ChannelType"];
                /** @description Return only channels in this status, e.g. `active` for the ones that can send now. */
                status?: components["schemas"]["ChannelStatus"];
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The channels on this page. */
                        data?: components["schemas"]["Channel"][];
                        /** @description True when more channels follow this page. */
                        has_more?: boolean;
                        /** @description Pass as `cursor` to get the next page; null on the last page. */
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
                /** @description Id of the channel (ch_...), the sending surface; List channels returns them. */
                channelId: components["parameters"]["ChannelIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel. */
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
                /** @description Id of the channel (ch_...), the sending surface; List channels returns them. */
                channelId: components["parameters"]["ChannelIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel's capabilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The channel and what it can do. */
                        data?: {
                            /** @description The channel these capabilities belong to (ch_...). */
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
                /** @description Id of the channel (ch_...), the sending surface; List channels returns them. */
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
            /** @description The profile as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The channel and its stored profile. */
                        data?: {
                            /** @description The channel whose profile was saved (ch_...). */
                            channel_id?: string;
                            type?: components["schemas"]["ChannelType"];
                            /** @description The stored profile, the object you sent. */
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
                /** @description A value you pick, unique per logical send (a UUID works), that makes retrying safe. Repeating a key with the same body gives back the first result instead of sending again; reusing it with a different body is refused with 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description Id of the channel (ch_...), the sending surface; List channels returns them. */
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
            /** @description Dry run only: what would be sent and from where. Nothing was sent and no message was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description The message was accepted and is returned at the top level (no `data` wrapper) with its first `status`: normally `queued`, or `failed` with an `error` when it was turned down before dispatch. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description A fan-out in which some recipients were sent to and some failed; `data` holds one result per recipient (each with its `to`), and `sent` and `failed` count them. */
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
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of priorities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The priorities on this page. */
                        data?: components["schemas"]["Priority"][];
                        /** @description True when more priorities follow this page. */
                        has_more?: boolean;
                        /** @description Pass as `cursor` to get the next page; null on the last page. */
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
            /** @description The new priority. */
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
                /** @description Id of the priority (priority_...), as returned when the priority is created or listed. */
                priorityId: components["parameters"]["PriorityIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The priority. */
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
                /** @description Id of the priority (priority_...), as returned when the priority is created or listed. */
                priorityId: components["parameters"]["PriorityIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The priority was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Which priority was deleted. */
                        data?: {
                            /** @description Id of the deleted priority (priority_...). */
                            id?: string;
                            /** @description True once the priority is gone. */
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
                /** @description Id of the priority (priority_...), as returned when the priority is created or listed. */
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
            /** @description The priority as it is now. */
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
                /** @description An email address or E.164 phone number; only the contact that owns it is returned. URL-encode the leading `+` as `%2B`. */
                identifier?: string;
                /** @description Free-text search, ignoring case, over contact names, identifiers and tags. Switches to offset paging. */
                q?: string;
                /** @description Only contacts carrying this tag (compared without regard to case). Switches to offset paging. */
                tag?: string;
                /** @description Order of the results: `recent` puts the latest activity first, `oldest` the earliest, and `name_asc` / `name_desc` sort alphabetically by name. Switches to offset paging. */
                sort?: "recent" | "oldest" | "name_asc" | "name_desc";
                /** @description Narrow the list: `has_tags` or `no_tags` by whether a contact is tagged, `inbound_last` to contacts whose latest message came from them (often awaiting a reply), `outbound_last` to those you wrote to last, and `none` for no narrowing. Switches to offset paging. */
                filter?: "none" | "has_tags" | "no_tags" | "inbound_last" | "outbound_last";
                /** @description How many matching contacts to skip, counting from 0. Selects offset paging, so do not send `cursor` with it. */
                offset?: number;
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of contacts. Cursor-paged calls fill `has_more` and `next_cursor`; offset-paged calls (search, tag, sort, filter or offset) also return `pagination`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The contacts on this page. */
                        data?: components["schemas"]["Contact"][];
                        /** @description True when more contacts follow this page. */
                        has_more?: boolean;
                        /** @description Send this as `cursor` to get the following page; null once there is nothing more. */
                        next_cursor?: string | null;
                        /** @description Present only in offset mode; says where this page sits in the full result. */
                        pagination?: {
                            /** @description Page size that was applied. */
                            limit?: number;
                            /** @description Number of matches skipped before this page. */
                            offset?: number;
                            /** @description Number of contacts matching the query in all. */
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
            /** @description The contact was created; it is returned with any identity attached. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested contact. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact is now deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confirmation of the deletion. */
                        data?: {
                            /** @description Id of the deleted contact (`ct_...`). */
                            id?: string;
                            /** @description True once the contact has been deleted. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The contact's new display name. */
                    name: string;
                };
            };
        };
        responses: {
            /** @description The contact after the change. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Id (`ct_...`) of the duplicate to absorb; it must be a different contact from the one in the path. */
                    source_contact_id: string;
                };
            };
        };
        responses: {
            /** @description The surviving contact, now holding the identities it took over from the source. */
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
            /** @description The source is the same contact as the survivor, or one of the ids is not well formed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Name of the error class. */
                        error?: string;
                        /** @description Human-readable explanation. */
                        message?: string;
                        /** @description The HTTP status, repeated in the body. */
                        status?: number;
                        /** @description Stable machine-readable reason, such as `cannot_merge_self`. */
                        code?: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The source was merged into some other contact before, so it cannot be merged here. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Name of the error class. */
                        error?: string;
                        /** @description Human-readable explanation. */
                        message?: string;
                        /** @description The HTTP status, repeated in the body. */
                        status?: number;
                        /** @description Stable machine-readable reason, such as `contact_already_merged`. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's identities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The identities on this page. */
                        data?: components["schemas"]["ContactIdentity"][];
                        /** @description True when more identities follow this page. */
                        has_more?: boolean;
                        /** @description Cursor for the following page, or null when this page is the last. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
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
            /** @description The identity now belongs to the contact. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
                /** @description Id of the identity to remove (`cid_...`), as listed by the contact's identities. */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity is no longer part of the contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confirmation of the detach. */
                        data?: {
                            /** @description Id of the detached identity (`cid_...`). */
                            id?: string;
                            /** @description True once the identity has been removed from the contact. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
                /** @description Id of the identity to change (`cid_...`), as listed by the contact's identities. */
                identityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new phone number (E.164) or email address for this identity. */
                    identifier: string;
                    /** @description Optional new display name for the contact that owns the identity. */
                    name?: string | null;
                };
            };
        };
        responses: {
            /** @description The identity with its new address. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per identity of the contact, with what it supports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Reachability of each identity. */
                        data?: {
                            /** @description Id of the identity (`cid_...`). */
                            id?: string;
                            channel_type?: components["schemas"]["ChannelType"];
                            /** @description The identity's phone number (E.164) or email address. */
                            identifier?: string;
                            /** @description Channel the identity is bound to; currently always null. */
                            channel_id?: string | null;
                            /** @description What this address supports; which keys appear varies by channel type. */
                            capabilities?: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description No iMessage (`blooio`) channel is active for your API key, so the live check cannot run. Provision such a channel, or ask Blooio support to enable one. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Name of the error class. */
                        error?: string;
                        /** @description Human-readable explanation. */
                        message?: string;
                        /** @description The HTTP status, repeated in the body. */
                        status?: number;
                        /** @description Stable machine-readable reason, such as `no_active_blooio_channel`. */
                        code?: string;
                    };
                };
            };
        };
    };
    getContactTimeline: {
        parameters: {
            query?: {
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
                /** @description Set to true to also receive `message_event` entries (delivery and read receipts, reactions) and `chat_event` entries (chat, group and typing changes) between the messages. Off by default. */
                include_events?: boolean;
            };
            header?: never;
            path: {
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the timeline, newest entry first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Timeline entries on this page. */
                        data?: components["schemas"]["TimelineItem"][];
                        /** @description True when older entries follow this page. */
                        has_more?: boolean;
                        /** @description Cursor for the next, older page; null when the feed is exhausted. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every tag on the contact. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Tags to add in one go. */
                    tags?: string[];
                    /** @description A single tag to add; a shorthand for a one-item `tags`. */
                    tag?: string;
                };
            };
        };
        responses: {
            /** @description The contact's tags once the new ones are included. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every tag now on the contact. */
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
                /** @description Id of the contact (ct_...), as returned when the contact is created or listed. */
                contactId: components["parameters"]["ContactIdParam"];
                /** @description The tag to remove. Percent-encode it when it holds spaces or other reserved characters. */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags the contact still has. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Remaining tags on the contact. */
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
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The groups on this page. */
                        data?: components["schemas"]["Group"][];
                        /** @description True when more groups follow this page. */
                        has_more?: boolean;
                        /** @description Cursor for the following page, or null when this page is the last. */
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
            /** @description The group was created. */
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
                /** @description Id of the group (grp_...), as returned by List groups or when the group is created. */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested group. */
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
                /** @description Id of the group (grp_...), as returned by List groups or when the group is created. */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group is deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confirmation of the deletion. */
                        data?: {
                            /** @description Id of the deleted group (`grp_...`). */
                            id?: string;
                            /** @description True once the group has been deleted. */
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
                /** @description Id of the group (grp_...), as returned by List groups or when the group is created. */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The group's new name. */
                    name: string;
                };
            };
        };
        responses: {
            /** @description The group after the rename. */
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
                /** @description Id of the group (grp_...), as returned by List groups or when the group is created. */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every current member of the group. */
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
                /** @description Id of the group (grp_...), as returned by List groups or when the group is created. */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The image file, at most 10 MB, of type image/jpeg, image/png, image/gif, image/webp, image/heic or image/heif.
                     */
                    icon: string;
                };
            };
        };
        responses: {
            /** @description The icon is set on the group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The group's new icon. */
                        data?: {
                            /** @description Id of the group (`grp_...`). */
                            id?: string;
                            /** @description Where the uploaded icon can be downloaded, or null if no URL is available. */
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
                /** @description Id of the group (grp_...), as returned by List groups or when the group is created. */
                groupId: components["parameters"]["GroupIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group has no icon any more. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confirmation of the removal. */
                        data?: {
                            /** @description Id of the group (`grp_...`). */
                            id?: string;
                            /** @description True once the icon has been cleared. */
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
                /** @description Keep only chats whose channel is of this kind, for example `whatsapp`. */
                type?: components["schemas"]["ChannelType"];
                /** @description Keep only chats that are in this state, for example `open`. */
                state?: components["schemas"]["ChatState"];
                /** @description Keep only chats carried by this channel (`ch_...`). */
                channel_id?: string;
                /** @description Keep only chats with this contact (`ct_...`), across all of its identities. */
                contact_id?: string;
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of chats, most recent activity first. */
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
            /** @description A chat with this recipient already existed on the channel; it is returned unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCreated"];
                };
            };
            /** @description No chat existed yet, so a new one was started. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested chat. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `closed` to close the conversation, `open` to reopen it.
                     * @enum {string}
                     */
                    state?: "open" | "closed";
                    /** @description Your own key/value data, merged into what the chat already stores. */
                    metadata?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The chat after the update. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description `started` shows the indicator, `stopped` hides it.
                     * @default started
                     * @enum {string}
                     */
                    state?: "started" | "stopped";
                };
            };
        };
        responses: {
            /** @description The typing indicator now has the requested state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The applied typing state. */
                        data?: {
                            /** @description The chat (`chat_...`). */
                            chat_id?: string;
                            /** @description The indicator's state now, `started` or `stopped`. */
                            state?: string;
                            /** @description When the change was applied, in epoch milliseconds. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The typing indicator is off. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The applied typing state. */
                        data?: {
                            /** @description The chat (`chat_...`). */
                            chat_id?: string;
                            /** @description The indicator's state now, `stopped` after this call. */
                            state?: string;
                            /** @description When the change was applied, in epoch milliseconds. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read receipt was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The outcome of the read receipt. */
                        data?: {
                            /** @description The chat (`chat_...`). */
                            chat_id?: string;
                            /** @description True when the chat is now marked as read. */
                            read?: boolean;
                            /** @description When the receipt was sent, in epoch milliseconds. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact card was shared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The outcome of the share. */
                        data?: {
                            /** @description The chat (`chat_...`). */
                            chat_id?: string;
                            /** @description True when the card was sent into the chat. */
                            shared?: boolean;
                            /** @description When the card was shared, in epoch milliseconds. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
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
            /** @description The poll was accepted and queued for sending. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description The poll to vote on. A poll is a message, so this is the `msg_` id returned when it was sent. */
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
            /** @description The vote was withdrawn and you now hold no votes on this poll. */
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
            /** @description The vote was recorded; the body lists every option you are now voting for. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description The poll to read. A poll is a message, so this is the `msg_` id returned when it was sent. */
                pollId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current tally. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat's current background, if any. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The chat's background image state. */
                        data?: {
                            /** @description The chat (`chat_...`). */
                            chat_id?: string;
                            /** @description True when a custom background is set. */
                            has_background?: boolean;
                            /** @description Identifier of the current background image; null when there is none. */
                            background_id?: string | null;
                            /** @description Version number of the current background; null when there is none. */
                            background_version?: number | null;
                            /** @description Where to download the image; null when there is no background or no URL is available. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The image file, at most 10 MB, of type image/jpeg, image/png, image/gif, image/webp, image/heic or image/heif.
                     */
                    background: string;
                };
            };
        };
        responses: {
            /** @description The new background is in place. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The background that was set. */
                        data?: {
                            /** @description The chat (`chat_...`). */
                            chat_id?: string;
                            /** @description Identifier of the uploaded background image. */
                            background_id?: string;
                            /** @description Where to download the image, or null if no URL is available. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat is back to the default background. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Confirmation of the removal. */
                        data?: {
                            /** @description The chat (`chat_...`). */
                            chat_id?: string;
                            /** @description True once the background has been cleared. */
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
                /** @description Sort order by creation time: `desc` (the default) starts with the most recent message, `asc` with the earliest one. */
                order?: "asc" | "desc";
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path: {
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the chat's messages, in the requested order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The messages on this page. */
                        data?: components["schemas"]["Message"][];
                        /** @description True when more messages follow this page. */
                        has_more?: boolean;
                        /** @description Pass this as `cursor` to get the next page; null on the last page. */
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
                /** @description A value you pick, unique per logical send (a UUID works), that makes retrying safe. Repeating a key with the same body gives back the first result instead of sending again; reusing it with a different body is refused with 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
            };
            cookie?: never;
        };
        /** @description What to send; the sender and the recipient come from the chat. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendToChatRequest"];
            };
        };
        responses: {
            /** @description The request was a dry run: nothing was sent, and the body previews what a real send would do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description The message was created and is returned at the top level with its current `status`, normally `queued`. If the channel rejected it straight away, `status` is `failed` and `error` says why; the code is still 201 because the message exists. */
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
                /** @description A value you pick, unique per logical send (a UUID works), that makes retrying safe. Repeating a key with the same body gives back the first result instead of sending again; reusing it with a different body is refused with 409. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The recipient, the content and, optionally, how to choose the sender. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description A dry run: the route was resolved and the request checked, but nothing was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description The message was created and is returned at the top level with its current `status` (normally `queued`) and how it was routed. A send rejected before dispatch still answers 201, with `status: failed` and an `error`, because the message was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSendResult"];
                };
            };
            /** @description A fan-out in which some recipients were sent to and some failed. Each recipient has its own item in `data`, named by `to`; `sent` and `failed` count them. */
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
            /** @description Either the request failed validation (an error envelope), or it fanned out and every single recipient failed (a `FanOutResult` with `sent: 0`). */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description Id of the message: the `id` a send returned (msg_...) or the `id` a message list shows for a row. Received messages are addressed by that listed id. */
                messageId: components["parameters"]["MessageIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message, wrapped in `data`. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description Id of the message: the `id` a send returned (msg_...) or the `id` a message list shows for a row. Received messages are addressed by that listed id. */
                messageId: components["parameters"]["MessageIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message's current delivery state, wrapped in `data`. */
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
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path: {
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description Id of the message: the `id` a send returned (msg_...) or the `id` a message list shows for a row. Received messages are addressed by that listed id. */
                messageId: components["parameters"]["MessageIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the message's events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The events on this page. */
                        data?: components["schemas"]["MessageEvent"][];
                        /** @description True when more events follow this page. */
                        has_more?: boolean;
                        /** @description Pass this as `cursor` to get the next page; null on the last page. */
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
                /** @description Id of the chat (chat_...), as returned by List chats or when a chat is found or created. */
                chatId: components["parameters"]["ChatIdParam"];
                /** @description Id of the message: the `id` a send returned (msg_...) or the `id` a message list shows for a row. Received messages are addressed by that listed id. */
                messageId: components["parameters"]["MessageIdParam"];
            };
            cookie?: never;
        };
        /** @description The tapback to add or remove. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description A tapback with a `+` (add) or `-` (remove) prefix. The tapbacks are `love`, `like`, `dislike`, `laugh`, `emphasize` and `question`, so `+laugh` adds a laugh and `-laugh` takes it back. */
                    reaction: string;
                };
            };
        };
        responses: {
            /** @description The tapback was added or removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The reaction that was applied. */
                        data?: {
                            /** @description The message reacted to (msg_...). */
                            message_id?: string;
                            /** @description The reaction as applied, with its `+` or `-` prefix. */
                            reaction?: string;
                            /** @description When the reaction was applied, in epoch milliseconds. */
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
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of webhook subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The webhooks on this page. */
                        data?: components["schemas"]["Webhook"][];
                        /** @description True when more webhooks follow this page. */
                        has_more?: boolean;
                        /** @description Pass this as `cursor` to get the next page; null on the last page. */
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
        /** @description Where to deliver, which events, and optionally which channels. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook was created. Its `signing_secret` is in this response only, so store it now. */
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
                /** @description Id of the webhook subscription (wh_...), as returned when it is created or listed. */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook, wrapped in `data`. */
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
                /** @description Id of the webhook subscription (wh_...), as returned when it is created or listed. */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Which webhook was deleted. */
                        data?: {
                            /** @description The deleted webhook (wh_...). */
                            id?: string;
                            /** @description True once the webhook is gone. */
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
                /** @description Id of the webhook subscription (wh_...), as returned when it is created or listed. */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook as it is after the change. */
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
                /** @description Id of the webhook subscription (wh_...), as returned when it is created or listed. */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new signing secret, shown this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The webhook and its new secret. */
                        data?: {
                            /** @description The webhook whose secret was rotated (wh_...). */
                            id?: string;
                            /** @description The new secret for verifying deliveries. It is not shown again; store it before you discard the response. */
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
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path: {
                /** @description Id of the webhook subscription (wh_...), as returned when it is created or listed. */
                webhookId: components["parameters"]["WebhookIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of delivery records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The deliveries on this page. */
                        data?: components["schemas"]["WebhookDelivery"][];
                        /** @description True when more deliveries follow this page. */
                        has_more?: boolean;
                        /** @description Pass this as `cursor` to get the next page; null on the last page. */
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
                /** @description Id of the webhook subscription (wh_...), as returned when it is created or listed. */
                webhookId: components["parameters"]["WebhookIdParam"];
                /** @description The delivery to send again, a `wdel_` id taken from the webhook's delivery list. */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The replay was queued as a new delivery. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The delivery queued for the replay. */
                        data?: {
                            /** @description The new delivery created for the replay (wdel_...). */
                            id?: string;
                            /** @description The original delivery being replayed (wdel_...). */
                            replay_of?: string;
                            /** @description The state of the new delivery, normally still waiting to be sent. */
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
                /** @description Only events of this type, given exactly (`message.read`) or as a category wildcard (`poll.*`). */
                type?: string;
                /** @description Only events of this chat (chat_...). */
                chat_id?: string;
                /** @description Only events about this message (msg_...). */
                message_id?: string;
                /** @description How many items a page may hold, from 1 to 200; 50 when left out. Use with `cursor` to walk a long list. */
                limit?: components["parameters"]["LimitParam"];
                /** @description Where to carry on: the `next_cursor` of the page before. Leave it out to start at the first page. Cursors are opaque; pass them back unchanged. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events matching the filters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The events on this page. */
                        data?: components["schemas"]["Event"][];
                        /** @description True when more events follow this page. */
                        has_more?: boolean;
                        /** @description Pass this as `cursor` to get the next page; null on the last page. */
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
                /** @description The event to fetch, an `evt_` id from the event feed or from a webhook delivery. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event, wrapped in `data`. */
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
                /** @description The number to look up, in E.164 format. URL-encode the `+` in a query string (`%2B14155550123`), or it may arrive as a space. */
                number: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was found about the number. */
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
                    /** @description The number to look up, in E.164 format (`+14155550123`). */
                    number: string;
                };
            };
        };
        responses: {
            /** @description What was found about the number. */
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
                    /** @description The numbers to look up, in E.164 format; 100 at most. */
                    numbers: string[];
                };
            };
        };
        responses: {
            /** @description One lookup result per number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The results, one per requested number. Their fields are left open by Blooio's export. */
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
    onMessageReceived: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `message.received`.
                     * @constant
                     */
                    type: "message.received";
                    data: components["schemas"]["Message"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onMessageQueued: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `message.queued`.
                     * @constant
                     */
                    type: "message.queued";
                    data: components["schemas"]["Message"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onMessagePending: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `message.pending`.
                     * @constant
                     */
                    type: "message.pending";
                    data: components["schemas"]["Message"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onMessageSent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `message.sent`.
                     * @constant
                     */
                    type: "message.sent";
                    data: components["schemas"]["Message"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onMessageDelivered: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `message.delivered`.
                     * @constant
                     */
                    type: "message.delivered";
                    data: components["schemas"]["Message"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onMessageFailed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `message.failed`.
                     * @constant
                     */
                    type: "message.failed";
                    data: components["schemas"]["Message"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onMessageRead: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `message.read`.
                     * @constant
                     */
                    type: "message.read";
                    data: components["schemas"]["Message"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onMessageReaction: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `message.reaction`.
                     * @constant
                     */
                    type: "message.reaction";
                    /** @description What the event is about. Blooio does not publish these fields, so they are left open. */
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onPollCreated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `poll.created`.
                     * @constant
                     */
                    type: "poll.created";
                    data: components["schemas"]["Poll"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onPollReceived: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `poll.received`.
                     * @constant
                     */
                    type: "poll.received";
                    data: components["schemas"]["Poll"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onPollVoted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `poll.voted`.
                     * @constant
                     */
                    type: "poll.voted";
                    /** @description What the event is about. Blooio does not publish these fields, so they are left open. */
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onGroupNameChanged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `group.name_changed`.
                     * @constant
                     */
                    type: "group.name_changed";
                    data: components["schemas"]["Group"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onGroupIconChanged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `group.icon_changed`.
                     * @constant
                     */
                    type: "group.icon_changed";
                    data: components["schemas"]["Group"];
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onContactShared: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `contact.shared`.
                     * @constant
                     */
                    type: "contact.shared";
                    /** @description What the event is about. Blooio does not publish these fields, so they are left open. */
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onContactMerged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `contact.merged`.
                     * @constant
                     */
                    type: "contact.merged";
                    /** @description What the event is about. Blooio does not publish these fields, so they are left open. */
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onTypingStarted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `typing.started`.
                     * @constant
                     */
                    type: "typing.started";
                    /** @description What the event is about. Blooio does not publish these fields, so they are left open. */
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onTypingStopped: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's signature: `t=<unix seconds>,v1=<hex>`, where `v1` is the HMAC-SHA256, keyed with the subscription's `signing_secret`, of the timestamp, a dot and the raw body. Check it before trusting the body (`verifyWebhook` in `blooio-v4/webhooks` does).
                 * @example t=1764000305,v1=5f1c0c3ad1d6a3c7e96c4ffb1b2d1e0f4e2a9c8b7d6e5f4a3b2c1d0e9f8a7b6c
                 */
                "X-Blooio-Signature": components["parameters"]["WebhookSignatureHeader"];
                /**
                 * @description The event's type, the same as the body's `type`, for routing before the body is read.
                 * @example message.delivered
                 */
                "X-Blooio-Event": components["parameters"]["WebhookEventHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEnvelope"] & {
                    /**
                     * @description Always `typing.stopped`.
                     * @constant
                     */
                    type: "typing.stopped";
                    /** @description What the event is about. Blooio does not publish these fields, so they are left open. */
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
}
