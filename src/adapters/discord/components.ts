/**
 * Paging buttons. The custom_id carries only ids, "pg:<reply id>:<page>" (≤ 100 characters,
 * discord.com/developers/docs/interactions/message-components#custom-id); the reply itself stays in the
 * shared reply cache, so no text ever travels through Discord.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from "discord.js";
import type { Lang } from "../../core/types.ts";
import type { Translator } from "../../i18n/index.ts";

const PAGE_ID = /^pg:([A-Za-z0-9_-]{1,40}):(\d{1,4})$/;

/** The custom_id of the button that shows page `page` of reply `id`. */
export function pageCustomId(id: string, page: number): string {
  return `pg:${id}:${page}`;
}

/** Parses a paging custom_id; null for anything else. */
export function parsePageCustomId(customId: string): { id: string; page: number } | null {
  const m = PAGE_ID.exec(customId);
  return m ? { id: m[1]!, page: Number(m[2]) } : null;
}

/**
 * Previous/Next for page `page` of `pages` (none for a single page). The two custom_ids always differ,
 * as Discord requires within a message: on the first page Previous points at 0 and Next at 1.
 */
export function pagingRow(id: string, page: number, pages: number, lang: Lang, t: Translator): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  const last = pages - 1;
  const prev = Math.max(0, page - 1);
  const next = page === 0 ? 1 : Math.min(last, page + 1);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: pageCustomId(id, prev), label: t(lang, "discord.previous"), disabled: page === 0 },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: pageCustomId(id, next), label: t(lang, "discord.next"), disabled: page === last },
      ],
    },
  ];
}
