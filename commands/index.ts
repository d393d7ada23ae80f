/**
 * The command registry: every adapter and the CLI build their command lists from here. Names and options are
 * validated once (tests/commands/registry.test.ts) against both platforms' limits.
 */
import type { Command } from "./types.ts";
import { who } from "./who.ts";
import { timeline } from "./timeline.ts";
import { summary } from "./summary.ts";
import { search } from "./search.ts";
import { sources } from "./sources.ts";
import { lang } from "./lang.ts";
import { createHelp } from "./help.ts";

const list: Command[] = [who, timeline, summary, search, sources, lang];
list.push(createHelp(() => list));

/** All commands, in the order help lists them. */
export const commands: readonly Command[] = list;

/** The command with that name (lowercase, without slash), if any. */
export function getCommand(name: string): Command | undefined {
  return list.find((c) => c.data.name === name);
}
