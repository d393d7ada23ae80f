/**
 * Plain-text rendering of a Reply for terminals (the CLI and the console adapter). Everything is shown: a terminal
 * scrolls, so there is no paging.
 */
import type { Reply } from "../../core/reply.ts";
import type { Translator } from "../../i18n/index.ts";

/** Renders a reply as lines of text: title, intro, items with [n] markers, then the numbered sources. */
export function renderText(reply: Reply, t: Translator): string {
  const lines: string[] = [reply.title];
  if (reply.intro) lines.push(reply.intro);
  if (reply.items.length) lines.push("");
  for (const item of reply.items) {
    const marks = item.cites.map((n) => `[${n}]`).join("");
    const head = item.heading ? `${item.heading}: ` : "";
    lines.push(`• ${head}${item.text}${marks ? ` ${marks}` : ""}`);
  }
  if (reply.citations.length) {
    lines.push("", `${t(reply.lang, "common.sources")}:`);
    for (const c of reply.citations) {
      const meta = [c.source, c.date].filter(Boolean).join(reply.lang === "ar" ? "، " : ", ");
      lines.push(`[${c.n}] ${c.title}${meta ? ` — ${meta}` : ""}${c.url ? ` <${c.url}>` : ""}`);
    }
  }
  if (reply.footer) lines.push("", reply.footer);
  return lines.join("\n");
}
