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
     * TODO
     *
     * `GET /me` (operationId `getMe`).
     */
    get: "getMe";
    /**
     * TODO
     *
     * `GET /me/priority` (operationId `getMyDefaultPriority`).
     */
    getDefaultPriority: "getMyDefaultPriority";
    /**
     * TODO
     *
     * `GET /me/numbers` (operationId `listNumbers`).
     */
    listNumbers: "listNumbers";
    /**
     * TODO
     *
     * `GET /me/numbers/{number}/contact-card` (operationId `getContactCard`).
     */
    getContactCard: "getContactCard";
    /**
     * TODO
     *
     * `PUT /me/numbers/{number}/contact-card` (operationId `updateContactCard`).
     */
    updateContactCard: "updateContactCard";
    /**
     * TODO
     *
     * `POST /me/numbers/{number}/contact-card/avatar` (operationId `uploadContactCardAvatar`).
     * The request body (`multipart/form-data`) goes in `params.body`.
     */
    uploadContactCardAvatar: "uploadContactCardAvatar";
    /**
     * TODO
     *
     * `POST /me/numbers/{number}/call-forwarding` (operationId `requestCallForwarding`).
     */
    requestCallForwarding: "requestCallForwarding";
  };
  location: {
    /**
     * TODO
     *
     * `GET /location/contacts` (operationId `listLocationContacts`).
     */
    listContacts: "listLocationContacts";
    /**
     * TODO
     *
     * `GET /location/contacts/refresh` (operationId `refreshLocationContactsGet`).
     */
    refreshContactsWithGet: "refreshLocationContactsGet";
    /**
     * TODO
     *
     * `POST /location/contacts/refresh` (operationId `refreshLocationContacts`).
     */
    refreshContacts: "refreshLocationContacts";
    /**
     * TODO
     *
     * `GET /location/contacts/{handle}` (operationId `getLocationContact`).
     */
    getContact: "getLocationContact";
  };
  channels: {
    /**
     * TODO
     *
     * `GET /channels` (operationId `listChannels`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listChannels";
    /**
     * TODO
     *
     * `GET /channels/{channelId}` (operationId `getChannel`).
     */
    get: "getChannel";
    /**
     * TODO
     *
     * `GET /channels/{channelId}/capabilities` (operationId `getChannelCapabilities`).
     */
    getCapabilities: "getChannelCapabilities";
    /**
     * TODO
     *
     * `PUT /channels/{channelId}/profile` (operationId `updateChannelProfile`).
     * The request body (`application/json`) goes in `params.body`.
     */
    updateProfile: "updateChannelProfile";
    /**
     * TODO
     *
     * `POST /channels/{channelId}/messages` (operationId `sendMessageToChannel`).
     * Sends one `Idempotency-Key` per call (the same on every retry), so a retry cannot apply it twice.
     */
    sendMessage: "sendMessageToChannel";
  };
  priorities: {
    /**
     * TODO
     *
     * `GET /priorities` (operationId `listPriorities`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listPriorities";
    /**
     * TODO
     *
     * `POST /priorities` (operationId `createPriority`).
     */
    create: "createPriority";
    /**
     * TODO
     *
     * `GET /priorities/{priorityId}` (operationId `getPriority`).
     */
    get: "getPriority";
    /**
     * TODO
     *
     * `DELETE /priorities/{priorityId}` (operationId `deletePriority`).
     */
    delete: "deletePriority";
    /**
     * TODO
     *
     * `PATCH /priorities/{priorityId}` (operationId `updatePriority`).
     */
    update: "updatePriority";
  };
  contacts: {
    /**
     * TODO
     *
     * `GET /contacts` (operationId `listContacts`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listContacts";
    /**
     * TODO
     *
     * `POST /contacts` (operationId `createContact`).
     */
    create: "createContact";
    /**
     * TODO
     *
     * `GET /contacts/{contactId}` (operationId `getContact`).
     */
    get: "getContact";
    /**
     * TODO
     *
     * `DELETE /contacts/{contactId}` (operationId `deleteContact`).
     */
    delete: "deleteContact";
    /**
     * TODO
     *
     * `PATCH /contacts/{contactId}` (operationId `updateContact`).
     */
    update: "updateContact";
    /**
     * TODO
     *
     * `POST /contacts/{contactId}/merge` (operationId `mergeContact`).
     */
    merge: "mergeContact";
    /**
     * TODO
     *
     * `GET /contacts/{contactId}/identities` (operationId `listContactIdentities`).
     */
    listIdentities: "listContactIdentities";
    /**
     * TODO
     *
     * `POST /contacts/{contactId}/identities` (operationId `attachContactIdentity`).
     */
    attachIdentity: "attachContactIdentity";
    /**
     * TODO
     *
     * `DELETE /contacts/{contactId}/identities/{identityId}` (operationId `detachContactIdentity`).
     */
    detachIdentity: "detachContactIdentity";
    /**
     * TODO
     *
     * `PATCH /contacts/{contactId}/identities/{identityId}` (operationId `updateContactIdentity`).
     */
    updateIdentity: "updateContactIdentity";
    /**
     * TODO
     *
     * `GET /contacts/{contactId}/capabilities` (operationId `getContactCapabilities`).
     */
    getCapabilities: "getContactCapabilities";
    /**
     * TODO
     *
     * `GET /contacts/{contactId}/timeline` (operationId `getContactTimeline`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    getTimeline: "getContactTimeline";
    /**
     * TODO
     *
     * `GET /contacts/{contactId}/tags` (operationId `listContactTags`).
     */
    listTags: "listContactTags";
    /**
     * TODO
     *
     * `POST /contacts/{contactId}/tags` (operationId `addContactTags`).
     */
    addTags: "addContactTags";
    /**
     * TODO
     *
     * `DELETE /contacts/{contactId}/tags/{tag}` (operationId `removeContactTag`).
     */
    removeTag: "removeContactTag";
  };
  groups: {
    /**
     * TODO
     *
     * `GET /groups` (operationId `listGroups`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listGroups";
    /**
     * TODO
     *
     * `POST /groups` (operationId `createGroup`).
     */
    create: "createGroup";
    /**
     * TODO
     *
     * `GET /groups/{groupId}` (operationId `getGroup`).
     */
    get: "getGroup";
    /**
     * TODO
     *
     * `DELETE /groups/{groupId}` (operationId `deleteGroup`).
     */
    delete: "deleteGroup";
    /**
     * TODO
     *
     * `PATCH /groups/{groupId}` (operationId `updateGroup`).
     */
    update: "updateGroup";
    /**
     * TODO
     *
     * `GET /groups/{groupId}/members` (operationId `listGroupMembers`).
     */
    listMembers: "listGroupMembers";
    /**
     * TODO
     *
     * `POST /groups/{groupId}/icon` (operationId `setGroupIcon`).
     * The request body (`multipart/form-data`) goes in `params.body`.
     */
    setIcon: "setGroupIcon";
    /**
     * TODO
     *
     * `DELETE /groups/{groupId}/icon` (operationId `removeGroupIcon`).
     */
    removeIcon: "removeGroupIcon";
  };
  chats: {
    /**
     * TODO
     *
     * `GET /chats` (operationId `listChats`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listChats";
    /**
     * TODO
     *
     * `POST /chats` (operationId `createChat`).
     */
    create: "createChat";
    /**
     * TODO
     *
     * `GET /chats/{chatId}` (operationId `getChat`).
     */
    get: "getChat";
    /**
     * TODO
     *
     * `PATCH /chats/{chatId}` (operationId `updateChat`).
     */
    update: "updateChat";
    /**
     * TODO
     *
     * `POST /chats/{chatId}/typing` (operationId `setTyping`).
     */
    setTyping: "setTyping";
    /**
     * TODO
     *
     * `DELETE /chats/{chatId}/typing` (operationId `stopTyping`).
     */
    stopTyping: "stopTyping";
    /**
     * TODO
     *
     * `POST /chats/{chatId}/read` (operationId `markChatRead`).
     */
    markRead: "markChatRead";
    /**
     * TODO
     *
     * `POST /chats/{chatId}/contact-card` (operationId `shareContactCard`).
     */
    shareContactCard: "shareContactCard";
    /**
     * TODO
     *
     * `GET /chats/{chatId}/background` (operationId `getChatBackground`).
     */
    getBackground: "getChatBackground";
    /**
     * TODO
     *
     * `PUT /chats/{chatId}/background` (operationId `setChatBackground`).
     * The request body (`multipart/form-data`) goes in `params.body`.
     */
    setBackground: "setChatBackground";
    /**
     * TODO
     *
     * `DELETE /chats/{chatId}/background` (operationId `removeChatBackground`).
     */
    removeBackground: "removeChatBackground";
  };
  polls: {
    /**
     * TODO
     *
     * `POST /chats/{chatId}/polls` (operationId `sendPoll`).
     */
    send: "sendPoll";
    /**
     * TODO
     *
     * `POST /chats/{chatId}/polls/{pollId}/vote` (operationId `votePoll`).
     */
    vote: "votePoll";
    /**
     * TODO
     *
     * `GET /chats/{chatId}/polls/{pollId}` (operationId `getPollResults`).
     */
    getResults: "getPollResults";
  };
  messages: {
    /**
     * TODO
     *
     * `GET /chats/{chatId}/messages` (operationId `listChatMessages`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listChatMessages";
    /**
     * TODO
     *
     * `POST /chats/{chatId}/messages` (operationId `sendMessageToChat`).
     * Sends one `Idempotency-Key` per call (the same on every retry), so a retry cannot apply it twice.
     */
    sendToChat: "sendMessageToChat";
    /**
     * TODO
     *
     * `POST /messages` (operationId `sendMessage`).
     * Sends one `Idempotency-Key` per call (the same on every retry), so a retry cannot apply it twice.
     */
    send: "sendMessage";
    /**
     * TODO
     *
     * `GET /chats/{chatId}/messages/{messageId}` (operationId `getChatMessage`).
     */
    get: "getChatMessage";
    /**
     * TODO
     *
     * `GET /chats/{chatId}/messages/{messageId}/status` (operationId `getMessageStatus`).
     */
    getStatus: "getMessageStatus";
    /**
     * TODO
     *
     * `GET /chats/{chatId}/messages/{messageId}/events` (operationId `listMessageEvents`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    listEvents: "listMessageEvents";
    /**
     * TODO
     *
     * `POST /chats/{chatId}/messages/{messageId}/reactions` (operationId `addReaction`).
     */
    addReaction: "addReaction";
  };
  webhooks: {
    /**
     * TODO
     *
     * `GET /webhooks` (operationId `listWebhooks`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listWebhooks";
    /**
     * TODO
     *
     * `POST /webhooks` (operationId `createWebhook`).
     */
    create: "createWebhook";
    /**
     * TODO
     *
     * `GET /webhooks/{webhookId}` (operationId `getWebhook`).
     */
    get: "getWebhook";
    /**
     * TODO
     *
     * `DELETE /webhooks/{webhookId}` (operationId `deleteWebhook`).
     */
    delete: "deleteWebhook";
    /**
     * TODO
     *
     * `PATCH /webhooks/{webhookId}` (operationId `updateWebhook`).
     */
    update: "updateWebhook";
    /**
     * TODO
     *
     * `POST /webhooks/{webhookId}/secret/rotate` (operationId `rotateWebhookSecret`).
     */
    rotateSecret: "rotateWebhookSecret";
    /**
     * TODO
     *
     * `GET /webhooks/{webhookId}/deliveries` (operationId `listWebhookDeliveries`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    listDeliveries: "listWebhookDeliveries";
    /**
     * TODO
     *
     * `POST /webhooks/{webhookId}/deliveries/{deliveryId}/replay` (operationId `replayWebhookDelivery`).
     */
    replayDelivery: "replayWebhookDelivery";
  };
  events: {
    /**
     * TODO
     *
     * `GET /events` (operationId `listEvents`).
     * Await it for the first page; iterate it (`for await`) for every item, following `next_cursor`; `.pages()` for page by page.
     */
    list: "listEvents";
    /**
     * TODO
     *
     * `GET /events/{eventId}` (operationId `getEvent`).
     */
    get: "getEvent";
  };
  phoneNumbers: {
    /**
     * TODO
     *
     * `GET /phone-numbers/lookup` (operationId `lookupPhoneNumber`).
     */
    lookup: "lookupPhoneNumber";
    /**
     * TODO
     *
     * `POST /phone-numbers/lookup` (operationId `lookupPhoneNumberPost`).
     */
    lookupWithPost: "lookupPhoneNumberPost";
    /**
     * TODO
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
