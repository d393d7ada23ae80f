/** /help: what each command does, in the user's language. */
import type { Reply } from "../src/core/reply.ts";
import type { Command, CommandContext, CommandInput } from "./types.ts";
import { langOption } from "./shared.ts";

/** Usage lines are built from the registry passed in, so help never drifts from the real commands. */
export function createHelp(list: () => Command[]): Command {
  return {
    data: {
      name: "help",
      description: { en: "What Mawjaz can do", ar: "ما يستطيع موجز فعله" },
      options: [langOption],
    },
    async execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
      const { lang } = input;
      const t = (key: string, vars?: Record<string, unknown>) => ctx.t(lang, key, vars);
      return {
        command: "help",
        lang,
        status: "ok",
        title: t("help.title"),
        intro: t("help.intro"),
        items: list().map((c) => ({ heading: `/${c.data.name}`, text: `${c.data.description[lang]} — ${t(`help.usage.${c.data.name}`)}`, cites: [] })),
        citations: [],
        footer: t("help.footer"),
      };
    },
  };
}
