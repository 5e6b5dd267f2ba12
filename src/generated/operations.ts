// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

/** One row per operation of the spec: what the client needs to call it. Data only; see scripts/generate/operations.ts. */
export const operations = {
  listChats: {"method":"GET","path":"/chats","resource":"chats","name":"list","parameters":[{"name":"type","in":"query","filter":"channel_type"},{"name":"state","in":"query","filter":"state"},{"name":"channel_id","in":"query","filter":"channel_id"},{"name":"contact_id","in":"query","filter":"contact_id"},{"name":"limit","in":"query"},{"name":"cursor","in":"query"}],"body":null,"success":[200],"cursorList":true,"partition":{"parameter":"type","values":["blooio","twilio","whatsapp","whatsapp_business","rcs_business","amb"]},"idempotencyKey":false},
} as const;
