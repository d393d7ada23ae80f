/**
 * Every setting, in one schema. Only src/main.ts (and the deploy script) read process.env and pass it here; the
 * rest of the code receives the typed Config. A missing or malformed setting stops the start with a message that
 * names the variable.
 */
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const url = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s]+$/.test(v), { message: `must be an http(s) URL (${what})` })
    .transform((v) => v.replace(/\/+$/, "")); // grammY throws on a trailing slash in apiRoot

const intString = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: "must be a whole number" })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: `must be between ${min} and ${max}` });

const settings = z.object({
    CORPUS_DIR: optionalString,
    CORPUS_RELOAD_SECONDS: intString(0, 86_400).default(300),
    INDEX_CACHE_DIR: optionalString,
    STORE_URL: z
      .string()
      .trim()
      .regex(/^(sqlite:|redis:|rediss:|memory:?$)/, { message: "must start with sqlite://, redis:// or be memory:" })
      .default("sqlite://data/mawjaz.sqlite"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DISCORD_TOKEN: optionalString,
    DISCORD_APPLICATION_ID: z
      .string()
      .trim()
      .regex(/^(\d{5,25})?$/, { message: "must be the numeric application id (Developer Portal → General Information)" })
      .optional(),
    DISCORD_API_URL: url("Discord REST base, e.g. https://discord.com/api").default("https://discord.com/api"),
    TELEGRAM_BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^(\d+:[\w-]{20,})?$/, { message: "does not look like a bot token from @BotFather (123456:ABC-...)" })
      .optional(),
    TELEGRAM_API_ROOT: url("Bot API root, e.g. https://api.telegram.org").default("https://api.telegram.org"),
    TELEGRAM_WEBHOOK_URL: url("public HTTPS URL Telegram posts updates to").optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, { message: "must be 1-256 characters of A-Z a-z 0-9 _ -" })
      .optional(),
    TELEGRAM_WEBHOOK_PORT: intString(1, 65535).default(8443),
    TELEGRAM_WEBHOOK_HOST: z.string().trim().default("0.0.0.0"),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: url("OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1").optional(),
    OPENAI_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
    LLM_TIMEOUT_MS: intString(100, 600_000).default(20_000),
    DIGEST_GRACE_MINUTES: intString(0, 24 * 60).default(60),
    DIGEST_MAX_PER_CHAT: intString(1, 1000).default(50),
  });

export const configSchema = settings.superRefine((c, ctx) => {
    if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID)
      ctx.addIssue({ code: "custom", path: ["DISCORD_APPLICATION_ID"], message: "is required when DISCORD_TOKEN is set" });
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET)
      ctx.addIssue({ code: "custom", path: ["TELEGRAM_WEBHOOK_SECRET"], message: "is required when TELEGRAM_WEBHOOK_URL is set" });
  });

export type Config = z.output<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Parses the environment; errors name the variable ("TELEGRAM_API_ROOT must be an http(s) URL ..."). */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  // Only keys the schema knows; empty strings count as unset for optional settings.
  const known = Object.keys(settings.shape);
  const picked: Record<string, string> = {};
  for (const key of known) {
    const v = env[key];
    if (v !== undefined && v.trim() !== "") picked[key] = v;
  }
  const parsed = configSchema.safeParse(picked);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => `${i.path.join(".") || "config"} ${i.message}`),
  };
}
