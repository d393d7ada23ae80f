/**
 * Paces Telegram sends under the Bot FAQ limits — about 30 messages/s overall, 1 message/s per chat,
 * 20 messages/minute per group — so that a fan-out runs at the platform's rate instead of into 429s.
 * The overall rate is paced evenly (one start every (1000 + marginMs) / perSecond ms), not in bursts of 30: the
 * platform counts arrivals, and a burst sent at once arrives spread by network jitter, so the next burst would
 * overlap its window and draw 429s. Per chat and per group: windows on start times, widened by `marginMs`. One FIFO queue with a single pump: a chat that must wait does not
 * hold up the chats behind it, and a thousand waiting sends cost one timer, not a thousand.
 * Per process: several instances each pace themselves; the 429 retry covers what they add up to.
 */

export interface RateLimits {
  /** Messages per second, all chats together. */
  perSecond: number;
  /** Minimum spacing between two messages to the same chat, ms. */
  perChatMs: number;
  /** Messages per minute to one group or channel. */
  perGroupPerMinute: number;
  /** Added to every window (ms). */
  marginMs: number;
}

/** Telegram's documented limits (core.telegram.org/bots/faq), with a small margin. */
export const TELEGRAM_LIMITS: RateLimits = { perSecond: 30, perChatMs: 1000, perGroupPerMinute: 20, marginMs: 25 };

/** Grid slots a late pump may make up at once (a bounded burst; beyond it the lost time is not recovered). */
const CATCH_UP = 6;

export interface RateLimiter {
  /** Resolves when a message to `chatId` may start. */
  acquire(chatId: string, group: boolean): Promise<void>;
  /** Number of sends waiting. */
  readonly waiting: number;
}

interface Waiter {
  chatId: string;
  group: boolean;
  resolve: () => void;
}

export function createRateLimiter(
  limits: RateLimits = TELEGRAM_LIMITS,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
): RateLimiter {
  let lastStart = -Infinity;
  const lastByChat = new Map<string, number>();
  const groupSends = new Map<string, number[]>();
  const queue: Waiter[] = [];
  let pumping = false;
  let wake: (() => void) | undefined;
  // A new arrival may be sendable at once while the pump waits for a busy chat: it cuts the wait short.
  const pause = (ms: number) => Promise.race([clock.sleep(ms), new Promise<void>((r) => (wake = r))]);
  const spacing = (1000 + limits.marginMs) / limits.perSecond;
  const minute = 60_000 + limits.marginMs;
  const chatGap = limits.perChatMs + limits.marginMs;

  /** Earliest time this chat may send, per-chat and per-group windows. */
  const chatReady = (w: Waiter, now: number): number => {
    let at = (lastByChat.get(w.chatId) ?? -Infinity) + chatGap;
    if (w.group) {
      const sends = (groupSends.get(w.chatId) ?? []).filter((t) => t > now - minute);
      groupSends.set(w.chatId, sends);
      if (sends.length >= limits.perGroupPerMinute) at = Math.max(at, sends[sends.length - limits.perGroupPerMinute]! + minute);
    }
    return at;
  };

  async function pump(): Promise<void> {
    pumping = true;
    try {
      while (queue.length > 0) {
        const now = clock.now();
        if (now < lastStart + spacing) {
          await clock.sleep(Math.max(1, Math.ceil(lastStart + spacing - now)));
          continue;
        }
        let soonest = Infinity;
        const index = queue.findIndex((w) => {
          const at = chatReady(w, now);
          soonest = Math.min(soonest, at);
          return at <= now;
        });
        if (index < 0) {
          await pause(Math.max(1, soonest - now));
          continue;
        }
        const [w] = queue.splice(index, 1);
        // Advance on the ideal grid while busy, so that timer lateness and short event-loop stalls do not slow the
        // average rate (a stall is made up by up to CATCH_UP starts in a row); after longer, start from now.
        lastStart = now - lastStart >= CATCH_UP * spacing ? now : lastStart + spacing;
        lastByChat.set(w!.chatId, now);
        if (w!.group) groupSends.get(w!.chatId)!.push(now);
        w!.resolve();
      }
      // Forget chats that can send again anyway: the maps stay as small as the recent traffic.
      const now = clock.now();
      for (const [chat, at] of lastByChat) if (at <= now - chatGap) lastByChat.delete(chat);
      for (const [chat, sends] of groupSends) if (!sends.some((at) => at > now - minute)) groupSends.delete(chat);
    } finally {
      pumping = false;
    }
  }

  return {
    acquire(chatId, group) {
      return new Promise<void>((resolve) => {
        queue.push({ chatId, group, resolve });
        if (!pumping) void pump();
        else wake?.();
      });
    },
    get waiting() {
      return queue.length;
    },
  };
}
