/**
 * The digest's data model: schedules (what moderators set up), their delivery status (what the bot did), and
 * the sink interface a platform implements to carry a digest. Platform-neutral.
 */
import type { Reply } from "../core/reply.ts";
import type { Lang } from "../core/types.ts";

/** Platforms a digest can be delivered to. */
export type DigestPlatform = "discord" | "telegram";

/** Everything new, or only what concerns a person, organisation or keyword. */
export type DigestScope = { kind: "all" } | { kind: "query"; text: string };

/** What a run does when nothing is new: post nothing, or a short "no news" line. */
export type EmptyPolicy = "skip" | "notice";

/** A digest schedule, as a moderator (or a user, in a private chat) set it up. Written only by commands. */
export interface Schedule {
  /** Short id shown in /digest list and typed in remove/pause/resume/send-now. */
  id: string;
  platform: DigestPlatform;
  /** Where digests go: Telegram chat id, or Discord channel id. */
  chatId: string;
  chatType: "private" | "group" | "channel";
  /** User id of who added it. */
  createdBy: string;
  /** ISO time of creation: runs before it are never caught up. */
  createdAt: string;
  /** 5-field cron expression, read in `timezone` (node-cron semantics: day-of-month AND day-of-week). */
  cron: string;
  /** IANA zone, canonical spelling (Intl). */
  timezone: string;
  lang: Lang;
  scope: DigestScope;
  policy: EmptyPolicy;
  paused: boolean;
  /** ISO time of the last resume (or creation): runs before it, while paused, are never caught up. */
  activeSince: string;
}

/** Why the last delivery failed, as shown in /digest list. */
export interface DeliveryFailure {
  /** ISO time of the failure. */
  at: string;
  /** Period key (local wall time of the run, or "now:<iso>" for send-now). */
  period: string;
  reason: string;
}

/** What the delivery side records per schedule. Written only under a run's lease (delivery.ts). */
export interface ScheduleStatus {
  /** Watermark: articles first indexed at or before this ISO time were covered by a confirmed delivery. */
  lastDelivered?: string;
  /** Period key of the last confirmed delivery, and when it was confirmed. */
  lastPeriod?: string;
  lastSentAt?: string;
  /** Set when the last run finally failed; cleared by the next confirmed delivery. */
  lastError?: DeliveryFailure;
  /**
   * A run interrupted after some of its messages were accepted: its period, when it was due, and its state
   * (the digest and the messages sent). Written after each accepted message but the last; gone at confirm.
   */
  open?: { period: string; at: string; run: RunRecord };
  /** Periods finished (delivered, skipped or failed), newest last, at most RECENT_PERIODS: never run twice. */
  recent?: string[];
}

/** The state of one (schedule, period) run while it is open. */
export interface RunRecord {
  state: "claimed" | "done" | "failed" | "skipped";
  /** ISO time the run was claimed. */
  claimedAt: string;
  /** Watermark bounds of the content: (since, cutoff]. */
  since?: string;
  cutoff: string;
  /** The digest built at claim (null: nothing new and policy skip). Dropped once the run is done. */
  reply: Reply | null;
  /** Indexes of the messages (rendered parts) already accepted by the platform. */
  sent: number[];
  /** Number of parts when rendered. */
  parts?: number;
  error?: string;
}

/** Failure of one send, classified for the retry policy. */
export class DeliveryError extends Error {
  constructor(
    /** rate: 429 (wait retryAfterMs); transient: 5xx or network (back off); permanent: no retry (403, 400...). */
    readonly kind: "rate" | "transient" | "permanent",
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** Where a digest is sent. */
export interface DigestTarget {
  chatId: string;
  chatType: Schedule["chatType"];
}

/**
 * A platform's way of carrying a digest: render the neutral Reply with the platform's own renderer into
 * messages, then send them one at a time (so that each accepted message can be recorded and never resent).
 */
export interface DigestSink<M = unknown> {
  readonly platform: DigestPlatform;
  /** The messages that carry this reply, in order, each within the platform's limits. Pure. */
  render(reply: Reply): M[];
  /**
   * Sends one message. `key` is stable for (schedule, period, part): sinks with platform-side idempotency use
   * it (Discord nonce). Throws DeliveryError; waits for the platform's rate limits itself.
   */
  send(target: DigestTarget, message: M, key: string): Promise<void>;
}
