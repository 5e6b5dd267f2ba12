// The app: copies every chat of an account into a store, page by page, and keeps a checkpoint so a failed run
// resumes where it stopped (the cursor every blooio-v4 error carries) instead of starting over.
import { BlooioError, type BlooioClient, type Chat } from "blooio-v4";

export interface Store {
  chats: Map<string, Chat>;
  /** Where the next run starts: undefined for the beginning. */
  checkpoint: string | undefined;
}

export type SyncResult = { done: true; saved: number } | { done: false; saved: number; error: BlooioError };

export async function syncChats(client: BlooioClient, store: Store): Promise<SyncResult> {
  let saved = 0;
  try {
    for await (const chat of client.chats.listAll({ limit: 50, cursor: store.checkpoint })) {
      store.chats.set(chat.id!, chat);
      saved++;
    }
    store.checkpoint = undefined;
    return { done: true, saved };
  } catch (error) {
    if (!(error instanceof BlooioError)) throw error;
    store.checkpoint = error.cursor ?? store.checkpoint;
    return { done: false, saved, error };
  }
}
