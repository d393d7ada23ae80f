/**
 * The platform-neutral reply every command returns. Adapters (console, Discord, Telegram) and the
 * digest renderer turn it into text within their own limits; they never change what it says.
 *
 * Paging unit: an item. An adapter shows as many whole items as fit its page and offers Next/Previous
 * for the rest; an item longer than a page is split at sentence or word boundaries by the renderer.
 */
import type { Lang } from "./types.ts";

/** A numbered source, referred to by items as [n]. */
export interface Citation {
  /** 1-based number shown to the user. */
  n: number;
  articleId: string;
  title: string;
  /** Outlet in the reply's language when known, else as given; null when unknown. */
  source: string | null;
  /** Publication date YYYY-MM-DD, or null. */
  date: string | null;
  url: string | null;
}

export interface ReplyItem {
  /** Short bold line, e.g. a person's name or an event's date. */
  heading?: string;
  /** Body text in the reply's language (may contain Arabic fragments inside English and vice versa). */
  text: string;
  /** Citation numbers ([n]) that support this item. */
  cites: number[];
}

export type ReplyStatus = "ok" | "empty" | "invalid" | "error";

export interface Reply {
  command: string;
  lang: Lang;
  status: ReplyStatus;
  /** First line: what this answer is ("Lloyd Austin", "Timeline — 12 events"). */
  title: string;
  /** Optional paragraph under the title (a summary line, a hint, the reason of an empty answer). */
  intro?: string;
  items: ReplyItem[];
  citations: Citation[];
  /** Small print under the answer, e.g. "Arabic text shown where no English translation exists yet". */
  footer?: string;
  /** Machine-readable payload for `--json` (the CLI prints it as is). */
  data?: unknown;
}

/** A reply's size for memory budgets (kept answers and pages): its texts' characters, plus a little per item and citation. */
export function replyWeight(reply: Reply): number {
  let chars = reply.title.length + (reply.intro?.length ?? 0) + (reply.footer?.length ?? 0);
  for (const item of reply.items) chars += 16 + (item.heading?.length ?? 0) + item.text.length + 4 * item.cites.length;
  for (const c of reply.citations) chars += 32 + c.title.length + (c.source?.length ?? 0) + (c.url?.length ?? 0);
  return chars;
}
