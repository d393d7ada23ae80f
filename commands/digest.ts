/**
 * /digest: scheduled briefings for a channel, group or private chat.
 *   add <HH:MM> <Zone> [days:sun-thu] [scope:<name or keyword>] [policy:skip|notice] [lang:ar]
 *   add cron:<5 fields> <Zone> [...]      list      remove <id>      pause <id>      resume <id>
 *   preview [id]      send-now <id>
 * In groups and channels only moderators may use it (the adapter sets caller.isModerator: Discord Manage
 * Server / Manage Channels, Telegram creator / administrator); in a private chat anyone manages their own.
 * Anything refused or invalid changes nothing. Registered through createApp's `extraCommands`:
 *   createApp({ ..., extraCommands: [createDigestCommand({ service: scheduler.service })] })
 */
import type { Reply } from "../src/core/reply.ts";
import type { Lang } from "../src/core/types.ts";
import { parseAddArgs } from "../src/digest/args.ts";
import { describeScope, describeView, describeWhen, formatInZone } from "../src/digest/format.ts";
import { nextRun } from "../src/digest/schedule.ts";
import type { DigestService } from "../src/digest/service.ts";
import type { DigestPlatform } from "../src/digest/types.ts";
import type { Caller, Command, CommandContext, CommandInput } from "./types.ts";
import { langOption } from "./shared.ts";

export interface DigestCommandDeps {
  service: DigestService;
  now?: () => Date;
}


const SUBCOMMANDS: Record<string, string> = {
  add: "add", "أضف": "add", "اضف": "add",
  list: "list", "قائمة": "list", "القائمة": "list",
  remove: "remove", delete: "remove", "احذف": "remove", "حذف": "remove",
  pause: "pause", "أوقف": "pause", "اوقف": "pause",
  resume: "resume", "استأنف": "resume", "استانف": "resume",
  preview: "preview", "معاينة": "preview",
  "send-now": "send-now", sendnow: "send-now", send: "send-now", "أرسل": "send-now", "ارسل": "send-now",
};

/** Where this caller's digests go, or undefined when the adapter did not say (a Discord guild without channelId). */
/** On Discord a guild command's chat is the guild (preferences are per server); a digest goes to its channel. */
function target(caller: Caller): { platform: DigestPlatform; chatId: string } | undefined {
  if (caller.platform !== "discord" && caller.platform !== "telegram") return undefined;
  if (caller.platform === "discord" && caller.chatType !== "private") return caller.channelId ? { platform: "discord", chatId: caller.channelId } : undefined;
  return { platform: caller.platform, chatId: caller.chatId };
}

export function createDigestCommand(deps: DigestCommandDeps): Command {
  const now = deps.now ?? (() => new Date());
  const { service } = deps;
  return {
    data: {
      name: "digest",
      description: { en: "Scheduled news digests for this chat (moderators in groups)", ar: "موجز أخبار مجدول لهذه المحادثة (للمشرفين في المجموعات)" },
      options: [
        { name: "query", type: "string", description: { en: "add 08:30 Asia/Baghdad days:sun-thu · list · remove <id> · preview", ar: "add 08:30 Asia/Baghdad days:sun-thu · list · remove <id> · preview" } },
        langOption,
      ],
    },
    async execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
      const lang: Lang = input.lang;
      const t = (key: string, vars?: Record<string, unknown>) => ctx.t(lang, key, vars);
      const reply = (status: Reply["status"], title: string, intro?: string, extra: Partial<Reply> = {}): Reply => ({
        command: "digest", lang, status, title, ...(intro ? { intro } : {}), items: [], citations: [], ...extra,
      });
      const refuse = (key: string, vars?: Record<string, unknown>) => reply("invalid", t("digest.title"), t(key, vars));

      const caller = ctx.caller;
      if (!caller) return refuse("digest.unavailable");
      const where = target(caller);
      if (!where) return refuse(caller.platform === "discord" ? "digest.noChannel" : "digest.platformOnly");
      if (caller.chatType !== "private" && caller.isModerator !== true) return refuse("digest.moderatorsOnly");

      const words = input.query.trim().split(/\s+/).filter(Boolean);
      const sub = SUBCOMMANDS[(words[0] ?? "").toLowerCase()];
      const rest = words.slice(1);
      if (!sub) {
        const usage = t("digest.usage");
        return words.length ? reply("invalid", t("digest.title"), `${t("digest.unknownSub", { value: words[0]!.slice(0, 30) })}\n${usage}`) : reply("ok", t("digest.title"), usage);
      }

      if (sub === "add") {
        const parsed = parseAddArgs(rest, lang, now());
        if (!parsed.ok) return refuse(parsed.key, parsed.vars);
        const added = await service.add({ ...parsed.value, platform: where.platform, chatId: where.chatId, chatType: caller.chatType, createdBy: caller.userId });
        if (!added.ok) return refuse(added.key, added.vars);
        const s = added.value;
        const next = nextRun(s.cron, s.timezone, now());
        return reply("ok", t("digest.addedTitle"), t("digest.added", {
          id: s.id, when: describeWhen(s, lang, ctx.t), zone: s.timezone, scope: describeScope(s, lang, ctx.t),
          policy: t(`digest.policy.${s.policy}`), language: t(`digest.langName.${s.lang}`),
          next: next ? formatInZone(next, s.timezone, lang) : "—",
        }), { data: { schedule: s } });
      }

      if (sub === "list") {
        const views = await service.list(where.platform, where.chatId);
        if (views.length === 0) return reply("empty", t("digest.listTitle", { count: 0 }), t("digest.none"));
        return reply("ok", t("digest.listTitle", { count: views.length }), undefined, {
          items: views.map((v) => ({ heading: v.schedule.paused ? `${v.schedule.id} · ${t("digest.pausedMark")}` : v.schedule.id, text: describeView(v, lang, ctx.t).join("\n"), cites: [] })),
          footer: t("digest.listFooter", { max: service.maxPerChat }),
          data: { schedules: views.map((v) => ({ ...v.schedule, status: v.status, nextRun: v.nextRun?.toISOString() ?? null })) },
        });
      }

      // Every other subcommand names a schedule of this chat (preview may omit it when there is only one).
      const id = rest[0];
      const all = sub === "preview" && !id ? await service.list(where.platform, where.chatId) : [];
      const schedule = id ? await service.find(where.platform, where.chatId, id) : all.length === 1 ? all[0]!.schedule : undefined;
      if (!schedule) return id ? refuse("digest.notFound", { id: id.slice(0, 20) }) : refuse("digest.needsId", { sub });

      if (sub === "remove") {
        await service.remove(where.platform, where.chatId, schedule.id);
        return reply("ok", t("digest.title"), t("digest.removed", { id: schedule.id }));
      }
      if (sub === "pause" || sub === "resume") {
        const updated = await service.setPaused(where.platform, where.chatId, schedule.id, sub === "pause");
        const next = updated && !updated.paused ? nextRun(updated.cron, updated.timezone, now()) : null;
        return reply("ok", t("digest.title"), sub === "pause" ? t("digest.paused", { id: schedule.id }) : t("digest.resumed", { id: schedule.id, next: next ? formatInZone(next, schedule.timezone, lang) : "—" }));
      }
      // A digest made from the early index of a first start would leave out the older news (see Core.partial).
      const partial = ctx.core.partial?.();
      if (partial) return reply("empty", t("digest.title"), t("digest.stillIndexing", { articles: partial.articles, total: partial.of }));
      if (sub === "preview") {
        const digest = await service.preview(schedule);
        // Shown to the moderator only: adapters send a reply whose data says `ephemeral` privately where they can.
        return { ...digest, title: `${t("digest.previewTitle", { id: schedule.id })} — ${digest.title}`, data: { ...(digest.data as object), ephemeral: true, preview: schedule.id } };
      }
      const outcome = await service.sendNow(schedule);
      switch (outcome.kind) {
        case "sent": return reply("ok", t("digest.title"), t("digest.sentNow", { id: schedule.id, count: outcome.messages }));
        case "empty": return reply("empty", t("digest.title"), t("digest.sentNothing", { id: schedule.id }));
        case "failed": return reply("error", t("digest.title"), t("digest.sendFailed", { id: schedule.id, reason: outcome.reason.slice(0, 200) }));
        default: return reply("invalid", t("digest.title"), t("digest.busy", { id: schedule.id }));
      }
    },
  };
}
