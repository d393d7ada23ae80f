/**
 * Registers the slash commands with Discord: `npm run deploy:discord` (global) or
 * `npm run deploy:discord -- --guild <id>` (one server; updates at once, handy while developing).
 * A separate step, not done at every start (discord.js's own guide): registration is rate limited and
 * global commands take a while to propagate. Settings come from the environment through src/config.ts,
 * read here at the entry only.
 */
import { REST, Routes } from "discord.js";
import { pathToFileURL } from "node:url";
import { commands as registry } from "../../../commands/index.ts";
import type { Command } from "../../../commands/types.ts";
import { parseConfig } from "../../config.ts";
import { buildDefinitions } from "./definitions.ts";
import { DISCORD_API_URL } from "./start.ts";

export interface DeployOptions {
  token: string;
  applicationId: string;
  apiUrl?: string;
  /** Register in this guild only; global when absent. */
  guildId?: string;
  commands?: readonly Command[];
}

/** PUTs the whole command list (replacing what was there); returns how many commands Discord accepted. */
export async function deployCommands(opts: DeployOptions): Promise<number> {
  const rest = new REST({ api: opts.apiUrl ?? DISCORD_API_URL }).setToken(opts.token);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  const body = buildDefinitions(opts.commands ?? registry);
  const saved = (await rest.put(route, { body })) as unknown[];
  return saved.length;
}

/** `--guild <id>` or `--guild=<id>` from argv. */
export function guildFromArgs(argv: readonly string[]): string | undefined {
  for (const [i, a] of argv.entries()) {
    if (a === "--guild") return argv[i + 1];
    if (a.startsWith("--guild=")) return a.slice("--guild=".length);
  }
  return undefined;
}

async function main(): Promise<void> {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const { DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_URL: apiUrl } = parsed.config;
  if (!DISCORD_TOKEN) throw new Error("DISCORD_TOKEN is required to register commands (Developer Portal → Bot → Token).");
  if (!DISCORD_APPLICATION_ID) throw new Error("DISCORD_APPLICATION_ID is required (Developer Portal → General Information).");
  const guildId = guildFromArgs(process.argv.slice(2));
  if (guildId !== undefined && !/^\d{5,25}$/.test(guildId)) throw new Error(`--guild must be a numeric server id, got "${guildId}".`);
  const count = await deployCommands({ token: DISCORD_TOKEN, applicationId: DISCORD_APPLICATION_ID, apiUrl, ...(guildId ? { guildId } : {}) });
  console.log(`Registered ${count} commands ${guildId ? `in guild ${guildId}` : "globally (may take up to an hour to appear)"}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
