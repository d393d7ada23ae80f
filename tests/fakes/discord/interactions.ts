/**
 * Builds and dispatches INTERACTION_CREATE payloads with every field PLATFORMS.md lists (version, locale,
 * entitlements, authorizing_integration_owners, context...; without the last three discord.js never runs
 * the handler): slash commands in a guild (with `member`) or a DM (with `user`), autocomplete (type 4,
 * one option `focused`) and button clicks (type 3, `data.custom_id`, the clicked `message`).
 */
import type { FakeDiscord, FakeMessage } from "./server.ts";

/** What a test holds on to after dispatching an interaction. */
export interface SentInteraction {
  id: string;
  token: string;
  channelId: string;
  /** For a button: the token of the interaction whose message was clicked. */
  messageOf?: string;
}

export interface Where {
  /** A DM instead of the guild channel. */
  dm?: boolean;
  /** Member permission bits (guild only); default View Channel + Send Messages. */
  permissions?: string;
  userId?: string;
  /** A public thread (channel type 11) under the guild's text channel, not in the client's cache. */
  thread?: boolean;
  /** Discord client locale; never Arabic (Discord has no Arabic locale). */
  locale?: string;
}

type OptionValues = Record<string, string | number>;

export const MANAGE_GUILD = String(1 << 5);
const DEFAULT_PERMISSIONS = String((1 << 10) | (1 << 11));
const DM_CHANNEL = "800000000000000099";
export const THREAD_CHANNEL = "800000000000000050";

export class InteractionFactory {
  readonly pending = new Map<string, SentInteraction>();
  private readonly fake: FakeDiscord;

  constructor(fake: FakeDiscord) {
    this.fake = fake;
  }

  /** A slash command (type 2). Numbers become INTEGER (4) options, strings STRING (3). */
  slash(name: string, options: OptionValues = {}, where: Where = {}): SentInteraction {
    return this.send(2, { id: this.fake.snowflake(), name, type: 1, options: toOptions(options) }, where);
  }

  /** An autocomplete request (type 4) with `focused` set on the option `focused`. */
  autocomplete(name: string, options: OptionValues, focused: string, where: Where = {}): SentInteraction {
    const opts = toOptions(options).map((o) => (o.name === focused ? { ...o, type: 3, focused: true } : o));
    return this.send(4, { id: this.fake.snowflake(), name, type: 1, options: opts }, where);
  }

  /** A click (type 3) on the button `customId` of the message that interaction `of` produced. */
  button(customId: string, of: SentInteraction, where: Where = {}): SentInteraction {
    const message = this.fake.originals.get(of.token);
    if (!message) throw new Error(`fake discord: interaction ${of.id} has no message to click on`);
    return this.send(3, { custom_id: customId, component_type: 2 }, { ...where, dm: of.channelId === DM_CHANNEL, thread: of.channelId === THREAD_CHANNEL }, message, of.token);
  }

  private send(type: number, data: Record<string, unknown>, where: Where, message?: FakeMessage, messageOf?: string): SentInteraction {
    const fake = this.fake;
    const id = fake.snowflake();
    const token = `itoken-${id}`;
    const user = { id: where.userId ?? "600000000000000001", username: "reader", global_name: "Reader", discriminator: "0", avatar: null };
    const parent = fake.guild.channels[0]!;
    const channelId = where.dm ? DM_CHANNEL : where.thread ? THREAD_CHANNEL : parent.id;
    const channel = where.thread
      ? {
          id: channelId, type: 11, name: "نقاش الأخبار", guild_id: fake.guild.id, parent_id: parent.id, owner_id: user.id,
          permissions: "2251799813685247", flags: 0, member_count: 2, message_count: 3, total_message_sent: 3, rate_limit_per_user: 0,
          thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: "2024-01-01T00:00:00.000Z", locked: false },
        }
      : { id: channelId, type: 0, name: "general", guild_id: fake.guild.id, permissions: "2251799813685247", flags: 0 };
    const sent: SentInteraction = { id, token, channelId, messageOf };
    this.pending.set(id, sent);
    const place = where.dm
      ? { user, channel: { id: channelId, type: 1, recipients: [user], flags: 0 }, context: 1 }
      : {
          guild_id: fake.guild.id,
          guild: { id: fake.guild.id, locale: "en-US", features: [] },
          guild_locale: "en-US",
          channel,
          member: { user, roles: [], permissions: where.permissions ?? DEFAULT_PERMISSIONS, joined_at: "2024-01-01T00:00:00.000Z", deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false },
          context: 0,
        };
    fake.gateway.dispatch("INTERACTION_CREATE", {
      id, application_id: fake.applicationId, type, data, token, version: 1,
      channel_id: channelId, app_permissions: "2251799813685247",
      locale: where.locale ?? "en-US", entitlements: [],
      authorizing_integration_owners: where.dm ? { "1": user.id } : { "0": fake.guild.id },
      attachment_size_limit: 10_485_760,
      ...place,
      ...(message ? { message: fake.toApi(message) } : {}),
    });
    return sent;
  }
}

function toOptions(values: OptionValues): { name: string; type: number; value: string | number }[] {
  return Object.entries(values).map(([name, value]) => ({ name, type: typeof value === "number" ? 4 : 3, value }));
}
