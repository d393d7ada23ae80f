/**
 * A stand-in App for cases the seed corpus cannot produce (a 200-event timeline, hostile article text, a
 * crashing command). It still uses the real translator, so rendered labels are the real ones.
 */
import type { App, Invocation } from "../../../src/app/dispatch.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { createTranslator } from "../../../src/i18n/index.ts";

/** An App whose handle() is `handle`; records every invocation. */
export function stubApp(handle: (inv: Invocation) => Promise<Reply>, suggest: App["suggest"] = () => []): App & { calls: Invocation[] } {
  const calls: Invocation[] = [];
  return {
    calls,
    commands: [],
    t: createTranslator(),
    core: undefined as never,
    suggest,
    async handle(inv) {
      calls.push(inv);
      return handle(inv);
    },
  };
}

/** A timeline reply of `n` dated events, each citing one of five articles. */
export function longTimeline(n: number, lang: "ar" | "en" = "en"): Reply {
  const citations = Array.from({ length: 5 }, (_, i) => ({
    n: i + 1, articleId: `a${i}`, title: `واشنطن وبغداد ${i + 1}`, source: "Al Jazeera", date: `2024-01-0${i + 1}`, url: `https://example.com/a${i}`,
  }));
  return {
    command: "timeline", lang, status: "ok", title: `Timeline — ${n} events`, intro: "Events in date order.",
    items: Array.from({ length: n }, (_, i) => ({
      heading: `2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      text: `Event number ${i + 1}: the US and Iraqi delegations met in بغداد to discuss the coalition's future and the timetable.`,
      cites: [(i % 5) + 1],
    })),
    citations,
  };
}

/** A reply whose article text tries markdown tricks and mass pings. */
export function hostileReply(): Reply {
  return {
    command: "search", lang: "en", status: "ok", title: "@everyone **Results**",
    items: [{ heading: "@here", text: "Read **this** __now__ @everyone <@&123> ||spoiler|| [click](https://evil.example) `code`", cites: [1] }],
    citations: [{ n: 1, articleId: "x", title: "Title with ] bracket and @everyone", source: "Outlet *bold*", date: "2024-02-01", url: "https://example.com/x(1)" }],
  };
}
