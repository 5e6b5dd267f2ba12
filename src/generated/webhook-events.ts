// STUB until the generator writes it.

interface StubEnvelope<Type extends string> {
  id: string;
  type: Type;
  /** Epoch milliseconds. */
  created_at: number;
  organization_id: string;
  data: Record<string, unknown>;
}

export type MessageReceivedEvent = StubEnvelope<"message.received">;
export type MessageQueuedEvent = StubEnvelope<"message.queued">;
export type MessagePendingEvent = StubEnvelope<"message.pending">;
export type MessageSentEvent = StubEnvelope<"message.sent">;
export type MessageDeliveredEvent = StubEnvelope<"message.delivered">;
export type MessageFailedEvent = StubEnvelope<"message.failed">;
export type MessageReadEvent = StubEnvelope<"message.read">;
export type MessageReactionEvent = StubEnvelope<"message.reaction">;
export type PollCreatedEvent = StubEnvelope<"poll.created">;
export type PollReceivedEvent = StubEnvelope<"poll.received">;
export type PollVotedEvent = StubEnvelope<"poll.voted">;
export type GroupNameChangedEvent = StubEnvelope<"group.name_changed">;
export type GroupIconChangedEvent = StubEnvelope<"group.icon_changed">;
export type ContactSharedEvent = StubEnvelope<"contact.shared">;
export type ContactMergedEvent = StubEnvelope<"contact.merged">;
export type TypingStartedEvent = StubEnvelope<"typing.started">;
export type TypingStoppedEvent = StubEnvelope<"typing.stopped">;

/** An event of a type the spec lists, discriminated by `type`. */
export type KnownWebhookEvent =
  | MessageReceivedEvent
  | MessageQueuedEvent
  | MessagePendingEvent
  | MessageSentEvent
  | MessageDeliveredEvent
  | MessageFailedEvent
  | MessageReadEvent
  | MessageReactionEvent
  | PollCreatedEvent
  | PollReceivedEvent
  | PollVotedEvent
  | GroupNameChangedEvent
  | GroupIconChangedEvent
  | ContactSharedEvent
  | ContactMergedEvent
  | TypingStartedEvent
  | TypingStoppedEvent;

/** An event of a type this build's spec does not list (Blooio added it later): the envelope, `data` unread. */
export interface UnknownWebhookEvent {
  id: string;
  type: string;
  created_at: number;
  organization_id: string;
  data: unknown;
}

export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;
