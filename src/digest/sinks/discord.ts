/**
 * Discord delivery over discord.js REST: `POST /channels/{id}/messages` with the Discord adapter's embed
 * renderer (one embed per message, within the 6000-character embed limit), `allowed_mentions: {parse: []}` so
 * that no article can ping anyone, and `nonce` + `enforce_nonce` derived from (schedule, period, part): Discord
 * answers a repeated nonce (within its dedupe window, a few minutes) with the message already created, so a
 * resend after a crash or a lost 5xx answer does not post twice. Per-route 429 buckets are handled by
 * @discordjs/rest (it waits and retries); 5xx is left to the delivery loop's backoff (`retries: 0`).
 */
import { createHash } from "node:crypto";
import { DiscordAPIError, HTTPError, REST, Routes, type APIEmbed } from "discord.js";
import type { Reply } from "../../core/reply.ts";
import type { Translator } from "../../i18n/index.ts";
import { renderPages } from "../../adapters/discord/render.ts";
import { DeliveryError, type DigestSink, type DigestTarget } from "../types.ts";

export interface DiscordSinkOptions {
  t: Translator;
  /** A configured REST client; else one is made from token and apiUrl. */
  rest?: REST;
  token?: string;
  /** REST base (DISCORD_API_URL), e.g. https://discord.com/api. */
  apiUrl?: string;
}

/** Discord nonces are at most 25 characters. */
export function nonceFor(key: string): string {
  return BigInt(`0x${createHash("sha256").update(key).digest("hex").slice(0, 30)}`).toString(36).slice(0, 25);
}

export function classifyDiscordError(err: unknown): DeliveryError {
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    const reason = `Discord ${err.status}: ${err.message}`;
    return new DeliveryError(err.status >= 500 ? "transient" : "permanent", reason);
  }
  return new DeliveryError("transient", err instanceof Error ? err.message : String(err));
}

export function createDiscordSink(opts: DiscordSinkOptions): DigestSink<APIEmbed> {
  const rest = opts.rest ?? (opts.token ? new REST({ version: "10", retries: 0, ...(opts.apiUrl ? { api: opts.apiUrl } : {}) }).setToken(opts.token) : undefined);
  if (!rest) throw new Error("createDiscordSink needs a REST client or a token (DISCORD_TOKEN)");
  return {
    platform: "discord",
    render: (reply: Reply) => renderPages(reply, opts.t),
    async send(target: DigestTarget, embed: APIEmbed, key: string): Promise<void> {
      try {
        await rest.post(Routes.channelMessages(target.chatId), {
          body: { embeds: [embed], allowed_mentions: { parse: [] }, nonce: nonceFor(key), enforce_nonce: true },
        });
      } catch (err) {
        throw classifyDiscordError(err);
      }
    },
  };
}
