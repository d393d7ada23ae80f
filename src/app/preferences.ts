/** Language preferences per user and per chat, in the store's "prefs" namespace. */
import type { Preferences } from "../../commands/types.ts";
import type { Lang } from "../core/types.ts";
import type { Store } from "../store/index.ts";

export function createPreferences(store: Store): Preferences {
  const kv = store.ns("prefs");
  const read = async (key: string): Promise<Lang | undefined> => {
    const v: unknown = await kv.get(key);
    return v === "ar" || v === "en" ? v : undefined;
  };
  return {
    userLang: (userId) => read(`user:${userId}`),
    chatLang: (chatId) => read(`chat:${chatId}`),
    async set(scope, id, lang) {
      const key = `${scope}:${id}`;
      if (lang === null) await kv.delete(key);
      else await kv.set(key, lang);
    },
  };
}
