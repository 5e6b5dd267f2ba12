// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

/** What the testing kit's mock answers from, per operation. Data only; see scripts/generate/mock-data.ts. */
export interface MockOperationData {
  /** The spec asks for a key (a bearer token). */
  readonly secured: boolean;
  /** A cursor list's `limit`: its default and maximum. */
  readonly limit: { readonly default?: number; readonly maximum?: number } | null;
  /** Each documented JSON response by status: its schema (refs to `#/components/schemas/`) and first example. */
  readonly responses: Readonly<Record<string, { readonly schema?: unknown; readonly example?: unknown }>>;
}

export const mockOperations: Readonly<Record<string, MockOperationData>> = {
  listChats: {"secured":true,"limit":{"default":50,"maximum":200},"responses":{"200":{"schema":{"$ref":"#/components/schemas/ChatPage"},"example":{"data":[{"id":"chat_a1b2c3d4","channel_id":"ch_a1b2c3d4","channel_type":"blooio","contact_id":"ct_a1b2c3d4","identity_id":"idn_a1b2c3d4","group_id":null,"state":"open","capabilities":{},"window_expires_at":null,"last_message_at":1764000300,"created_at":1763990000},{"id":"chat_e5f6a7b8","channel_id":"ch_e5f6a7b8","channel_type":"whatsapp","contact_id":"ct_e5f6a7b8","identity_id":null,"group_id":null,"state":"open","capabilities":{},"window_expires_at":1764086400,"last_message_at":1764000200,"created_at":1763980000}],"has_more":true,"next_cursor":"cur_page2"}},"400":{"schema":{"$ref":"#/components/schemas/Error"}},"401":{"schema":{"$ref":"#/components/schemas/Error"}}}},
};

/** The spec's component schemas, descriptions and examples kept. */
export const schemas: Readonly<Record<string, unknown>> = {"ChannelType":{"type":"string","description":"The kind of channel a chat runs on.","enum":["blooio","twilio","whatsapp","whatsapp_business","rcs_business","amb"]},"ChatState":{"type":"string","description":"The state of a chat.","enum":["open","closed","blocked","deprecated"]},"Chat":{"type":"object","description":"A conversation on one channel.","properties":{"id":{"type":"string","description":"Chat id (chat_...)."},"channel_id":{"type":"string"},"channel_type":{"$ref":"#/components/schemas/ChannelType"},"contact_id":{"type":["string","null"]},"identity_id":{"type":["string","null"]},"group_id":{"type":["string","null"]},"state":{"$ref":"#/components/schemas/ChatState"},"capabilities":{"type":"object","description":"What the chat supports. The docs leave its keys open.","additionalProperties":true},"window_expires_at":{"type":["integer","null"]},"last_message_at":{"type":["integer","null"]},"created_at":{"type":"integer"}}},"ChatPage":{"type":"object","description":"One page of a cursor-paginated chat listing.","properties":{"data":{"type":"array","description":"Array of Chat","items":{"$ref":"#/components/schemas/Chat"}},"has_more":{"type":"boolean"},"next_cursor":{"type":["string","null"]}}},"Error":{"type":"object","description":"An error body. The docs do not publish its shape, so any JSON object is accepted.","additionalProperties":true}};
