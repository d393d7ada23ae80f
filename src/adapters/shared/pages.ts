/**
 * Splits a reply's rendered items into pages within a character budget. Whole items stay together; an item longer
 * than a page is cut at a sentence boundary, else at a word boundary, never inside a word. Renderers pass already
 * escaped/formatted item strings, so the budget is measured on what will be sent.
 */
import type { Reply, ReplyItem } from "../../core/reply.ts";

/** Groups rendered items into pages; every page holds at least one piece and none exceeds `budget`. */
export function paginateItems(reply: Reply, renderItem: (item: ReplyItem, index: number) => string, budget: number): string[][] {
  const pages: string[][] = [];
  let current: string[] = [];
  let used = 0;
  const sep = 1; // a newline between items
  for (const [i, item] of reply.items.entries()) {
    for (const piece of splitLong(renderItem(item, i), budget)) {
      if (current.length > 0 && used + sep + piece.length > budget) {
        pages.push(current);
        current = [];
        used = 0;
      }
      used += (current.length > 0 ? sep : 0) + piece.length;
      current.push(piece);
    }
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** Cuts a string longer than `budget` into pieces at sentence or word boundaries. */
export function splitLong(text: string, budget: number): string[] {
  if (text.length <= budget) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > budget) {
    const window = rest.slice(0, budget);
    let cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf("؟ "), window.lastIndexOf("? "), window.lastIndexOf("\n"));
    if (cut < budget / 2) cut = window.lastIndexOf(" ");
    if (cut <= 0) cut = budget - 1; // a single word longer than the page: hard cut is the only option
    pieces.push(rest.slice(0, cut + 1).trimEnd());
    rest = rest.slice(cut + 1).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}
