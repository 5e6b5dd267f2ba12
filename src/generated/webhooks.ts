// STUB until the generator writes it.
export const webhookSignature = {
  header: "x-blooio-signature",
  timestampKey: "t",
  signatureKey: "v1",
  hash: "SHA-256",
  encoding: "hex",
  signedPayload: "{timestamp}.{body}",
  toleranceSec: 300,
  headers: { event: "x-blooio-event", replay: "x-blooio-replay", originalEventId: "x-original-event-id" },
} as const;

export const webhookEventTypes = [
  "message.received",
  "message.queued",
  "message.pending",
  "message.sent",
  "message.delivered",
  "message.failed",
  "message.read",
  "message.reaction",
  "poll.created",
  "poll.received",
  "poll.voted",
  "group.name_changed",
  "group.icon_changed",
  "contact.shared",
  "contact.merged",
  "typing.started",
  "typing.stopped",
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Each known event type's envelope validator, loaded on first use (Ajv standalone: a function with `.errors`). */
export const webhookValidators: Record<
  string,
  () => Promise<{ validateEvent: ((data: unknown) => boolean) & { errors?: unknown[] | null } }>
> = {};

const envelope = (n: number, type: WebhookEventType, data: Record<string, unknown>) => ({
  id: `evt_stub${String(n).padStart(4, "0")}`,
  type,
  created_at: 1_735_324_800_000 + n * 1000,
  organization_id: "org_stub0001",
  data,
});

const message = { message_id: "msg_stub0001", chat_id: "chat_a1b2c3d4", channel_type: "blooio" };

/** Per event type, the spec's example envelope (for signed test deliveries). Loaded lazily by who needs it. */
export const webhookExamples: () => Promise<Record<string, unknown>> = async () => ({
  "message.received": envelope(1, "message.received", { ...message, direction: "inbound", text: "Hello from the stub" }),
  "message.queued": envelope(2, "message.queued", { ...message, direction: "outbound", status: "queued" }),
  "message.pending": envelope(3, "message.pending", { ...message, direction: "outbound", status: "pending" }),
  "message.sent": envelope(4, "message.sent", { ...message, direction: "outbound", status: "sent" }),
  "message.delivered": envelope(5, "message.delivered", { ...message, direction: "outbound", status: "delivered" }),
  "message.failed": envelope(6, "message.failed", { ...message, status: "failed", error: { code: "unreachable", message: "Recipient unreachable" } }),
  "message.read": envelope(7, "message.read", { ...message, read_at: 1_735_324_900_000 }),
  "message.reaction": envelope(8, "message.reaction", { ...message, reaction: "love", action: "added" }),
  "poll.created": envelope(9, "poll.created", { poll_id: "poll_stub0001", chat_id: "chat_a1b2c3d4", question: "Lunch?", options: ["Yes", "No"] }),
  "poll.received": envelope(10, "poll.received", { poll_id: "poll_stub0002", chat_id: "chat_a1b2c3d4", question: "Dinner?", options: ["7pm", "8pm"] }),
  "poll.voted": envelope(11, "poll.voted", { poll_id: "poll_stub0001", chat_id: "chat_a1b2c3d4", option: "Yes", voter: "ct_stub0001" }),
  "group.name_changed": envelope(12, "group.name_changed", { group_id: "grp_stub0001", name: "Weekend plans" }),
  "group.icon_changed": envelope(13, "group.icon_changed", { group_id: "grp_stub0001", icon_url: "https://example.com/icon.png" }),
  "contact.shared": envelope(14, "contact.shared", { chat_id: "chat_a1b2c3d4", contact: { name: "Ada", phone: "+15555550100" } }),
  "contact.merged": envelope(15, "contact.merged", { contact_id: "ct_stub0001", merged_contact_id: "ct_stub0002" }),
  "typing.started": envelope(16, "typing.started", { chat_id: "chat_a1b2c3d4", contact_id: "ct_stub0001" }),
  "typing.stopped": envelope(17, "typing.stopped", { chat_id: "chat_a1b2c3d4", contact_id: "ct_stub0001" }),
});
