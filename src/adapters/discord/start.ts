/**
 * Wiring: the discord.js Client, its listeners and the error boundary. Parsing (parse.ts), rendering
 * (render.ts, components.ts) and the per-interaction work (handlers.ts) live elsewhere; this file only
 * connects them. Slash commands are registered by deploy.ts, not at every start.
 */
import { Client, Events, GatewayIntentBits, Options, Partials, Routes, type Interaction } from "discord.js";
import type { Logger } from "pino";
import type { App } from "../../app/dispatch.ts";
import type { Reply } from "../../core/reply.ts";
import type { Store } from "../../store/index.ts";
import { createReplyCache, type ReplyCache } from "../shared/reply-cache.ts";
import { errorInfo, guarded } from "./boundary.ts";
import { handleAutocomplete, handleButton, handleCommand, messageLang, NO_MENTIONS, pageMessage } from "./handlers.ts";
import { hintLang, toInvocation } from "./parse.ts";
import { separateInteractionRequests } from "./interaction-rest.ts";

/** Discord's REST base; `{api}/v10/...` is called (PLATFORMS.md). */
export const DISCORD_API_URL = "https://discord.com/api";

export interface DiscordOptions {
  token: string;
  applicationId: string;
  /** REST base (DISCORD_API_URL); the gateway URL comes from GET {api}/v10/gateway/bot. */
  apiUrl?: string;
  app: App;
  logger: Logger;
  /**
   * Where paged replies wait for their buttons: the store's "pages" namespace, so that another shard or
   * instance, or this one after a restart, serves a press; a memory LRU in front. Memory only without it.
   */
  store?: Pick<Store, "ns">;
  /** A ready-made paging cache (overrides `store`). */
  cache?: ReplyCache;
}

export interface DiscordAdapter {
  client: Client;
  /**
   * Posts a reply to a channel (digests): its first page, with paging buttons when longer, no pings.
   * Returns the message id. Needs the bot's Send Messages permission in that channel.
   */
  post(channelId: string, reply: Reply): Promise<string>;
  stop(): Promise<void>;
}

/** Logs in, waits for READY, answers interactions until `stop()`. */
export async function startDiscord(opts: DiscordOptions): Promise<DiscordAdapter> {
  const { app, logger } = opts;
  const cache = opts.cache ?? createReplyCache({
    ...(opts.store ? { store: opts.store } : {}),
    onError: (err, op) => logger.warn({ op, err: errorInfo(err) }, "paging store failed; paging falls back to this instance's memory"),
  });
  const deps = { app, cache };
  const client = new Client({
    // Slash commands need no privileged intent; DirectMessages and the Channel partial make DMs work.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    // Every interaction carries its user, member and (for a button) message, and nothing here reads them from the
    // cache: cached, every person who ever asked would stay in memory for as long as the bot runs. Guilds,
    // channels and roles stay cached (the Guilds intent keeps them current; channel permissions need them).
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
      ReactionManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      ThreadMemberManager: 0,
    }),
    allowedMentions: NO_MENTIONS,
    rest: { api: opts.apiUrl ?? DISCORD_API_URL },
  });

  separateInteractionRequests(client.rest, { api: opts.apiUrl ?? DISCORD_API_URL, token: opts.token });

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    void onInteraction(interaction);
  });
  client.on(Events.Error, (err) => logger.error({ err: errorInfo(err) }, "discord client error"));
  client.on(Events.ShardError, (err, shardId) => logger.warn({ shardId, err: errorInfo(err) }, "discord gateway error"));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "discord gateway resumed"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord warning"));

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      const lang = hintLang(toInvocation(interaction));
      logger.debug({ interactionId: interaction.id, command: interaction.commandName }, "slash command");
      await guarded(interaction, lang, app.t, logger, () => handleCommand(interaction, deps));
    } else if (interaction.isAutocomplete()) {
      await guarded(interaction, "en", app.t, logger, () => handleAutocomplete(interaction, deps));
    } else if (interaction.isButton()) {
      await guarded(interaction, messageLang(interaction), app.t, logger, () => handleButton(interaction, deps));
    }
  }

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(opts.token);
    await ready;
  } catch (err) {
    await client.destroy();
    // discord.js's own message ("An invalid token was provided.") names the problem; the token stays out.
    throw new Error(`Discord login failed: ${err instanceof Error ? err.message : String(err)} (check DISCORD_TOKEN and DISCORD_API_URL)`);
  }
  logger.info({ applicationId: opts.applicationId, user: client.user?.tag }, "discord ready");

  return {
    client,
    async post(channelId, reply) {
      const { embeds, components } = await pageMessage(reply, 0, deps);
      // Plain REST rather than channel.send(): a channel need not be cached (nor fetched) to post to it.
      const body = { embeds, components, allowed_mentions: { parse: [] } };
      const message = (await client.rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
      return message.id;
    },
    async stop() {
      await client.destroy();
    },
  };
}
