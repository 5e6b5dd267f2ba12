// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

import type { webhooks } from "./v4.js";

/** Each event type the spec describes, and the delivery body it comes with. */
export interface WebhookEvents {
  "message.received": webhooks["message.received"]["post"]["requestBody"]["content"]["application/json"];
  "message.queued": webhooks["message.queued"]["post"]["requestBody"]["content"]["application/json"];
  "message.pending": webhooks["message.pending"]["post"]["requestBody"]["content"]["application/json"];
  "message.sent": webhooks["message.sent"]["post"]["requestBody"]["content"]["application/json"];
  "message.delivered": webhooks["message.delivered"]["post"]["requestBody"]["content"]["application/json"];
  "message.failed": webhooks["message.failed"]["post"]["requestBody"]["content"]["application/json"];
  "message.read": webhooks["message.read"]["post"]["requestBody"]["content"]["application/json"];
  "message.reaction": webhooks["message.reaction"]["post"]["requestBody"]["content"]["application/json"];
  "poll.created": webhooks["poll.created"]["post"]["requestBody"]["content"]["application/json"];
  "poll.received": webhooks["poll.received"]["post"]["requestBody"]["content"]["application/json"];
  "poll.voted": webhooks["poll.voted"]["post"]["requestBody"]["content"]["application/json"];
  "group.name_changed": webhooks["group.name_changed"]["post"]["requestBody"]["content"]["application/json"];
  "group.icon_changed": webhooks["group.icon_changed"]["post"]["requestBody"]["content"]["application/json"];
  "contact.shared": webhooks["contact.shared"]["post"]["requestBody"]["content"]["application/json"];
  "contact.merged": webhooks["contact.merged"]["post"]["requestBody"]["content"]["application/json"];
  "typing.started": webhooks["typing.started"]["post"]["requestBody"]["content"]["application/json"];
  "typing.stopped": webhooks["typing.stopped"]["post"]["requestBody"]["content"]["application/json"];
}

/**
 * A message arrived
 *
 * Someone wrote to you: an inbound message landed in one of your chats. `data` is the message, with `direction: inbound`. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `message.received` delivery.
 */
export type MessageReceivedEvent = WebhookEvents["message.received"];

/**
 * A sent message was accepted
 *
 * Blooio accepted a message you sent and is about to dispatch it. Usually the first event of an outbound message. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `message.queued` delivery.
 */
export type MessageQueuedEvent = WebhookEvents["message.queued"];

/**
 * A sent message is on its way
 *
 * A message you sent has been dispatched, but the transport it travels on (iMessage, SMS, RCS) is not known yet. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `message.pending` delivery.
 */
export type MessagePendingEvent = WebhookEvents["message.pending"];

/**
 * A sent message reached its channel
 *
 * A message you sent was handed to its channel; `data.protocol` now says which transport carries it. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `message.sent` delivery.
 */
export type MessageSentEvent = WebhookEvents["message.sent"];

/**
 * A sent message was delivered
 *
 * A delivery receipt arrived: the message reached the recipient's device. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `message.delivered` delivery.
 */
export type MessageDeliveredEvent = WebhookEvents["message.delivered"];

/**
 * A sent message failed
 *
 * A message you sent could not be delivered; `data.error` carries the reason. A fallback to another channel may be worth a try. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `message.failed` delivery.
 */
export type MessageFailedEvent = WebhookEvents["message.failed"];

/**
 * A sent message was read
 *
 * A read receipt arrived: the recipient opened the message. Only channels that report reads send it. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `message.read` delivery.
 */
export type MessageReadEvent = WebhookEvents["message.read"];

/**
 * A reaction was added or removed
 *
 * Someone put a tapback on a message, or took one off. Blooio does not publish the fields of this payload; expect the message and the reaction. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `message.reaction` delivery.
 */
export type MessageReactionEvent = WebhookEvents["message.reaction"];

/**
 * A poll was sent
 *
 * A poll went out into a chat, from you or from the other side. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `poll.created` delivery.
 */
export type PollCreatedEvent = WebhookEvents["poll.created"];

/**
 * A poll arrived
 *
 * The other side of a chat sent a poll. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `poll.received` delivery.
 */
export type PollReceivedEvent = WebhookEvents["poll.received"];

/**
 * A poll vote changed
 *
 * Someone voted in a poll, or withdrew a vote. Blooio does not publish the fields of this payload; expect the poll and the option. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `poll.voted` delivery.
 */
export type PollVotedEvent = WebhookEvents["poll.voted"];

/**
 * A group was renamed
 *
 * A group chat got a new name. `data` is the group as it now stands. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `group.name_changed` delivery.
 */
export type GroupNameChangedEvent = WebhookEvents["group.name_changed"];

/**
 * A group icon changed
 *
 * A group chat's icon was set or removed. `data` is the group as it now stands. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `group.icon_changed` delivery.
 */
export type GroupIconChangedEvent = WebhookEvents["group.icon_changed"];

/**
 * A contact card was shared
 *
 * A contact card was shared into one of your chats. Blooio does not publish the fields of this payload. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `contact.shared` delivery.
 */
export type ContactSharedEvent = WebhookEvents["contact.shared"];

/**
 * Two contacts were merged
 *
 * Two contacts were folded into one, for example by `contacts.merge`; the absorbed one is kept as a tombstone. Blooio does not publish the fields of this payload. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `contact.merged` delivery.
 */
export type ContactMergedEvent = WebhookEvents["contact.merged"];

/**
 * Someone started typing
 *
 * The other side of a chat began typing. Only Blooio channels report it. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `typing.started` delivery.
 */
export type TypingStartedEvent = WebhookEvents["typing.started"];

/**
 * Someone stopped typing
 *
 * The other side of a chat stopped typing. Only Blooio channels report it. Delivered as a signed POST to every subscription whose `event_types` match.
 *
 * A `typing.stopped` delivery.
 */
export type TypingStoppedEvent = WebhookEvents["typing.stopped"];

/** An event of a type the spec describes, told apart by `type`. */
export type KnownWebhookEvent = WebhookEvents[keyof WebhookEvents];

/** An event of a type this build's spec does not describe (the beta adds types): its envelope, `data` unread. */
export interface UnknownWebhookEvent {
  id: string;
  type: string;
  created_at: number;
  organization_id?: string;
  data: unknown;
}

/** What a verified delivery is: a known event, or one of a type the spec does not describe yet. */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;
