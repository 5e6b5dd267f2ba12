// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

import type { components, operations } from "./v4.js";

/** Each operation's params: its path, query and header parameters and its JSON body fields, in one object. */
export interface OperationParams {
  getMe: {};
  getMyDefaultPriority: {};
  listNumbers: {};
  getContactCard: NonNullable<operations["getContactCard"]["parameters"]["path"]>;
  updateContactCard: NonNullable<operations["updateContactCard"]["parameters"]["path"]> & NonNullable<operations["updateContactCard"]["requestBody"]>["content"]["application/json"];
  uploadContactCardAvatar: NonNullable<operations["uploadContactCardAvatar"]["parameters"]["path"]> & { body: FormData | Blob | ArrayBuffer | Uint8Array | string };
  requestCallForwarding: NonNullable<operations["requestCallForwarding"]["parameters"]["path"]> & NonNullable<operations["requestCallForwarding"]["requestBody"]>["content"]["application/json"];
  listLocationContacts: {};
  refreshLocationContactsGet: {};
  refreshLocationContacts: {};
  getLocationContact: NonNullable<operations["getLocationContact"]["parameters"]["path"]>;
  listChannels: NonNullable<operations["listChannels"]["parameters"]["query"]>;
  getChannel: NonNullable<operations["getChannel"]["parameters"]["path"]>;
  getChannelCapabilities: NonNullable<operations["getChannelCapabilities"]["parameters"]["path"]>;
  updateChannelProfile: NonNullable<operations["updateChannelProfile"]["parameters"]["path"]> & { body: NonNullable<operations["updateChannelProfile"]["requestBody"]>["content"]["application/json"] };
  sendMessageToChannel: NonNullable<operations["sendMessageToChannel"]["parameters"]["path"]> & NonNullable<operations["sendMessageToChannel"]["requestBody"]>["content"]["application/json"];
  listPriorities: NonNullable<operations["listPriorities"]["parameters"]["query"]>;
  createPriority: NonNullable<operations["createPriority"]["requestBody"]>["content"]["application/json"];
  getPriority: NonNullable<operations["getPriority"]["parameters"]["path"]>;
  deletePriority: NonNullable<operations["deletePriority"]["parameters"]["path"]>;
  updatePriority: NonNullable<operations["updatePriority"]["parameters"]["path"]> & NonNullable<operations["updatePriority"]["requestBody"]>["content"]["application/json"];
  listContacts: NonNullable<operations["listContacts"]["parameters"]["query"]>;
  createContact: NonNullable<operations["createContact"]["requestBody"]>["content"]["application/json"];
  getContact: NonNullable<operations["getContact"]["parameters"]["path"]>;
  deleteContact: NonNullable<operations["deleteContact"]["parameters"]["path"]>;
  updateContact: NonNullable<operations["updateContact"]["parameters"]["path"]> & NonNullable<operations["updateContact"]["requestBody"]>["content"]["application/json"];
  mergeContact: NonNullable<operations["mergeContact"]["parameters"]["path"]> & NonNullable<operations["mergeContact"]["requestBody"]>["content"]["application/json"];
  listContactIdentities: NonNullable<operations["listContactIdentities"]["parameters"]["path"]>;
  attachContactIdentity: NonNullable<operations["attachContactIdentity"]["parameters"]["path"]> & NonNullable<operations["attachContactIdentity"]["requestBody"]>["content"]["application/json"];
  detachContactIdentity: NonNullable<operations["detachContactIdentity"]["parameters"]["path"]>;
  updateContactIdentity: NonNullable<operations["updateContactIdentity"]["parameters"]["path"]> & NonNullable<operations["updateContactIdentity"]["requestBody"]>["content"]["application/json"];
  getContactCapabilities: NonNullable<operations["getContactCapabilities"]["parameters"]["path"]>;
  getContactTimeline: NonNullable<operations["getContactTimeline"]["parameters"]["path"]> & NonNullable<operations["getContactTimeline"]["parameters"]["query"]>;
  listContactTags: NonNullable<operations["listContactTags"]["parameters"]["path"]>;
  addContactTags: NonNullable<operations["addContactTags"]["parameters"]["path"]> & NonNullable<operations["addContactTags"]["requestBody"]>["content"]["application/json"];
  removeContactTag: NonNullable<operations["removeContactTag"]["parameters"]["path"]>;
  listGroups: NonNullable<operations["listGroups"]["parameters"]["query"]>;
  createGroup: NonNullable<operations["createGroup"]["requestBody"]>["content"]["application/json"];
  getGroup: NonNullable<operations["getGroup"]["parameters"]["path"]>;
  deleteGroup: NonNullable<operations["deleteGroup"]["parameters"]["path"]>;
  updateGroup: NonNullable<operations["updateGroup"]["parameters"]["path"]> & NonNullable<operations["updateGroup"]["requestBody"]>["content"]["application/json"];
  listGroupMembers: NonNullable<operations["listGroupMembers"]["parameters"]["path"]>;
  setGroupIcon: NonNullable<operations["setGroupIcon"]["parameters"]["path"]> & { body: FormData | Blob | ArrayBuffer | Uint8Array | string };
  removeGroupIcon: NonNullable<operations["removeGroupIcon"]["parameters"]["path"]>;
  listChats: NonNullable<operations["listChats"]["parameters"]["query"]>;
  createChat: NonNullable<operations["createChat"]["requestBody"]>["content"]["application/json"];
  getChat: NonNullable<operations["getChat"]["parameters"]["path"]>;
  updateChat: NonNullable<operations["updateChat"]["parameters"]["path"]> & NonNullable<operations["updateChat"]["requestBody"]>["content"]["application/json"];
  setTyping: NonNullable<operations["setTyping"]["parameters"]["path"]> & Partial<NonNullable<operations["setTyping"]["requestBody"]>["content"]["application/json"]>;
  stopTyping: NonNullable<operations["stopTyping"]["parameters"]["path"]>;
  markChatRead: NonNullable<operations["markChatRead"]["parameters"]["path"]>;
  shareContactCard: NonNullable<operations["shareContactCard"]["parameters"]["path"]>;
  sendPoll: NonNullable<operations["sendPoll"]["parameters"]["path"]> & NonNullable<operations["sendPoll"]["requestBody"]>["content"]["application/json"];
  votePoll: NonNullable<operations["votePoll"]["parameters"]["path"]> & NonNullable<operations["votePoll"]["requestBody"]>["content"]["application/json"];
  getPollResults: NonNullable<operations["getPollResults"]["parameters"]["path"]>;
  getChatBackground: NonNullable<operations["getChatBackground"]["parameters"]["path"]>;
  setChatBackground: NonNullable<operations["setChatBackground"]["parameters"]["path"]> & { body: FormData | Blob | ArrayBuffer | Uint8Array | string };
  removeChatBackground: NonNullable<operations["removeChatBackground"]["parameters"]["path"]>;
  listChatMessages: NonNullable<operations["listChatMessages"]["parameters"]["path"]> & NonNullable<operations["listChatMessages"]["parameters"]["query"]>;
  sendMessageToChat: NonNullable<operations["sendMessageToChat"]["parameters"]["path"]> & NonNullable<operations["sendMessageToChat"]["requestBody"]>["content"]["application/json"];
  sendMessage: NonNullable<operations["sendMessage"]["requestBody"]>["content"]["application/json"];
  getChatMessage: NonNullable<operations["getChatMessage"]["parameters"]["path"]>;
  getMessageStatus: NonNullable<operations["getMessageStatus"]["parameters"]["path"]>;
  listMessageEvents: NonNullable<operations["listMessageEvents"]["parameters"]["path"]> & NonNullable<operations["listMessageEvents"]["parameters"]["query"]>;
  addReaction: NonNullable<operations["addReaction"]["parameters"]["path"]> & NonNullable<operations["addReaction"]["requestBody"]>["content"]["application/json"];
  listWebhooks: NonNullable<operations["listWebhooks"]["parameters"]["query"]>;
  createWebhook: NonNullable<operations["createWebhook"]["requestBody"]>["content"]["application/json"];
  getWebhook: NonNullable<operations["getWebhook"]["parameters"]["path"]>;
  deleteWebhook: NonNullable<operations["deleteWebhook"]["parameters"]["path"]>;
  updateWebhook: NonNullable<operations["updateWebhook"]["parameters"]["path"]> & NonNullable<operations["updateWebhook"]["requestBody"]>["content"]["application/json"];
  rotateWebhookSecret: NonNullable<operations["rotateWebhookSecret"]["parameters"]["path"]>;
  listWebhookDeliveries: NonNullable<operations["listWebhookDeliveries"]["parameters"]["path"]> & NonNullable<operations["listWebhookDeliveries"]["parameters"]["query"]>;
  replayWebhookDelivery: NonNullable<operations["replayWebhookDelivery"]["parameters"]["path"]>;
  listEvents: NonNullable<operations["listEvents"]["parameters"]["query"]>;
  getEvent: NonNullable<operations["getEvent"]["parameters"]["path"]>;
  lookupPhoneNumber: NonNullable<operations["lookupPhoneNumber"]["parameters"]["query"]>;
  lookupPhoneNumberPost: NonNullable<operations["lookupPhoneNumberPost"]["requestBody"]>["content"]["application/json"];
  batchLookupPhoneNumbers: NonNullable<operations["batchLookupPhoneNumbers"]["requestBody"]>["content"]["application/json"];
}

/** Each operation's result: the JSON body of its 2xx answers. */
export interface OperationResults {
  getMe: operations["getMe"]["responses"][200]["content"]["application/json"];
  getMyDefaultPriority: operations["getMyDefaultPriority"]["responses"][200]["content"]["application/json"];
  listNumbers: operations["listNumbers"]["responses"][200]["content"]["application/json"];
  getContactCard: operations["getContactCard"]["responses"][200]["content"]["application/json"];
  updateContactCard: operations["updateContactCard"]["responses"][200]["content"]["application/json"];
  uploadContactCardAvatar: operations["uploadContactCardAvatar"]["responses"][200]["content"]["application/json"];
  requestCallForwarding: operations["requestCallForwarding"]["responses"][200]["content"]["application/json"];
  listLocationContacts: operations["listLocationContacts"]["responses"][200]["content"]["application/json"];
  refreshLocationContactsGet: operations["refreshLocationContactsGet"]["responses"][200]["content"]["application/json"];
  refreshLocationContacts: operations["refreshLocationContacts"]["responses"][200]["content"]["application/json"];
  getLocationContact: operations["getLocationContact"]["responses"][200]["content"]["application/json"];
  listChannels: operations["listChannels"]["responses"][200]["content"]["application/json"];
  getChannel: operations["getChannel"]["responses"][200]["content"]["application/json"];
  getChannelCapabilities: operations["getChannelCapabilities"]["responses"][200]["content"]["application/json"];
  updateChannelProfile: operations["updateChannelProfile"]["responses"][200]["content"]["application/json"];
  sendMessageToChannel: operations["sendMessageToChannel"]["responses"][200]["content"]["application/json"] | operations["sendMessageToChannel"]["responses"][201]["content"]["application/json"] | operations["sendMessageToChannel"]["responses"][207]["content"]["application/json"];
  listPriorities: operations["listPriorities"]["responses"][200]["content"]["application/json"];
  createPriority: operations["createPriority"]["responses"][201]["content"]["application/json"];
  getPriority: operations["getPriority"]["responses"][200]["content"]["application/json"];
  deletePriority: operations["deletePriority"]["responses"][200]["content"]["application/json"];
  updatePriority: operations["updatePriority"]["responses"][200]["content"]["application/json"];
  listContacts: operations["listContacts"]["responses"][200]["content"]["application/json"];
  createContact: operations["createContact"]["responses"][201]["content"]["application/json"];
  getContact: operations["getContact"]["responses"][200]["content"]["application/json"];
  deleteContact: operations["deleteContact"]["responses"][200]["content"]["application/json"];
  updateContact: operations["updateContact"]["responses"][200]["content"]["application/json"];
  mergeContact: operations["mergeContact"]["responses"][200]["content"]["application/json"];
  listContactIdentities: operations["listContactIdentities"]["responses"][200]["content"]["application/json"];
  attachContactIdentity: operations["attachContactIdentity"]["responses"][201]["content"]["application/json"];
  detachContactIdentity: operations["detachContactIdentity"]["responses"][200]["content"]["application/json"];
  updateContactIdentity: operations["updateContactIdentity"]["responses"][200]["content"]["application/json"];
  getContactCapabilities: operations["getContactCapabilities"]["responses"][200]["content"]["application/json"];
  getContactTimeline: operations["getContactTimeline"]["responses"][200]["content"]["application/json"];
  listContactTags: operations["listContactTags"]["responses"][200]["content"]["application/json"];
  addContactTags: operations["addContactTags"]["responses"][200]["content"]["application/json"];
  removeContactTag: operations["removeContactTag"]["responses"][200]["content"]["application/json"];
  listGroups: operations["listGroups"]["responses"][200]["content"]["application/json"];
  createGroup: operations["createGroup"]["responses"][201]["content"]["application/json"];
  getGroup: operations["getGroup"]["responses"][200]["content"]["application/json"];
  deleteGroup: operations["deleteGroup"]["responses"][200]["content"]["application/json"];
  updateGroup: operations["updateGroup"]["responses"][200]["content"]["application/json"];
  listGroupMembers: operations["listGroupMembers"]["responses"][200]["content"]["application/json"];
  setGroupIcon: operations["setGroupIcon"]["responses"][200]["content"]["application/json"];
  removeGroupIcon: operations["removeGroupIcon"]["responses"][200]["content"]["application/json"];
  listChats: operations["listChats"]["responses"][200]["content"]["application/json"];
  createChat: operations["createChat"]["responses"][200]["content"]["application/json"] | operations["createChat"]["responses"][201]["content"]["application/json"];
  getChat: operations["getChat"]["responses"][200]["content"]["application/json"];
  updateChat: operations["updateChat"]["responses"][200]["content"]["application/json"];
  setTyping: operations["setTyping"]["responses"][200]["content"]["application/json"];
  stopTyping: operations["stopTyping"]["responses"][200]["content"]["application/json"];
  markChatRead: operations["markChatRead"]["responses"][200]["content"]["application/json"];
  shareContactCard: operations["shareContactCard"]["responses"][200]["content"]["application/json"];
  sendPoll: operations["sendPoll"]["responses"][201]["content"]["application/json"];
  votePoll: operations["votePoll"]["responses"][200]["content"]["application/json"] | operations["votePoll"]["responses"][201]["content"]["application/json"];
  getPollResults: operations["getPollResults"]["responses"][200]["content"]["application/json"];
  getChatBackground: operations["getChatBackground"]["responses"][200]["content"]["application/json"];
  setChatBackground: operations["setChatBackground"]["responses"][200]["content"]["application/json"];
  removeChatBackground: operations["removeChatBackground"]["responses"][200]["content"]["application/json"];
  listChatMessages: operations["listChatMessages"]["responses"][200]["content"]["application/json"];
  sendMessageToChat: operations["sendMessageToChat"]["responses"][200]["content"]["application/json"] | operations["sendMessageToChat"]["responses"][201]["content"]["application/json"];
  sendMessage: operations["sendMessage"]["responses"][200]["content"]["application/json"] | operations["sendMessage"]["responses"][201]["content"]["application/json"] | operations["sendMessage"]["responses"][207]["content"]["application/json"];
  getChatMessage: operations["getChatMessage"]["responses"][200]["content"]["application/json"];
  getMessageStatus: operations["getMessageStatus"]["responses"][200]["content"]["application/json"];
  listMessageEvents: operations["listMessageEvents"]["responses"][200]["content"]["application/json"];
  addReaction: operations["addReaction"]["responses"][200]["content"]["application/json"];
  listWebhooks: operations["listWebhooks"]["responses"][200]["content"]["application/json"];
  createWebhook: operations["createWebhook"]["responses"][201]["content"]["application/json"];
  getWebhook: operations["getWebhook"]["responses"][200]["content"]["application/json"];
  deleteWebhook: operations["deleteWebhook"]["responses"][200]["content"]["application/json"];
  updateWebhook: operations["updateWebhook"]["responses"][200]["content"]["application/json"];
  rotateWebhookSecret: operations["rotateWebhookSecret"]["responses"][200]["content"]["application/json"];
  listWebhookDeliveries: operations["listWebhookDeliveries"]["responses"][200]["content"]["application/json"];
  replayWebhookDelivery: operations["replayWebhookDelivery"]["responses"][201]["content"]["application/json"];
  listEvents: operations["listEvents"]["responses"][200]["content"]["application/json"];
  getEvent: operations["getEvent"]["responses"][200]["content"]["application/json"];
  lookupPhoneNumber: operations["lookupPhoneNumber"]["responses"][200]["content"]["application/json"];
  lookupPhoneNumberPost: operations["lookupPhoneNumberPost"]["responses"][200]["content"]["application/json"];
  batchLookupPhoneNumbers: operations["batchLookupPhoneNumbers"]["responses"][200]["content"]["application/json"];
}

/** The client's resources and methods, each naming its operation; the JSDoc is what an editor shows on hover. */
export interface Resources {
  account: {
    /**
     * Get the account
     *
     * Returns what the calling API key belongs to: its organization, the devices and numbers linked to it, usage, and whether the key is valid. A cheap first call to check that a key works.
     *
     * `GET /me` (operationId `getMe`).
     */
    get: "getMe";
    /**
     * Get the default priority
     *
     * Returns the priority that routed sends of the calling API key use by default, or `{ "data": null }` if the key has none. Without a default, routed sends fall back to a Blooio pool made of the numbers the key owns.
     *
     * `GET /me/priority` (operationId `getMyDefaultPriority`).
     */
    getDefaultPriority: "getMyDefaultPriority";
    /**
     * List sender numbers
     *
     * Returns every phone number and other sender address the calling API key may send from, all in one response (this list is not paginated).
     *
     * `GET /me/numbers` (operationId `listNumbers`).
     */
    listNumbers: "listNumbers";
    /**
     * Get a sender number's contact card
     *
     * Returns the contact card that one of your sender numbers shares with the people it messages: the name on it, its avatar, and the sharing settings.
     *
     * `GET /me/numbers/{number}/contact-card` (operationId `getContactCard`).
     */
    getContactCard: "getContactCard";
    /**
     * Update a sender number's contact card
     *
     * Changes the name, avatar or sharing settings on the contact card a sender number shares. The body must set at least one field. To upload an image file rather than pass a URL, use the avatar upload endpoint.
     *
     * `PUT /me/numbers/{number}/contact-card` (operationId `updateContactCard`).
     */
    updateContactCard: "updateContactCard";
    /**
     * Upload a contact card avatar
     *
     * Uploads an image file as multipart form data (field `avatar`) and makes it the picture on the number's contact card. Files may be at most 10 MB.
     *
     * `POST /me/numbers/{number}/contact-card/avatar` (operationId `uploadContactCardAvatar`).
     * The request body (`multipart/form-data`) goes in `params.body`.
     */
    uploadContactCardAvatar: "uploadContactCardAvatar";
    /**
     * Request call forwarding
     *
     * Files a request to forward voice calls that reach one of your sender numbers to another US phone number. The response confirms the request; it does not promise forwarding is already active.
     *
     * `POST /me/numbers/{number}/call-forwarding` (operationId `requestCallForwarding`).
     */
    requestCallForwarding: "requestCallForwarding";
  };
  location: {
    /**
     * List Find My friends
     *
     * Returns the Find My friends who share their location with the Apple account signed in on your linked device, as that device last reported them. Call a refresh endpoint first when you need current positions.
     *
     * `GET /location/contacts` (operationId `listLocationContacts`).
     */
    listContacts: "listLocationContacts";
    /**
     * Refresh Find My locations (GET form)
     *
     * Does the same as the POST form, for callers that can only send GET: asks the linked device to reload Find My location data now, and returns the outcome.
     *
     * `GET /location/contacts/refresh` (operationId `refreshLocationContactsGet`).
     */
    refreshContactsWithGet: "refreshLocationContactsGet";
    /**
     * Refresh Find My locations
     *
     * Asks the linked device to reload Find My location data right away instead of waiting for its next update, and returns the outcome. List the friends afterwards to read the new positions.
     *
     * `POST /location/contacts/refresh` (operationId `refreshLocationContacts`).
     */
    refreshContacts: "refreshLocationContacts";
    /**
     * Get one Find My friend
     *
     * Returns the location entry of a single Find My friend, looked up by phone number, email address or Apple ID. Answers 404 when no friend with that handle shares a location with you.
     *
     * `GET /location/contacts/{handle}` (operationId `getLocationContact`).
     */
    getContact: "getLocationContact";
  };
  channels: {
    /**
     * List channels
     *
     * Returns the organization's channels, the surfaces messages go out from, with each one's type, sender address, status and capabilities. Routed sends choose a channel for you, so you only need a channel id to inspect a channel or to send through one exactly.
     *
     * `GET /channels` (operationId `listChannels`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listChannels";
    /**
     * Get a channel
     *
     * Returns one channel with its type, sender address, status, capabilities and creation time.
     *
     * `GET /channels/{channelId}` (operationId `getChannel`).
     */
    get: "getChannel";
    /**
     * Get a channel's capabilities
     *
     * Returns what a channel supports: the protocols it delivers over, the content types it accepts, and its actions, interactive features and gates. The lists depend on the channel type, so check them before sending something a channel may not handle.
     *
     * `GET /channels/{channelId}/capabilities` (operationId `getChannelCapabilities`).
     */
    getCapabilities: "getChannelCapabilities";
    /**
     * Update a channel's profile
     *
     * Saves profile details for a channel, such as a display name, a description or an avatar. The object you send is stored exactly as given, under the channel's `metadata.profile`; which keys mean something depends on the channel type (WhatsApp Business has its own profile fields, for instance).
     *
     * `PUT /channels/{channelId}/profile` (operationId `updateChannelProfile`).
     * The request body (`application/json`) goes in `params.body`.
     */
    updateProfile: "updateChannelProfile";
    /**
     * Send a message through a channel
     *
     * Sends from exactly this channel, with no routing; new code can do the same with `POST /messages` and `from: { "id": "ch_..." }`. When this channel supports groups (Blooio, WhatsApp), several recipients become one group thread; on other types they fan out into separate sends, 100 at most, answered with 207 when some fail. Send an `Idempotency-Key` so that retries cannot send twice, or set `dry_run` to check and route the message without sending it (200).
     *
     * `POST /channels/{channelId}/messages` (operationId `sendMessageToChannel`).
     * Sends one `Idempotency-Key` per call (the same on every retry), so a retry cannot apply it twice.
     */
    sendMessage: "sendMessageToChannel";
  };
  priorities: {
    /**
     * List priorities
     *
     * Returns, a page at a time, the priorities that belong to the calling API key, each with its channels and their tiers.
     *
     * `GET /priorities` (operationId `listPriorities`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listPriorities";
    /**
     * Create a priority
     *
     * Creates an ordered set of channels for routed sends. Channels of the same type on the same tier (`priority`) form a pool, and at send time tiers are tried from the lowest number upward. The key's first priority becomes its default unless you send `is_default: false`; an unknown channel id answers 404.
     *
     * `POST /priorities` (operationId `createPriority`).
     */
    create: "createPriority";
    /**
     * Get a priority
     *
     * Returns one priority with its name, whether it is the key's default, and its channels by tier.
     *
     * `GET /priorities/{priorityId}` (operationId `getPriority`).
     */
    get: "getPriority";
    /**
     * Delete a priority
     *
     * Deletes the priority and answers with its id and `deleted: true`. Routed sends stop using it; if it was the key's default, check the default priority afterwards.
     *
     * `DELETE /priorities/{priorityId}` (operationId `deletePriority`).
     */
    delete: "deletePriority";
    /**
     * Update a priority
     *
     * Renames a priority, changes whether it is the default, or replaces its channels; send only the fields to change. A `channels` list replaces the priority's whole channel set rather than adding to it, so include every channel you want to keep.
     *
     * `PATCH /priorities/{priorityId}` (operationId `updatePriority`).
     */
    update: "updatePriority";
  };
  contacts: {
    /**
     * List contacts
     *
     * Returns the organization's contacts, each with its identities. Paging uses a cursor by default; a search (`q`), a `tag`, a `sort`, a `filter` or an `offset` switches the call to numbered pages and adds a `pagination` object with the total count. Pass `identifier` to find which contact owns a phone number or email address.
     *
     * `GET /contacts` (operationId `listContacts`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listContacts";
    /**
     * Create a contact
     *
     * Adds a contact to the address book. Give an `identifier` (and usually a `channel_type`) to attach a first phone number or email in the same call; more identities can be attached later. Returns the new contact.
     *
     * `POST /contacts` (operationId `createContact`).
     */
    create: "createContact";
    /**
     * Get a contact
     *
     * Fetches one contact by id, including its tags, identities and a summary of the latest message exchanged with it.
     *
     * `GET /contacts/{contactId}` (operationId `getContact`).
     */
    get: "getContact";
    /**
     * Delete a contact
     *
     * Removes a contact together with all of its identities. The deletion is soft: the records are flagged as deleted rather than erased, and the contact no longer shows up in lists or lookups.
     *
     * `DELETE /contacts/{contactId}` (operationId `deleteContact`).
     */
    delete: "deleteContact";
    /**
     * Rename a contact
     *
     * Changes the display name of a contact and returns the updated record. Identities and tags have their own endpoints.
     *
     * `PATCH /contacts/{contactId}` (operationId `updateContact`).
     */
    update: "updateContact";
    /**
     * Merge two contacts
     *
     * Folds a duplicate contact (`source_contact_id`) into the one in the path, which survives: the source's identities move across, the tag lists are combined, and the survivor keeps its name unless it has none. The source is left behind as a deprecated record pointing at the survivor; chats, messages and the timeline follow the moved identities, so no history is lost. Repeating the same merge is harmless and returns 200 again, while a source already merged elsewhere gets 409. A `contact.merged` webhook event is sent.
     *
     * `POST /contacts/{contactId}/merge` (operationId `mergeContact`).
     */
    merge: "mergeContact";
    /**
     * List a contact's identities
     *
     * Returns every phone number and email address tied to the contact, with the channel type each one is used on.
     *
     * `GET /contacts/{contactId}/identities` (operationId `listContactIdentities`).
     */
    listIdentities: "listContactIdentities";
    /**
     * Attach an identity
     *
     * Ties another phone number (E.164) or email address to the contact, for use on the given channel type, and returns the new identity. A 409 signals a conflict, such as the address being attached already.
     *
     * `POST /contacts/{contactId}/identities` (operationId `attachContactIdentity`).
     */
    attachIdentity: "attachContactIdentity";
    /**
     * Detach an identity
     *
     * Unlinks a phone number or email from the contact. The contact itself and its other identities are kept.
     *
     * `DELETE /contacts/{contactId}/identities/{identityId}` (operationId `detachContactIdentity`).
     */
    detachIdentity: "detachContactIdentity";
    /**
     * Update an identity
     *
     * Replaces the address stored in an identity (for example after a contact changes number) while keeping the identity's id, so its chats stay attached. Pass `name` as well to rename the owning contact in the same call.
     *
     * `PATCH /contacts/{contactId}/identities/{identityId}` (operationId `updateContactIdentity`).
     */
    updateIdentity: "updateContactIdentity";
    /**
     * Check how a contact can be reached
     *
     * Reports, identity by identity, what the contact can receive (iMessage, SMS, RCS and so on). For iMessage (`blooio`) identities the check is made live, through one of your active iMessage channels, so it needs such a channel: without one the call fails with 409.
     *
     * `GET /contacts/{contactId}/capabilities` (operationId `getContactCapabilities`).
     */
    getCapabilities: "getContactCapabilities";
    /**
     * Get a contact's timeline
     *
     * One feed of everything that happened with a contact, newest first by `occurred_at`, across all channels: its one-to-one chats (through any of its identities) and the group chats it is currently a member of. Only messages are included unless `include_events=true`, which mixes in receipts, reactions and chat events. Once two contacts are merged, the surviving one's feed also holds the history of the one it absorbed.
     *
     * `GET /contacts/{contactId}/timeline` (operationId `getContactTimeline`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    getTimeline: "getContactTimeline";
    /**
     * List a contact's tags
     *
     * Returns all tags set on the contact, as plain strings.
     *
     * `GET /contacts/{contactId}/tags` (operationId `listContactTags`).
     */
    listTags: "listContactTags";
    /**
     * Add tags to a contact
     *
     * Adds one tag (`tag`) or several (`tags`) to the contact. Tags it already has are left as they are, so repeating the call changes nothing. Returns the contact's full tag list afterwards.
     *
     * `POST /contacts/{contactId}/tags` (operationId `addContactTags`).
     */
    addTags: "addContactTags";
    /**
     * Remove a tag from a contact
     *
     * Takes one tag off the contact and returns the tags that remain.
     *
     * `DELETE /contacts/{contactId}/tags/{tag}` (operationId `removeContactTag`).
     */
    removeTag: "removeContactTag";
  };
  groups: {
    /**
     * List groups
     *
     * Returns the organization's group chats, each with its channel, name, icon and current members. Paged by cursor.
     *
     * `GET /groups` (operationId `listGroups`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listGroups";
    /**
     * Create a group
     *
     * Starts a group chat with one or more members on a channel that supports groups, which means a `blooio` (iMessage) or `whatsapp` channel. Members are given by phone number (E.164) or email. Returns the new group.
     *
     * `POST /groups` (operationId `createGroup`).
     */
    create: "createGroup";
    /**
     * Get a group
     *
     * Fetches one group by id, with its name, icon, linked chat and member list.
     *
     * `GET /groups/{groupId}` (operationId `getGroup`).
     */
    get: "getGroup";
    /**
     * Delete a group
     *
     * Deletes the group record from your organization and confirms with its id.
     *
     * `DELETE /groups/{groupId}` (operationId `deleteGroup`).
     */
    delete: "deleteGroup";
    /**
     * Rename a group
     *
     * Changes the group's display name, which members see in their conversation, and returns the updated group.
     *
     * `PATCH /groups/{groupId}` (operationId `updateGroup`).
     */
    update: "updateGroup";
    /**
     * List group members
     *
     * Returns the current members of the group, each with the identity and, when known, the contact it belongs to.
     *
     * `GET /groups/{groupId}/members` (operationId `listGroupMembers`).
     */
    listMembers: "listGroupMembers";
    /**
     * Set a group icon
     *
     * Uploads a picture as the group's icon, sent as `multipart/form-data` with the file in the `icon` field. The file may be up to 10 MB and must be JPEG, PNG, GIF, WebP, HEIC or HEIF (`image/jpeg`, `image/png`, `image/gif`, `image/webp`, `image/heic`, `image/heif`). The group's chat must already be tied to a device (see `chat_linked`) before an icon can be applied.
     *
     * `POST /groups/{groupId}/icon` (operationId `setGroupIcon`).
     * The request body (`multipart/form-data`) goes in `params.body`.
     */
    setIcon: "setGroupIcon";
    /**
     * Remove a group icon
     *
     * Clears the group's icon and confirms the removal. A 409 means the group's current state does not allow the change (setting an icon, for one, needs the group's chat linked on a device).
     *
     * `DELETE /groups/{groupId}/icon` (operationId `removeGroupIcon`).
     */
    removeIcon: "removeGroupIcon";
  };
  chats: {
    /**
     * List chats
     *
     * Returns your conversations, the most recently active first, one page at a time. Narrow the list by channel type, chat state, channel or contact; the filters combine. Follow `next_cursor` until `has_more` is false to walk every chat.
     *
     * `GET /chats` (operationId `listChats`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listChats";
    /**
     * Find or create a chat
     *
     * Gets the one-to-one chat between a channel and a recipient, starting a new one when none exists yet. Answers 200 with `created: false` for an existing chat and 201 with `created: true` for a new one. Unlike most endpoints, the chat comes back at the top level, not inside `data`.
     *
     * `POST /chats` (operationId `createChat`).
     */
    create: "createChat";
    /**
     * Get a chat
     *
     * Fetches one chat by id: its channel, who it is with (a contact and identity, or a group), its state, what it supports and when it was last active.
     *
     * `GET /chats/{chatId}` (operationId `getChat`).
     */
    get: "getChat";
    /**
     * Update a chat
     *
     * Opens or closes a chat and/or merges keys into its `metadata` (keys you leave out are kept). Send at least one of the two fields. Returns the updated chat.
     *
     * `PATCH /chats/{chatId}` (operationId `updateChat`).
     */
    update: "updateChat";
    /**
     * Start or stop the typing indicator
     *
     * Makes the typing bubble appear in the recipient's conversation (`started`, the default when no body is sent) or go away (`stopped`). Works on Blooio (iMessage) channels only.
     *
     * `POST /chats/{chatId}/typing` (operationId `setTyping`).
     */
    setTyping: "setTyping";
    /**
     * Stop the typing indicator
     *
     * Hides the typing bubble in the chat; the same as sending `state: stopped` to the POST. Blooio (iMessage) channels only.
     *
     * `DELETE /chats/{chatId}/typing` (operationId `stopTyping`).
     */
    stopTyping: "stopTyping";
    /**
     * Mark a chat as read
     *
     * Tells the other side that you have read their messages, so they see a read receipt. Blooio (iMessage) channels only.
     *
     * `POST /chats/{chatId}/read` (operationId `markChatRead`).
     */
    markRead: "markChatRead";
    /**
     * Share your contact card
     *
     * Drops the contact card of the number behind this chat (its name and avatar, managed under `/me/numbers/{number}/contact-card`) into the conversation, so the recipient can save it. Blooio (iMessage) channels only.
     *
     * `POST /chats/{chatId}/contact-card` (operationId `shareContactCard`).
     */
    shareContactCard: "shareContactCard";
    /**
     * Get the chat background
     *
     * Tells whether the chat has a custom background image and, if so, which one and where to download it. The answer is read live from the device behind the channel. Blooio (iMessage) channels only.
     *
     * `GET /chats/{chatId}/background` (operationId `getChatBackground`).
     */
    getBackground: "getChatBackground";
    /**
     * Set the chat background
     *
     * Uploads an image to use as the chat's background, sent as `multipart/form-data` with the file in the `background` field. The file may be up to 10 MB and must be JPEG, PNG, GIF, WebP, HEIC or HEIF (`image/jpeg`, `image/png`, `image/gif`, `image/webp`, `image/heic`, `image/heif`). Replaces any background already set. Blooio (iMessage) channels only.
     *
     * `PUT /chats/{chatId}/background` (operationId `setChatBackground`).
     * The request body (`multipart/form-data`) goes in `params.body`.
     */
    setBackground: "setChatBackground";
    /**
     * Remove the chat background
     *
     * Takes the custom background off the chat, so it shows the default again. Blooio (iMessage) channels only.
     *
     * `DELETE /chats/{chatId}/background` (operationId `removeChatBackground`).
     */
    removeBackground: "removeChatBackground";
  };
  polls: {
    /**
     * Send a poll
     *
     * Posts a native iMessage poll into the chat: a question (`title`) and at least two answers to pick from. The poll is a message, so its id is a `msg_` id; it is queued and delivered like any other message. Blooio (iMessage) channels only.
     *
     * `POST /chats/{chatId}/polls` (operationId `sendPoll`).
     */
    send: "sendPoll";
    /**
     * Vote on a poll
     *
     * Votes for an option, named by its position (`option_index`, counting from 0) or its text (`option`). Voting acts as a toggle: choosing an option you already picked takes that vote back. A 201 reports a recorded vote; a 200 means the toggle left you with no votes on the poll. Blooio (iMessage) channels only.
     *
     * `POST /chats/{chatId}/polls/{pollId}/vote` (operationId `votePoll`).
     */
    vote: "votePoll";
    /**
     * Get poll results
     *
     * Tallies the votes on a poll so far, option by option, with the overall total.
     *
     * `GET /chats/{chatId}/polls/{pollId}` (operationId `getPollResults`).
     */
    getResults: "getPollResults";
  };
  messages: {
    /**
     * List the messages of a chat
     *
     * Pages through every message in one chat, inbound and outbound alike. The newest message comes first unless you pass `order=asc`, which starts from the oldest. Each item carries its delivery `status` and the `protocol` it went out on.
     *
     * `GET /chats/{chatId}/messages` (operationId `listChatMessages`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listChatMessages";
    /**
     * Send into an existing chat
     *
     * Sends content into a chat that already exists, from the chat's own channel to its own recipient, so the body carries no `from` or `to`. The message comes back at the top level of the body, not inside `data`, and a send the channel refuses on the spot still answers 201, with `status: failed` and an `error`. Retrying with the same `Idempotency-Key` and body returns the first result instead of a second message (another body under that key is a 409); `dry_run: true` checks the request without sending.
     *
     * `POST /chats/{chatId}/messages` (operationId `sendMessageToChat`).
     * Sends one `Idempotency-Key` per call (the same on every retry), so a retry cannot apply it twice.
     */
    sendToChat: "sendMessageToChat";
    /**
     * Send a message
     *
     * Starts a conversation: name the recipient in `to` and the `content`, and optionally the sender in `from` (without it, Blooio routes automatically by history, content and your priorities). A list of recipients on a channel that supports groups (blooio, whatsapp) becomes one group thread; elsewhere it fans out into at most 100 one-to-one sends, answered 207 when results are mixed and 422 when all of them fail. A single send answers 201 with the message at the top level (not in `data`), with its `channel_id`, `chat_id` and `routing`, even when it was rejected at once (`status: failed` plus an `error`). Repeating a request with the same `Idempotency-Key` and body returns the first result (another body under that key is a 409), and `dry_run: true` resolves the route without sending anything.
     *
     * `POST /messages` (operationId `sendMessage`).
     * Sends one `Idempotency-Key` per call (the same on every retry), so a retry cannot apply it twice.
     */
    send: "sendMessage";
    /**
     * Get a message
     *
     * Fetches one message of a chat, inbound or outbound, with its text, delivery `status`, `protocol` and any `error`. Answers 404 when the message does not belong to that chat.
     *
     * `GET /chats/{chatId}/messages/{messageId}` (operationId `getChatMessage`).
     */
    get: "getChatMessage";
    /**
     * Get a message's delivery status
     *
     * A small answer for polling: just the message's current `status`, `protocol` and `error`, with its timestamps, and none of its content. Webhooks on `message.*` events avoid polling altogether.
     *
     * `GET /chats/{chatId}/messages/{messageId}/status` (operationId `getMessageStatus`).
     */
    getStatus: "getMessageStatus";
    /**
     * List a message's lifecycle events
     *
     * The history of one message, one entry per step: sent, delivered, read, a reaction and so on, each with the time it happened. Useful for an audit trail or to see exactly when a message was read.
     *
     * `GET /chats/{chatId}/messages/{messageId}/events` (operationId `listMessageEvents`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    listEvents: "listMessageEvents";
    /**
     * React to a message
     *
     * Puts a tapback on a message in the chat, or takes one off: prefix the reaction with `+` to add it and `-` to remove it (`+love`, `-love`). Any message of the chat can be reacted to, received or sent, by the `id` the message list shows. Answers 404 if the message is not in this chat and 409 if it has not yet reached the device. Works on Blooio channels only.
     *
     * `POST /chats/{chatId}/messages/{messageId}/reactions` (operationId `addReaction`).
     */
    addReaction: "addReaction";
  };
  webhooks: {
    /**
     * List webhooks
     *
     * Pages through the webhook subscriptions of your organization, with each one's URL, event types, scope and whether it is active. Signing secrets are never included here.
     *
     * `GET /webhooks` (operationId `listWebhooks`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listWebhooks";
    /**
     * Create a webhook
     *
     * Subscribes an HTTPS URL to events, optionally only those of one channel or channel type. Every delivery is signed with HMAC-SHA256 over its raw body using the webhook's `signing_secret`, which this response contains and no later one ever shows again (rotate it if it is lost). Without `event_types` the webhook receives everything (`*`).
     *
     * `POST /webhooks` (operationId `createWebhook`).
     */
    create: "createWebhook";
    /**
     * Get a webhook
     *
     * Fetches one webhook subscription: its URL, event types, scope and status. The signing secret is not part of it; rotate the secret to get a new one.
     *
     * `GET /webhooks/{webhookId}` (operationId `getWebhook`).
     */
    get: "getWebhook";
    /**
     * Delete a webhook
     *
     * Removes a webhook subscription for good; no further events are delivered to its URL. To stop deliveries only for a while, disable it with an update instead.
     *
     * `DELETE /webhooks/{webhookId}` (operationId `deleteWebhook`).
     */
    delete: "deleteWebhook";
    /**
     * Update a webhook
     *
     * Changes a webhook's URL, its event types, or its status; fields you leave out keep their values. Set `status` to `disabled` to pause deliveries without losing the subscription, and back to `active` to resume.
     *
     * `PATCH /webhooks/{webhookId}` (operationId `updateWebhook`).
     */
    update: "updateWebhook";
    /**
     * Rotate a webhook's signing secret
     *
     * Issues a new signing secret for the webhook and returns it, in this response only. The V4 reference does not promise the old secret any grace period, so switch your signature check to the new one straight away.
     *
     * `POST /webhooks/{webhookId}/secret/rotate` (operationId `rotateWebhookSecret`).
     */
    rotateSecret: "rotateWebhookSecret";
    /**
     * List a webhook's deliveries
     *
     * Shows the recent attempts to deliver events to this webhook: which event, how many tries, what your endpoint answered, and when the next retry is due. Use it to debug an endpoint and to find a delivery to replay. The same list is also served at `/webhooks/{webhookId}/logs`.
     *
     * `GET /webhooks/{webhookId}/deliveries` (operationId `listWebhookDeliveries`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    listDeliveries: "listWebhookDeliveries";
    /**
     * Replay a webhook delivery
     *
     * Queues the event of a past delivery to be sent to the webhook's URL once more, for instance after your endpoint was down. The replay is a new delivery of its own, linked to the original by `replay_of`. The path `/webhooks/{webhookId}/logs/{deliveryId}/replay` is an alias.
     *
     * `POST /webhooks/{webhookId}/deliveries/{deliveryId}/replay` (operationId `replayWebhookDelivery`).
     */
    replayDelivery: "replayWebhookDelivery";
  };
  events: {
    /**
     * List events
     *
     * One feed of everything that happened on the account: message lifecycle steps, inbound messages, polls, group changes, reactions and typing. Narrow it by event type (a wildcard such as `message.*` works), by chat or by message. Its event types are the ones webhooks subscribe to, so the feed can fill in what an endpoint missed while it was down.
     *
     * `GET /events` (operationId `listEvents`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listEvents";
    /**
     * Get an event
     *
     * Fetches a single event with its full payload, for instance the one a webhook delivery's `event_id` names.
     *
     * `GET /events/{eventId}` (operationId `getEvent`).
     */
    get: "getEvent";
  };
  phoneNumbers: {
    /**
     * Look up a phone number
     *
     * Parses one phone number and returns what is known about it, such as whether it is valid and where it is registered. Enterprise plans only; other plans get 403.
     *
     * `GET /phone-numbers/lookup` (operationId `lookupPhoneNumber`).
     */
    lookup: "lookupPhoneNumber";
    /**
     * Look up a phone number, with a JSON body
     *
     * The same lookup as the GET form, but the number travels in a JSON body instead of the query string, so no URL-encoding is needed. Enterprise plans only; other plans get 403.
     *
     * `POST /phone-numbers/lookup` (operationId `lookupPhoneNumberPost`).
     */
    lookupWithPost: "lookupPhoneNumberPost";
    /**
     * Look up many phone numbers
     *
     * Looks up as many as 100 phone numbers in one call and returns one result per number in `data`. Enterprise plans only; other plans get 403.
     *
     * `POST /phone-numbers/batch` (operationId `batchLookupPhoneNumbers`).
     */
    batchLookup: "batchLookupPhoneNumbers";
  };
}

export type AuthError = components["schemas"]["AuthError"];
export type ItemEnvelope = components["schemas"]["ItemEnvelope"];
export type ChannelType = components["schemas"]["ChannelType"];
export type ChannelStatus = components["schemas"]["ChannelStatus"];
export type ChatState = components["schemas"]["ChatState"];
export type Direction = components["schemas"]["Direction"];
export type ChannelCapabilities = components["schemas"]["ChannelCapabilities"];
export type Channel = components["schemas"]["Channel"];
export type ContactIdentity = components["schemas"]["ContactIdentity"];
export type Contact = components["schemas"]["Contact"];
export type TimelineItem = components["schemas"]["TimelineItem"];
export type Chat = components["schemas"]["Chat"];
export type ChatPage = components["schemas"]["ChatPage"];
export type ChatCreated = components["schemas"]["ChatCreated"];
export type Message = components["schemas"]["Message"];
export type MessageStatus = components["schemas"]["MessageStatus"];
export type MessageSendResult = components["schemas"]["MessageSendResult"];
export type RoutingMetadata = components["schemas"]["RoutingMetadata"];
export type FanOutResult = components["schemas"]["FanOutResult"];
export type Group = components["schemas"]["Group"];
export type GroupMember = components["schemas"]["GroupMember"];
export type Webhook = components["schemas"]["Webhook"];
export type WebhookWithSecret = components["schemas"]["WebhookWithSecret"];
export type WebhookDelivery = components["schemas"]["WebhookDelivery"];
export type WebhookEnvelope = components["schemas"]["WebhookEnvelope"];
export type Poll = components["schemas"]["Poll"];
export type PollVoteResult = components["schemas"]["PollVoteResult"];
export type PollResults = components["schemas"]["PollResults"];
export type LinkPreview = components["schemas"]["LinkPreview"];
export type TextContent = components["schemas"]["TextContent"];
export type MediaContent = components["schemas"]["MediaContent"];
export type MultipartContent = components["schemas"]["MultipartContent"];
export type RichLinkContent = components["schemas"]["RichLinkContent"];
export type InteractiveContent = components["schemas"]["InteractiveContent"];
export type PollContent = components["schemas"]["PollContent"];
export type MessageContent = components["schemas"]["MessageContent"];
export type Recipient = components["schemas"]["Recipient"];
export type PriorityChannel = components["schemas"]["PriorityChannel"];
export type Priority = components["schemas"]["Priority"];
export type CreatePriorityRequest = components["schemas"]["CreatePriorityRequest"];
export type UpdatePriorityRequest = components["schemas"]["UpdatePriorityRequest"];
export type SenderSelector = components["schemas"]["SenderSelector"];
export type SendMessageRequest = components["schemas"]["SendMessageRequest"];
export type SendToChannelRequest = components["schemas"]["SendToChannelRequest"];
export type SendToChatRequest = components["schemas"]["SendToChatRequest"];
export type CreateChatRequest = components["schemas"]["CreateChatRequest"];
export type CreateContactRequest = components["schemas"]["CreateContactRequest"];
export type AttachIdentityRequest = components["schemas"]["AttachIdentityRequest"];
export type CreateGroupRequest = components["schemas"]["CreateGroupRequest"];
export type SendPollRequest = components["schemas"]["SendPollRequest"];
export type VotePollRequest = components["schemas"]["VotePollRequest"];
export type CreateWebhookRequest = components["schemas"]["CreateWebhookRequest"];
export type UpdateWebhookRequest = components["schemas"]["UpdateWebhookRequest"];
/** The params of `account.get`. */
export type GetMeParams = OperationParams["getMe"];
/** What `account.get` resolves to. */
export type GetMeResult = OperationResults["getMe"];
/** The params of `account.getDefaultPriority`. */
export type GetMyDefaultPriorityParams = OperationParams["getMyDefaultPriority"];
/** What `account.getDefaultPriority` resolves to. */
export type GetMyDefaultPriorityResult = OperationResults["getMyDefaultPriority"];
/** The params of `account.listNumbers`. */
export type ListNumbersParams = OperationParams["listNumbers"];
/** What `account.listNumbers` resolves to. */
export type ListNumbersResult = OperationResults["listNumbers"];
/** The params of `account.getContactCard`. */
export type GetContactCardParams = OperationParams["getContactCard"];
/** What `account.getContactCard` resolves to. */
export type GetContactCardResult = OperationResults["getContactCard"];
/** The params of `account.updateContactCard`. */
export type UpdateContactCardParams = OperationParams["updateContactCard"];
/** What `account.updateContactCard` resolves to. */
export type UpdateContactCardResult = OperationResults["updateContactCard"];
/** The params of `account.uploadContactCardAvatar`. */
export type UploadContactCardAvatarParams = OperationParams["uploadContactCardAvatar"];
/** What `account.uploadContactCardAvatar` resolves to. */
export type UploadContactCardAvatarResult = OperationResults["uploadContactCardAvatar"];
/** The params of `account.requestCallForwarding`. */
export type RequestCallForwardingParams = OperationParams["requestCallForwarding"];
/** What `account.requestCallForwarding` resolves to. */
export type RequestCallForwardingResult = OperationResults["requestCallForwarding"];
/** The params of `location.listContacts`. */
export type ListLocationContactsParams = OperationParams["listLocationContacts"];
/** What `location.listContacts` resolves to. */
export type ListLocationContactsResult = OperationResults["listLocationContacts"];
/** The params of `location.refreshContactsWithGet`. */
export type RefreshLocationContactsGetParams = OperationParams["refreshLocationContactsGet"];
/** What `location.refreshContactsWithGet` resolves to. */
export type RefreshLocationContactsGetResult = OperationResults["refreshLocationContactsGet"];
/** The params of `location.refreshContacts`. */
export type RefreshLocationContactsParams = OperationParams["refreshLocationContacts"];
/** What `location.refreshContacts` resolves to. */
export type RefreshLocationContactsResult = OperationResults["refreshLocationContacts"];
/** The params of `location.getContact`. */
export type GetLocationContactParams = OperationParams["getLocationContact"];
/** What `location.getContact` resolves to. */
export type GetLocationContactResult = OperationResults["getLocationContact"];
/** The params of `channels.list`. */
export type ListChannelsParams = OperationParams["listChannels"];
/** What `channels.list` resolves to. */
export type ListChannelsResult = OperationResults["listChannels"];
export type ListChannelsQuery = NonNullable<operations["listChannels"]["parameters"]["query"]>;
/** The params of `channels.get`. */
export type GetChannelParams = OperationParams["getChannel"];
/** What `channels.get` resolves to. */
export type GetChannelResult = OperationResults["getChannel"];
/** The params of `channels.getCapabilities`. */
export type GetChannelCapabilitiesParams = OperationParams["getChannelCapabilities"];
/** What `channels.getCapabilities` resolves to. */
export type GetChannelCapabilitiesResult = OperationResults["getChannelCapabilities"];
/** The params of `channels.updateProfile`. */
export type UpdateChannelProfileParams = OperationParams["updateChannelProfile"];
/** What `channels.updateProfile` resolves to. */
export type UpdateChannelProfileResult = OperationResults["updateChannelProfile"];
/** The params of `channels.sendMessage`. */
export type SendMessageToChannelParams = OperationParams["sendMessageToChannel"];
/** What `channels.sendMessage` resolves to. */
export type SendMessageToChannelResult = OperationResults["sendMessageToChannel"];
/** The params of `priorities.list`. */
export type ListPrioritiesParams = OperationParams["listPriorities"];
/** What `priorities.list` resolves to. */
export type ListPrioritiesResult = OperationResults["listPriorities"];
export type ListPrioritiesQuery = NonNullable<operations["listPriorities"]["parameters"]["query"]>;
/** The params of `priorities.create`. */
export type CreatePriorityParams = OperationParams["createPriority"];
/** What `priorities.create` resolves to. */
export type CreatePriorityResult = OperationResults["createPriority"];
/** The params of `priorities.get`. */
export type GetPriorityParams = OperationParams["getPriority"];
/** What `priorities.get` resolves to. */
export type GetPriorityResult = OperationResults["getPriority"];
/** The params of `priorities.delete`. */
export type DeletePriorityParams = OperationParams["deletePriority"];
/** What `priorities.delete` resolves to. */
export type DeletePriorityResult = OperationResults["deletePriority"];
/** The params of `priorities.update`. */
export type UpdatePriorityParams = OperationParams["updatePriority"];
/** What `priorities.update` resolves to. */
export type UpdatePriorityResult = OperationResults["updatePriority"];
/** The params of `contacts.list`. */
export type ListContactsParams = OperationParams["listContacts"];
/** What `contacts.list` resolves to. */
export type ListContactsResult = OperationResults["listContacts"];
export type ListContactsQuery = NonNullable<operations["listContacts"]["parameters"]["query"]>;
/** The params of `contacts.create`. */
export type CreateContactParams = OperationParams["createContact"];
/** What `contacts.create` resolves to. */
export type CreateContactResult = OperationResults["createContact"];
/** The params of `contacts.get`. */
export type GetContactParams = OperationParams["getContact"];
/** What `contacts.get` resolves to. */
export type GetContactResult = OperationResults["getContact"];
/** The params of `contacts.delete`. */
export type DeleteContactParams = OperationParams["deleteContact"];
/** What `contacts.delete` resolves to. */
export type DeleteContactResult = OperationResults["deleteContact"];
/** The params of `contacts.update`. */
export type UpdateContactParams = OperationParams["updateContact"];
/** What `contacts.update` resolves to. */
export type UpdateContactResult = OperationResults["updateContact"];
/** The params of `contacts.merge`. */
export type MergeContactParams = OperationParams["mergeContact"];
/** What `contacts.merge` resolves to. */
export type MergeContactResult = OperationResults["mergeContact"];
/** The params of `contacts.listIdentities`. */
export type ListContactIdentitiesParams = OperationParams["listContactIdentities"];
/** What `contacts.listIdentities` resolves to. */
export type ListContactIdentitiesResult = OperationResults["listContactIdentities"];
/** The params of `contacts.attachIdentity`. */
export type AttachContactIdentityParams = OperationParams["attachContactIdentity"];
/** What `contacts.attachIdentity` resolves to. */
export type AttachContactIdentityResult = OperationResults["attachContactIdentity"];
/** The params of `contacts.detachIdentity`. */
export type DetachContactIdentityParams = OperationParams["detachContactIdentity"];
/** What `contacts.detachIdentity` resolves to. */
export type DetachContactIdentityResult = OperationResults["detachContactIdentity"];
/** The params of `contacts.updateIdentity`. */
export type UpdateContactIdentityParams = OperationParams["updateContactIdentity"];
/** What `contacts.updateIdentity` resolves to. */
export type UpdateContactIdentityResult = OperationResults["updateContactIdentity"];
/** The params of `contacts.getCapabilities`. */
export type GetContactCapabilitiesParams = OperationParams["getContactCapabilities"];
/** What `contacts.getCapabilities` resolves to. */
export type GetContactCapabilitiesResult = OperationResults["getContactCapabilities"];
/** The params of `contacts.getTimeline`. */
export type GetContactTimelineParams = OperationParams["getContactTimeline"];
/** What `contacts.getTimeline` resolves to. */
export type GetContactTimelineResult = OperationResults["getContactTimeline"];
export type GetContactTimelineQuery = NonNullable<operations["getContactTimeline"]["parameters"]["query"]>;
/** The params of `contacts.listTags`. */
export type ListContactTagsParams = OperationParams["listContactTags"];
/** What `contacts.listTags` resolves to. */
export type ListContactTagsResult = OperationResults["listContactTags"];
/** The params of `contacts.addTags`. */
export type AddContactTagsParams = OperationParams["addContactTags"];
/** What `contacts.addTags` resolves to. */
export type AddContactTagsResult = OperationResults["addContactTags"];
/** The params of `contacts.removeTag`. */
export type RemoveContactTagParams = OperationParams["removeContactTag"];
/** What `contacts.removeTag` resolves to. */
export type RemoveContactTagResult = OperationResults["removeContactTag"];
/** The params of `groups.list`. */
export type ListGroupsParams = OperationParams["listGroups"];
/** What `groups.list` resolves to. */
export type ListGroupsResult = OperationResults["listGroups"];
export type ListGroupsQuery = NonNullable<operations["listGroups"]["parameters"]["query"]>;
/** The params of `groups.create`. */
export type CreateGroupParams = OperationParams["createGroup"];
/** What `groups.create` resolves to. */
export type CreateGroupResult = OperationResults["createGroup"];
/** The params of `groups.get`. */
export type GetGroupParams = OperationParams["getGroup"];
/** What `groups.get` resolves to. */
export type GetGroupResult = OperationResults["getGroup"];
/** The params of `groups.delete`. */
export type DeleteGroupParams = OperationParams["deleteGroup"];
/** What `groups.delete` resolves to. */
export type DeleteGroupResult = OperationResults["deleteGroup"];
/** The params of `groups.update`. */
export type UpdateGroupParams = OperationParams["updateGroup"];
/** What `groups.update` resolves to. */
export type UpdateGroupResult = OperationResults["updateGroup"];
/** The params of `groups.listMembers`. */
export type ListGroupMembersParams = OperationParams["listGroupMembers"];
/** What `groups.listMembers` resolves to. */
export type ListGroupMembersResult = OperationResults["listGroupMembers"];
/** The params of `groups.setIcon`. */
export type SetGroupIconParams = OperationParams["setGroupIcon"];
/** What `groups.setIcon` resolves to. */
export type SetGroupIconResult = OperationResults["setGroupIcon"];
/** The params of `groups.removeIcon`. */
export type RemoveGroupIconParams = OperationParams["removeGroupIcon"];
/** What `groups.removeIcon` resolves to. */
export type RemoveGroupIconResult = OperationResults["removeGroupIcon"];
/** The params of `chats.list`. */
export type ListChatsParams = OperationParams["listChats"];
/** What `chats.list` resolves to. */
export type ListChatsResult = OperationResults["listChats"];
export type ListChatsQuery = NonNullable<operations["listChats"]["parameters"]["query"]>;
/** The params of `chats.create`. */
export type CreateChatParams = OperationParams["createChat"];
/** What `chats.create` resolves to. */
export type CreateChatResult = OperationResults["createChat"];
/** The params of `chats.get`. */
export type GetChatParams = OperationParams["getChat"];
/** What `chats.get` resolves to. */
export type GetChatResult = OperationResults["getChat"];
/** The params of `chats.update`. */
export type UpdateChatParams = OperationParams["updateChat"];
/** What `chats.update` resolves to. */
export type UpdateChatResult = OperationResults["updateChat"];
/** The params of `chats.setTyping`. */
export type SetTypingParams = OperationParams["setTyping"];
/** What `chats.setTyping` resolves to. */
export type SetTypingResult = OperationResults["setTyping"];
/** The params of `chats.stopTyping`. */
export type StopTypingParams = OperationParams["stopTyping"];
/** What `chats.stopTyping` resolves to. */
export type StopTypingResult = OperationResults["stopTyping"];
/** The params of `chats.markRead`. */
export type MarkChatReadParams = OperationParams["markChatRead"];
/** What `chats.markRead` resolves to. */
export type MarkChatReadResult = OperationResults["markChatRead"];
/** The params of `chats.shareContactCard`. */
export type ShareContactCardParams = OperationParams["shareContactCard"];
/** What `chats.shareContactCard` resolves to. */
export type ShareContactCardResult = OperationResults["shareContactCard"];
/** The params of `polls.send`. */
export type SendPollParams = OperationParams["sendPoll"];
/** What `polls.send` resolves to. */
export type SendPollResult = OperationResults["sendPoll"];
/** The params of `polls.vote`. */
export type VotePollParams = OperationParams["votePoll"];
/** What `polls.vote` resolves to. */
export type VotePollResult = OperationResults["votePoll"];
/** The params of `polls.getResults`. */
export type GetPollResultsParams = OperationParams["getPollResults"];
/** What `polls.getResults` resolves to. */
export type GetPollResultsResult = OperationResults["getPollResults"];
/** The params of `chats.getBackground`. */
export type GetChatBackgroundParams = OperationParams["getChatBackground"];
/** What `chats.getBackground` resolves to. */
export type GetChatBackgroundResult = OperationResults["getChatBackground"];
/** The params of `chats.setBackground`. */
export type SetChatBackgroundParams = OperationParams["setChatBackground"];
/** What `chats.setBackground` resolves to. */
export type SetChatBackgroundResult = OperationResults["setChatBackground"];
/** The params of `chats.removeBackground`. */
export type RemoveChatBackgroundParams = OperationParams["removeChatBackground"];
/** What `chats.removeBackground` resolves to. */
export type RemoveChatBackgroundResult = OperationResults["removeChatBackground"];
/** The params of `messages.list`. */
export type ListChatMessagesParams = OperationParams["listChatMessages"];
/** What `messages.list` resolves to. */
export type ListChatMessagesResult = OperationResults["listChatMessages"];
export type ListChatMessagesQuery = NonNullable<operations["listChatMessages"]["parameters"]["query"]>;
/** The params of `messages.sendToChat`. */
export type SendMessageToChatParams = OperationParams["sendMessageToChat"];
/** What `messages.sendToChat` resolves to. */
export type SendMessageToChatResult = OperationResults["sendMessageToChat"];
/** The params of `messages.send`. */
export type SendMessageParams = OperationParams["sendMessage"];
/** What `messages.send` resolves to. */
export type SendMessageResult = OperationResults["sendMessage"];
/** The params of `messages.get`. */
export type GetChatMessageParams = OperationParams["getChatMessage"];
/** What `messages.get` resolves to. */
export type GetChatMessageResult = OperationResults["getChatMessage"];
/** The params of `messages.getStatus`. */
export type GetMessageStatusParams = OperationParams["getMessageStatus"];
/** What `messages.getStatus` resolves to. */
export type GetMessageStatusResult = OperationResults["getMessageStatus"];
/** The params of `messages.listEvents`. */
export type ListMessageEventsParams = OperationParams["listMessageEvents"];
/** What `messages.listEvents` resolves to. */
export type ListMessageEventsResult = OperationResults["listMessageEvents"];
export type ListMessageEventsQuery = NonNullable<operations["listMessageEvents"]["parameters"]["query"]>;
/** The params of `messages.addReaction`. */
export type AddReactionParams = OperationParams["addReaction"];
/** What `messages.addReaction` resolves to. */
export type AddReactionResult = OperationResults["addReaction"];
/** The params of `webhooks.list`. */
export type ListWebhooksParams = OperationParams["listWebhooks"];
/** What `webhooks.list` resolves to. */
export type ListWebhooksResult = OperationResults["listWebhooks"];
export type ListWebhooksQuery = NonNullable<operations["listWebhooks"]["parameters"]["query"]>;
/** The params of `webhooks.create`. */
export type CreateWebhookParams = OperationParams["createWebhook"];
/** What `webhooks.create` resolves to. */
export type CreateWebhookResult = OperationResults["createWebhook"];
/** The params of `webhooks.get`. */
export type GetWebhookParams = OperationParams["getWebhook"];
/** What `webhooks.get` resolves to. */
export type GetWebhookResult = OperationResults["getWebhook"];
/** The params of `webhooks.delete`. */
export type DeleteWebhookParams = OperationParams["deleteWebhook"];
/** What `webhooks.delete` resolves to. */
export type DeleteWebhookResult = OperationResults["deleteWebhook"];
/** The params of `webhooks.update`. */
export type UpdateWebhookParams = OperationParams["updateWebhook"];
/** What `webhooks.update` resolves to. */
export type UpdateWebhookResult = OperationResults["updateWebhook"];
/** The params of `webhooks.rotateSecret`. */
export type RotateWebhookSecretParams = OperationParams["rotateWebhookSecret"];
/** What `webhooks.rotateSecret` resolves to. */
export type RotateWebhookSecretResult = OperationResults["rotateWebhookSecret"];
/** The params of `webhooks.listDeliveries`. */
export type ListWebhookDeliveriesParams = OperationParams["listWebhookDeliveries"];
/** What `webhooks.listDeliveries` resolves to. */
export type ListWebhookDeliveriesResult = OperationResults["listWebhookDeliveries"];
export type ListWebhookDeliveriesQuery = NonNullable<operations["listWebhookDeliveries"]["parameters"]["query"]>;
/** The params of `webhooks.replayDelivery`. */
export type ReplayWebhookDeliveryParams = OperationParams["replayWebhookDelivery"];
/** What `webhooks.replayDelivery` resolves to. */
export type ReplayWebhookDeliveryResult = OperationResults["replayWebhookDelivery"];
/** The params of `events.list`. */
export type ListEventsParams = OperationParams["listEvents"];
/** What `events.list` resolves to. */
export type ListEventsResult = OperationResults["listEvents"];
export type ListEventsQuery = NonNullable<operations["listEvents"]["parameters"]["query"]>;
/** The params of `events.get`. */
export type GetEventParams = OperationParams["getEvent"];
/** What `events.get` resolves to. */
export type GetEventResult = OperationResults["getEvent"];
/** The params of `phoneNumbers.lookup`. */
export type LookupPhoneNumberParams = OperationParams["lookupPhoneNumber"];
/** What `phoneNumbers.lookup` resolves to. */
export type LookupPhoneNumberResult = OperationResults["lookupPhoneNumber"];
export type LookupPhoneNumberQuery = NonNullable<operations["lookupPhoneNumber"]["parameters"]["query"]>;
/** The params of `phoneNumbers.lookupWithPost`. */
export type LookupPhoneNumberPostParams = OperationParams["lookupPhoneNumberPost"];
/** What `phoneNumbers.lookupWithPost` resolves to. */
export type LookupPhoneNumberPostResult = OperationResults["lookupPhoneNumberPost"];
/** The params of `phoneNumbers.batchLookup`. */
export type BatchLookupPhoneNumbersParams = OperationParams["batchLookupPhoneNumbers"];
/** What `phoneNumbers.batchLookup` resolves to. */
export type BatchLookupPhoneNumbersResult = OperationResults["batchLookupPhoneNumbers"];
