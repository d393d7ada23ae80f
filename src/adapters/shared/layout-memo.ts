/**
 * A reply's layout into pages, memoised per reply object. The app keeps the answers of the index-only commands and
 * hands the same reply to everyone who asks the same question (src/app/answer-cache.ts), and a paging button shows
 * another page of a reply already laid out: neither is laid out twice. Replies are never changed once made, and
 * the layout lives exactly as long as its reply (a WeakMap).
 */
import type { Reply } from "../../core/reply.ts";
import type { Translator } from "../../i18n/index.ts";

/** Memoises `layout(reply, t)` by reply (and translator, should a reply be shown by two apps). */
export function memoLayout<L>(layout: (reply: Reply, t: Translator) => L): (reply: Reply, t: Translator) => L {
  const memo = new WeakMap<Reply, { t: Translator; layout: L }>();
  return (reply, t) => {
    const hit = memo.get(reply);
    if (hit !== undefined && hit.t === t) return hit.layout;
    const fresh = layout(reply, t);
    memo.set(reply, { t, layout: fresh });
    return fresh;
  };
}
