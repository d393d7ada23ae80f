/** Scheduled digests: the public surface services.ts and the adapters use. */
export { createDigestScheduler, type DigestScheduler, type DigestSchedulerOptions } from "./scheduler.ts";
export { createTelegramSink, type TelegramSinkOptions } from "./sinks/telegram.ts";
export { createDiscordSink, type DiscordSinkOptions } from "./sinks/discord.ts";
export type { DigestService, ScheduleView } from "./service.ts";
export type { DigestSink, DigestTarget, Schedule, ScheduleStatus } from "./types.ts";
